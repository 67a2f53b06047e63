import { refuse, type FetchRefusal } from "./outcome.js";

/**
 * Parses a URL with the WHATWG parser (which normalises decimal, hex, octal and short
 * IPv4 spellings) and refuses schemes other than http(s) and URLs carrying credentials.
 */
export function checkUrl(text: string): { ok: true; url: URL } | FetchRefusal {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse("bad-url", "not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return refuse("scheme-refused", `scheme ${url.protocol.replace(/:$/, "")} is not http or https`);
  }
  if (url.username !== "" || url.password !== "") {
    return refuse("credentials-refused", "URLs with user names or passwords are refused");
  }
  if (url.hostname === "") return refuse("bad-url", "URL has no host");
  return { ok: true, url };
}
