/**
 * The built action's apply and sweep against a real git remote (the bare origin), on a ledger
 * signed with a key the policy lists: what they write verifies; a record another identity
 * appended, a forged extension or expiry, a grant no merged pull request caused, and a runner whose
 * clock is far from GitHub's are all refused before anything is done.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitLedgerStore } from "../../src/adapters/git/ledger-store.js";
import { expiryEnforcement, type GrantSpec, grantId } from "../../src/core/grant.js";
import type { LedgerEntry } from "../../src/core/ledger/records.js";
import { APPLY_MARKER } from "../../src/core/render/apply-comment.js";
import { closeEmbeddedDatabases, openDatabase } from "../../src/providers/postgres/database.js";
import { loadProvider } from "../../src/providers/registry.js";
import { freshDatabase } from "../support/action-db.js";
import { MainBranch, pushEvent, runIn, startWorld, type World } from "../support/action-world.js";
import { runCli } from "../support/cli.js";
import { baseFiles } from "../support/github/gitjit-repo.js";
import type { PullHandle } from "../support/github/state.js";
import { REVIEWED } from "../support/ledger-fixtures.js";
import { forge, keysFile, signerOf, type TestKey, testKey, trustOf } from "../support/ledger-keys.js";
import { requestYaml } from "../support/policy-fixture.js";

let world: World;
let main: MainBranch;
let base: string;
let dbUrl: string;
let key: TestKey;
const dirs: string[] = [];

beforeEach(async () => {
  world = await startWorld();
  key = testKey("jit-ledger", "2026-01-01T00:00:00Z");
  // The repository adopted gitjit with its ledger's public key in the policy (under governance).
  base = world.repo.commit({ ...baseFiles(), "policies/ledger-keys.yaml": keysFile(key) });
  world.repo.branches.set(world.repo.defaultBranch, base);
  main = new MainBranch(world.repo, base);
  dbUrl = await freshDatabase();
});
afterEach(async () => {
  await closeEmbeddedDatabases();
  await world.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ENV = () => ({ DB_URL: dbUrl, GITJIT_RETRY_SCALE_MS: "1", GITJIT_LEDGER_SIGNING_KEY: key.privateKey });

function approvedMerge(login: string, slug = "payouts"): PullHandle {
  const pull = world.repo.openPull({
    author: login,
    base,
    change: { [`requests/prod-db/${login}-${slug}.yaml`]: requestYaml("prod-db", login) },
  });
  pull.review("lead-dana", "APPROVED");
  main.merge(pull);
  return pull;
}

function push(before: string, extra: { inputs?: Record<string, string>; env?: Record<string, string> } = {}) {
  const after = main.head();
  return runIn(world, {
    eventName: "push",
    event: pushEvent(before, after),
    workspace: main.root,
    sha: after,
    ...(extra.inputs ? { inputs: extra.inputs } : {}),
    env: { ...ENV(), ...extra.env },
  });
}

const sweep = () =>
  runIn(world, {
    eventName: "schedule",
    event: { schedule: "*/5 * * * *" },
    workspace: main.root,
    sha: main.head(),
    env: ENV(),
  });

const ledgerHead = (repo = main.origin) =>
  execFileSync("git", ["rev-parse", "refs/heads/gitjit-ledger"], { cwd: repo, encoding: "utf8" }).trim();

async function memberships(login = "octocat"): Promise<number> {
  const db = await openDatabase(dbUrl, "DB_URL");
  try {
    const rows = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_auth_members a JOIN pg_roles u ON u.oid = a.member WHERE u.rolname = $1",
      [login],
    );
    return rows[0]?.n ?? -1;
  } finally {
    await closeEmbeddedDatabases(dbUrl);
  }
}

/** An approved request merged and applied: the ledger exists, signed, and holds its grant. */
async function grantOne(): Promise<string> {
  const before = main.head();
  const pull = approvedMerge("octocat");
  const run = await push(before);
  expect(run.code, run.stdout).toBe(0);
  return grantId("requests/prod-db/octocat-payouts.yaml", pull.number);
}

/**
 * The ledger's own writer (with its key) records a grant of octocat's, from `startsAt` to
 * `expiresAt`, and puts it on the database, as an apply would have. Its request is not on main.
 */
