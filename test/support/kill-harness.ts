/**
 * Crash-safety proven by killing (trust rule 8). Runs apply or sweep as the runner runs them — the
 * built action as a child process, against the GitHub test server, a real checkout whose origin is
 * a bare repository, a signed ledger (the policy lists its key) and a real platform (PGlite, the
 * AWS or the GCP test server) — and kills it
 * with SIGKILL at every step in turn, then runs again on a fresh checkout and checks that everything
 * converged.
 *
 * The steps are found, not listed: one run with GITJIT_TEST_CRASH_TRACE records every crash point
 * it reaches (src/adapters/crash-points.ts: before and after each platform write and each ledger
 * commit, after each ledger push) and, through hooks in the origin, the two moments inside git's
 * receive of each ledger push (the pack received but the branch not yet moved; the branch moved
 * but the push not yet answered). Then, for each point in turn, the world is put back as it was
 * before the run, the run is repeated with GITJIT_TEST_CRASH_AT naming that point, and is killed
 * there. A step added to the product is covered without touching the tests.
 *
 * Right after a kill, whatever of gitjit's is on the platform must be held by the ledger (a sweep
 * running then would not take it for an orphan). Then: the same run again (a re-run of the job,
 * on a fresh checkout), a sweep, and the checks — the platform holds exactly the grants the ledger
 * holds as active, each once and whole, with the ledger's window where the platform enforces one;
 * nothing is left half applied; no audit record written before the kill is lost, none is written
 * twice, and each grant's records are those of a run that was never killed; `gitjit audit verify`
 * (bin/gitjit.js, in a clone of the origin) passes.
 *
 * A re-run starts from what survives a kill: the origin's branches and the platform (the job's
 * checkout is thrown away). Kills that leave the same ledger records and platform as an earlier
 * kill (say, before a ledger commit and after writing it locally), or as the run never killed
 * left before or after itself, are recovered from once: every point is killed, and every distinct
 * state a kill leaves is recovered from and checked. Two kills run at once (GITJIT_KILL_LANES),
 * each lane with its own copy of the origin and of the platform.
 */
import { execFile, execFileSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, expect } from "vitest";
import { generateSection, spliceSection } from "../../src/core/codeowners/generate.js";
import { compilePolicy } from "../../src/core/policy/policy.js";
import type { ActionRun } from "./action.js";
import { MainBranch, pushEvent, runIn, startWorld, type World } from "./action-world.js";
import { baseFiles } from "./github/gitjit-repo.js";
import type { PullHandle } from "./github/state.js";
import { keysFile, type TestKey, testKey } from "./ledger-keys.js";
import { PROJECT_ROOT } from "./repo.js";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};

/** A platform gitjit writes to, seen from outside gitjit. */
export interface KillPlatform {
  /** The environment the action needs to reach it. */
  env(): Record<string, string>;
  /** gitjit's grants on it: grant id → each copy of it (more than one is a double grant). */
  grants(): Promise<Map<string, PlatformGrant[]>>;
  /**
   * The whole state but for the clock, to tell two kills' leftovers apart; absent where reading
   * it is slow (PGlite), and the platform calls a kill let finish (the trace says) stand for it.
   */
  fingerprint?(): Promise<string>;
  save(): Promise<() => Promise<void>>;
  /** An independent platform holding what this one holds now (for a second lane of kills). */
  fork(): Promise<KillPlatform>;
  close?(): Promise<void>;
}

/** One privilege gitjit wrote, as the platform holds it. */
export interface PlatformGrant {
  where: string;
  /** False when only part of it is there (a role without its memberships). */
  complete: boolean;
  /** The window the platform itself enforces, where it enforces one. */
  window?: { start: string; end: string };
}

export interface LedgerRecord {
  seq: number;
  hash: string;
  prev: string;
  at: string;
  event: string;
  grant: string;
  data: Record<string, unknown>;
}

interface LedgerEntryFile {
  id: string;
  state: string;
  startsAt: string;
  expiresAt: string;
}

const run_ = promisify(execFile);

/**
 * The GitHub test server, the default branch with a bare origin, and one platform. A fork shares
 * the server and the default branch, with its own copy of the origin and of the platform, so two
 * kills can run at once.
 */
