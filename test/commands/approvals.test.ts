import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitHubClient } from "../../src/adapters/github/client.js";
import { githubForge } from "../../src/adapters/github/forge.js";
import { approvals } from "../../src/commands/approvals.js";
import { runCli } from "../support/cli.js";
import { gitjitRepo, REPO } from "../support/github/gitjit-repo.js";
import { type GitHubServer, startGitHubServer } from "../support/github/server.js";
import type { Repo } from "../support/github/state.js";
import { POLICY_PEOPLE, requestYaml } from "../support/policy-fixture.js";
import { repoDir } from "../support/repo-dir.js";

/** The fields of a pull_request_review event this test reads and adjusts. */
interface ReviewEvent {
  action: string;
  repository: { full_name: string };
  pull_request: { number: number; user: { login: string }; head: { sha: string } };
  review: { state: string; user: { login: string }; commit_id: string };
}

let server: GitHubServer;
let repo: Repo;
let base: string;

beforeEach(async () => {
  server = await startGitHubServer();
  ({ repo, base } = gitjitRepo(server));
});
afterEach(() => server.close());

const options = { policyDir: "policies", now: new Date("2026-11-01T10:00:00Z"), report: true };
const forge = () =>
  githubForge(createGitHubClient({ token: "t", baseUrl: server.url, timeScaleMs: 1 }), REPO);