async function seedGrant(path: string, startsAt: Date, expiresAt: Date): Promise<LedgerEntry> {
  const grant = { provider: "postgres" as const, connection: "DB_URL", role: "readonly" };
  const spec: GrantSpec = {
    id: grantId(path, 41),
    requestPath: path,
    pr: 41,
    requester: "octocat",
    principal: "octocat",
    profile: "prod-db",
    grant,
    startsAt: startsAt.toISOString(),
    expiresAt: expiresAt.toISOString(),
    justification: "Investigate the failed payouts of INC-4821",
  };
  const entry: LedgerEntry = {
    ...spec,
    state: "active",
    expiry: expiryEnforcement(grant),
    approval: REVIEWED,
    refs: {},
  };
  const clone = mkdtempSync(join(tmpdir(), "gitjit-writer-"));
  dirs.push(clone);
  execFileSync("git", ["clone", "--quiet", main.origin, join(clone, "w")], { stdio: "pipe" });
  const store = new GitLedgerStore({
    repo: join(clone, "w"),
    branch: "gitjit-ledger",
    remote: "origin",
    now: () => new Date(),
    trust: trustOf([key]),
  });
  await store.update(() => [{ event: "granted", grant: entry.id, actor: "gitjit-apply", data: { entry } }]);
  const provider = await loadProvider("postgres", {
    env: { DB_URL: dbUrl },
    now: () => new Date(),
    log: () => {},
  });
  // On the database as apply left it while the grant was live (a provider applies nothing already ended).
  await provider.apply({
    ...spec,
    expiresAt: new Date(Math.max(Date.now() + 3600_000, expiresAt.getTime())).toISOString(),
  });
  await closeEmbeddedDatabases(dbUrl);
  return entry;
}

const verificationAlarms = (run: Awaited<ReturnType<typeof push>>) =>
  run.annotations("error").filter((a) => a.properties.title === "gitjit: the ledger failed verification");

describe("apply, on a signed ledger", () => {
  it("signs what it records: the ledger it leaves verifies with the policy's key and the causes on main", async () => {
    const id = await grantOne();
    const clone = main.checkout();
    dirs.push(clone);
    const verify = await runCli(["audit", "verify"], { cwd: clone });
    expect(verify.stdout).toMatch(
      /^audit verify: ok: 2 records, 1 grants, chain intact; 2 commits signed by the policy's ledger keys; causes checked against origin\/HEAD \([0-9a-f]{12}\) \(1 grants, extensions and revokes\)/,
    );
    expect(verify.code).toBe(0);
    const audit = execFileSync("git", ["show", "gitjit-ledger:audit/2026/12.jsonl"], {
      cwd: main.origin,
      encoding: "utf8",
    });
    expect(audit).toContain(`"sig":{"key":"jit-ledger"`);
    expect(audit).toContain(id);
  });

  it("does nothing on a ledger with a chained record another identity appended: grants nothing, raises the alert and fails", async () => {
    const id = await grantOne();
    forge(main.origin, {
      at: new Date().toISOString(),
      drafts: [{ event: "expiry-warned", grant: id, actor: "gitjit-sweep", data: {} }],
    });
    const forged = ledgerHead();
    const before = main.head();
    const pull = approvedMerge("octocat", "again");
    const run = await push(before);
    expect(run.code).toBe(1);
    expect(verificationAlarms(run).map((a) => a.message)).toEqual([
      expect.stringMatching(/^audit\/2026\/12\.jsonl:3 \(record 3, gj-[0-9a-f]{20}\) error unsigned: /),
    ]);
    expect(run.annotations("error").map((a) => a.message)).toContainEqual(
      expect.stringMatching(
        /^gitjit: ledger-failed-verification: the ledger \(branch gitjit-ledger on origin, commit [0-9a-f]{12}\) failed verification: .*Nothing was done/,
      ),
    );
    expect(ledgerHead()).toBe(forged);
    expect(run.outputs.granted).toBeUndefined();
    expect(
      world.repo.comments.filter((c) => c.issue === pull.number && c.body.startsWith(APPLY_MARKER)),
    ).toEqual([]);
  });

  it("does nothing when the runner's clock is an hour ahead of GitHub's", async () => {
    await grantOne();
    const head = ledgerHead();
    world.server.clockOffsetMs = -3600_000;
    const before = main.head();
    approvedMerge("octocat", "again");
    const run = await push(before);
    expect(run.code).toBe(1);
    expect(run.annotations("error").map((a) => a.message)).toContainEqual(
      expect.stringMatching(
        /^gitjit: clock-ahead: this writer's clock reads .*, (1h|1h\d+s|59m\d+s) ahead of the run's trusted time/,
      ),
    );
    expect(ledgerHead()).toBe(head);
  });

  it("does nothing without the signing key once the policy lists ledger keys", async () => {
    await grantOne();
    const head = ledgerHead();
    const before = main.head();
    approvedMerge("octocat", "again");
    const run = await push(before, { env: { GITJIT_LEDGER_SIGNING_KEY: "" } });
    expect(run.code).toBe(1);
    expect(run.annotations("error").map((a) => a.message)).toContainEqual(
      expect.stringMatching(/^gitjit: ledger-signing-key: the policy lists ledger keys/),
    );
    expect(ledgerHead()).toBe(head);
  });

  it("keeps the ledger in a repository of its own (ledger-repository), pushed there with the ledger token", async () => {
    const server = mkdtempSync(join(tmpdir(), "gitjit-server-"));
    dirs.push(server);
    const ledgerRepo = join(server, "acme", "access-ledger.git");
    mkdirSync(ledgerRepo, { recursive: true });
    execFileSync("git", ["init", "--quiet", "--bare", ledgerRepo]);
    const before = main.head();
    approvedMerge("octocat");
    const run = await push(before, {
      inputs: { "ledger-repository": "acme/access-ledger", "ledger-token": "ghs_ledger_app_token" },
      env: { GITHUB_SERVER_URL: `file://${server}` },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.granted ?? "[]")).toHaveLength(1);
    expect(ledgerHead(ledgerRepo)).toMatch(/^[0-9a-f]{40}$/);
    expect(() => ledgerHead()).toThrow(); // nothing on the requests' own repository
    // Masked for the runner, and never printed otherwise.
    expect(
      run.stdout
        .split("\n")
        .filter((l) => l.includes("ghs_ledger_app_token") && !l.startsWith("::add-mask::")),
    ).toEqual([]);
  });
});

