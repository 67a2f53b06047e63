/**
 * Address ranges a fetch must never reach unless the user allows private addresses.
 * Each row names the rule a refusal reports. IPv6 ranges that embed an IPv4 address
 * (mapped, NAT64, 6to4) are not listed: the policy unwraps them and checks the IPv4.
 */
export const FORBIDDEN_RANGES: ReadonlyArray<{ cidr: string; rule: string }> = [
  { cidr: "0.0.0.0/8", rule: "this-network" },
  { cidr: "10.0.0.0/8", rule: "private" },
  { cidr: "100.64.0.0/10", rule: "shared-address-space" },
  { cidr: "127.0.0.0/8", rule: "loopback" },
  { cidr: "169.254.0.0/16", rule: "link-local" },
  { cidr: "172.16.0.0/12", rule: "private" },
  { cidr: "192.0.0.0/24", rule: "reserved" },
  { cidr: "192.0.2.0/24", rule: "documentation" },
  { cidr: "192.88.99.0/24", rule: "reserved" },
  { cidr: "192.168.0.0/16", rule: "private" },
  { cidr: "198.18.0.0/15", rule: "benchmarking" },
  { cidr: "198.51.100.0/24", rule: "documentation" },
  { cidr: "203.0.113.0/24", rule: "documentation" },
  { cidr: "224.0.0.0/4", rule: "multicast" },
  { cidr: "240.0.0.0/4", rule: "reserved" },
  { cidr: "::/128", rule: "unspecified" },
  { cidr: "::1/128", rule: "loopback" },
  { cidr: "100::/64", rule: "discard" },
  { cidr: "2001::/23", rule: "reserved" },
  { cidr: "2001:db8::/32", rule: "documentation" },
  { cidr: "fc00::/7", rule: "unique-local" },
  { cidr: "fe80::/10", rule: "link-local" },
  { cidr: "fec0::/10", rule: "site-local" },
  { cidr: "ff00::/8", rule: "multicast" },
];

/** IPv6 prefixes that carry an IPv4 address, and where its four bytes sit. */
export const EMBEDDED_IPV4: ReadonlyArray<{ cidr: string; name: string; offset: number }> = [
  { cidr: "::ffff:0:0/96", name: "ipv4-mapped", offset: 12 },
  { cidr: "::/96", name: "ipv4-compatible", offset: 12 },
  { cidr: "64:ff9b::/96", name: "nat64", offset: 12 },
  { cidr: "2002::/16", name: "6to4", offset: 2 },
];

/** Globally routable IPv6 unicast; anything outside it is refused as reserved. */
export const IPV6_GLOBAL_UNICAST = "2000::/3";
