/**
 * `gitjit sweep` as a person or a cron job runs it: the real binary (bin/gitjit.js, on the built
 * lib/), a child process, against an embedded database kept in a folder. It must end on its own
 * once it has done its work: an embedded database left open holds the process (PostgreSQL inside
 * PGlite keeps a timer armed while it is open), and a scheduler waiting for it would pile up runs.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GitLedgerStore } from "../src/adapters/git/ledger-store.js";
import { applyGrant } from "../src/commands/lifecycle.js";
import { closeEmbeddedDatabases, openDatabase } from "../src/providers/postgres/database.js";
import { loadProvider } from "../src/providers/registry.js";
import { type TempGit, tempGit } from "./support/git-fixtures.js";
import { REVIEWED } from "./support/ledger-fixtures.js";
import { CONNECTION, pgGrant } from "./support/postgres.js";
import { PROJECT_ROOT } from "./support/repo.js";

const BIN = join(PROJECT_ROOT, "bin", "gitjit.js");
/**
 * How long the process may live on after it has printed its report. Closing the database takes
 * tens of milliseconds; left open, PGlite held the process until its timer fired, ten seconds
 * after the last query (about nine after the report). Generous: a hang, not a slow exit, fails.
 */
const AFTER_REPORT_MS = 4_000;
/** A run that never ends is killed after this, and fails. */
const KILL_AFTER_MS = 90_000;

let git: TempGit | undefined;
let dir: string | undefined;
afterEach(async () => {
  await closeEmbeddedDatabases();
  git?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from the last thing it printed to its exit. */
  lingered: number;
  killed: boolean;
}

function runBinary(args: string[], cwd: string, env: Record<string, string>): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: cwd, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let last = Date.now();
    let killed = false;
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
      last = Date.now();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
      last = Date.now();
    });
    const timer = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, KILL_AFTER_MS);
    let exited = 0;
    child.on("error", reject);
    child.on("exit", () => {
      exited = Date.now();
      clearTimeout(timer);
    });
    // After every stream is drained.
    child.on("close", (code, signal) =>
      resolve({ code, signal, stdout, stderr, lingered: (exited || Date.now()) - last, killed }),
    );
  });
}

describe("gitjit sweep, the binary, on an embedded database in a folder", () => {
  it("revokes what expired, prints its report and exits on its own", async () => {
    dir = mkdtempSync(join(tmpdir(), "gitjit-sweep-exit-"));
    const url = `pglite://${dir}`;
    const env = { [CONNECTION]: url };
    const admin = await openDatabase(url, CONNECTION);
    await admin.query("CREATE ROLE payouts_readonly NOLOGIN");
    await admin.query("CREATE ROLE dana LOGIN");
    git = tempGit();
    const repo = git.clone("runner");
    const now = new Date("2026-12-01T09:00:00Z");
    const store = new GitLedgerStore({ repo, branch: "gitjit-ledger", remote: "origin", now: () => now });
    const provider = await loadProvider("postgres", { env, now: () => now, log: () => {} });
    const spec = pgGrant({ principal: "dana", role: "payouts_readonly", expiresAt: "2026-12-01T11:00:00Z" });
    expect((await applyGrant(store, provider, { spec, approval: REVIEWED, now })).status).toBe("done");
    // The folder is the child's now: one process at a time.
    await closeEmbeddedDatabases(url);

    const run = await runBinary(["sweep", "--now", "2026-12-01T11:05:00Z", "--format", "json"], repo, env);
    expect(run.killed, `still running after ${KILL_AFTER_MS} ms; stderr: ${run.stderr}`).toBe(false);
    expect([run.code, run.signal], run.stderr).toEqual([0, null]);
    expect(JSON.parse(run.stdout).removed.map((r: { id: string }) => r.id)).toEqual([spec.id]);
    expect(run.lingered, "time between the report and the exit").toBeLessThan(AFTER_REPORT_MS);

    // It did its work on the folder, and left it closed for the next process.
    const after = await openDatabase(url, CONNECTION);
    const roles = await after.query<{ rolname: string }>(
      "SELECT rolname FROM pg_roles WHERE rolname LIKE 'gitjit_%'",
    );
    expect(roles).toEqual([]);
  }, 180_000);
});
