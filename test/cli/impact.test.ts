import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { activePath } from "../../src/core/ledger/records.js";
import { runCli } from "../support/cli.js";
import { entry } from "../support/ledger-fixtures.js";
import { POLICY_FILES, POLICY_PEOPLE, POLICY_PROFILES } from "../support/policy-fixture.js";
import { repoDir, writeFiles } from "../support/repo-dir.js";

/** A repository whose main holds the test policy, and whose work tree holds `change` on top of it. */
function repository(change: Record<string, string>): string {
  const root = repoDir(POLICY_FILES);
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: root });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-qm", "policy");
  writeFiles(root, change);
  return root;
}

const loosened = POLICY_PROFILES.replace(
  "- { groups: [leads], count: 1 }",
  "- { groups: [leads, security], count: 1 }",
);

describe("gitjit impact", () => {
  it("shows what the work tree's policy loosens against a commit's, every list in full", async () => {
    const root = repository({ "policies/profiles.yaml": loosened });
    const run = await runCli(["impact", "--base", "main"], { cwd: root });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("##### ⚠️ Loosens");
    expect(run.stdout).toContain(
      "- ⚠️ **approval** · profile <code>prod\\-db</code>: step 1 may now be approved by <code>sec\\-alice</code>, <code>sec\\-bob</code>, <code>sec\\-carol</code> \\(groups <code>leads</code>, <code>security</code> instead of <code>leads</code>\\)",
    );
  });

  it("compares two commits, and lists the held grants of the local ledger branch the change touches, as JSON", async () => {
    const root = repository({});
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: root });
    const held = entry(1, { requester: "octocat", principal: "octocat", profile: "prod-db" });
    git("checkout", "-q", "-b", "gitjit-ledger");
    writeFiles(root, { [activePath(held.id)]: JSON.stringify(held) });
    git("add", "-A");
    git("commit", "-qm", "ledger");
    git("checkout", "-q", "main");
    writeFiles(root, {
      "policies/people.yaml": POLICY_PEOPLE.replace(
        "octocat: { postgres: octocat }",
        "octocat: { postgres: octo }",
      ),
    });
    git("commit", "-qam", "remap octocat");
    const run = await runCli(["impact", "--base", "main~1", "--head", "main", "--format", "json"], {
      cwd: root,
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.impact.items).toEqual([
      expect.objectContaining({ direction: "loosened", area: "identity", subject: "octocat" }),
    ]);
    expect(out.impact.grants).toMatchObject({
      read: 1,
      unread: 0,
      touched: [{ id: held.id, principal: "octocat" }],
    });
  });

  it("lists the head policy's errors and exits 1; a missing --base is a usage error", async () => {
    const root = repository({
      "policies/profiles.yaml": POLICY_PROFILES.replace("eligible: [sre, leads]", "eligible: [nobody]"),
    });
    const run = await runCli(["impact", "--base", "main"], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /the policy at the work tree has errors:\npolicies\/profiles\.yaml:\d+:\d+ error unknown-group/,
    );
    expect((await runCli(["impact"], { cwd: root })).code).toBe(2);
    const head = await runCli(["impact", "--base", "main", "--head", "no-such-ref"], { cwd: root });
    expect(head.code).toBe(2);
    expect(head.stderr).toContain("--head no-such-ref: no such commit");
  });
});
