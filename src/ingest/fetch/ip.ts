import { isIPv4, isIPv6 } from "node:net";

/** An IP address as bytes: 4 for IPv4, 16 for IPv6. */
export interface IpAddress {
  family: 4 | 6;
  bytes: number[];
}

/** Parses a dotted-quad IPv4 or an IPv6 literal (brackets allowed); null when it is neither. */
export function parseIp(text: string): IpAddress | null {
  const s = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  if (isIPv4(s)) return { family: 4, bytes: s.split(".").map((p) => Number(p)) };
  if (isIPv6(s)) return parseIpv6(s);
  return null;
}

function parseIpv6(s: string): IpAddress | null {
  const zoneless = s.split("%")[0] ?? s;
  let head = zoneless;
  let tailV4: number[] = [];
  const lastColon = head.lastIndexOf(":");
  const last = head.slice(lastColon + 1);
  if (last.includes(".")) {
    if (!isIPv4(last)) return null;
    tailV4 = last.split(".").map((p) => Number(p));
    head = head.slice(0, lastColon + 1) + "0:0";
  }
  const [left = "", right] = head.split("::");
  const groups = (part: string): number[] => (part === "" ? [] : part.split(":").map((g) => parseInt(g, 16)));
  const l = groups(left);
  const r = right === undefined ? [] : groups(right);
  const fill = right === undefined ? 0 : 8 - l.length - r.length;
  const all = [...l, ...new Array<number>(Math.max(0, fill)).fill(0), ...r];
  if (all.length !== 8 || all.some((g) => !Number.isInteger(g) || g < 0 || g > 0xffff)) return null;
  const bytes = all.flatMap((g) => [g >> 8, g & 0xff]);
  if (tailV4.length === 4) bytes.splice(12, 4, ...tailV4);
  return { family: 6, bytes };
}

/** A network in CIDR notation: the address and the number of leading bits that count. */
export interface Cidr {
  network: IpAddress;
  bits: number;
}

export function parseCidr(text: string): Cidr | null {
  const [addr = "", bitsText] = text.split("/");
  const network = parseIp(addr);
  if (!network) return null;
  const max = network.family === 4 ? 32 : 128;
  const bits = bitsText === undefined ? max : Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > max) return null;
  return { network, bits };
}

export function inCidr(ip: IpAddress, cidr: Cidr): boolean {
  if (ip.family !== cidr.network.family) return false;
  let remaining = cidr.bits;
  for (let i = 0; remaining > 0; i++, remaining -= 8) {
    const mask = remaining >= 8 ? 0xff : (0xff << (8 - remaining)) & 0xff;
    if (((ip.bytes[i] ?? 0) & mask) !== ((cidr.network.bytes[i] ?? 0) & mask)) return false;
  }
  return true;
}

export function formatIp(ip: IpAddress): string {
  if (ip.family === 4) return ip.bytes.join(".");
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((((ip.bytes[i] ?? 0) << 8) | (ip.bytes[i + 1] ?? 0)).toString(16));
  return groups.join(":");
}
