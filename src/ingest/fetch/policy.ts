import { EMBEDDED_IPV4, FORBIDDEN_RANGES, IPV6_GLOBAL_UNICAST } from "./address-rules.js";
import { formatIp, inCidr, parseCidr, parseIp, type Cidr, type IpAddress } from "./ip.js";

/** Decides whether an address may be connected to: null when allowed, else the rule that refuses it. */
export type AddressPolicy = (address: string) => string | null;

export interface AddressPolicyOptions {
  /** Lift the address rule altogether. */
  allowPrivate: boolean;
  /** Networks (CIDR or single addresses) allowed even though a rule forbids them. */
  allowCidrs?: string[];
}

const compile = (cidr: string): Cidr => {
  const c = parseCidr(cidr);
  if (!c) throw new Error(`bad CIDR in address rules: ${cidr}`);
  return c;
};

const FORBIDDEN = FORBIDDEN_RANGES.map((r) => ({ cidr: compile(r.cidr), rule: r.rule }));
const EMBEDDED = EMBEDDED_IPV4.map((e) => ({ cidr: compile(e.cidr), name: e.name, offset: e.offset }));
const GLOBAL6 = compile(IPV6_GLOBAL_UNICAST);

function forbiddenRule(ip: IpAddress): string | null {
  for (const f of FORBIDDEN) if (inCidr(ip, f.cidr)) return f.rule;
  if (ip.family === 4) return null;
  for (const e of EMBEDDED) {
    if (!inCidr(ip, e.cidr)) continue;
    const inner = forbiddenRule({ family: 4, bytes: ip.bytes.slice(e.offset, e.offset + 4) });
    if (inner) return `${e.name} ${inner}`;
    // The deprecated IPv4-compatible form has no legitimate use on the public internet.
    return e.name === "ipv4-compatible" ? "reserved" : null;
  }
  return inCidr(ip, GLOBAL6) ? null : "reserved";
}

export function createAddressPolicy(options: AddressPolicyOptions): AddressPolicy {
  const allowed = (options.allowCidrs ?? []).map((c) => parseCidr(c)).filter((c): c is Cidr => c !== null);
  return (address) => {
    const ip = parseIp(address);
    if (!ip) return "not-an-ip-address";
    if (options.allowPrivate) return null;
    if (allowed.some((c) => inCidr(ip, c))) return null;
    const rule = forbiddenRule(ip);
    return rule ? `${rule} address ${formatIp(ip)}` : null;
  };
}
