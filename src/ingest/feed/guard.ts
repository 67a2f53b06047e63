/**
 * Refuses XML that declares a DTD or entities (external entities, billion laughs):
 * sitrep never processes either. CDATA sections are skipped first, so HTML quoted in
 * an item's content does not count. Returns the reason, or null when the XML is safe.
 */
export function entityRefusal(xml: string): string | null {
  const outsideCdata = xml.replace(/<!\[CDATA\[[\s\S]*?(\]\]>|$)/g, "");
  if (/<!DOCTYPE/i.test(outsideCdata)) return "the XML declares a DOCTYPE; DTDs are not processed";
  if (/<!ENTITY/i.test(outsideCdata)) return "the XML declares entities; entity expansion is not performed";
  return null;
}
