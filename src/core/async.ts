/** Retries with jittered backoff and a bounded worker pool; the sleep and the dice are passed in. */

export interface Backoff {
  /** First delay's upper bound. */
  baseMs: number;
  /** No delay is longer than this. */
  maxMs: number;
}

/** "Full jitter": a random delay up to an exponentially growing cap, so racing writers spread out. */
export function backoffDelay(attempt: number, backoff: Backoff, random: () => number): number {
  const cap = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * cap);
}

export interface RetryOptions {
  attempts: number;
  backoff: Backoff;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Whether an error is worth another try; default: always. */
  retryable?: (error: unknown) => boolean;
}

export type Attempted<T> =
  | { ok: true; value: T; attempts: number }
  | { ok: false; error: unknown; attempts: number };

export async function retry<T>(
  fn: (attempt: number) => Promise<T>,
  options: RetryOptions,
): Promise<Attempted<T>> {
  let attempt = 0;
  for (;;) {
    attempt += 1;
    try {
      return { ok: true, value: await fn(attempt), attempts: attempt };
    } catch (error) {
      const again = attempt < options.attempts && (options.retryable?.(error) ?? true);
      if (!again) return { ok: false, error, attempts: attempt };
      await options.sleep(backoffDelay(attempt, options.backoff, options.random));
    }
  }
}

/** Runs `fn` over `items` with at most `limit` at a time; results keep the items' order. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
