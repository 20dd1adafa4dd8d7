/** Jittered exponential backoff for the calls an SDK does not retry by itself (etag conflicts, replication lag). */
export interface Backoff {
  /** Tries in all, the first included. */
  attempts: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { attempts: 8, baseMs: 250, maxMs: 8000 };

/** "Full jitter": a random wait between 0 and the exponential cap, so retrying writers spread out. */
export function backoffDelay(backoff: Backoff, attempt: number, random = Math.random): number {
  return Math.round(random() * Math.min(backoff.maxMs, backoff.baseMs * 2 ** attempt));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` until it succeeds, `retryable` says no, or the attempts are spent; the last error is
 * thrown as it was, never turned into a success.
 */
export async function withRetry<T>(
  backoff: Backoff,
  retryable: (error: unknown) => boolean,
  fn: (attempt: number) => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt + 1 >= backoff.attempts || !retryable(error)) throw error;
      await sleep(backoffDelay(backoff, attempt));
    }
  }
}

/**
 * `promise`, or a rejection with `onTimeout()` when it has not settled within `ms`. For clients
 * whose own timeout cannot be relied on; what the late answer says is then ignored.
 */
export function withDeadline<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
