import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { DBAS, gitjitRepo, MERGED_REQUEST, REPO } from "../support/github/gitjit-repo.js";
import { type GitHubServer, startGitHubServer } from "../support/github/server.js";
import type { Repo } from "../support/github/state.js";
import { POLICY_PEOPLE, requestYaml } from "../support/policy-fixture.js";
import { repoDir } from "../support/repo-dir.js";

let server: GitHubServer;
let repo: Repo;
let base: string;

beforeEach(async () => {
  server = await startGitHubServer();
  ({ repo, base } = gitjitRepo(server));
});
afterEach(() => server.close());

const NOW = "2026-11-01T10:00:00Z";

async function approvals(pr: number, extra: string[] = [], env: Record<string, string> = {}) {
  const run = await runCli(
    ["approvals", "--repo", REPO, "--pr", String(pr), "--now", NOW, "--format", "json", ...extra],
    {
      cwd: repoDir({}),
      env: { GITHUB_TOKEN: "ghs_test", GITHUB_API_URL: server.url, ...env },
    },
  );
  if (run.code > 1) throw new Error(`exit ${run.code}: ${run.stderr}`);
  const report = JSON.parse(run.stdout);
  return { code: run.code, report, stderr: run.stderr };
}

const requestPull = (profile: string, login: string, folder = `requests/${profile}`) =>
  repo.openPull({
    author: login,
    base,
    change: { [`${folder}/${login}-debug.yaml`]: requestYaml(profile, login) },
  });

const ignoredCodes = (report: { approvals: { ignored?: { code: string }[] }[] }) =>
  report.approvals.flatMap((a) => (a.ignored ?? []).map((i) => i.code));