export class KillWorld {
  private readonly forks: KillWorld[] = [];

  private constructor(
    readonly world: World,
    readonly main: MainBranch,
    /** The bare repository the runs push the ledger to: the main branch's origin, or a fork's copy. */
    readonly origin: string,
    readonly platform: KillPlatform,
    /** The ledger's signing key. */
    readonly key: TestKey,
  ) {}

  static async start(platform: KillPlatform): Promise<KillWorld> {
    const world = await startWorld();
    // The repository adopted gitjit with its ledger's public key in the policy, as a real one does:
    // every run signs the ledger (the private half in its environment) and verifies it first.
    const key = testKey("jit-ledger", "2026-01-01T00:00:00Z");
    const base = world.repo.commit({ ...baseFiles(), "policies/ledger-keys.yaml": keysFile(key) });
    world.repo.branches.set(world.repo.defaultBranch, base);
    const main = new MainBranch(world.repo, base);
    installPushHooks(main.origin);
    return new KillWorld(world, main, main.origin, platform, key);
  }

  /** Another lane: the same server and default branch, the origin and the platform as they are now. */
  async fork(): Promise<KillWorld> {
    const origin = join(tempDir("gitjit-lane-"), "origin.git");
    cpSync(this.origin, origin, { recursive: true });
    const fork = new KillWorld(this.world, this.main, origin, await this.platform.fork(), this.key);
    this.forks.push(fork);
    return fork;
  }

  async close() {
    for (const fork of this.forks.splice(0)) await fork.platform.close?.();
    if (this.origin === this.main.origin) await this.world.close();
  }

  /** A new checkout of main, as a re-run of a job gets: cloned from the origin with its whole history. */
  checkout(): string {
    const dir = join(tempDir("gitjit-checkout-"), "work");
    execFileSync("git", ["clone", "-q", "--branch", "main", this.origin, dir], { stdio: "pipe" });
    return dir;
  }

  /**
   * What every run gets: the platform's endpoints and credentials, the ledger's signing key, and no waiting — a failed
   * platform write is due again at once (a back-off of 0), so what a run does never depends on
   * how long the one before took.
   */
  env(extra: Record<string, string> = {}) {
    return {
      ...this.platform.env(),
      GITJIT_LEDGER_SIGNING_KEY: this.key.privateKey,
      GITJIT_RETRY_SCALE_MS: "0",
      ...extra,
    };
  }

  /** The apply job of the push `before`..HEAD, on a fresh checkout. */
  apply(before: string, env: Record<string, string> = {}, runAttempt = "1"): Promise<ActionRun> {
    const after = this.main.head();
    return runIn(this.world, {
      eventName: "push",
      event: pushEvent(before, after),
      workspace: this.checkout(),
      sha: after,
      runAttempt,
      env: this.env(env),
    });
  }

  /** The scheduled sweep, on a fresh checkout. */
  sweep(env: Record<string, string> = {}): Promise<ActionRun> {
    return runIn(this.world, {
      eventName: "schedule",
      event: { schedule: "*/5 * * * *" },
      workspace: this.checkout(),
      sha: this.main.head(),
      env: this.env(env),
    });
  }

  /** Opens, approves (by lead-dana) and merges a pull request by `author` changing `files`. */
  merge(author: string, files: Record<string, string>, at?: Date): PullHandle {
    const pull = this.world.repo.openPull({ author, base: this.main.head(), change: files });
    pull.review("lead-dana", "APPROVED");
    this.main.merge(pull, {}, at);
    return pull;
  }

  /** A governance change approved by two admins: the policy's people and profiles replaced. */
  mergePolicy(people: string, profiles: string): PullHandle {
    const files = { "policies/people.yaml": people, "policies/profiles.yaml": profiles };
    const { policy, errors } = compilePolicy(
      Object.entries(files).map(([path, content]) => ({ path, content })),
    );
    if (errors.length > 0) throw new Error(`fixture policy invalid: ${JSON.stringify(errors)}`);
    const codeowners = spliceSection(
      this.world.repo.requireCommit(this.main.head()).files.get(".github/CODEOWNERS"),
      generateSection(policy, "policies").lines,
    );
    if (!codeowners.ok) throw new Error(codeowners.message);
    const pull = this.world.repo.openPull({
      author: "sec-alice",
      base: this.main.head(),
      change: { ...files, ".github/CODEOWNERS": codeowners.text },
    });
    pull.review("sec-bob", "APPROVED");
    pull.review("sec-carol", "APPROVED");
    this.main.merge(pull);
    return pull;
  }

