/**
 * Every merge is settled (trust rule 8), through the built action against the GitHub test server,
 * a real git repository with a bare origin and PGlite: a run GitHub dropped is repaired by the
 * next apply and by the sweep, a failed platform write is retried until it lands, and a file
 * first seen after its window has ended is recorded as lapsed, never granted late.
 */
import { execFileSync } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { grantId } from "../../src/core/grant.js";
import { APPLY_MARKER } from "../../src/core/render/apply-comment.js";
import { closeEmbeddedDatabases, openDatabase } from "../../src/providers/postgres/database.js";
import { freshDatabase } from "../support/action-db.js";
import { MainBranch, pushEvent, runIn, startWorld, type World } from "../support/action-world.js";
import type { PullHandle } from "../support/github/state.js";
import { POLICY_PROFILES, requestYaml } from "../support/policy-fixture.js";

let world: World;
let main: MainBranch;
let dbUrl: string;

beforeEach(async () => {
  world = await startWorld();
  main = new MainBranch(world.repo, world.base);
  dbUrl = await freshDatabase();
});
afterEach(async () => {
  await closeEmbeddedDatabases();
  await world.close();
});

const request = (login: string, slug = "payouts") => `requests/prod-db/${login}-${slug}.yaml`;

function approvedMerge(login: string, slug = "payouts", at?: Date): PullHandle {
  const pull = world.repo.openPull({
    author: login,
    base: main.head(),
    change: { [request(login, slug)]: requestYaml("prod-db", login) },
  });
  pull.review("lead-dana", "APPROVED");
  main.merge(pull, {}, at);
  return pull;
}

const env = () => ({ DB_URL: dbUrl, GITJIT_RETRY_SCALE_MS: "1" });

function push(before: string, runAttempt = "1") {
  const after = main.head();
  return runIn(world, {
    eventName: "push",
    event: pushEvent(before, after),
    workspace: main.checkout(),
    sha: after,
    runAttempt,
    env: env(),
  });
}

const sweep = () =>
  runIn(world, {
    eventName: "schedule",
    event: { schedule: "*/5 * * * *" },
    workspace: main.checkout(),
    sha: main.head(),
    env: env(),
  });

async function sql(query: string): Promise<unknown[]> {
  const db = await openDatabase(dbUrl, "DB_URL");
  try {
    return await db.query(query);
  } finally {
    await closeEmbeddedDatabases(dbUrl);
  }
}
const rolesOf = async (login: string) =>
  (
    (await sql(
      `SELECT r.rolname AS role FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid
         JOIN pg_roles u ON u.oid = a.member WHERE u.rolname = '${login}' ORDER BY 1`,
    )) as { role: string }[]
  ).map((r) => r.role);

const ledgerFile = (path: string) =>
  execFileSync("git", ["show", `gitjit-ledger:${path}`], { cwd: main.origin, encoding: "utf8" });
const events = (grant: string) =>
  execFileSync("git", ["ls-tree", "-r", "--name-only", "gitjit-ledger", "audit/"], {
    cwd: main.origin,
    encoding: "utf8",
  })
    .split("\n")
    .filter(Boolean)
    .flatMap((file) => ledgerFile(file).split("\n").filter(Boolean))
    .map((line) => JSON.parse(line) as { event: string; grant: string; data: Record<string, unknown> })
    .filter((r) => r.grant === grant && r.event !== "expiry-warned")
    .map((r) => r.event);
const applyComment = (pull: PullHandle) =>
  world.repo.comments.find((c) => c.issue === pull.number && c.body.startsWith(APPLY_MARKER))?.body ?? "";

