/**
 * Deterministic fault injection for the test servers: a seeded generator decides, request by
 * request, whether to answer normally or with a fault, so a failing run replays exactly.
 */
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** mulberry32: small, fast and good enough to spread faults evenly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * throttle: the service's rate-limit answer; error: a 5xx; timeout: no answer at all (half the
 * time after the change was made); drop: the change is made, then the connection is cut;
 * conflict: a concurrent writer changes the resource first (where the API has etags).
 */
export type FaultKind = "throttle" | "error" | "timeout" | "drop" | "conflict";

export interface FaultOptions {
  rate: number;
  seed: number;
  kinds: readonly FaultKind[];
}

export class Faults {
  private random: () => number;
  readonly injected: Record<FaultKind, number> = { throttle: 0, error: 0, timeout: 0, drop: 0, conflict: 0 };
  constructor(private options: FaultOptions = { rate: 0, seed: 1, kinds: [] }) {
    this.random = seededRandom(options.seed);
  }
  configure(options: FaultOptions) {
    this.options = options;
    this.random = seededRandom(options.seed);
  }
  /** The fault for the next request, if any, and for a timeout whether it strikes after the change. */
  next(
    allowed: readonly FaultKind[] = this.options.kinds,
  ): { kind: FaultKind; afterWrite: boolean } | undefined {
    const kinds = this.options.kinds.filter((k) => allowed.includes(k));
    if (kinds.length === 0 || this.random() >= this.options.rate) return undefined;
    const kind = kinds[Math.floor(this.random() * kinds.length)] as FaultKind;
    this.injected[kind]++;
    return { kind, afterWrite: kind === "drop" || (kind === "timeout" && this.random() < 0.5) };
  }
}

/** Requests left hanging by a timeout fault; the server cuts them when it closes. */
export class Hanging {
  readonly sockets = new Set<{ destroy(): void }>();
  hold(res: ServerResponse) {
    const socket = res.socket;
    if (!socket) return;
    this.sockets.add(socket);
    socket.once("close", () => this.sockets.delete(socket));
  }
  cutAll() {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const HERE = dirname(fileURLToPath(import.meta.url));
/** Public test data shipped beside the repository (../shared/testdata from the repository's root). */
export function testdata(path: string): unknown {
  return JSON.parse(readFileSync(join(HERE, "..", "..", "..", "shared", "testdata", path), "utf8"));
}