describe("gitjit approvals against GitHub", () => {
  it("approves a request once an approver of its step approves the head commit", async () => {
    const pull = requestPull("prod-db", "octocat");
    expect((await approvals(pull.number)).code).toBe(1);
    pull.review("lead-dana", "APPROVED");
    const { code, report } = await approvals(pull.number);
    expect(code).toBe(0);
    expect(report.satisfied).toBe(true);
    expect(report.approvals).toEqual([
      expect.objectContaining({
        subject: "requests/prod-db/octocat-debug.yaml",
        profile: "prod-db",
        satisfied: true,
        steps: [{ groups: ["leads"], count: 1, approvedBy: ["lead-dana"], missing: 0 }],
      }),
    ]);
    // Who owns the file comes from the base commit's CODEOWNERS.
    expect(report.files).toEqual([
      {
        path: "requests/prod-db/octocat-debug.yaml",
        status: "added",
        kind: "request",
        owners: ["@lead-dana", "@lead-eve"],
      },
    ]);
    expect(report.warnings).toEqual([]);
  });

  it("does not count the author's own approval", async () => {
    const pull = requestPull("prod-db", "lead-dana");
    pull.review("lead-dana", "APPROVED");
    const { code, report } = await approvals(pull.number);
    expect(code).toBe(1);
    expect(ignoredCodes(report)).toEqual(["self-approval"]);
  });

  it("counts the author where the profile allows self-approval", async () => {
    const pull = requestPull("self-serve", "octocat");
    expect((await approvals(pull.number)).code).toBe(0);
  });

  it("needs no one for an auto-approved profile", async () => {
    const { code, report } = await approvals(requestPull("sandbox", "octocat").number);
    expect(code).toBe(0);
    expect(report.summary).toBe("Auto-approved by the policy");
  });

  it("drops an approval when a new commit is pushed, until it is given again", async () => {
    const pull = requestPull("prod-db", "octocat");
    pull.review("lead-dana", "APPROVED");
    pull.push({
      "requests/prod-db/octocat-debug.yaml": requestYaml("prod-db", "octocat").replace("1h", "4h"),
    });
    const stale = await approvals(pull.number);
    expect(stale.code).toBe(1);
    expect(ignoredCodes(stale.report)).toEqual(["stale-approval"]);
    pull.review("lead-dana", "APPROVED");
    expect((await approvals(pull.number)).code).toBe(0);
  });

  it("does not count an approver outside the step's groups", async () => {
    const pull = requestPull("prod-db", "octocat");
    pull.review("sec-alice", "APPROVED");
    const { code, report } = await approvals(pull.number);
    expect(code).toBe(1);
    expect(ignoredCodes(report)).toEqual(["not-an-approver"]);
    expect(report.approvals[0].missing).toEqual([
      "step 1: 1 more approval of the latest commit from group leads",
    ]);
  });

  it("does not count an approver without write access", async () => {
    const pull = requestPull("prod-db", "octocat");
    pull.review("lead-eve", "APPROVED");
    const { code, report } = await approvals(pull.number);
    expect(code).toBe(1);
    expect(ignoredCodes(report)).toEqual(["no-write-access"]);
  });

  it("counts one person approving twice once", async () => {
    const pull = requestPull("dba-only", "octocat");
    pull.review("dba-001", "APPROVED");
    pull.review("dba-001", "APPROVED");
    const { code, report } = await approvals(pull.number);
    expect(code).toBe(1);
    expect(report.approvals[0].steps[0]).toMatchObject({ approvedBy: ["dba-001"], missing: 1 });
  });

  it("does not let one person satisfy two steps", async () => {
    const pull = requestPull("prod-admin", "octocat");
    pull.review("sec-alice", "APPROVED");
    const first = await approvals(pull.number);
    expect(first.code).toBe(1);
    expect(first.report.approvals[0].missing[0]).toContain("sec-alice already counts toward step 1");
    pull.review("lead-dana", "APPROVED");
    const second = await approvals(pull.number);
    expect(second.code).toBe(0);
    expect(second.report.approvals[0].steps.map((s: { approvedBy: string[] }) => s.approvedBy)).toEqual([
      ["lead-dana"],
      ["sec-alice"],
    ]);
  });

  it("blocks on requested changes until the same person approves", async () => {
    const pull = requestPull("dba-only", "octocat");
    pull.review("dba-001", "APPROVED");
    pull.review("dba-250", "APPROVED");
    pull.review("dba-002", "CHANGES_REQUESTED");
    const blocked = await approvals(pull.number);
    expect(blocked.code).toBe(1);
    expect(blocked.report.approvals[0].blockedBy).toEqual(["dba-002"]);
    pull.review("dba-002", "APPROVED");
    expect((await approvals(pull.number)).code).toBe(0);
  });

  it("reads a team of 250 members across pages, once per run", async () => {
    const pull = requestPull("dba-only", "octocat");
    pull.review("dba-001", "APPROVED");
    pull.review("dba-250", "APPROVED");
    const { code } = await approvals(pull.number);
    expect(code).toBe(0);
    const pages = server.requests.filter((r) => r.path === "/orgs/acme/teams/dbas/members");
    expect(pages.map((r) => [r.query.get("page") ?? "1", r.query.get("per_page")])).toEqual([
      ["1", "100"],
      ["2", "100"],
      ["3", "100"],
    ]);
    expect(DBAS).toHaveLength(250);
  });

  it("judges a pull request that adds a request and edits the policy as a governance change, and rejects it", async () => {
    const pull = repo.openPull({
      author: "octocat",
      base,
      change: {
        "requests/prod-db/octocat-debug.yaml": requestYaml("prod-db", "octocat"),
        "policies/people.yaml": POLICY_PEOPLE.replace(
          "[lead-dana, lead-eve]",
          "[lead-dana, lead-eve, octocat]",
        ),
      },
    });
    pull.review("lead-dana", "APPROVED");
    pull.review("sec-alice", "APPROVED");
    pull.review("sec-bob", "APPROVED");
    const { code, report } = await approvals(pull.number);
    expect(code).toBe(1);
    expect(report.problems.map((p: { code: string }) => p.code)).toEqual(["governance-with-requests"]);
    expect(report.summary).toBe("Rejected: governance-with-requests");
  });

  it("judges a CODEOWNERS edit by the admins' rule from the base, whatever the edit says", async () => {
    const pull = repo.openPull({
      author: "octocat",
      base,
      change: { ".github/CODEOWNERS": "* @octocat\n" },
    });
    // The head's CODEOWNERS would make octocat the owner; the base's says the admins.
    pull.review("sec-alice", "APPROVED");
    const one = await approvals(pull.number);
    expect(one.code).toBe(1);
    expect(one.report.approvals).toEqual([
      expect.objectContaining({ subject: "governance", kind: "governance", satisfied: false }),
    ]);
    expect(one.report.files[0]).toMatchObject({
      path: ".github/CODEOWNERS",
      kind: "governance",
      owners: ["@sec-alice", "@sec-bob", "@sec-carol"],
    });
    pull.review("sec-bob", "APPROVED");
    expect((await approvals(pull.number)).code).toBe(0);
  });

  it("rejects a request under Requests/Prod/", async () => {
    const pull = requestPull("prod-db", "octocat", "Requests/Prod");
    pull.review("lead-dana", "APPROVED");
    const { code, report } = await approvals(pull.number);
    expect(code).toBe(1);
    expect(report.problems.map((p: { code: string }) => p.code)).toEqual(["request-path-case"]);
  });

  it("rejects a request filed under another profile's folder, even an auto-approved one", async () => {
    const pull = requestPull("prod-db", "octocat", "requests/sandbox");
    const { code, report } = await approvals(pull.number);
    expect(code).toBe(1);
    expect(report.approvals[0].errors.map((e: { code: string }) => e.code)).toEqual(["wrong-folder"]);
    expect(report.summary).toBe("Invalid request requests/sandbox/octocat-debug.yaml: wrong-folder");
  });

  it("rejects editing or deleting a merged request", async () => {
    const edit = repo.openPull({
      author: "hubot",
      base,
      change: { [MERGED_REQUEST]: requestYaml("prod-db", "hubot", "ticket: INC-1\n") },
    });
    edit.review("lead-dana", "APPROVED");
    expect((await approvals(edit.number)).report.problems[0].code).toBe("merged-request-changed");
    const remove = repo.openPull({ author: "hubot", base, change: { [MERGED_REQUEST]: null } });
    const { code, report } = await approvals(remove.number);
    expect(code).toBe(1);
    expect(report.problems[0].message).toContain("cannot be deleted");
  });

  it("has nothing to approve in a pull request that touches neither requests nor governance", async () => {
    const pull = repo.openPull({ author: "octocat", base, change: { "README.md": "More words.\n" } });
    const { code, report } = await approvals(pull.number);
    expect(code).toBe(0);
    expect(report.summary).toBe("Nothing for gitjit to approve: no requests, revokes or governance files");
  });

  it("approves nothing while the base commit's policy is broken", async () => {
    const broken = repo.commit({
      ...Object.fromEntries(repo.requireCommit(base).files),
      "policies/people.yaml": POLICY_PEOPLE.replace("count: 2", "count: 7"),
    });
    const pull = repo.openPull({
      author: "octocat",
      base: broken,
      change: { "requests/sandbox/octocat-x.yaml": requestYaml("sandbox", "octocat") },
    });
    const { code, report } = await approvals(pull.number);
    expect(code).toBe(1);
    expect(report.problems[0]).toMatchObject({ code: "policy-invalid", path: "policies/people.yaml" });
  });

  it("sets the gitjit/approval status on the head commit with --report", async () => {
    const pull = requestPull("prod-db", "octocat");
    await approvals(pull.number, ["--report"]);
    pull.review("lead-dana", "APPROVED");
    await approvals(pull.number, ["--report"]);
    expect(repo.statuses.map((s) => [s.sha, s.context, s.state, s.description])).toEqual([
      [
        pull.headSha,
        "gitjit/approval",
        "failure",
        "Waiting: step 1: 1 more approval of the latest commit from group leads",
      ],
      [pull.headSha, "gitjit/approval", "success", "Approved: requests/prod-db/octocat-debug.yaml"],
    ]);
  });

  it("honours GITHUB_API_URL with a GitHub Enterprise path", async () => {
    await server.close();
    server = await startGitHubServer({ prefix: "/api/v3" });
    ({ repo, base } = gitjitRepo(server));
    const pull = requestPull("prod-db", "octocat");
    pull.review("lead-dana", "APPROVED");
    expect(server.url.endsWith("/api/v3")).toBe(true);
    expect((await approvals(pull.number)).code).toBe(0);
    expect(server.requests.every((r) => r.status !== 404 || r.path.includes("/contents/"))).toBe(true);
  });

  it("prints the tally for people", async () => {
    const pull = requestPull("prod-admin", "octocat");
    pull.review("sec-alice", "APPROVED");
    pull.review("lead-eve", "APPROVED");
    const run = await runCli(["approvals", "--repo", REPO, "--pr", String(pull.number), "--now", NOW], {
      cwd: repoDir({}),
      env: { GITHUB_TOKEN: "t", GITHUB_API_URL: server.url },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("requests/prod-admin/octocat-debug.yaml (profile prod-admin): waiting");
    expect(run.stdout).toContain("  step 1: 1/1 from leads, security: sec-alice");
    expect(run.stdout).toContain("  step 2: 0/1 from security: nobody yet");
    expect(run.stdout).toContain(
      "not counted (no-write-access): lead-eve approved but cannot write to the repository",
    );
  });
});

describe("gitjit approvals when GitHub says no", () => {
  it("needs a token", async () => {
    const run = await runCli(["approvals", "--repo", REPO, "--pr", "1"], { cwd: repoDir({}), env: {} });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("GITHUB_TOKEN is not set");
  });

  it("reports a refused token as GitHub's failure, not the user's", async () => {
    server.state.tokens.add("the-right-one");
    const pull = requestPull("prod-db", "octocat");
    const run = await runCli(["approvals", "--repo", REPO, "--pr", String(pull.number)], {
      cwd: repoDir({}),
      env: { GITHUB_TOKEN: "wrong", GITHUB_API_URL: server.url },
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("error github-auth");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("says so when a team's members cannot be read", async () => {
    server.state.teams.delete("acme/dbas");
    const pull = requestPull("dba-only", "octocat");
    const run = await runCli(["approvals", "--repo", REPO, "--pr", String(pull.number)], {
      cwd: repoDir({}),
      env: { GITHUB_TOKEN: "t", GITHUB_API_URL: server.url },
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("error github-team-not-found: team @acme/dbas was not found");
  });

  it("rejects a malformed --repo or --pr", async () => {
    for (const args of [
      ["--repo", "acme", "--pr", "1"],
      ["--repo", REPO, "--pr", "one"],
    ]) {
      const run = await runCli(["approvals", ...args], { cwd: repoDir({}), env: { GITHUB_TOKEN: "t" } });
      expect(run.code).toBe(2);
    }
  });
});
