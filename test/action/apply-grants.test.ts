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

/** The database the policy's profiles name (connection: DB_URL): PGlite in a folder, so the grants are real. */
beforeEach(async () => {
  world = await startWorld();
  main = new MainBranch(world.repo, world.base);
  dbUrl = await freshDatabase();
});
afterEach(async () => {
  await closeEmbeddedDatabases();
  await world.close();
});

const request = (login: string) => `requests/prod-db/${login}-payouts.yaml`;

function approvedMerge(login: string): PullHandle {
  const pull = world.repo.openPull({
    author: login,
    base: world.base,
    change: { [request(login)]: requestYaml("prod-db", login) },
  });
  pull.review("lead-dana", "APPROVED");
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

/** The roles a login is a member of, directly or through others. */
async function rolesOf(login: string): Promise<string[]> {
  const db = await openDatabase(dbUrl, "DB_URL");
  try {
    const rows = await db.query<{ role: string }>(
      `WITH RECURSIVE m(role) AS (
         SELECT r.rolname FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles u ON u.oid = a.member WHERE u.rolname = $1
         UNION SELECT r.rolname FROM m JOIN pg_roles x ON x.rolname = m.role JOIN pg_auth_members a ON a.member = x.oid JOIN pg_roles r ON r.oid = a.roleid)
       SELECT role FROM m ORDER BY role`,
      [login],
    );
    return rows.map((r) => r.role);
  } finally {
    await closeEmbeddedDatabases(dbUrl);
  }
}

const ledgerFile = (path: string) =>
  execFileSync("git", ["show", `gitjit-ledger:${path}`], { cwd: main.origin, encoding: "utf8" });
const auditEvents = () =>
  execFileSync("git", ["ls-tree", "-r", "--name-only", "gitjit-ledger", "audit/"], {
    cwd: main.origin,
    encoding: "utf8",
  })
    .split("\n")
    .filter(Boolean)
    .flatMap((file) => ledgerFile(file).split("\n").filter(Boolean))
    .map((line) => JSON.parse(line) as { event: string; grant: string });

describe("the action applies what a merge added", () => {
  it("grants an approved request on the database, records it in the ledger, and comments the result", async () => {
    const before = main.head();
    const pull = approvedMerge("octocat");
    const run = await push(before);
    expect(run.code, run.stdout).toBe(0);
    const id = grantId(request("octocat"), pull.number);
    expect(run.outputs).toEqual({ granted: JSON.stringify([id]), refused: "[]" });
    expect(await rolesOf("octocat")).toEqual([`gitjit_${id.slice(3)}`, "readonly"]);
    const entry = JSON.parse(ledgerFile(`ledger/active/${id}.json`));
    expect(entry).toMatchObject({
      id,
      principal: "octocat",
      state: "active",
      expiry: "sweep",
      approval: { mode: "reviewed", approvers: [{ login: "lead-dana" }] },
    });
    expect(
      auditEvents()
        .filter((e) => e.grant === id)
        .map((e) => e.event),
    ).toEqual(["apply-started", "granted"]);
    const [comment] = world.repo.comments.filter(
      (c) => c.issue === pull.number && c.body.startsWith(APPLY_MARKER),
    );
    expect(comment?.body).toContain("✅ granted");
    expect(comment?.body).toContain(
      `Grant <code>${id.replace("-", "\\-")}</code> to <code>octocat</code> until`,
    );
  });

  it("applies nothing twice when the same run is re-run on a fresh checkout", async () => {
    const before = main.head();
    const pull = approvedMerge("octocat");
    expect((await push(before)).code).toBe(0);
    const id = grantId(request("octocat"), pull.number);
    const rerun = await push(before, main.checkout(), "2");
    expect(rerun.code, rerun.stdout).toBe(0);
    expect(rerun.outputs).toEqual({ granted: "[]", refused: "[]" });
    expect(
      auditEvents()
        .filter((e) => e.grant === id)
        .map((e) => e.event),
    ).toEqual(["apply-started", "granted"]);
    expect(await rolesOf("octocat")).toEqual([`gitjit_${id.slice(3)}`, "readonly"]);
    const comments = world.repo.comments.filter(
      (c) => c.issue === pull.number && c.body.startsWith(APPLY_MARKER),
    );
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain("nothing was applied again");
  });

  it("records a merge that bypassed review as refused, once, and grants nothing", async () => {
    const before = main.head();
    const pull = world.repo.openPull({
      author: "octocat",
      base: world.base,
      change: { [request("octocat")]: requestYaml("prod-db", "octocat") },
    });
    main.merge(pull);
    const id = grantId(request("octocat"), pull.number);
    expect((await push(before)).outputs.refused).toBe(JSON.stringify([request("octocat")]));
    await push(before, main.checkout(), "2");
    expect(
      auditEvents()
        .filter((e) => e.grant === id)
        .map((e) => e.event),
    ).toEqual(["refused"]);
    expect(await rolesOf("octocat")).toEqual([]);
  });

  it("reports a request whose provider call fails on its pull request, and grants the others", async () => {
    const before = main.head();
    const failing = approvedMerge("hubot"); // no database login hubot: the GRANT fails
    const fine = approvedMerge("octocat");
    const run = await push(before);
    expect(run.code).toBe(1);
    expect(run.outputs.granted).toBe(JSON.stringify([grantId(request("octocat"), fine.number)]));
    const [error] = run.annotations("error");
    expect(error?.properties.file).toBe(request("hubot"));
    expect(error?.message).toMatch(/^apply-failed: /);
    const comment = (pull: PullHandle) =>
      world.repo.comments.find((c) => c.issue === pull.number && c.body.startsWith(APPLY_MARKER))?.body;
    expect(comment(failing)).toContain("⚠️ failed: nothing granted");
    expect(comment(failing)).toContain(
      "the next apply or sweep retries this one until it lands or its window ends",
    );
    expect(comment(fine)).toContain("✅ granted");
    expect(await rolesOf("octocat")).toHaveLength(2);
    const failed = grantId(request("hubot"), failing.number);
    expect(
      auditEvents()
        .filter((e) => e.grant === failed)
        .map((e) => e.event),
    ).toEqual(["apply-started", "apply-failed"]);
  });
});
