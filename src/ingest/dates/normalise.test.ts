import { describe, expect, it } from "vitest";
import { normaliseDate } from "./normalise.js";

describe("normaliseDate", () => {
  it.each([
    ["2020-01-02", "2020-01-02"],
    ["2020-01-02T19:01:00Z", "2020-01-02T19:01:00Z"],
    ["2020-01-02T23:30:00-05:00", "2020-01-02T23:30:00-05:00"],
    ["2020-01-02T23:30:00.123+0530", "2020-01-02T23:30:00+05:30"],
    ["2020-01-02 08:15", "2020-01-02T08:15:00"],
    ["Thu, 02 Jan 2020 19:01:00 GMT", "2020-01-02T19:01:00Z"],
    ["Tue, 07 Jan 2020 06:45:00 -0500", "2020-01-07T06:45:00-05:00"],
    ["02 Jan 20 10:00 EST", "2020-01-02T10:00:00-05:00"],
    ["January 2, 2020", "2020-01-02"],
    ["Posted on Jan. 2, 2020 at 7:01 pm", "2020-01-02T19:01:00"],
    ["2nd January 2020", "2020-01-02"],
    ["Jan 2 2020 19:01 utc", "2020-01-02T19:01:00Z"],
  ])("%s → %s (local offset kept)", (raw, iso) => {
    expect(normaliseDate(raw, { utc: false })).toBe(iso);
  });

  it("writes zoned times in UTC when asked", () => {
    expect(normaliseDate("2021-05-04T16:45:00+02:00", { utc: true })).toBe("2021-05-04T14:45:00Z");
    expect(normaliseDate("Jan 2 2020 23:30 EST", { utc: true })).toBe("2020-01-03T04:30:00Z");
  });

  it.each(["", "yesterday", "2020-02-30", "12.53%", "13/45/2020", "February 31, 2020", "1 2 3"])("rejects %j", (raw) => {
    expect(normaliseDate(raw, { utc: false })).toBeNull();
  });
});
