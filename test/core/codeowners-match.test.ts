import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ownersOf, parseCodeowners, ruleFor } from "../../src/core/codeowners/file.js";
import { compilePattern } from "../../src/core/codeowners/pattern.js";

interface PatternCase {
  name: string;
  pattern: string;
  paths: Record<string, boolean>;
}

const cases: PatternCase[] = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../../shared/testdata/codeowners/patterns.json"), "utf8"),
);

describe("CODEOWNERS patterns match as GitHub matches them", () => {
  it("reads the shared cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });
  for (const c of cases) {
    it(`${c.name}: ${c.pattern}`, () => {
      const compiled = compilePattern(c.pattern);
      if (!compiled.ok) throw new Error(compiled.reason);
      const got = Object.fromEntries(Object.keys(c.paths).map((p) => [p, compiled.test(p)]));
      expect(got).toEqual(c.paths);
    });
  }
});

describe("CODEOWNERS files", () => {
  it("lets the last matching line win, and an owner-less line unown its paths", () => {
    const file = parseCodeowners(
      ["*       @acme/everyone", "/docs/  @docs-lead", "/docs/generated/", "*.md    @writer"].join("\n"),
    );
    expect(ownersOf(file, "src/a.ts")).toEqual(["@acme/everyone"]);
    expect(ownersOf(file, "docs/guide.txt")).toEqual(["@docs-lead"]);
    expect(ownersOf(file, "docs/generated/api.txt")).toEqual([]);
    expect(ruleFor(file, "docs/generated/api.txt")?.line).toBe(3);
    expect(ownersOf(file, "docs/generated/api.md")).toEqual(["@writer"]);
  });

  it("matches case-sensitively", () => {
    const file = parseCodeowners("/requests/prod/ @alice");
    expect(ownersOf(file, "requests/prod/x.yaml")).toEqual(["@alice"]);
    expect(ownersOf(file, "Requests/Prod/x.yaml")).toEqual([]);
  });

  it("reads comments as comments, never as owners", () => {
    const file = parseCodeowners("# owners\n*.js    @js-owner #This is an inline comment.\n  # indented");
    expect(file.rules).toHaveLength(1);
    expect(file.rules[0]?.owners).toEqual(["@js-owner"]);
    expect(file.problems).toEqual([]);
  });

  it("treats [] as literal characters, not a range", () => {
    const file = parseCodeowners("/apps/[ab].ts @alice");
    expect(ownersOf(file, "apps/a.ts")).toEqual([]);
    expect(ownersOf(file, "apps/[ab].ts")).toEqual(["@alice"]);
  });

  it("skips, and reports, the lines GitHub rejects: negation, an escaped #, a bad owner", () => {
    const file = parseCodeowners(
      [
        "* @everyone",
        "!secret.txt @alice",
        "\\#notes @bob",
        "/x/ @carol not-an-owner",
        "/y/ @org/team a@b.io",
      ].join("\n"),
    );
    expect(file.problems.map((p) => [p.line, p.code])).toEqual([
      [2, "invalid-pattern"],
      [3, "invalid-pattern"],
      [4, "invalid-owner"],
    ]);
    expect(file.problems[2]?.column).toBe(12);
    expect(ownersOf(file, "secret.txt")).toEqual(["@everyone"]);
    expect(ownersOf(file, "#notes")).toEqual(["@everyone"]);
    expect(ownersOf(file, "x/a")).toEqual(["@everyone"]);
    expect(ownersOf(file, "y/a")).toEqual(["@org/team", "a@b.io"]);
  });

  it("keeps an escaped space inside a pattern", () => {
    const file = parseCodeowners("/my\\ dir/ @alice");
    expect(ownersOf(file, "my dir/a.txt")).toEqual(["@alice"]);
    expect(ownersOf(file, "my/a.txt")).toEqual([]);
  });
});
