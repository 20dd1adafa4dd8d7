import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ownersOf, parseCodeowners } from "../../src/core/codeowners/file.js";
import { MAX_CODEOWNERS_BYTES, SECTION_END } from "../../src/core/codeowners/generate.js";
import { runCli } from "../support/cli.js";
import { POLICY_FILES, POLICY_PEOPLE } from "../support/policy-fixture.js";
import { repoDir, writeFiles } from "../support/repo-dir.js";

const repoRoot = join(import.meta.dirname, "../..");
const read = (root: string, path: string) => readFileSync(join(root, path), "utf8");

describe("gitjit codeowners", () => {
  it("passes --check on the repository's own example policy and committed CODEOWNERS", async () => {
    const run = await runCli(["codeowners", "--check"], { cwd: repoRoot });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("owns each profile's folder by its approvers and governance paths by the admins", async () => {
    const root = repoDir(POLICY_FILES);
    const run = await runCli(["codeowners"], { cwd: root });
    expect(run.code).toBe(0);
    const file = parseCodeowners(read(root, ".github/CODEOWNERS"));
    expect(file.problems).toEqual([]);
    const admins = ["@sec-alice", "@sec-bob", "@sec-carol"];
    expect(ownersOf(file, "requests/prod-db/octocat-x.yaml")).toEqual(["@lead-dana", "@lead-eve"]);
    expect(ownersOf(file, "requests/prod-admin/octocat-x.yaml")).toEqual([
      "@lead-dana",
      "@lead-eve",
      ...admins,
    ]);
    expect(ownersOf(file, "requests/dba-only/octocat-x.yaml")).toEqual(["@acme/dbas"]);
    expect(ownersOf(file, "requests/self-serve/octocat-x.yaml")).toEqual(["@acme/sre", "@octocat", "@hubot"]);
    expect(ownersOf(file, "requests/sandbox/octocat-x.yaml")).toEqual([]);
    expect(ownersOf(file, "requests/no-such-profile/octocat-x.yaml")).toEqual(admins);
    for (const path of [
      "policies/people.yaml",
      "schemas/request.schema.json",
      ".github/CODEOWNERS",
      ".github/workflows/jit-apply.yml",
      "CODEOWNERS",
      "docs/CODEOWNERS",
      "action.yml",
      "dist/index.js",
    ])
      expect(ownersOf(file, path), path).toEqual(admins);
    expect(ownersOf(file, "README.md")).toEqual([]);
    // A case-changed folder is not the profile's folder.
    expect(ownersOf(file, "Requests/Prod-db/octocat-x.yaml")).toEqual([]);
  });

  it("warns that a bot cannot be a code owner, and leaves it out", async () => {
    const root = repoDir(POLICY_FILES);
    const run = await runCli(["codeowners"], { cwd: root });
    expect(run.stderr).toContain('warning bot-not-owner: group "robots" lists deploy-bot[bot]');
    expect(read(root, ".github/CODEOWNERS")).not.toContain("[bot]");
    const file = parseCodeowners(read(root, ".github/CODEOWNERS"));
    expect(ownersOf(file, "requests/robot-ok/octocat-x.yaml")).toEqual(["@lead-dana", "@lead-eve"]);
  });

  it("leaves the rest of the file untouched and replaces only its own section", async () => {
    const mine = "# our owners\n*       @acme/everyone\n/docs/  @acme/writers\n";
    const root = repoDir({ ...POLICY_FILES, ".github/CODEOWNERS": mine });
    expect((await runCli(["codeowners"], { cwd: root })).code).toBe(0);
    const first = read(root, ".github/CODEOWNERS");
    expect(first.startsWith(mine)).toBe(true);

    // Lines added by hand after the section stay where they are on the next run.
    writeFiles(root, { ".github/CODEOWNERS": `${first}/README.md @acme/writers\n` });
    writeFiles(root, {
      "policies/people.yaml": POLICY_PEOPLE.replace("[lead-dana, lead-eve]", "[lead-dana]"),
    });
    expect((await runCli(["codeowners", "--check"], { cwd: root })).code).toBe(1);
    const run = await runCli(["codeowners"], { cwd: root });
    expect(run.stdout).toContain("gitjit section written");
    const second = read(root, ".github/CODEOWNERS");
    expect(second.startsWith(mine)).toBe(true);
    expect(second.endsWith(`${SECTION_END}\n/README.md @acme/writers\n`)).toBe(true);
    expect(second.match(/gitjit:begin/g)).toHaveLength(1);
    expect(ownersOf(parseCodeowners(second), "requests/prod-db/x.yaml")).toEqual(["@lead-dana"]);

    const again = await runCli(["codeowners"], { cwd: root });
    expect(again.stdout).toContain("already up to date");
    expect((await runCli(["codeowners", "--check"], { cwd: root })).code).toBe(0);
  });

  it("--check fails when the section is missing, and writes nothing", async () => {
    const root = repoDir({ ...POLICY_FILES, CODEOWNERS: "* @acme/everyone\n" });
    const run = await runCli(["codeowners", "--check"], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("CODEOWNERS: the gitjit section is stale");
    expect(read(root, "CODEOWNERS")).toBe("* @acme/everyone\n");
  });

  it("writes to the CODEOWNERS file GitHub reads: the root one when .github/ has none", async () => {
    const root = repoDir({ ...POLICY_FILES, CODEOWNERS: "* @acme/everyone\n" });
    const run = await runCli(["codeowners"], { cwd: root });
    expect(run.stdout).toContain("CODEOWNERS: gitjit section written");
    expect(read(root, "CODEOWNERS")).toContain("gitjit:begin");
    expect(() => read(root, ".github/CODEOWNERS")).toThrow();
  });

  it("fails --check when a line after the section overrides what gitjit owns", async () => {
    const root = repoDir(POLICY_FILES);
    await runCli(["codeowners"], { cwd: root });
    writeFiles(root, { ".github/CODEOWNERS": `${read(root, ".github/CODEOWNERS")}/requests/ @mallory\n` });
    const run = await runCli(["codeowners", "--check"], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("error codeowners-overridden");
    expect(run.stderr).toContain("requests/prod-db/x.yaml");
  });

  it("refuses to write a file GitHub would ignore for its size", async () => {
    const filler = `${"/a/very/long/path/that/someone/owns @acme/owners\n".repeat(Math.ceil(MAX_CODEOWNERS_BYTES / 48))}`;
    const root = repoDir({ ...POLICY_FILES, ".github/CODEOWNERS": filler });
    const run = await runCli(["codeowners"], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("codeowners-too-large");
    expect(read(root, ".github/CODEOWNERS")).toBe(filler);
  });

  it("refuses to guess where a section with broken markers ends", async () => {
    const root = repoDir({ ...POLICY_FILES, ".github/CODEOWNERS": "# gitjit:begin\n/requests/ @mallory\n" });
    const run = await runCli(["codeowners"], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("codeowners-markers");
  });

  it("does not generate from a broken policy", async () => {
    const root = repoDir({
      ...POLICY_FILES,
      "policies/people.yaml": POLICY_PEOPLE.replace("count: 2", "count: 9"),
    });
    const run = await runCli(["codeowners"], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("unapprovable");
    expect(() => read(root, ".github/CODEOWNERS")).toThrow();
  });
});
