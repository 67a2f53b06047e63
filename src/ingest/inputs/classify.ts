/** What the user named: a web address, some other URL scheme (refused), or a local path. */
export type InputKind = "url" | "other-scheme" | "path";

export function classifyInput(input: string): InputKind {
  if (/^https?:\/\//i.test(input)) return "url";
  // "C:\..." is a Windows drive, not a scheme.
  if (/^[a-z][a-z0-9+.-]+:/i.test(input) && !/^[a-z]:[\\/]/i.test(input)) return "other-scheme";
  return "path";
}
