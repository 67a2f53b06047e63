/** What the event steps ask of a draft's kind and reality. */
import { FORCE_TYPES, type PloverType } from "../model/analysis.js";
import type { Draft } from "./state.js";

/** Acts of force: what one responds to, blames someone for or retaliates against. */
export const HOSTILE: ReadonlySet<PloverType> = FORCE_TYPES;

/** Violence: attacks and fighting. */
export const VIOLENT: ReadonlySet<PloverType> = new Set(["ASSAULT", "FIGHT"]);

/** Acts of saying: blaming, condemning, demanding, threatening; done to someone, not somewhere. */
export const SPEECH: ReadonlySet<PloverType> = new Set(["ACCUSE", "DISAPPROVE", "DEMAND", "THREATEN", "REJECT"]);

/** An act one responds to or blames someone for: force, or the storming of a compound (a PROTEST by type). */
export const hostileAct = (d: Pick<Draft, "type" | "mode">): boolean => HOSTILE.has(d.type) || d.mode === "storming";

/** Reported as having happened, whether or not who did it is only alleged. */
export const happened = (d: Draft): boolean => d.modality === "asserted" || d.modality === "alleged";