  private async git(...args: string[]): Promise<string> {
    return (await run_("git", args, { cwd: this.origin, encoding: "utf8", maxBuffer: 64 << 20 })).stdout;
  }

  private async files(dir: string): Promise<string[]> {
    if (!(await this.git("branch", "--list", "gitjit-ledger")).trim()) return [];
    const listing = await this.git("ls-tree", "-r", "--name-only", "gitjit-ledger", dir);
    return listing.split("\n").filter(Boolean).sort();
  }

  /** The audit log on the origin's ledger branch, in order. */
  async records(): Promise<LedgerRecord[]> {
    const files = await Promise.all(
      (await this.files("audit/")).map((file) => this.git("show", `gitjit-ledger:${file}`)),
    );
    return files.flatMap((text) =>
      text
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as LedgerRecord),
    );
  }

  /** ledger/active/ on the origin's ledger branch. */
  async entries(): Promise<Map<string, LedgerEntryFile>> {
    const files = await Promise.all(
      (await this.files("ledger/active/")).map((file) => this.git("show", `gitjit-ledger:${file}`)),
    );
    return new Map(
      files.map((text) => {
        const entry = JSON.parse(text) as LedgerEntryFile;
        return [entry.id, entry];
      }),
    );
  }

  /**
   * What survives a kill, but for the clock: the ledger's records and entries on the origin, and
   * the platform. (Two runs write the same records at different times, so their commits differ.)
   */
  async durableState(reached: readonly string[]): Promise<string> {
    return JSON.stringify({
      main: (await this.git("rev-parse", "main")).trim(),
      records: (await this.records()).map((r) => `${r.event} ${r.grant}`),
      entries: [...(await this.entries()).values()].map((e) => `${e.id} ${e.state} ${e.expiresAt}`),
      // Crash points are never inside a platform call: the calls that returned are the platform's state.
      platform: this.platform.fingerprint
        ? await this.platform.fingerprint()
        : reached.filter((p) => /^after-platform-/.test(p)),
    });
  }

  /** Puts the origin and the platform back as they are now, when the returned function is called. */
  async save(): Promise<() => Promise<void>> {
    const restore = saveDir(this.origin);
    const platform = await this.platform.save();
    return async () => {
      restore();
      await platform();
    };
  }

  /** `gitjit audit verify`, by bin/gitjit.js, in a clone of the origin. */
  async auditVerify(): Promise<{ code: number; out: string }> {
    const dir = join(tempDir("gitjit-audit-"), "clone");
    await run_("git", ["clone", "-q", this.origin, dir]);
    try {
      const { stdout } = await run_(
        process.execPath,
        [join(PROJECT_ROOT, "bin", "gitjit.js"), "audit", "verify"],
        {
          cwd: dir,
          encoding: "utf8",
          env: { PATH: process.env.PATH ?? "", HOME: dir },
        },
      );
      return { code: 0, out: stdout };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof e.code === "number" ? e.code : -1, out: `${e.stdout ?? ""}${e.stderr ?? ""}` };
    }
  }
}

/**
 * Copies `dir` aside; the function returned puts it back as it was: files changed since (by size
 * or time) copied back, files added removed. Cheaper than copying it all back each time.
 */
export function saveDir(dir: string): () => void {
  const copy = join(tempDir("gitjit-saved-"), "copy");
  cpSync(dir, copy, { recursive: true, preserveTimestamps: true });
  return () => sync(copy, dir);
}

