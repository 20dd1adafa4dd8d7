/**
 * Merge mode for revokes and extensions: the built action on a push to main, with a real git
 * ledger on the checkout's origin and the grants real on PGlite.
 */
import { execFileSync } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { grantId } from "../../src/core/grant.js";
import { APPLY_MARKER } from "../../src/core/render/apply-comment.js";
import { closeEmbeddedDatabases, openDatabase } from "../../src/providers/postgres/database.js";
import { freshDatabase } from "../support/action-db.js";
import { MainBranch, pushEvent, runIn, startWorld, type World } from "../support/action-world.js";
import type { PullHandle } from "../support/github/state.js";
import { requestYaml } from "../support/policy-fixture.js";

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

const REQUEST = "requests/prod-db/octocat-payouts.yaml";

function merge(author: string, change: Record<string, string>, approver?: string): PullHandle {
  const pull = world.repo.openPull({ author, base: main.head(), change });
  if (approver) pull.review(approver, "APPROVED");
  main.merge(pull);
  return pull;
}

function push(before: string, workspace = main.root, runAttempt = "1") {
  const after = main.head();
  return runIn(world, {
    eventName: "push",
    event: pushEvent(before, after),
    workspace,
    sha: after,
    runAttempt,
    env: { DB_URL: dbUrl, GITJIT_RETRY_SCALE_MS: "1" },
  });
}

/** octocat's grant on prod-db, approved, merged and applied. */
async function granted(): Promise<string> {
  const before = main.head();
  const pull = merge("octocat", { [REQUEST]: requestYaml("prod-db", "octocat") }, "lead-dana");
  const run = await push(before);
  expect(run.code, run.stdout).toBe(0);
  return grantId(REQUEST, pull.number);
}

async function rolesOf(login: string): Promise<string[]> {
  const db = await openDatabase(dbUrl, "DB_URL");
  try {
    const rows = await db.query<{ role: string }>(
      `SELECT r.rolname AS role FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid
         JOIN pg_roles u ON u.oid = a.member WHERE u.rolname = $1 ORDER BY 1`,
      [login],
    );
    return rows.map((r) => r.role);
  } finally {
    await closeEmbeddedDatabases(dbUrl);
  }
}

const git = (...args: string[]) => execFileSync("git", args, { cwd: main.origin, encoding: "utf8" });
const ledgerFile = (path: string) => git("show", `gitjit-ledger:${path}`);
const activeIds = () =>
  git("ls-tree", "--name-only", "gitjit-ledger", "ledger/active/")
    .split("\n")
    .filter(Boolean)
    .map((p) => p.replace(/^.*\/(gj-[0-9a-f]+)\.json$/, "$1"));
type Record_ = { event: string; grant: string; actor: string; data: Record<string, unknown> };
const events = (id: string): Record_[] =>
  git("ls-tree", "-r", "--name-only", "gitjit-ledger", "audit/")
    .split("\n")
    .filter(Boolean)
    .flatMap((file) => ledgerFile(file).split("\n").filter(Boolean))
    .map((line) => JSON.parse(line) as Record_)
    .filter((e) => e.grant === id);
const applyComment = (pull: PullHandle) =>
  world.repo.comments.filter((c) => c.issue === pull.number && c.body.startsWith(APPLY_MARKER));

const revokeFile = (id: string, login: string) => ({
  [`revokes/${id}.yaml`]: `requester: ${login}\nreason: The incident is closed\n`,
});

