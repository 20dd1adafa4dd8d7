/** Grants as apply would receive them, built from plain values for provider tests. */
import { type GrantSpec, grantId } from "../../src/core/grant.js";
import type { Grant } from "../../src/core/model/schema.js";
import type { ProviderContext } from "../../src/providers/registry.js";

let counter = 0;

export function grantSpec(
  grant: Grant,
  principal: string,
  window: { start: string; end: string },
  n?: number,
): GrantSpec {
  const index = n ?? ++counter;
  const requestPath = `requests/test/alice-${index}.yaml`;
  return {
    id: grantId(requestPath, 1000 + index),
    requestPath,
    pr: 1000 + index,
    requester: "alice",
    principal,
    profile: "test",
    grant,
    startsAt: window.start,
    expiresAt: window.end,
    justification: `test grant ${index}`,
  };
}

export function testContext(
  env: Record<string, string | undefined> = {},
  now = () => new Date(),
): ProviderContext & {
  lines: string[];
} {
  const lines: string[] = [];
  return { env, now, log: (line) => lines.push(line), lines };
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
