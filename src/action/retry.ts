/** How long a failed platform write waits before a later run tries it again: doubling, capped. */
export const RETRY_BASE_MS = 5 * 60_000;
export const RETRY_MAX_MS = 60 * 60_000;

/** When a failing platform write may be tried again, from its last attempt. */
export function nextAttempt(state: { attempts: number; at: string }, baseMs = RETRY_BASE_MS): number {
  const wait = Math.min(
    baseMs * 2 ** Math.max(0, state.attempts - 1),
    (RETRY_MAX_MS / RETRY_BASE_MS) * baseMs,
  );
  return Date.parse(state.at) + wait;
}
