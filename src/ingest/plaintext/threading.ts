/** Where a comment stands in its thread: indentation and the number the page shows. */
export interface ThreadPosition {
  indent: number;
  number: number | null;
}

/** Deepest nesting followed; deeper replies are attached at this depth. */
const MAX_DEPTH = 64;

/**
 * The comment each one answers (an earlier index) or null, from nested numbered lists:
 * a deeper indent is a reply to the comment above it; at equal indent, a list that
 * restarts at 1 is a reply list whose indentation was lost, and number n continues
 * the list that holds n - 1 (the deepest such).
 */
export function replyStructure(items: readonly ThreadPosition[]): (number | null)[] {
  const stack: { indent: number; number: number | null; index: number }[] = [];
  return items.map((item, index) => {
    while (stack.length > 0 && stack[stack.length - 1]!.indent > item.indent) stack.pop();
    const top = stack[stack.length - 1];
    if (top !== undefined && top.indent === item.indent) {
      const restarts = item.number === 1 && top.number !== null && stack.length < MAX_DEPTH;
      if (!restarts) {
        const sibling = item.number === null ? -1 : stack.findLastIndex((e) => e.indent === item.indent && e.number === item.number! - 1);
        stack.length = sibling >= 0 ? sibling : stack.length - 1;
      }
    }
    const parent = stack[stack.length - 1];
    if (stack.length >= MAX_DEPTH) stack.pop();
    stack.push({ indent: item.indent, number: item.number, index });
    return parent === undefined ? null : parent.index;
  });
}
