/** Visits every node under root in document order without recursion (deep trees cannot overflow the stack). */
export interface Visitor {
  /** Called on the way down; return true to visit the node's children. */
  enter(node: Node): boolean;
  /** Called on the way up, for every node entered, after its children. */
  exit?(node: Node): void;
}

export function traverse(root: Node, visitor: Visitor): void {
  let node: Node | null = root.firstChild;
  while (node) {
    if (visitor.enter(node) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node) {
      visitor.exit?.(node);
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      const parent: Node | null = node.parentNode;
      node = parent === root ? null : parent;
    }
  }
}

export const isElement = (node: Node): node is Element => node.nodeType === 1;
