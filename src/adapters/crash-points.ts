/**
 * Crash points: a test-only hook, for proving that apply and sweep survive being killed at any
 * step (trust rule 8). It does nothing unless the process environment names it:
 *
 *   GITJIT_TEST_CRASH_TRACE=FILE    append each point reached to FILE, as `name:n` (the n-th time)
 *   GITJIT_TEST_CRASH_AT=name:n     SIGKILL this process the n-th time it reaches the point `name`
 *
 * Both are read from process.env only — never from an action input, an event payload, a request,
 * the policy or anything else a pull request can write — so only whoever starts the process (the
 * workflow file, itself a governance change) could set them, and all they could do is end the run,
 * which is exactly what the rule says must be harmless. The kill is the same SIGKILL a cancelled or
 * timed-out runner sends: no handler runs, nothing is flushed.
 */
import { appendFileSync } from "node:fs";

export type CrashPoint =
  /** A platform write (provider.apply) is about to start, or has just returned. */
  | "before-platform-apply"
  | "after-platform-apply"
  /** A platform removal (provider.revoke) is about to start, or has just returned. */
  | "before-platform-revoke"
  | "after-platform-revoke"
  /** The ledger's next commit is decided but not written; written but not pushed; pushed, but not yet known locally. */
  | "before-ledger-commit"
  | "after-ledger-commit"
  | "after-ledger-push";

const reached = new Map<CrashPoint, number>();

export function crashPoint(name: CrashPoint): void {
  const trace = process.env.GITJIT_TEST_CRASH_TRACE;
  const at = process.env.GITJIT_TEST_CRASH_AT;
  if (!trace && !at) return;
  const n = (reached.get(name) ?? 0) + 1;
  reached.set(name, n);
  if (trace) appendFileSync(trace, `${name}:${n}\n`);
  if (at === `${name}:${n}`) process.kill(process.pid, "SIGKILL");
}