describe("apply revokes what a merged revoke file names", () => {
  it("revokes one's own grant merged without approvals, on the database and in the ledger, once", async () => {
    const id = await granted();
    expect(await rolesOf("octocat")).toEqual([`gitjit_${id.slice(3)}`]);
    const before = main.head();
    const pull = merge("octocat", revokeFile(id, "octocat"));
    const run = await push(before);
    expect(run.code, run.stdout).toBe(0);
    expect(await rolesOf("octocat")).toEqual([]);
    expect(activeIds()).toEqual([]);
    const revoked = events(id).filter((e) => e.event === "revoked");
    expect(revoked).toEqual([
      expect.objectContaining({
        actor: "octocat",
        data: expect.objectContaining({
          by: "octocat",
          approval: { mode: "self", approvers: [] },
          requestPath: `revokes/${id}.yaml`,
          pr: pull.number,
          reason: "The incident is closed",
        }),
      }),
    ]);
    expect(applyComment(pull)[0]?.body).toContain("✅ revoked");

    const rerun = await push(before, main.checkout(), "2");
    expect(rerun.code, rerun.stdout).toBe(0);
    expect(events(id).map((e) => e.event)).toEqual(["apply-started", "granted", "revoked"]);
    const comments = applyComment(pull);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain("✅ already revoked");
  });

  it("refuses someone else's revoke merged without approvals: the grant stays, the refusal is recorded once", async () => {
    const id = await granted();
    const before = main.head();
    const pull = merge("hubot", revokeFile(id, "hubot"));
    const run = await push(before);
    expect(run.code).toBe(1);
    expect(run.outputs.refused).toBe(JSON.stringify([`revokes/${id}.yaml`]));
    expect(run.annotations("error")[0]?.message).toMatch(/^not-approved: merged without the approvals/);
    expect(await rolesOf("octocat")).toEqual([`gitjit_${id.slice(3)}`]);
    expect(activeIds()).toEqual([id]);
    expect(applyComment(pull)[0]?.body).toContain("❌ refused");

    await push(before, main.checkout(), "2");
    expect(events(id).map((e) => e.event)).toEqual(["apply-started", "granted", "refused"]);
    expect(await rolesOf("octocat")).toHaveLength(1);
  });

  it("revokes someone else's grant with the approval of the profile's approver", async () => {
    const id = await granted();
    const before = main.head();
    merge("hubot", revokeFile(id, "hubot"), "lead-dana");
    const run = await push(before);
    expect(run.code, run.stdout).toBe(0);
    expect(await rolesOf("octocat")).toEqual([]);
    expect(events(id).at(-1)).toMatchObject({
      event: "revoked",
      actor: "hubot",
      data: { approval: { mode: "reviewed", approvers: [{ login: "lead-dana" }] } },
    });
  });
});

describe("apply extends what a merged extension names", () => {
  it("moves the expiry in the ledger with no second grant, keeps the access, and does it once", async () => {
    const id = await granted();
    const { expiresAt } = JSON.parse(ledgerFile(`ledger/active/${id}.json`)) as { expiresAt: string };
    const before = main.head();
    const path = "requests/prod-db/octocat-more-time.yaml";
    const pull = merge(
      "octocat",
      { [path]: requestYaml("prod-db", "octocat", `extends: ${id}\n`) },
      "lead-dana",
    );
    const run = await push(before);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toEqual({ granted: "[]", refused: "[]" });
    const entry = JSON.parse(ledgerFile(`ledger/active/${id}.json`));
    const to = new Date(Date.parse(expiresAt) + 3_600_000).toISOString();
    expect(entry).toMatchObject({
      expiresAt: to,
      extensions: [
        {
          requestPath: path,
          pr: pull.number,
          from: expiresAt,
          to,
          approval: { mode: "reviewed", approvers: [{ login: "lead-dana" }] },
        },
      ],
    });
    expect(activeIds()).toEqual([id]);
    expect(events(grantId(path, pull.number))).toEqual([]);
    expect(await rolesOf("octocat")).toEqual([`gitjit_${id.slice(3)}`]);
    expect(applyComment(pull)[0]?.body).toContain("✅ extended");

    const rerun = await push(before, main.checkout(), "2");
    expect(rerun.code, rerun.stdout).toBe(0);
    expect(events(id).map((e) => e.event)).toEqual(["apply-started", "granted", "extended"]);
    expect(JSON.parse(ledgerFile(`ledger/active/${id}.json`)).expiresAt).toBe(to);
    expect(applyComment(pull)[0]?.body).toContain("✅ already extended");
  });

  it("refuses an extension merged without its approvals, and the expiry does not move", async () => {
    const id = await granted();
    const { expiresAt } = JSON.parse(ledgerFile(`ledger/active/${id}.json`)) as { expiresAt: string };
    const before = main.head();
    merge("octocat", {
      "requests/prod-db/octocat-more.yaml": requestYaml("prod-db", "octocat", `extends: ${id}\n`),
    });
    const run = await push(before);
    expect(run.code).toBe(1);
    expect(JSON.parse(ledgerFile(`ledger/active/${id}.json`)).expiresAt).toBe(expiresAt);
  });
});