describe("settling every merge", () => {
  it("grants, in the next push's run, a request whose own run GitHub dropped", async () => {
    // The ledger exists (a first grant), then one merge's run is replaced while pending and never runs.
    const first = main.head();
    approvedMerge("hubot", "first");
    await sql("CREATE ROLE hubot LOGIN");
    expect((await push(first)).code).toBe(0);
    const dropped = approvedMerge("octocat", "dropped");
    const before = main.head();
    const next = approvedMerge("octocat", "next");
    const run = await push(before);
    expect(run.code, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.granted ?? "[]")).toEqual([
      grantId(request("octocat", "dropped"), dropped.number),
      grantId(request("octocat", "next"), next.number),
    ]);
    expect(await rolesOf("octocat")).toHaveLength(2); // one per-grant role each
    expect(applyComment(dropped)).toContain("✅ granted");
  });

  it("grants, in the next sweep, a request whose apply never ran", async () => {
    const first = main.head();
    approvedMerge("hubot", "first");
    await sql("CREATE ROLE hubot LOGIN");
    expect((await push(first)).code).toBe(0);
    const missed = approvedMerge("octocat", "missed");
    const run = await sweep();
    expect(run.code, run.stdout).toBe(0);
    const id = grantId(request("octocat", "missed"), missed.number);
    expect(events(id)).toEqual(["apply-started", "granted"]);
    expect(await rolesOf("octocat")).toEqual([`gitjit_${id.slice(3)}`]);
    expect(applyComment(missed)).toContain("✅ granted");
    expect(run.summary).toContain("Merged requests settled by this sweep");
    // Settled once: the next sweep leaves it alone.
    expect((await sweep()).summary).not.toContain("Merged requests settled by this sweep");
    expect(events(id)).toEqual(["apply-started", "granted"]);
  });

  it("retries a platform write that failed, in later runs, until it lands", async () => {
    const before = main.head();
    const pull = approvedMerge("hubot"); // no database login hubot yet: the GRANT fails
    const failed = await push(before);
    expect(failed.code).toBe(1);
    expect(failed.annotations("error")[0]?.message).toMatch(/^apply-failed: /);
    const id = grantId(request("hubot"), pull.number);
    expect(events(id)).toEqual(["apply-started", "apply-failed"]);

    await sql("CREATE ROLE hubot LOGIN"); // the platform is fixed
    await new Promise((resolve) => setTimeout(resolve, 400)); // past the (shrunk) back-off
    const retried = await sweep();
    expect(retried.code, retried.stdout).toBe(0);
    expect(events(id)).toEqual(["apply-started", "apply-failed", "apply-started", "granted"]);
    expect(await rolesOf("hubot")).toEqual([`gitjit_${id.slice(3)}`]);
    expect(applyComment(pull)).toContain("✅ granted");
  });

  it("records a request first seen after its window ended as lapsed, and never grants it", async () => {
    const first = main.head();
    approvedMerge("hubot", "first");
    await sql("CREATE ROLE hubot LOGIN");
    expect((await push(first)).code).toBe(0);
    // Merged two hours ago for one hour; no run ever saw it.
    const late = approvedMerge("octocat", "late", new Date(Date.now() - 2 * 3_600_000));
    const before = main.head();
    approvedMerge("octocat", "now");
    const run = await push(before);
    const id = grantId(request("octocat", "late"), late.number);
    expect(events(id)).toEqual(["lapsed"]);
    expect(await rolesOf("octocat")).toHaveLength(1); // the grant of "now", none of "late"
    expect(applyComment(late)).toContain("⌛ lapsed: nothing granted");
    expect(run.code, run.stdout).toBe(0);
    // Settled: a later run neither grants nor records it again.
    await sweep();
    expect(events(id)).toEqual(["lapsed"]);
  });

  it("ends a request merged late with the window it was approved for, not a full duration from now", async () => {
    const first = main.head();
    approvedMerge("hubot", "first");
    await sql("CREATE ROLE hubot LOGIN");
    expect((await push(first)).code).toBe(0);
    const mergedAt = new Date(Date.now() - 30 * 60_000); // 30 minutes ago, for 1h
    const late = approvedMerge("octocat", "late", mergedAt);
    expect((await sweep()).code).toBe(0);
    const entry = JSON.parse(
      ledgerFile(`ledger/active/${grantId(request("octocat", "late"), late.number)}.json`),
    ) as { startsAt: string; expiresAt: string };
    const window = Date.parse(entry.expiresAt) - mergedAt.getTime();
    expect(Math.abs(window - 3_600_000)).toBeLessThan(2_000);
    expect(Date.parse(entry.startsAt)).toBeGreaterThan(mergedAt.getTime());
  });
});

describe("a scheduled grant on a platform that cannot hold a start time", () => {
  /** The admins allow scheduling on prod-db (PostgreSQL: the sweep has to start it). */
  function allowScheduling() {
    const profiles = POLICY_PROFILES.replace(
      "  prod-db:\n    eligible: [sre, leads]\n",
      "  prod-db:\n    eligible: [sre, leads]\n    schedule: { allowed: true, horizon: 7d }\n",
    );
    const pull = world.repo.openPull({
      author: "sec-alice",
      base: main.head(),
      change: { "policies/profiles.yaml": profiles },
    });
    pull.review("sec-bob", "APPROVED");
    pull.review("sec-carol", "APPROVED");
    main.merge(pull);
  }

  it("is absent from the platform before its start and present after it, and the ledger says when it began", async () => {
    const before = main.head();
    allowScheduling();
    const start = new Date(Math.ceil((Date.now() + 12_000) / 1000) * 1000);
    const at = start.toISOString().replace(".000Z", "Z");
    const pull = world.repo.openPull({
      author: "octocat",
      base: main.head(),
      change: { [request("octocat")]: requestYaml("prod-db", "octocat", `start: ${at}\n`) },
    });
    pull.review("lead-dana", "APPROVED");
    main.merge(pull);
    const applied = await push(before);
    expect(applied.code, applied.stdout).toBe(0);
    const id = grantId(request("octocat"), pull.number);
    expect(events(id)).toEqual(["scheduled"]);
    expect(await rolesOf("octocat")).toEqual([]); // nothing written at merge
    expect(applyComment(pull)).toContain("⏳ scheduled");
    expect(applyComment(pull)).toContain("gitjit's sweep grants it at its start");
    const early = await sweep();
    expect(early.code, early.stdout).toBe(0);
    expect(await rolesOf("octocat")).toEqual([]); // a sweep before the start writes nothing

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, start.getTime() - Date.now() + 500)));
    const started = await sweep();
    expect(started.code, started.stdout).toBe(0);
    expect(started.stdout).toContain(`started       ${id}`);
    expect(events(id)).toEqual(["scheduled", "apply-started", "granted"]);
    expect(await rolesOf("octocat")).toEqual([`gitjit_${id.slice(3)}`]);
    const entry = JSON.parse(ledgerFile(`ledger/active/${id}.json`)) as {
      startsAt: string;
      expiresAt: string;
    };
    expect(Date.parse(entry.startsAt)).toBeGreaterThanOrEqual(start.getTime());
    expect(Date.parse(entry.expiresAt)).toBe(start.getTime() + 3_600_000);
  }, 90_000);
});
