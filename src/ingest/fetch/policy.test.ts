import { describe, expect, it } from "vitest";
import { checkUrl } from "./check-url.js";
import { parseIp } from "./ip.js";
import { createAddressPolicy } from "./policy.js";
import { literalAddress } from "./resolve.js";

const strict = createAddressPolicy({ allowPrivate: false });

/** The address a URL's host names literally, after WHATWG normalisation. */
function hostAddress(url: string): string | null {
  const checked = checkUrl(url);
  if (!checked.ok) throw new Error(checked.message);
  return literalAddress(checked.url.hostname);
}

describe("address policy", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.5.4", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "shared-address-space"],
    ["169.254.169.254", "link-local"],
    ["0.0.0.0", "this-network"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fc00::1", "unique-local"],
    ["fd12:3456::1", "unique-local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "ipv4-mapped loopback"],
    ["::ffff:7f00:1", "ipv4-mapped loopback"],
    ["::ffff:a9fe:a9fe", "ipv4-mapped link-local"],
    ["64:ff9b::10.0.0.1", "nat64 private"],
    ["2002:7f00:1::", "6to4 loopback"],
  ])("refuses %s (%s)", (address, rule) => {
    expect(strict(address)).toContain(rule);
  });

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])("allows public %s", (address) => {
    expect(strict(address)).toBeNull();
  });

  it("allowPrivate lifts the rule; allowCidrs lifts it for listed networks only", () => {
    expect(createAddressPolicy({ allowPrivate: true })("127.0.0.1")).toBeNull();
    const loopbackOnly = createAddressPolicy({ allowPrivate: false, allowCidrs: ["127.0.0.0/8"] });
    expect(loopbackOnly("127.0.0.1")).toBeNull();
    expect(loopbackOnly("10.0.0.1")).toContain("private");
    expect(loopbackOnly("169.254.169.254")).toContain("link-local");
  });

  it("parses IPv6 forms to the same bytes", () => {
    expect(parseIp("[::ffff:127.0.0.1]")?.bytes).toEqual(parseIp("::ffff:7f00:1")?.bytes);
    expect(parseIp("not-an-ip")).toBeNull();
  });
});

describe("URL spellings of loopback and private hosts", () => {
  it.each([
    ["http://2130706433/", "127.0.0.1"],
    ["http://0x7f.1/", "127.0.0.1"],
    ["http://0177.0.0.1/", "127.0.0.1"],
    ["http://127.1/", "127.0.0.1"],
    ["http://0/", "0.0.0.0"],
    ["http://[::1]/", "::1"],
    ["http://[::ffff:7f00:1]/", "::ffff:7f00:1"],
    ["http://0xa9fea9fe/", "169.254.169.254"],
  ])("%s is the address %s and is refused", (url, address) => {
    const host = hostAddress(url);
    expect(host).toBe(address);
    expect(strict(host as string)).not.toBeNull();
  });

  it("refuses other schemes and credentials", () => {
    for (const url of ["file:///etc/passwd", "gopher://127.0.0.1:70/", "ftp://example.org/"]) {
      const r = checkUrl(url);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.code).toBe("scheme-refused");
    }
    const creds = checkUrl("http://user:pw@example.org/");
    expect(creds.ok).toBe(false);
    if (!creds.ok) expect(creds.code).toBe("credentials-refused");
    const userOnly = checkUrl("http://user@example.org/");
    expect(userOnly.ok).toBe(false);
  });
});
