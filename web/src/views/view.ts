import type { Stats } from "../../../src/server/api-types.js";
import type { Route } from "../router.js";

export interface ViewContext {
  route: Route;
  root: HTMLElement;
  stats: Stats | null;
}

/** Renders into ctx.root; may return a cleanup to run when the view is left. */
export type View = (ctx: ViewContext) => Promise<(() => void) | void>;
