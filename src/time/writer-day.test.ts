import { describe, expect, it } from "vitest";
import { extractTimes } from "./index.js";

/** A UTC stamp near midnight leaves open which day the writer was on. */
function one(text: string, published: string) {
  const result = extractTimes({ text, sentences: [], published, kind: "comment" });
  expect(result.timeExpressions, JSON.stringify(result.timeExpressions)).toHaveLength(1);
  const t = result.timeExpressions[0]!;
  expect(text.slice(t.start, t.end)).toBe(t.text);
  return { t, diagnostics: result.diagnostics };
}

describe("extractTimes: deictic days stamped near midnight UTC", () => {
  it("reads 'tomorrow' just after midnight as the stamp's day or the next", () => {
    const { t, diagnostics } = one("The march will be bigger tomorrow.", "2021-05-04T00:30:00Z");
    expect([t.text, t.value, t.precision, t.certain]).toEqual(["tomorrow", "2021-05-04/2021-05-05", "interval", false]);
    expect(diagnostics.some((d) => d.code === "date-ambiguous" && d.message.includes("2021-05-04 to 2021-05-05"))).toBe(true);
  });

  it("reads 'yesterday' just before midnight as the day before or the stamp's day", () => {
    expect(one("The port closed yesterday.", "2021-05-04T22:30:00Z").t.value).toBe("2021-05-03/2021-05-04");
  });

  it("reads 'today' just after midnight as the day before or the stamp's day", () => {
    expect(one("Two more died today.", "2021-05-04T01:10:00Z").t.value).toBe("2021-05-03/2021-05-04");
  });

  it("keeps one day far from midnight", () => {
    expect(one("The march will be bigger tomorrow.", "2021-05-04T12:00:00Z").t.value).toBe("2021-05-05");
  });

  it("keeps one day when the stamp names the writer's own offset", () => {
    expect(one("The march will be bigger tomorrow.", "2021-05-04T00:30:00+02:00").t.value).toBe("2021-05-05");
  });

  it("keeps one day for a stamp without a time of day", () => {
    expect(one("The march will be bigger tomorrow.", "2021-05-04").t.value).toBe("2021-05-05");
  });

  it("keeps one day when the text names its zone", () => {
    const result = extractTimes({
      text: "Talks ran until 5pm Pacific. They resume tomorrow.",
      sentences: [],
      published: "2021-05-04T00:30:00Z",
      kind: "comment",
    });
    const t = result.timeExpressions.find((x) => x.text === "tomorrow");
    expect(t?.value).toBe("2021-05-04");
  });
});
