import { describe, expect, it } from "vitest";
import { type ChangedFile, classifyChanges } from "../../src/core/approval/changes.js";
import { showControlCharacters } from "../../src/core/text.js";

const profiles = ["prod-db", "sandbox"];
const classify = (files: ChangedFile[], policyDir = "policies") =>
  classifyChanges(files, { policyDir, profiles });
const codes = (files: ChangedFile[]) => classify(files).problems.map((p) => p.code);

describe("classifying a pull request's changes", () => {
  it("takes added files under requests/ as requests", () => {
    const c = classify([{ path: "requests/prod-db/octocat-x.yaml", status: "added" }]);
    expect(c).toEqual({
      requests: ["requests/prod-db/octocat-x.yaml"],
      revokes: [],
      governance: [],
      other: [],
      problems: [],
    });
  });

  it("takes the policy, schemas, .github (CODEOWNERS too) and the action as governance", () => {
    const paths = [
      "policies/profiles.yaml",
      "schemas/request.schema.json",
      ".github/CODEOWNERS",
      ".github/workflows/jit-apply.yml",
      "CODEOWNERS",
      "docs/CODEOWNERS",
      "action.yml",
      "dist/index.js",
      ".GitHub/CODEOWNERS",
    ];
    const c = classify(paths.map((path) => ({ path, status: "modified" })));
    expect(c.governance).toEqual(paths);
    expect(c.other).toEqual([]);
    expect(classify([{ path: "config/policy.yaml", status: "added" }], "config").governance).toEqual([
      "config/policy.yaml",
    ]);
  });

  it("rejects a pull request that adds a request and edits the policy", () => {
    expect(
      codes([
        { path: "requests/prod-db/octocat-x.yaml", status: "added" },
        { path: "policies/people.yaml", status: "modified" },
      ]),
    ).toEqual(["governance-with-requests"]);
  });

  it("rejects editing, deleting or moving a merged request", () => {
    expect(codes([{ path: "requests/prod-db/octocat-x.yaml", status: "modified" }])).toEqual([
      "merged-request-changed",
    ]);
    expect(codes([{ path: "requests/prod-db/octocat-x.yaml", status: "removed" }])).toEqual([
      "merged-request-changed",
    ]);
    const moved = classify([
      {
        path: "requests/sandbox/octocat-x.yaml",
        status: "renamed",
        previousPath: "requests/prod-db/octocat-x.yaml",
      },
    ]);
    expect(moved.problems.map((p) => [p.code, p.path])).toEqual([
      ["merged-request-changed", "requests/prod-db/octocat-x.yaml"],
    ]);
  });

  it("rejects a request under a case-changed folder", () => {
    expect(codes([{ path: "Requests/Prod/octocat-x.yaml", status: "added" }])).toEqual(["request-path-case"]);
    expect(codes([{ path: "requests/Prod-DB/octocat-x.yaml", status: "added" }])).toEqual([
      "request-folder-case",
    ]);
  });

  it("rejects a request that comes with other changes", () => {
    expect(
      codes([
        { path: "requests/prod-db/octocat-x.yaml", status: "added" },
        { path: "README.md", status: "modified" },
      ]),
    ).toEqual(["requests-with-other-changes"]);
  });

  it("has nothing to judge in a pull request that touches neither requests nor governance", () => {
    expect(classify([{ path: "README.md", status: "modified" }])).toEqual({
      requests: [],
      revokes: [],
      governance: [],
      other: ["README.md"],
      problems: [],
    });
  });

  describe("revoke files", () => {
    const REVOKE = "revokes/gj-0123456789abcdef0123.yaml";

    it("takes an added file under revokes/ as a revoke, not as governance or other", () => {
      expect(classify([{ path: REVOKE, status: "added" }])).toEqual({
        requests: [],
        revokes: [REVOKE],
        governance: [],
        other: [],
        problems: [],
      });
    });

    it("refuses a revoke that carries anything else: another file, a request, or governance", () => {
      expect(
        codes([
          { path: REVOKE, status: "added" },
          { path: "README.md", status: "modified" },
        ]),
      ).toEqual(["requests-with-other-changes"]);
      expect(
        codes([
          { path: REVOKE, status: "added" },
          { path: "requests/prod-db/octocat-x.yaml", status: "added" },
        ]),
      ).toEqual(["revokes-with-requests"]);
      expect(
        codes([
          { path: REVOKE, status: "added" },
          { path: "policies/profiles.yaml", status: "modified" },
        ]),
      ).toEqual(["governance-with-requests"]);
    });

    it("keeps a merged revoke immutable: editing, deleting or moving it is refused", () => {
      for (const status of ["modified", "removed"])
        expect(codes([{ path: REVOKE, status }])).toEqual(["merged-request-changed"]);
      expect(codes([{ path: "revokes/elsewhere.yaml", previousPath: REVOKE, status: "renamed" }])).toContain(
        "merged-request-changed",
      );
    });

    it("refuses a revokes folder spelt in another case", () => {
      expect(codes([{ path: "Revokes/gj-0123456789abcdef0123.yaml", status: "added" }])).toEqual([
        "revoke-path-case",
      ]);
    });
  });

  describe("paths with control characters", () => {
    const CONTROLS = [
      "\n",
      "\r",
      "\r\n",
      "\t",
      "\u0000",
      "\u001f",
      "\u007f",
      "\u0085",
      "\u009f",
      "\u2028",
      "\u2029",
    ];
    const noControl = /[\p{Cc}\u2028\u2029]/u;

    it("refuses a request or revoke whose path holds a control character, and does not judge it", () => {
      for (const c of CONTROLS)
        for (const path of [
          `requests/prod-db/octocat-x${c}::warning::y.yaml`,
          `requests/prod-db${c}/octocat-x.yaml`,
          `revokes/gj-0123456789abcdef0123${c}.yaml`,
          `Requests/prod-db/octocat-x${c}.yaml`,
        ]) {
          const classified = classify([{ path, status: "added" }]);
          expect(
            classified.problems.map((p) => [p.code, p.path]),
            JSON.stringify(path),
          ).toEqual([["path-control-character", path]]);
          expect(classified.requests).toEqual([]);
          expect(classified.revokes).toEqual([]);
          expect(classified.problems[0]?.message).not.toMatch(noControl);
          expect(classified.problems[0]?.message).toContain(showControlCharacters(path));
        }
    });

    it("refuses it beside a valid request, which is still judged", () => {
      const c = classify([
        { path: "requests/prod-db/octocat-x.yaml", status: "added" },
        { path: "requests/prod-db/octocat-y\n##[error]z.yaml", status: "added" },
      ]);
      expect(c.requests).toEqual(["requests/prod-db/octocat-x.yaml"]);
      expect(c.problems.map((p) => p.code)).toEqual(["path-control-character"]);
      expect(c.problems[0]?.message).toContain('"requests/prod-db/octocat-y\\n##[error]z.yaml"');
    });

    it("refuses it when a rename or an edit puts it there", () => {
      expect(
        codes([{ path: "requests/prod-db/octocat-x\r.yaml", previousPath: "docs/x.md", status: "renamed" }]),
      ).toEqual(["path-control-character"]);
      expect(codes([{ path: "revokes/gj-0123456789abcdef0123\t.yaml", status: "modified" }])).toEqual([
        "path-control-character",
      ]);
    });

    it("never quotes a control character raw in any message, whatever the paths", () => {
      const files: ChangedFile[] = [
        { path: "requests/prod-db/octocat-x.yaml", status: "added" },
        { path: "docs/a\nb.md", status: "modified" },
        { path: "policies/p\r.yaml", status: "modified" },
        {
          path: "requests/sandbox/octocat-z.yaml",
          previousPath: "requests/prod-db/octocat-\u2028.yaml",
          status: "renamed",
        },
        { path: "Revokes/gj\u0085.yaml", status: "added" },
        { path: "requests/Prod-DB/octocat-q.yaml", status: "added" },
      ];
      const problems = classify(files).problems;
      expect(problems.map((p) => p.code)).toEqual([
        "merged-request-changed",
        "path-control-character",
        "request-folder-case",
        "governance-with-requests",
        "requests-with-other-changes",
      ]);
      for (const p of problems) expect(p.message, p.code).not.toMatch(noControl);
      expect(problems.find((p) => p.code === "requests-with-other-changes")?.message).toContain(
        '"docs/a\\nb.md"',
      );
      expect(problems.find((p) => p.code === "governance-with-requests")?.message).toContain(
        '"policies/p\\r.yaml"',
      );
      expect(problems[0]?.message).toContain('"requests/prod-db/octocat-\\u2028.yaml"');
    });
  });
});
