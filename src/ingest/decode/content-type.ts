/** A Content-Type value split into its media type and charset parameter. */
export interface ContentType {
  mime: string | null;
  charset: string | null;
}

export function parseContentType(header: string | null | undefined): ContentType {
  if (!header) return { mime: null, charset: null };
  const [type = "", ...params] = header.split(";");
  const mime = type.trim().toLowerCase() || null;
  let charset: string | null = null;
  for (const param of params) {
    const eq = param.indexOf("=");
    if (eq < 0) continue;
    if (param.slice(0, eq).trim().toLowerCase() !== "charset") continue;
    charset = param.slice(eq + 1).trim().replace(/^["']|["']$/g, "") || null;
  }
  return { mime, charset };
}
