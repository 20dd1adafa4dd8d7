/**
 * Merge-time judgement across pull requests and time, through the built action against the GitHub
 * test server and a real git repository with a bare origin: a policy change that did not meet the
 * admins' rule (whatever status anyone set) freezes granting; a stale base never outvotes the
 * default branch's policy at merge; a refusal is final; an extension keeps its principal.
 */
import { execFileSync } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { grantId } from "../../src/core/grant.js";
import { APPLY_MARKER } from "../../src/core/render/apply-comment.js";
import { closeEmbeddedDatabases, openDatabase } from "../../src/providers/postgres/database.js";
import { freshDatabase } from "../support/action-db.js";
import {
  checkout,
  MainBranch,
  pullRequestEvent,
  pushEvent,
  runIn,
  startWorld,
  stickyComments,
  type World,
} from "../support/action-world.js";
import { REPO } from "../support/github/gitjit-repo.js";
import type { PullHandle } from "../support/github/state.js";
import { POLICY_PEOPLE, POLICY_PROFILES, requestYaml } from "../support/policy-fixture.js";

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

const PROD_DB_STEPS = "    approval:\n      steps:\n        - { groups: [leads], count: 1 }\n  prod-admin:";
/** prod-db needs nobody's approval: a loosening only the admins may make. */
const AUTO_PROD_DB = POLICY_PROFILES.replace(
  PROD_DB_STEPS,
  "    approval:\n      autoApprove: {}\n      steps: []\n  prod-admin:",
);

const request = (login: string, slug = "payouts") => `requests/prod-db/${login}-${slug}.yaml`;

/** A pull request from main as it is now. */
function openPull(author: string, change: Record<string, string | null>) {
  return world.repo.openPull({ author, base: main.head(), change });
}

function requestPull(login: string, slug = "payouts", extra = "", base = main.head()) {
  return world.repo.openPull({
    author: login,
    base,
    change: { [request(login, slug)]: requestYaml("prod-db", login, extra) },
  });
}

function push(before: string, options: { workspace?: string; runAttempt?: string } = {}) {
  const after = main.head();
  return runIn(world, {
    eventName: "push",
    event: pushEvent(before, after),
    workspace: options.workspace ?? main.root,
    sha: after,
    runAttempt: options.runAttempt ?? "1",
    env: { DB_URL: dbUrl, GITJIT_RETRY_SCALE_MS: "1" },
  });
}

