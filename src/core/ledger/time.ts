/**
 * The time a record carries. It is the writer's clock, bounded below by the record it extends
 * (times never run backwards along the chain) and above by the run's trusted time (GitHub's clock,
 * read from the Date header of one of its API answers and advanced by the process's own monotonic
 * clock). A writer whose clock is far ahead of the trusted time is refused, and so is a ledger whose
 * last record is far ahead of it: otherwise one bad clock would drag every later record along.
 */
import { formatDuration } from "../duration.js";
import type { ChainTip } from "./records.js";

/**
 * How far a clock may be off before gitjit refuses to write with it. Runners keep their clocks in
 * step with NTP (well under a second); GitHub's Date header is whole seconds; the trusted time is
 * read once per run and moved on by the monotonic clock. Ten minutes is far above all of that, and
 * far below anything a sweep (every five minutes) or a grant (an hour or more, usually) measures.
 * A record may sit at most this far ahead of true time, so it can pull later records no further.
 */
export const MAX_CLOCK_SKEW_MS = 10 * 60_000;

export type RecordTime =
  | { at: Date }
  | { code: "clock-ahead" | "clock-behind" | "ledger-ahead"; message: string };

/** Why the writer's clock may not date records, when the run's trusted time says it is far off. */
export function clockProblem(
  now: Date,
  trustedNow: Date,
  maxSkewMs: number = MAX_CLOCK_SKEW_MS,
): Exclude<RecordTime, { at: Date }> | undefined {
  const off = now.getTime() - trustedNow.getTime();
  if (Math.abs(off) <= maxSkewMs) return undefined;
  return {
    code: off > 0 ? "clock-ahead" : "clock-behind",
    message: `this writer's clock reads ${now.toISOString()}, ${formatDuration(Math.abs(off))} ${off > 0 ? "ahead of" : "behind"} the run's trusted time ${trustedNow.toISOString()}; refusing to date records by it`,
  };
}

export function recordTime(
  tip: ChainTip | undefined,
  now: Date,
  trustedNow?: Date,
  maxSkewMs: number = MAX_CLOCK_SKEW_MS,
): RecordTime {
  const trusted = trustedNow ?? now;
  const bound = trusted.getTime() + maxSkewMs;
  const off = clockProblem(now, trusted, maxSkewMs);
  if (off) return off;
  if (tip && Date.parse(tip.at) > bound)
    return {
      code: "ledger-ahead",
      message: `the ledger's last record (${tip.seq}) is dated ${tip.at}, ${formatDuration(Date.parse(tip.at) - trusted.getTime())} after ${trustedNow ? "the run's trusted time" : "this writer's clock"} ${trusted.toISOString()}: a writer with a bad clock wrote it; refusing to date every later record after it (run gitjit audit verify)`,
    };
  // Behind the tip by less than the bound: the record takes the tip's time, never an earlier one.
  return { at: tip && Date.parse(tip.at) > now.getTime() ? new Date(tip.at) : now };
}
