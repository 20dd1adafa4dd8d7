import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GrantSpec, grantId } from "../../src/core/grant.js";
import { closeEmbeddedDatabases, openDatabase } from "../../src/providers/postgres/database.js";
import { loadProvider } from "../../src/providers/registry.js";
import { webhookExample } from "../support/action.js";
import { freshDatabase } from "../support/action-db.js";
import { MainBranch, pushEvent, runIn, startWorld, type World } from "../support/action-world.js";
import { requestYaml } from "../support/policy-fixture.js";

let world: World;
let main: MainBranch;
let dbUrl: string;

beforeEach(async () => {
  world = await startWorld();
  main = new MainBranch(world.repo, world.base);
  dbUrl = await freshDatabase();
  // Something gitjit wrote (tagged with a grant id) that the ledger does not hold: an orphan.
  const provider = await loadProvider("postgres", {
    env: { DB_URL: dbUrl },
    now: () => new Date(),
    log: () => {},
  });
  await provider.apply(orphan);
  await closeEmbeddedDatabases(dbUrl);
});
afterEach(async () => {
  await closeEmbeddedDatabases();
  await world.close();
});

const path = "requests/prod-db/octocat-forgotten.yaml";
const orphan: GrantSpec = {
  id: grantId(path, 3),
  requestPath: path,
  pr: 3,
  requester: "octocat",
  principal: "octocat",
  profile: "prod-db",
  grant: { provider: "postgres", connection: "DB_URL", role: "readonly" },
  startsAt: "2026-01-01T09:00:00Z",
  expiresAt: new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, "Z"),
  justification: "Investigate the failed payouts of INC-4821",
};

async function memberships(): Promise<number> {
  const db = await openDatabase(dbUrl, "DB_URL");
  try {
    const rows = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_auth_members a JOIN pg_roles u ON u.oid = a.member WHERE u.rolname = 'octocat'",
    );
    return rows[0]?.n ?? -1;
  } finally {
    await closeEmbeddedDatabases(dbUrl);
  }
}

const sweep = (eventName: string, event: unknown, inputs: Record<string, string> = {}) =>
  runIn(world, {
    eventName,
    event,
    workspace: main.root,
    sha: main.head(),
    inputs,
    env: { DB_URL: dbUrl },
  });

/** An approved request merged and applied: the ledger now exists and holds one grant. */
async function grantOne(): Promise<string> {
  const before = main.head();
  const path = "requests/prod-db/octocat-payouts.yaml";
  const pull = world.repo.openPull({
    author: "octocat",
    base: world.base,
    change: { [path]: requestYaml("prod-db", "octocat") },
  });
  pull.review("lead-dana", "APPROVED");
  main.merge(pull);
  const run = await runIn(world, {
    eventName: "push",
    event: pushEvent(before, main.head()),
    workspace: main.root,
    sha: main.head(),
    env: { DB_URL: dbUrl },
  });
  expect(run.code, run.stdout).toBe(0);
  return grantId(path, pull.number);
}

describe("the action on a schedule", () => {
  it("sweeps: reconcile removes what the ledger does not hold, and keeps what it does", async () => {
    const held = await grantOne();
    expect(await memberships()).toBe(2);
    const run = await sweep("schedule", { schedule: "*/5 * * * *" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toEqual({ revoked: JSON.stringify([orphan.id]) });
    expect(run.summary).toContain("### gitjit sweep");
    expect(run.summary).toContain(orphan.id);
    expect(run.summary).not.toContain(held);
    expect(await memberships()).toBe(1);
  });

  it("keeps revoking while the policy on main holds an unapproved change, and raises the alarm", async () => {
    await grantOne();
    main.commit(
      { "policies/people.yaml": "version: 1\nadmins: { groups: [security], count: 1 }\n" },
      "direct push",
    );
    const run = await sweep("schedule", { schedule: "*/5 * * * *" });
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({ revoked: JSON.stringify([orphan.id]) });
    expect(await memberships()).toBe(1);
    const alarm = run.annotations("error").find((e) => e.message.startsWith("policy-unapproved: "));
    expect(alarm?.message).toContain("without a merged pull request");
    expect(alarm?.message).toContain("policies/people.yaml");
    expect(run.annotations("error").map((e) => e.message)).toContain(
      "gitjit sweep: the policy on the default branch holds a change the admins have not approved: granting is frozen (see the annotations)",
    );
  });

  it("refuses to remove anything while no ledger exists", async () => {
    const run = await sweep("schedule", { schedule: "*/5 * * * *" });
    expect(run.code).toBe(1);
    expect(run.annotations("error").map((e) => e.message)).toEqual([
      "gitjit sweep: some grants or platforms need attention (see the summary)",
    ]);
    expect(run.summary).toContain("ledger-missing");
    expect(await memberships()).toBe(1);
  });

  it("on demand with dry-run, reports and changes nothing", async () => {
    await grantOne();
    const event = webhookExample("workflow_dispatch");
    const run = await sweep("workflow_dispatch", event, { "dry-run": "true" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain("### gitjit sweep (dry run)");
    expect(await memberships()).toBe(2);
  });
});
