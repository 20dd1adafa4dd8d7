import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GitLedgerStore } from "../src/adapters/git/ledger-store.js";
import { applyGrant } from "../src/commands/lifecycle.js";
import { closeEmbeddedDatabases } from "../src/providers/postgres/database.js";
import { loadProvider } from "../src/providers/registry.js";
import { runCli } from "./support/cli.js";
import { type TempGit, tempGit } from "./support/git-fixtures.js";
import { REVIEWED } from "./support/ledger-fixtures.js";
import { forge, keysFile, type TestKey, testKey, trustOf } from "./support/ledger-keys.js";
import { CONNECTION, Fixture, pgGrant } from "./support/postgres.js";

const URL = "pglite://memory/cli-sweep";
const env = { [CONNECTION]: URL };
let fx: Fixture;
let git: TempGit | undefined;
let table: string;
let role: string;

beforeAll(async () => {
  fx = await Fixture.open(URL);
  ({ table, role } = await fx.readableTable());
}, 60_000);
afterAll(async () => {
  await fx.cleanup();
  await closeEmbeddedDatabases();
});
afterEach(() => git?.cleanup());

/** `key`: the ledger is signed with it, and the repository's policy lists it (policies/ledger-keys.yaml). */
async function repoWithGrant(key?: TestKey) {
  git = tempGit();
  const repo = git.clone("runner");
  const login = await fx.login("dana");
  const spec = pgGrant({ principal: login, role, expiresAt: "2026-12-01T11:00:00.000Z" });
  const now = new Date("2026-12-01T09:00:00Z");
  if (key) {
    mkdirSync(join(repo, "policies"));
    writeFileSync(join(repo, "policies", "ledger-keys.yaml"), keysFile(key));
  }
  const store = new GitLedgerStore({
    repo,
    branch: "gitjit-ledger",
    remote: "origin",
    now: () => now,
    ...(key ? { trust: trustOf([key]) } : {}),
  });
  const provider = await loadProvider("postgres", { env, now: () => now, log: () => {} });
  await applyGrant(store, provider, { spec, approval: REVIEWED, now });
  return { repo, login, spec };
}

describe("gitjit sweep (command line)", () => {
  it("shows what it would do in a dry run, then does it, and says what it recorded", async () => {
    const { repo, login, spec } = await repoWithGrant();
    const dry = await runCli(["sweep", "--now", "2026-12-01T11:05:00Z", "--dry-run"], { cwd: repo, env });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`would remove  ${spec.id}  ${login} on postgres:${CONNECTION}/${role}`);
    expect(await fx.hasSelect(login, table)).toBe(true);

    const real = await runCli(["sweep", "--now", "2026-12-01T11:05:00Z", "--format", "json"], {
      cwd: repo,
      env,
    });
    expect(real.code).toBe(0);
    const report = JSON.parse(real.stdout);
    expect(report.removed.map((r: { id: string }) => r.id)).toEqual([spec.id]);
    expect(report.recorded).toEqual([{ seq: 3, event: "expired", grant: spec.id }]);
    expect(await fx.hasSelect(login, table)).toBe(false);

    const verify = await runCli(["audit", "verify", "--now", "2026-12-01T11:06:00Z"], { cwd: repo });
    expect(verify.code).toBe(0);
  }, 60_000);

  it("exits 1 and alerts when a revoke keeps failing", async () => {
    const { repo, spec } = await repoWithGrant();
    const run = await runCli(["sweep", "--now", "2026-12-01T11:05:00Z", "--attempts", "1"], {
      cwd: repo,
      env: {},
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`ALERT revoke-failing: could not remove`);
    expect(run.stdout).toContain(`FAILING       ${spec.id}`);
  }, 60_000);

  it("exits 3 when the ledger's remote cannot be reached", async () => {
    const { repo } = await repoWithGrant();
    renameSync((git as TempGit).remote, `${(git as TempGit).remote}.away`);
    const run = await runCli(["sweep", "--now", "2026-12-01T11:05:00Z"], { cwd: repo, env });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /^gitjit sweep: error ledger-fetch-failed: cannot fetch the ledger from origin/,
    );
  }, 60_000);

  it("signs what it records with GITJIT_LEDGER_SIGNING_KEY when the policy lists ledger keys, and records nothing without it", async () => {
    const key = testKey();
    const { repo, login } = await repoWithGrant(key);
    const unsigned = await runCli(["sweep", "--now", "2026-12-01T11:05:00Z", "--no-reconcile"], {
      cwd: repo,
      env,
    });
    expect(unsigned.code).toBe(3);
    expect(unsigned.stderr).toContain("error ledger-signing-key: the policy lists ledger keys (ledger.keys)");
    expect(await fx.hasSelect(login, table)).toBe(false); // removed all the same: less access is safe
    const signed = await runCli(["sweep", "--now", "2026-12-01T11:06:00Z", "--no-reconcile"], {
      cwd: repo,
      env: { ...env, GITJIT_LEDGER_SIGNING_KEY: key.privateKey },
    });
    expect(signed.code, signed.stdout).toBe(0);
    expect(signed.stdout).toContain("recorded 1 event (3–3)");
    const verify = await runCli(["audit", "verify", "--now", "2026-12-01T11:07:00Z"], { cwd: repo });
    expect(verify.stdout).toMatch(/^audit verify: ok: 3 records, 1 grants, chain intact; 3 commits signed/);
  }, 60_000);

  it("does not act on a ledger with a record another identity appended: exit 1, an alert, nothing recorded, the expired grant still removed", async () => {
    const key = testKey();
    const { repo, login, spec } = await repoWithGrant(key);
    forge((git as TempGit).remote, {
      at: "2026-12-01T10:00:00.000Z",
      drafts: [{ event: "expiry-warned", grant: spec.id, actor: "gitjit-sweep", data: {} }],
    });
    const run = await runCli(["sweep", "--now", "2026-12-01T11:05:00Z"], {
      cwd: repo,
      env: { ...env, GITJIT_LEDGER_SIGNING_KEY: key.privateKey },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "ALERT ledger-failed-verification: the ledger (branch gitjit-ledger on origin, commit",
    );
    expect(run.stdout).toContain(`(record 3, ${spec.id}) error unsigned`);
    expect(run.stdout).toContain(`removed       ${spec.id}`);
    expect(run.stdout).toContain("nothing to record");
    expect(await fx.hasSelect(login, table)).toBe(false);
  }, 60_000);

  it("refuses flags that do not go together or do not parse", async () => {
    git = tempGit();
    const repo = git.clone("runner");
    const both = await runCli(["sweep", "--every", "*/5 * * * *", "--now", "2026-12-01T11:05:00Z"], {
      cwd: repo,
    });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--every and --now cannot be used together");
    const cron = await runCli(["sweep", "--every", "every five minutes"], { cwd: repo });
    expect(cron.code).toBe(2);
    expect(cron.stderr).toContain("is not a cron schedule");
    const lead = await runCli(["sweep", "--warn-before", "soon"], { cwd: repo });
    expect(lead.code).toBe(2);
  });
});