function sync(from: string, to: string) {
  const wanted = new Set(readdirSync(from));
  for (const name of readdirSync(to))
    if (!wanted.has(name)) rmSync(join(to, name), { recursive: true, force: true });
  for (const name of wanted) {
    const source = join(from, name);
    const target = join(to, name);
    const a = statSync(source);
    const b = statSync(target, { throwIfNoEntry: false });
    if (a.isDirectory()) {
      if (b && !b.isDirectory()) rmSync(target, { force: true });
      if (!b?.isDirectory()) mkdirSync(target);
      sync(source, target);
    } else if (!b?.isFile() || a.size !== b.size || a.mtimeMs !== b.mtimeMs) {
      if (b?.isDirectory()) rmSync(target, { recursive: true, force: true });
      copyFileSync(source, target);
      chmodSync(target, a.mode);
      utimesSync(target, a.atime, a.mtime);
    }
  }
}

/**
 * Crash points inside git's receive of a ledger push, as hooks of the origin: `ledger-push-received`
 * (pre-receive: the pack is in, the branch not yet moved) and `ledger-push-updated`
 * (reference-transaction, committed: the branch moved, the pusher not yet told). They count and
 * trace like the product's points, in the same file; at the chosen one the hook kills the process
 * tree from the action down to itself (git push, receive-pack), as a cancelled runner does.
 */
function installPushHooks(origin: string) {
  const script = (name: string, guard: string) => `#!/bin/sh
# Test harness only (test/support/kill-harness.ts).
[ -n "$GITJIT_TEST_CRASH_TRACE" ] || exit 0
${guard}
grep -q ' refs/heads/gitjit-ledger$' || exit 0
n=$(( $(grep -c '^${name}:' "$GITJIT_TEST_CRASH_TRACE") + 1 ))
echo "${name}:$n" >> "$GITJIT_TEST_CRASH_TRACE"
[ "$GITJIT_TEST_CRASH_AT" = "${name}:$n" ] || exit 0
# The outermost first: once the action is gone, nothing can go on, whatever else dies when.
pids=""
pid=$PPID
while [ "$pid" -gt 1 ]; do
  pids="$pid $pids"
  if tr '\\0' ' ' < /proc/$pid/cmdline | grep -q 'dist/index.js'; then
    kill -KILL $pids $$
    exit 1
  fi
  pid=$(ps -o ppid= -p "$pid" | tr -d ' ')
done
echo "kill-harness: no action process above this push" >&2
exit 1
`;
  const hooks = join(origin, "hooks");
  writeFileSync(join(hooks, "pre-receive"), script("ledger-push-received", ""));
  writeFileSync(
    join(hooks, "reference-transaction"),
    script("ledger-push-updated", '[ "$1" = committed ] || exit 0'),
  );
  chmodSync(join(hooks, "pre-receive"), 0o755);
  chmodSync(join(hooks, "reference-transaction"), 0o755);
}

/** The run that is killed: an apply of a push, or a sweep. */
export type RunUnderTest = { mode: "apply"; before: string } | { mode: "sweep" };

export interface KillOptions {
  /** After the re-run and the sweep, before the checks: e.g. the platform is fixed and swept again. */
  afterRecovery?: (k: KillWorld) => Promise<void>;
  /** Only these points (name:n), for a representative subset; all when absent. */
  only?: (points: string[]) => string[];
  /** The exit code of the run under test when it is not killed (default 0). */
  expectedCode?: number;
}

export interface KillReport {
  points: string[];
  killed: number;
  /** Distinct states the kills left, each recovered from and checked. */
  recovered: number;
}

function run(k: KillWorld, target: RunUnderTest, env: Record<string, string> = {}, attempt = "1") {
  return target.mode === "apply" ? k.apply(target.before, env, attempt) : k.sweep(env);
}

const describeRun = (r: ActionRun) =>
  `exit ${r.code} signal ${r.signal}\n--- stdout\n${r.stdout.slice(-4000)}\n--- stderr\n${r.stderr.slice(-2000)}`;

/** Kills at once: one run, and its recovery, per lane; two keep both of CI's cores busy. */
const LANES = Number(process.env.GITJIT_KILL_LANES ?? 2) || 1;

/**
 * Kills `target` at every crash point in turn (see the top of this file), recovering and checking
 * after each. The world must be set up to just before the run.
 */