describe("the sweep, on a signed ledger", () => {
  it("revokes at its true expiry a grant a forged extension (signed with another key) would keep, records nothing, and fails with the alert", async () => {
    const now = Date.now();
    const entry = await seedGrant(
      "requests/prod-db/octocat-old.yaml",
      new Date(now - 5 * 60_000),
      new Date(now - 60_000),
    );
    forge(main.origin, {
      at: new Date().toISOString(),
      signer: signerOf(testKey(key.id)),
      drafts: [
        {
          event: "extended",
          grant: entry.id,
          actor: "gitjit-apply",
          data: {
            extension: {
              requestPath: "requests/prod-db/octocat-more.yaml",
              pr: 42,
              from: entry.expiresAt,
              to: new Date(now + 365 * 86_400_000).toISOString(),
              approval: REVIEWED,
            },
            refs: {},
          },
        },
      ],
    });
    const forged = ledgerHead();
    expect(await memberships()).toBe(1);
    const run = await sweep();
    expect(run.code).toBe(1);
    expect(verificationAlarms(run).map((a) => a.message)).toContainEqual(
      expect.stringMatching(
        /^ledger-finding: audit\/2026\/12\.jsonl:2 \(record 2, gj-[0-9a-f]{20}\) error bad-signature/,
      ),
    );
    expect(run.outputs.revoked).toBe(JSON.stringify([entry.id]));
    expect(await memberships()).toBe(0);
    expect(ledgerHead()).toBe(forged);
  });

  it("keeps the victim's live access when a forged expiry says it ended: nothing is reconciled away", async () => {
    const now = Date.now();
    const victim = await seedGrant(
      "requests/prod-db/octocat-live.yaml",
      new Date(now - 5 * 60_000),
      new Date(now + 3600_000),
    );
    forge(main.origin, {
      at: new Date().toISOString(),
      drafts: [
        { event: "expired", grant: victim.id, actor: "gitjit-sweep", data: { expiresAt: victim.expiresAt } },
      ],
    });
    const run = await sweep();
    expect(run.code).toBe(1);
    expect(verificationAlarms(run).length).toBeGreaterThan(0);
    expect(run.outputs.revoked).toBe("[]");
    expect(await memberships()).toBe(1);
  });

  it("refuses a held grant no merged pull request caused, and leaves it for a person", async () => {
    const now = Date.now();
    const uncaused = await seedGrant(
      "requests/prod-db/octocat-secret.yaml",
      new Date(now - 20 * 60_000),
      new Date(now + 3600_000),
    );
    const head = ledgerHead();
    const run = await sweep();
    expect(run.code).toBe(1);
    expect(verificationAlarms(run).map((a) => a.message)).toContainEqual(
      `no-cause: ${uncaused.id} (octocat): granted, naming requests/prod-db/octocat-secret.yaml, which no first-parent commit of HEAD (${main.head().slice(0, 12)}) added: no merged pull request caused it`,
    );
    expect(ledgerHead()).toBe(head);
  });

  it("does nothing when the runner's clock is an hour behind GitHub's", async () => {
    const now = Date.now();
    await seedGrant("requests/prod-db/octocat-old.yaml", new Date(now - 5 * 60_000), new Date(now - 60_000));
    world.server.clockOffsetMs = 3600_000;
    const run = await sweep();
    expect(run.code).toBe(1);
    expect(
      run.annotations("error").map((a) => a.message),
      run.stdout,
    ).toContainEqual(
      expect.stringMatching(
        /^gitjit: clock-behind: this writer's clock reads .*, (1h|1h\d+s|59m\d+s) behind the run's trusted time/,
      ),
    );
    expect(await memberships()).toBe(1);
  });
});
