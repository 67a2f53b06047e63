import { readFile, stat } from "node:fs/promises";

export type FileBytes = { ok: true; bytes: Uint8Array } | { ok: false; code: string; message: string };

/** Reads a file whole, refusing it before reading when it is larger than the cap. */
export async function readFileCapped(path: string, maxBytes: number): Promise<FileBytes> {
  try {
    const info = await stat(path);
    if (info.size > maxBytes) return { ok: false, code: "too-large", message: `${info.size} bytes, more than the ${maxBytes}-byte cap` };
    const bytes = await readFile(path);
    if (bytes.length > maxBytes) return { ok: false, code: "too-large", message: `more than the ${maxBytes}-byte cap` };
    return { ok: true, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === "ENOENT" ? "not-found" : "unreadable";
    return { ok: false, code, message: (error as Error).message };
  }
}
