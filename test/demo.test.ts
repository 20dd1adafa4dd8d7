import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./support/cli.js";
import { PROJECT_ROOT } from "./support/repo.js";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("gitjit demo", () => {
  it("runs the whole lifecycle: access refused, granted, used, expired, swept, refused again, audit verified", async () => {
    dir = mkdtempSync(join(tmpdir(), "gitjit-demo-test-"));
    const run = await runCli(["demo", "--duration", "2s", "--dir", dir], { cwd: PROJECT_ROOT });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = run.stdout;
    const reads = [...out.matchAll(/^ {3}│ (allowed|refused): .*$/gm)].map((m) => m[1]);
    expect(reads).toEqual(["refused", "allowed", "refused"]);
    expect(out).toContain("permission denied for table payouts");
    expect(out).toMatch(/\.yaml: ok: postgres for octocat, 2s until/);
    expect(out).toContain("not counted: octocat");
    expect(out).toContain("gitjit/approval: success");
    expect(out).toMatch(/removed +gj-[0-9a-f]{20} +octocat/);
    expect(out).toMatch(/audit verify: ok: 3 records, 1 grants, chain intact/);
    expect(out).toContain("approved by pjhyett");
    expect(out).toContain("[simulated]");
    expect(out).toContain(`Done. Explore it: cd ${join(dir, "repo")}`);
  });

  it("refuses a duration too short to show anything", async () => {
    const run = await runCli(["demo", "--duration", "1s"], { cwd: PROJECT_ROOT });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("at least 2s");
  });
});
