import { CliError } from "./errors.js";

/** Validates a YYYY-MM-DD (or full ISO date-time) option value; usage error otherwise. */
export function parseDateOption(value: string, name: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m) throw new CliError(`${name}: "${value}" is not a date (expected YYYY-MM-DD)`, 2);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new CliError(`${name}: "${value}" is not a real calendar date`, 2);
  }
  return value.trim();
}

/** "20MB", "512k", "1000" → bytes; usage error otherwise. */
export function parseByteSize(value: string, name: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb?|mb?|gb?)?$/i.exec(value.trim());
  if (!m) throw new CliError(`${name}: "${value}" is not a size (e.g. 20MB)`, 2);
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const mult = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * mult);
}
