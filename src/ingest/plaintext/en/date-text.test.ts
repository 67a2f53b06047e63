import { describe, expect, it } from "vitest";
import { isoDateTime } from "../date-parts.js";
import { parseDateText } from "./date-text.js";

const iso = (s: string) => {
  const d = parseDateText(s);
  return d === null ? null : isoDateTime(d);
};

describe("parseDateText", () => {
  it.each([
    ["2020-01-03", "2020-01-03"],
    ["Thursday, January 2, 2020", "2020-01-02"],
    ["January 02, 2020", "2020-01-02"],
    ["2 January 2020", "2020-01-02"],
    ["Jan 2 2020 19:01 utc", "2020-01-02T19:01:00Z"],
    ["Jan 3 2020 0:02 utc", "2020-01-03T00:02:00Z"],
    ["January 2, 2020 at 18:45 UTC", "2020-01-02T18:45:00Z"],
    ["January 03, 2020 at 01:44 AM", "2020-01-03T01:44:00"],
    ["March 5, 2021 at 6:03 pm", "2021-03-05T18:03:00"],
    ["August 14, 2021 at 12:30 AM", "2021-08-14T00:30:00"],
    ["2020-01-02T20:00:00+02:00", "2020-01-02T18:00:00Z"],
    ["Sept. 3, 2019", "2019-09-03"],
  ])("reads %s", (text, want) => {
    expect(iso(text)).toBe(want);
  });

  it.each([
    "", "Monday", "last Friday", "January 2020", "February 30, 2020", "January 2, 2020 and then some",
    "on January 2, 2020", "2020-13-01", "January 2, 2020 at 25:00", "January 2, 2020 17", "13:00",
    "the 2nd of January", "1".repeat(100),
  ])("refuses %j", (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});