export async function killAtEveryStep(
  k: KillWorld,
  target: RunUnderTest,
  options: KillOptions = {},
): Promise<KillReport> {
  const lanes = [k];
  for (let i = 1; i < LANES; i++) lanes.push(await k.fork());
  const restores = await Promise.all(lanes.map((lane) => lane.save()));
  const before = await k.records();
  // A kill that leaves things as they were before the run, or as the run left them, is recovered
  // from exactly as the run that is not killed is (below): that one stands for it.
  const initial = await k.durableState([]);
  const seen = new Set([initial]);

  // The run, not killed: its points, and the records it and the recovery leave.
  const traceFile = join(tempDir("gitjit-trace-"), "trace");
  writeFileSync(traceFile, "");
  const clean = await run(k, target, { GITJIT_TEST_CRASH_TRACE: traceFile });
  expect(clean.code, describeRun(clean)).toBe(options.expectedCode ?? 0);
  const points = readFileSync(traceFile, "utf8").split("\n").filter(Boolean);
  expect(points.length, "the run reaches no crash point").toBeGreaterThan(0);
  seen.add(await k.durableState(points));
  // Re-run the same, then sweep, as after every kill.
  await recover(k, target, options);
  const reference = await checkConverged(k, before, [], "the run, not killed");

  const selected = options.only ? options.only(points) : points;
  let recovered = 0;
  let next = 0;
  let failed = false;
  const killAt = async (lane: KillWorld, restore: () => Promise<void>, point: string) => {
    await restore();
    expect(await lane.durableState([]), `put back before killing at ${point}`).toBe(initial);
    const trace = join(tempDir("gitjit-trace-"), "trace");
    writeFileSync(trace, "");
    const killed = await run(lane, target, { GITJIT_TEST_CRASH_TRACE: trace, GITJIT_TEST_CRASH_AT: point });
    expect(killed.signal, `killed at ${point}: ${describeRun(killed)}`).toBe("SIGKILL");
    // The same steps as the run that was not killed, up to the kill.
    const reached = readFileSync(trace, "utf8").split("\n").filter(Boolean);
    const expected = points.slice(0, points.indexOf(point) + 1);
    expect(
      reached,
      `the steps before ${point}: ${reached.join(" ")}\nagainst ${expected.join(" ")}\n${describeRun(killed)}`,
    ).toEqual(expected);
    const state = await lane.durableState(reached);
    if (seen.has(state)) return;
    seen.add(state);
    recovered++;
    const survived = await lane.records();
    expectPrefix(before, survived, `records written before the run, after killing it at ${point}`);
    await checkHeld(lane, `killed at ${point}, before anything ran again`);
    await recover(lane, target, options, point);
    await checkConverged(lane, survived, reference, `killed at ${point}`);
  };
  await Promise.all(
    lanes.map(async (lane, i) => {
      try {
        for (let p = next++; p < selected.length && !failed; p = next++)
          await killAt(lane, restores[i] as () => Promise<void>, selected[p] as string);
      } catch (error) {
        failed = true; // the other lanes stop at their next point
        throw error;
      }
    }),
  );
  await (restores[0] as () => Promise<void>)();
  return { points, killed: selected.length, recovered };
}

async function recover(k: KillWorld, target: RunUnderTest, options: KillOptions, point = "") {
  const rerun = await run(k, target, {}, "2");
  expect(rerun.signal, `the re-run after ${point}: ${describeRun(rerun)}`).toBeNull();
  const sweep = await k.sweep();
  expect(sweep.signal, `the sweep after ${point}: ${describeRun(sweep)}`).toBeNull();
  await options.afterRecovery?.(k);
}

/**
 * What must hold at every moment, a kill's included: whatever of gitjit's is on the platform, the
 * ledger holds (being applied, active, or being revoked), so a sweep running now would not take it
 * for an orphan; and a grant waiting for its start is not on the platform yet.
 */
async function checkHeld(k: KillWorld, label: string) {
  const entries = await k.entries();
  for (const [id, copies] of await k.platform.grants())
    expect(
      entries.get(id)?.state ?? "not in the ledger",
      `${label}: ${id} is on the platform (${copies.map((c) => c.where).join(", ")})`,
    ).toMatch(/^(applying|active|revoke-failing)$/);
}

