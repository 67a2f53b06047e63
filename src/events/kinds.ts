/** What the event steps ask of a draft's kind and reality. */
import type { PloverType } from "../model/analysis.js";
import type { Draft } from "./state.js";

/** Acts of force: what one responds to, blames someone for or retaliates against. */
export const HOSTILE: ReadonlySet<PloverType> = new Set(["ASSAULT", "FIGHT", "COERCE"]);

/** Reported as having happened, whether or not who did it is only alleged. */
export const happened = (d: Draft): boolean => d.modality === "asserted" || d.modality === "alleged";