/** What any workflow of the repository can do with its GITHUB_TOKEN: set a status by that name. */
async function forgeStatus(sha: string) {
  const response = await fetch(`${world.server.url}/repos/${REPO}/statuses/${sha}`, {
    method: "POST",
    headers: { authorization: "token some-other-workflow", "content-type": "application/json" },
    body: JSON.stringify({ state: "success", context: "gitjit/approval", description: "Approved" }),
  });
  expect(response.status).toBe(201);
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

const ledgerFile = (path: string) =>
  execFileSync("git", ["show", `gitjit-ledger:${path}`], { cwd: main.origin, encoding: "utf8" });
const auditRecords = () =>
  execFileSync("git", ["ls-tree", "-r", "--name-only", "gitjit-ledger", "audit/"], {
    cwd: main.origin,
    encoding: "utf8",
  })
    .split("\n")
    .filter(Boolean)
    .flatMap((file) => ledgerFile(file).split("\n").filter(Boolean))
    .map((line) => JSON.parse(line) as { event: string; grant: string; data: Record<string, unknown> });
const applyComment = (pull: PullHandle) =>
  world.repo.comments.find((c) => c.issue === pull.number && c.body.startsWith(APPLY_MARKER))?.body ?? "";

describe("governance provenance at apply", () => {
  it("freezes granting after a policy change merged with one of two admins and a forged status, until the second admin approves", async () => {
    const before = main.head();
    const loosen = openPull("sec-alice", { "policies/profiles.yaml": AUTO_PROD_DB });
    loosen.review("sec-bob", "APPROVED"); // 1 of the 2 the admins' rule asks for (the author never counts)
    await forgeStatus(loosen.headSha);
    const loosenedAt = main.merge(loosen);
    const first = requestPull("octocat"); // auto-approved by the loosened policy, reviewed by nobody
    main.merge(first);

    const run = await push(before);
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.refused).toBe(JSON.stringify([request("octocat")]));
    const refusal = run.annotations("error").find((a) => a.properties.file === request("octocat"));
    expect(refusal?.message).toMatch(/^policy-unapproved: /);
    expect(refusal?.message).toContain(`pull request #${loosen.number}, commit ${loosenedAt.slice(0, 12)}`);
    expect(refusal?.message).toContain("policies/profiles.yaml");
    expect(run.annotations("error").some((a) => a.properties.title?.includes("not approved"))).toBe(true);
    expect(applyComment(first)).toContain("policy\\-unapproved");
    expect(await rolesOf("octocat")).toEqual([]);
    expect(auditRecords().filter((r) => r.event === "governance-unapproved")).toHaveLength(1);

    // The second admin approves the merged change after the fact: granting resumes for new requests.
    loosen.review("sec-carol", "APPROVED");
    const before2 = main.head();
    const second = requestPull("octocat", "second");
    main.merge(second);
    const resumed = await push(before2);
    expect(resumed.code, resumed.stdout).toBe(0);
    expect(resumed.outputs.granted).toBe(
      JSON.stringify([grantId(request("octocat", "second"), second.number)]),
    );
    expect(auditRecords().filter((r) => r.event === "governance-approved")).toHaveLength(1);

    // The request refused while frozen stays refused: a re-run grants nothing.
    const rerun = await push(before, { workspace: main.checkout(), runAttempt: "2" });
    expect(rerun.outputs.refused).toBe(JSON.stringify([request("octocat")]));
    expect(rerun.outputs.granted).toBe("[]");
    expect(applyComment(first)).toContain("refused\\-before");
    expect(
      auditRecords()
        .filter((r) => r.grant === grantId(request("octocat"), first.number))
        .map((r) => r.event),
    ).toEqual(["refused"]);
  });

  it("freezes after a policy pushed without a pull request, and a revert through an approved pull request thaws it", async () => {
    const before = main.head();
    main.commit({ "policies/profiles.yaml": AUTO_PROD_DB }, "direct push by an admin bypassing the ruleset");
    const frozen = requestPull("octocat");
    main.merge(frozen);
    const run = await push(before);
    expect(run.outputs.refused).toBe(JSON.stringify([request("octocat")]));
    expect(run.annotations("error")[0]?.message).toContain("without a merged pull request");

    const revert = openPull("sec-alice", { "policies/profiles.yaml": POLICY_PROFILES });
    revert.review("sec-bob", "APPROVED");
    revert.review("sec-carol", "APPROVED");
    const before2 = main.head();
    main.merge(revert);
    const thawed = requestPull("octocat", "after-revert");
    thawed.review("lead-dana", "APPROVED");
    main.merge(thawed);
    const after = await push(before2);
    expect(after.code, after.stdout).toBe(0);
    expect(after.outputs.granted).toBe(
      JSON.stringify([grantId(request("octocat", "after-revert"), thawed.number)]),
    );
  });

  it("keeps a request merged while the policy was unapproved refused, even after the policy is reverted", async () => {
    const before = main.head();
    main.commit({ "policies/profiles.yaml": AUTO_PROD_DB }, "direct push");
    const during = requestPull("octocat");
    main.merge(during);
    const revert = openPull("sec-alice", { "policies/profiles.yaml": POLICY_PROFILES });
    revert.review("sec-bob", "APPROVED");
    revert.review("sec-carol", "APPROVED");
    main.merge(revert);
    // One push carries all three: the policy is clean at the end, but not where the request merged.
    const run = await push(before);
    expect(run.outputs.refused).toBe(JSON.stringify([request("octocat")]));
    expect(run.annotations("error")[0]?.message).toMatch(/^policy-unapproved: it merged while/);
  });

  it("treats a .gitattributes pushed anywhere as a governance change that freezes granting", async () => {
    const before = main.head();
    main.commit({ "requests/prod-db/.gitattributes": "*.yaml -diff\n" }, "hide request diffs");
    const pull = requestPull("octocat");
    pull.review("lead-dana", "APPROVED");
    main.merge(pull);
    const run = await push(before);
    expect(run.outputs.refused).toBe(JSON.stringify([request("octocat")]));
    expect(run.annotations("error")[0]?.message).toContain("requests/prod-db/.gitattributes");
  });

  it("judges an approved policy change once and asks GitHub about it no more", async () => {
    const tighten = openPull("sec-alice", { "policies/people.yaml": `${POLICY_PEOPLE}# reviewed\n` });
    tighten.review("sec-bob", "APPROVED");
    tighten.review("sec-carol", "APPROVED");
    const before = main.head();
    main.merge(tighten);
    const pull = requestPull("octocat");
    pull.review("lead-dana", "APPROVED");
    main.merge(pull);
    expect((await push(before)).code).toBe(0);
    const asked = () =>
      world.server.requests.filter((r) => r.path.endsWith(`/pulls/${tighten.number}/reviews`)).length;
    const askedFirst = asked();
    const before2 = main.head();
    const next = requestPull("hubot", "next");
    next.review("lead-dana", "APPROVED");
    main.merge(next);
    await push(before2);
    expect(asked()).toBe(askedFirst);
    expect(auditRecords().filter((r) => r.event === "governance-approved")).toHaveLength(1);
  });
});