describe("judging approvals through the GitHub adapter", () => {
  it("gives the right verdict through a 403 secondary rate limit with Retry-After", async () => {
    const pull = repo.openPull({
      author: "octocat",
      base,
      change: { "requests/dba-only/octocat-x.yaml": requestYaml("dba-only", "octocat") },
    });
    pull.review("dba-001", "APPROVED");
    pull.review("dba-250", "APPROVED");
    server.secondaryRateLimit(/\/teams\/dbas\/members$/, 30);
    server.secondaryRateLimit(/\/statuses\//, 5);
    const report = await approvals({ ...options, pr: pull.number }, forge());
    expect(report.satisfied).toBe(true);
    const limited = server.requests.filter((r) => r.status === 403).map((r) => r.path);
    expect(limited).toEqual(["/orgs/acme/teams/dbas/members", `/repos/acme/access/statuses/${pull.headSha}`]);
    expect(repo.statuses.map((s) => s.state)).toEqual(["success"]);
  });

  it("reads the policy from the base commit, not from the pull request's head", async () => {
    // The head tightens nothing and loosens nothing: the request is judged by the base's rule either way.
    const pull = repo.openPull({
      author: "octocat",
      base,
      change: { "requests/prod-db/octocat-x.yaml": requestYaml("prod-db", "octocat") },
    });
    pull.review("lead-dana", "APPROVED");
    await approvals({ ...options, pr: pull.number }, forge());
    const policyReads = server.requests.filter((r) => r.path.includes("/contents/policies"));
    expect(policyReads.length).toBeGreaterThan(0);
    expect(policyReads.every((r) => r.query.get("ref") === base)).toBe(true);
    const requestReads = server.requests.filter((r) => r.path.includes("/contents/requests"));
    expect(requestReads.map((r) => r.query.get("ref"))).toEqual([pull.headSha]);
  });

  it("judges a merged pull request again by its reviews of the merged head (as apply will)", async () => {
    const pull = repo.openPull({
      author: "octocat",
      base,
      change: { "requests/prod-db/octocat-x.yaml": requestYaml("prod-db", "octocat") },
    });
    pull.review("lead-dana", "APPROVED", { commitId: base });
    pull.merge();
    const stale = await approvals({ ...options, report: false, pr: pull.number }, forge());
    expect(stale.satisfied).toBe(false);
    pull.review("lead-dana", "APPROVED");
    expect((await approvals({ ...options, report: false, pr: pull.number }, forge())).satisfied).toBe(true);
  });

  it("asks who dismissed a review only once one shows as dismissed, and keeps a change request the requester dismissed", async () => {
    repo.collaborator("lead-eve", "write");
    const pull = repo.openPull({
      author: "octocat",
      base,
      change: { "requests/prod-db/octocat-x.yaml": requestYaml("prod-db", "octocat") },
    });
    const veto = pull.review("lead-dana", "CHANGES_REQUESTED");
    const events = () =>
      server.requests.filter((r) => r.path === `/repos/acme/access/issues/${pull.number}/events`);
    expect((await approvals({ ...options, pr: pull.number }, forge())).satisfied).toBe(false);
    expect(events()).toEqual([]);

    pull.dismiss(veto, "octocat", "fixed it myself");
    pull.review("lead-eve", "APPROVED");
    const report = await approvals({ ...options, pr: pull.number }, forge());
    expect(events()).toHaveLength(1);
    expect(report.satisfied).toBe(false);
    expect(report.subjects[0]?.verdict).toMatchObject({
      blockedBy: ["lead-dana"],
      steps: [{ approvedBy: ["lead-eve"], missing: 0 }],
    });
    expect(report.subjects[0]?.verdict?.missing).toEqual([
      "lead-dana requested changes and octocat, who wrote the pull request, dismissed that review; the author cannot lift a change request, so it blocks until lead-dana approves the latest commit",
    ]);
    expect(repo.statuses.map((s) => s.state)).toEqual(["failure", "failure"]);
  });

  it("judges only pull requests into the default branch, whose policy is governed", async () => {
    // Anyone who can push a branch can write its policy: a pull request into it proves nothing.
    const loosened = repo.commit({
      ...Object.fromEntries(repo.requireCommit(base).files),
      "policies/people.yaml": POLICY_PEOPLE.replace("[lead-dana, lead-eve]", "[lead-dana, lead-eve, hubot]"),
    });
    const pull = repo.openPull({
      author: "octocat",
      base: loosened,
      baseRef: "octocat-policy",
      change: { "requests/prod-db/octocat-x.yaml": requestYaml("prod-db", "octocat") },
    });
    pull.review("hubot", "APPROVED");
    const report = await approvals({ ...options, report: false, pr: pull.number }, forge());
    expect(report.satisfied).toBe(false);
    expect(report.problems.map((p) => p.code)).toEqual(["base-not-default-branch"]);
  });

  it("warns when the base's CODEOWNERS section does not match its policy", async () => {
    const stale = repo.commit({
      ...Object.fromEntries(repo.requireCommit(base).files),
      ".github/CODEOWNERS": "* @octocat\n",
    });
    const pull = repo.openPull({
      author: "octocat",
      base: stale,
      change: { "requests/sandbox/octocat-x.yaml": requestYaml("sandbox", "octocat") },
    });
    const report = await approvals({ ...options, report: false, pr: pull.number }, forge());
    expect(report.satisfied).toBe(true);
    expect(report.warnings).toEqual([expect.stringContaining("does not match the policy there")]);
    expect(report.files[0]?.owners).toEqual(["@octocat"]);
  });
});

describe("gitjit approvals in a GitHub Actions run", () => {
  it("finds the pull request in a pull_request_review event payload", async () => {
    const require = createRequire(import.meta.url);
    const examples = require("@octokit/webhooks-examples") as { name: string; examples: ReviewEvent[] }[];
    const submitted = examples
      .find((e) => e.name === "pull_request_review")
      ?.examples.find((e) => e.action === "submitted");
    if (!submitted) throw new Error("no pull_request_review.submitted example");
    // The examples hold no approval: make this one an approval of the pull request's head.
    const event = structuredClone(submitted);
    const hello = server.state.addRepo(event.repository.full_name);
    hello.collaborator("lead-dana", "write");
    server.state.addTeam("@acme/sre", []);
    const author = event.pull_request.user.login as string;
    const files = Object.fromEntries(repo.requireCommit(base).files);
    // The example's author joins the SRE group, with a database login, in this repository's policy.
    files["policies/people.yaml"] = POLICY_PEOPLE.replace(
      "[octocat, hubot]",
      `[octocat, hubot, ${author}]`,
    ).replace("identities:\n", `identities:\n  ${author}: { postgres: ${author.toLowerCase()} }\n`);
    const helloBase = hello.commit(files);
    hello.branches.set(hello.defaultBranch, helloBase);
    const pull = hello.openPull({
      author,
      base: helloBase,
      number: event.pull_request.number,
      change: {
        [`requests/prod-db/${author}-x.yaml`]: requestYaml("prod-db", "octocat").replace("octocat", author),
      },
    });
    pull.review("lead-dana", "APPROVED");
    event.review.state = "approved";
    event.review.user.login = "lead-dana";
    event.review.commit_id = pull.headSha;
    event.pull_request.head.sha = pull.headSha;
    const dir = repoDir({});
    writeFileSync(join(dir, "event.json"), JSON.stringify(event));

    const run = await runCli(["approvals", "--now", "2026-11-01T10:00:00Z", "--format", "json"], {
      cwd: dir,
      env: {
        GITHUB_TOKEN: "t",
        GITHUB_API_URL: server.url,
        GITHUB_REPOSITORY: event.repository.full_name,
        GITHUB_EVENT_PATH: join(dir, "event.json"),
      },
    });
    const report = JSON.parse(run.stdout);
    expect(run.stderr).toBe("");
    expect(report).toMatchObject({
      repository: "Codertocat/Hello-World",
      pullRequest: 2,
      author: "Codertocat",
    });
    expect(report.approvals[0].steps[0].approvedBy).toEqual(["lead-dana"]);
    expect(run.code).toBe(0);
  });

  it("refuses an event that is not about a pull request", async () => {
    const dir = repoDir({ "event.json": JSON.stringify({ action: "created", issue: { number: 1 } }) });
    const run = await runCli(["approvals"], {
      cwd: dir,
      env: { GITHUB_TOKEN: "t", GITHUB_REPOSITORY: REPO, GITHUB_EVENT_PATH: join(dir, "event.json") },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("not about a pull request");
  });
});
