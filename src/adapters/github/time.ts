/**
 * GitHub's time, for a run's trusted clock: the Date header of one API answer (GET /rate_limit,
 * which costs no rate limit; an error answer carries the header too), moved on by the process's
 * monotonic clock, which the wall clock's corrections do not touch. A runner whose own clock is
 * wrong cannot date the ledger's records by it (core/ledger/time.ts).
 *
 * Why the API's Date rather than the push event's head_commit timestamp: the timestamp says when
 * the merge was made, not when the run runs (a re-run days later carries the same payload), and a
 * schedule or workflow_dispatch event has none; the Date header is GitHub's clock now.
 */
import type { GitHubClient } from "./client.js";

function parse(header: unknown): Date | undefined {
  if (typeof header !== "string") return undefined;
  const t = Date.parse(header);
  return Number.isNaN(t) ? undefined : new Date(t);
}

/** GitHub's clock as one answer states it; undefined when GitHub could not be reached. */
export async function githubTime(client: GitHubClient): Promise<Date | undefined> {
  try {
    return parse((await client.request("GET /rate_limit")).headers.date);
  } catch (error) {
    return parse((error as { response?: { headers?: Record<string, unknown> } }).response?.headers?.date);
  }
}

/** A clock that reads `at` now and moves on with the monotonic clock. */
export function clockFrom(at: Date, monotonic: () => number = () => performance.now()): () => Date {
  const start = monotonic();
  return () => new Date(at.getTime() + (monotonic() - start));
}