function expectPrefix(first: readonly LedgerRecord[], then: readonly LedgerRecord[], what: string) {
  expect(
    then.slice(0, first.length).map((r) => r.hash),
    `${what}: the audit log lost or changed a record`,
  ).toEqual(first.map((r) => r.hash));
}

/**
 * The checks after a recovery; returns each grant's events, normalised (see below), to compare
 * with the run that was not killed.
 */
async function checkConverged(
  k: KillWorld,
  earlier: readonly LedgerRecord[],
  reference: readonly string[],
  label: string,
): Promise<string[]> {
  const records = await k.records();
  expectPrefix(earlier, records, label);
  const entries = await k.entries();
  const onPlatform = await k.platform.grants();
  // Nothing half done: every entry the ledger holds is granted, or waits for its start.
  for (const entry of entries.values())
    expect(["active", "scheduled"], `${label}: ${entry.id} is left ${entry.state}`).toContain(entry.state);
  // The platform holds what the ledger holds as active, each grant once, and nothing else of gitjit's.
  const active = [...entries.values()].filter((e) => e.state === "active").map((e) => e.id);
  const platform = [...onPlatform.keys()];
  expect(platform.sort(), `${label}: gitjit's grants on the platform and the ledger's active ones`).toEqual(
    active.sort(),
  );
  for (const [id, copies] of onPlatform) {
    expect(
      copies.map((c) => c.where),
      `${label}: ${id} granted twice`,
    ).toHaveLength(1);
    const [copy] = copies as [PlatformGrant];
    expect(copy.complete, `${label}: ${id} only half written at ${copy.where}`).toBe(true);
    // Where the platform enforces the window, it is the one the ledger holds (an extension moved it).
    const entry = entries.get(id);
    if (copy.window && entry)
      expect(
        [Date.parse(copy.window.start), Date.parse(copy.window.end)],
        `${label}: ${id}'s window on the platform (${copy.window.start} to ${copy.window.end}) and in the ledger (${entry.startsAt} to ${entry.expiresAt})`,
      ).toEqual([Date.parse(entry.startsAt), Date.parse(entry.expiresAt)]);
  }
  // No record twice: the same event for the same grant (and the same file, commit or expiry).
  const keys = records.filter((r) => !REPEATABLE.has(r.event)).map(recordKey);
  expect(
    keys.filter((key, i) => keys.indexOf(key) !== i),
    `${label}: records written twice`,
  ).toEqual([]);
  const verify = await k.auditVerify();
  expect(verify.code, `${label}: gitjit audit verify\n${verify.out}`).toBe(0);
  const events = normalised(records);
  if (reference.length > 0)
    expect(
      events,
      `${label}: the records, against a run never killed:\n${events.join("\n")}\nagainst\n${reference.join("\n")}`,
    ).toEqual(reference);
  return events;
}

/** A platform write that failed is tried again: its start and its failure may repeat, in pairs. */
const REPEATABLE = new Set(["apply-started", "apply-failed"]);

function recordKey(r: LedgerRecord): string {
  const data = r.data;
  const extension = data.extension as { requestPath?: string } | undefined;
  const detail =
    r.event === "expiry-warned"
      ? String(data.expiresAt)
      : r.event === "extended"
        ? String(extension?.requestPath)
        : r.event.startsWith("governance-")
          ? String(data.commit)
          : r.event === "orphan-revoked"
            ? `${String(data.location)} ${String(data.principal)}`
            : "";
  return `${r.event} ${r.grant} ${detail}`;
}

/**
 * Each grant's events in log order, one line per grant, without what a kill may legitimately
 * change: a write that failed and was started again (apply-failed, then apply-started) is one
 * attempt, and expiry warnings depend on the clock.
 */
function normalised(records: readonly LedgerRecord[]): string[] {
  const byGrant = new Map<string, string[]>();
  for (const r of records) {
    if (r.event === "expiry-warned") continue;
    const events = byGrant.get(r.grant) ?? [];
    byGrant.set(r.grant, events);
    if (r.event === "apply-started" && events.at(-1) === "apply-failed") events.pop();
    else events.push(r.event);
  }
  return [...byGrant].map(([grant, events]) => `${grant}: ${events.join(" ")}`).sort();
}
