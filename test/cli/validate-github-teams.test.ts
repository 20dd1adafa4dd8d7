import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { type GitHubServer, startGitHubServer } from "../support/github/server.js";
import { POLICY_FILES, POLICY_PEOPLE, requestYaml } from "../support/policy-fixture.js";
import { repoDir } from "../support/repo-dir.js";

let server: GitHubServer;
beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addTeam("@acme/sre", ["sre-sam"]);
});
afterEach(() => server.close());

// sre-sam is in the sre group only through the @acme/sre team; mallory is in nothing.
const people = POLICY_PEOPLE.replace(
  "  lead-dana: { postgres: dana }",
  "  lead-dana: { postgres: dana }\n  sre-sam: { postgres: sam }\n  mallory: { postgres: mallory }",
);
const files = {
  ...POLICY_FILES,
  "policies/people.yaml": people,
  "requests/prod-db/sre-sam-debug.yaml": requestYaml("prod-db", "sre-sam"),
  "requests/prod-db/mallory-debug.yaml": requestYaml("prod-db", "mallory"),
};

const validate = (root: string, args: string[], env: Record<string, string> = {}) =>
  runCli(["validate", "--now", "2026-11-01T10:00:00Z", "--format", "json", ...args], { cwd: root, env });

describe("gitjit validate with GitHub team memberships", () => {
  it("offline, leaves eligibility through a team unverified", async () => {
    const run = await validate(repoDir(files), ["requests/prod-db/sre-sam-debug.yaml"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files[0].warnings.map((w: { code: string }) => w.code)).toEqual([
      "eligibility-unverified",
    ]);
  });

  it("with --github-teams, checks eligibility through the team's members", async () => {
    const run = await validate(repoDir(files), ["--github-teams"], {
      GITHUB_TOKEN: "t",
      GITHUB_API_URL: server.url,
    });
    const report = JSON.parse(run.stdout);
    const byPath = Object.fromEntries(
      report.files.map((f: { path: string; errors: { code: string }[]; warnings: { code: string }[] }) => [
        f.path,
        [...f.errors, ...f.warnings].map((d) => d.code),
      ]),
    );
    expect(byPath).toEqual({
      "requests/prod-db/mallory-debug.yaml": ["not-eligible"],
      "requests/prod-db/sre-sam-debug.yaml": [],
    });
    expect(run.code).toBe(1);
    expect(server.requests.map((r) => r.path)).toEqual(["/orgs/acme/teams/sre/members"]);
  });

  it("with --github-teams, needs a token", async () => {
    const run = await validate(repoDir(files), ["--github-teams"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--github-teams needs GITHUB_TOKEN");
  });
});
