import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDuration, HOUR, MINUTE, parseDuration } from "../src/core/duration.js";

describe("durations", () => {
  it.each([
    ["90m", 90 * MINUTE],
    ["1h30m", 90 * MINUTE],
    ["PT1H30M", 90 * MINUTE],
    ["P1DT2H", 26 * HOUR],
    ["45s", 45_000],
    ["-2h", -2 * HOUR],
  ])("reads %s", (text, ms) => {
    expect(parseDuration(text)).toEqual({ ok: true, ms });
  });

  it.each([
    "",
    "P",
    "PT",
    "2",
    "h",
    "1.5h",
    "2H",
    "1h 30m",
    "30m1h",
    "--2h",
    "P1Y",
    "P1M",
    "2 hours",
    "Infinity",
  ])("refuses %j", (text) => {
    expect(parseDuration(text).ok).toBe(false);
  });

  it("refuses anything that is not text", () => {
    for (const value of [2, Number.NaN, Number.POSITIVE_INFINITY, null, undefined, {}, []])
      expect(parseDuration(value).ok).toBe(false);
  });

  it("writes back what it reads", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 * 24 * 3600 }), (seconds) => {
        const text = formatDuration(seconds * 1000);
        expect(parseDuration(text)).toEqual({ ok: true, ms: seconds * 1000 });
      }),
    );
  });
});