describe("the default branch's policy at merge", () => {
  it("refuses an approved request whose requester the admins removed from every eligible group before it merged", async () => {
    const stale = requestPull("octocat");
    stale.review("lead-dana", "APPROVED");
    const tighten = openPull("sec-alice", {
      "policies/people.yaml": POLICY_PEOPLE.replace("members: [octocat, hubot]", "members: [hubot]"),
    });
    tighten.review("sec-bob", "APPROVED");
    tighten.review("sec-carol", "APPROVED");
    const before = main.head();
    main.merge(tighten);
    main.merge(stale); // its base.sha is still the old main
    const run = await push(before);
    expect(run.outputs.refused).toBe(JSON.stringify([request("octocat")]));
    expect(run.annotations("error")[0]?.message).toMatch(/not-eligible/);
    expect(await rolesOf("octocat")).toEqual([]);
  });

  it("refuses an approved request whose requester's identity was re-mapped before it merged", async () => {
    const stale = requestPull("octocat");
    stale.review("lead-dana", "APPROVED");
    const remap = openPull("sec-alice", {
      "policies/people.yaml": POLICY_PEOPLE.replace(
        "octocat: { postgres: octocat }",
        "octocat: { postgres: hubot }",
      ),
    });
    remap.review("sec-bob", "APPROVED");
    remap.review("sec-carol", "APPROVED");
    const before = main.head();
    main.merge(remap);
    main.merge(stale);
    const run = await push(before);
    expect(run.outputs.refused).toBe(JSON.stringify([request("octocat")]));
    expect(run.annotations("error")[0]?.message).toMatch(
      /policy-changed-since-review: .*principal hubot, not octocat/,
    );
  });

  it("refuses an approved request whose profile the admins deleted before it merged", async () => {
    const stale = requestPull("octocat");
    stale.review("lead-dana", "APPROVED");
    const profiles = POLICY_PROFILES.replace(/ {2}prod-db:\n[\s\S]*?(?= {2}prod-admin:)/, "");
    const remove = openPull("sec-alice", { "policies/profiles.yaml": profiles });
    remove.review("sec-bob", "APPROVED");
    remove.review("sec-carol", "APPROVED");
    const before = main.head();
    main.merge(remove);
    main.merge(stale);
    const run = await push(before);
    expect(run.outputs.refused).toBe(JSON.stringify([request("octocat")]));
    expect(run.annotations("error")[0]?.message).toMatch(/unknown-profile/);
  });

  it("tells the pull request its base is older than the default branch's policy, and judges by both", async () => {
    const stale = requestPull("octocat");
    stale.review("lead-dana", "APPROVED");
    const tighten = openPull("sec-alice", {
      "policies/people.yaml": POLICY_PEOPLE.replace("members: [octocat, hubot]", "members: [hubot]"),
    });
    tighten.review("sec-bob", "APPROVED");
    tighten.review("sec-carol", "APPROVED");
    main.merge(tighten);
    const run = await runIn(world, {
      eventName: "pull_request",
      event: pullRequestEvent(stale, "synchronize"),
      workspace: checkout(world.repo.requireCommit(stale.headSha).files),
    });
    const [comment] = stickyComments(world.repo, stale.number);
    expect(comment?.body).toContain("The base is older than the default branch's policy");
    expect(comment?.body).toContain("not\\-eligible");
    const status = world.repo.statuses
      .filter((s) => s.sha === stale.headSha && s.context === "gitjit/approval")
      .at(-1);
    expect(status?.state, run.stdout).toBe("failure");
  });
});

describe("an extension after an identity change", () => {
  it("is refused, on the pull request and at merge, instead of extending the retired principal", async () => {
    const before = main.head();
    const original = requestPull("octocat");
    original.review("lead-dana", "APPROVED");
    main.merge(original);
    expect((await push(before)).code).toBe(0);
    const id = grantId(request("octocat"), original.number);

    const remap = openPull("sec-alice", {
      "policies/people.yaml": POLICY_PEOPLE.replace(
        "octocat: { postgres: octocat }",
        "octocat: { postgres: hubot }",
      ),
    });
    remap.review("sec-bob", "APPROVED");
    remap.review("sec-carol", "APPROVED");
    const before2 = main.head();
    main.merge(remap);
    // The pull request job reads the ledger branch through GitHub: mirror origin's there.
    world.repo.branches.set(
      "gitjit-ledger",
      world.repo.commit({ [`ledger/active/${id}.json`]: ledgerFile(`ledger/active/${id}.json`) }),
    );
    const extend = requestPull("octocat", "more", `extends: ${id}\n`);
    extend.review("lead-dana", "APPROVED");
    await runIn(world, {
      eventName: "pull_request",
      event: pullRequestEvent(extend),
      workspace: checkout(world.repo.requireCommit(extend.headSha).files),
    });
    expect(stickyComments(world.repo, extend.number)[0]?.body).toContain("extends\\-other\\-principal");
    const { expiresAt } = JSON.parse(ledgerFile(`ledger/active/${id}.json`)) as { expiresAt: string };
    main.merge(extend);
    const run = await push(before2);
    expect(run.outputs.refused).toBe(JSON.stringify([request("octocat", "more")]));
    expect(run.annotations("error")[0]?.message).toMatch(/extends-other-principal/);
    expect(JSON.parse(ledgerFile(`ledger/active/${id}.json`)).expiresAt).toBe(expiresAt);
  });
});
