import { execFileSync, spawnSync } from "node:child_process";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/cli.js";
import { PROJECT_ROOT, tempRepo } from "./support/repo.js";

const NOW = ["--now", "2026-11-21T10:00:00Z"];
const REQUEST = `profile: prod-db-read
requester: octocat
duration: 2h
justification: Investigate failed payouts reported in INC-4821
ticket: INC-4821
`;
const PATH = "requests/prod-db-read/octocat-payouts.yaml";

describe("gitjit validate", () => {
  it("passes the shipped examples", async () => {
    const run = await runCli(["validate", ...NOW], { cwd: PROJECT_ROOT });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/5 files checked against the policy from the work tree: 0 invalid, 0 errors/);
    expect(run.code).toBe(0);
  });

  it("prints compiler-style errors and exits 1", async () => {
    const repo = tempRepo();
    repo.write(PATH, REQUEST.replace("2h", "8h"));
    const run = await runCli(["validate", "--author", "octocat", ...NOW], { cwd: repo.root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${PATH}:3:11 error duration-over-max: 8h exceeds the profile's maximum of 4h`,
    );
  });

  it("prints the documented JSON", async () => {
    const repo = tempRepo();
    repo.write(PATH, REQUEST.replace("requester: octocat", "requester: hubot"));
    const run = await runCli(["validate", "--author", "octocat", "--format", "json", ...NOW], {
      cwd: repo.root,
    });
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.files).toEqual([
      {
        path: PATH,
        valid: false,
        errors: expect.arrayContaining([
          {
            line: 2,
            column: 12,
            code: "requester-not-author",
            message: 'requester "hubot" is not the pull request\'s author "octocat"',
          },
        ]),
        warnings: [],
      },
    ]);
  });

  it("includes what a valid request grants in the JSON", async () => {
    const repo = tempRepo();
    repo.write(PATH, REQUEST);
    const run = await runCli(["validate", PATH, "--author", "octocat", "--format", "json", ...NOW], {
      cwd: repo.root,
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files[0]).toMatchObject({
      valid: true,
      errors: [],
      request: { principal: "octocat", provider: "postgres", expiresAt: "2026-11-21T12:00:00.000Z" },
    });
  });

  // Every bad input of the issue, through the whole command: exit 1, a place and a code, in text and JSON.
  const BAD: [string, string | Uint8Array, string][] = [
    ["duplicate keys", `${REQUEST}duration: 1h\n`, "duplicate-key"],
    ["an alias bomb", `${REQUEST}x: &a [1,1]\ny: [*a,*a]\n`, "yaml-anchor"],
    ["%YAML 1.1 with merge keys and yes", `%YAML 1.1\n---\n${REQUEST}<<: {x: yes}\n`, "yaml-directive"],
    ["!!js/function", `${REQUEST}x: !!js/function 'f'\n`, "yaml-tag"],
    ["a custom tag", `${REQUEST}x: !custom 1\n`, "yaml-tag"],
    ["__proto__", `${REQUEST}__proto__: {admin: true}\n`, "forbidden-key"],
    ["two documents", `${REQUEST}---\n${REQUEST}`, "multiple-documents"],
    ["10 000-deep nesting", `${REQUEST}x: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`, "too-deep"],
    ["a 5 MB file", `${REQUEST}x: "${"a".repeat(5 * 1024 * 1024)}"\n`, "file-too-large"],
    [
      "a binary file",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff]),
      "not-text",
    ],
    ["an empty file", "", "empty-file"],
    ["a list at the top", "- a\n- b\n", "not-a-mapping"],
    ["a scalar at the top", "octocat\n", "not-a-mapping"],
    ["an unknown field", `${REQUEST}principal: arn:aws:iam::123456789012:role/admin\n`, "unknown-field"],
    ["a wrong type", REQUEST.replace("duration: 2h", "duration: [2h]"), "wrong-type"],
    [".inf as duration", REQUEST.replace("duration: 2h", "duration: .inf"), "wrong-type"],
    ["NaN as duration", REQUEST.replace("duration: 2h", "duration: NaN"), "duration-invalid"],
    ["a negative duration", REQUEST.replace("duration: 2h", "duration: -2h"), "duration-not-positive"],
    ["a zero duration", REQUEST.replace("duration: 2h", "duration: 0m"), "duration-not-positive"],
    ["an absurdly large duration", REQUEST.replace("duration: 2h", "duration: 999999d"), "duration-over-max"],
    [
      "a request under another profile's folder",
      REQUEST.replace("prod-db-read", "aws-prod-s3-debug"),
      "wrong-folder",
    ],
    [
      "requester is not the author",
      REQUEST.replace("requester: octocat", "requester: hubot"),
      "requester-not-author",
    ],
    [
      "a ticket that fails the pattern",
      REQUEST.replace("ticket: INC-4821", "ticket: JIRA-99"),
      "ticket-invalid",
    ],
    [
      "a Unicode look-alike login",
      REQUEST.replace("requester: octocat", "requester: осtocat"),
      "invalid-format",
    ],
    [
      "a login differing by case",
      REQUEST.replace("requester: octocat", "requester: OctoCat"),
      "requester-case-mismatch",
    ],
  ];

  it.each(BAD)(
    "rejects %s with file:line:column and a code, in text and JSON",
    async (_name, content, code) => {
      const repo = tempRepo();
      repo.write(PATH, content);
      const text = await runCli(["validate", PATH, "--author", "octocat", ...NOW], { cwd: repo.root });
      expect(text.code).toBe(1);
      expect(text.stderr).toBe("");
      expect(text.stdout).toMatch(
        new RegExp(`^${PATH.replace(/[.]/g, "\\.")}:\\d+:\\d+ error ${code}: `, "m"),
      );
      const json = await runCli(["validate", PATH, "--author", "octocat", "--format", "json", ...NOW], {
        cwd: repo.root,
      });
      expect(json.code).toBe(1);
      const [file] = JSON.parse(json.stdout).files;
      expect(file.valid).toBe(false);
      expect(file.errors).toContainEqual(
        expect.objectContaining({ code, line: expect.any(Number), column: expect.any(Number) }),
      );
    },
  );

  it("rejects a start in the past", async () => {
    const repo = tempRepo();
    const path = "requests/aws-prod-s3-debug/hubot-x.yaml";
    repo.write(
      path,
      "profile: aws-prod-s3-debug\nrequester: hubot\njustification: Check the upload bucket\nstart: 2026-11-20T10:00:00Z\n",
    );
    const run = await runCli(["validate", "--author", "hubot", ...NOW], { cwd: repo.root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${path}:4:8 error start-in-past:`);
  });

  it("rejects a requester with no identity for the provider, and an ineligible requester", async () => {
    const repo = tempRepo();
    repo.write(
      "requests/aws-prod-s3-debug/monalisa-x.yaml",
      "profile: aws-prod-s3-debug\nrequester: monalisa\njustification: Check the upload bucket\n",
    );
    repo.write(
      "requests/azure-prod-reader/mona-vendor-x.yaml",
      "profile: azure-prod-reader\nrequester: mona-vendor\njustification: Check the quota usage\n",
    );
    const run = await runCli(["validate", ...NOW], { cwd: repo.root });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/monalisa-x\.yaml:2:12 error no-identity:/);
    expect(run.stdout).toMatch(/mona-vendor-x\.yaml:2:12 warning eligibility-unverified:/);
    expect(run.stdout).toMatch(/mona-vendor-x\.yaml:2:12 error no-identity:/);
  });

  it("reports an invalid policy against the policy file and refuses to judge requests with it", async () => {
    const repo = tempRepo();
    repo.write("policies/zz-extra.yaml", "groups:\n  sre: { members: [someone] }\n");
    repo.write(PATH, REQUEST);
    const run = await runCli(["validate", "--format", "json", ...NOW], { cwd: repo.root });
    expect(run.code).toBe(1);
    const files = JSON.parse(run.stdout).files;
    expect(files[0]).toMatchObject({
      path: "policies/zz-extra.yaml",
      valid: false,
      errors: [expect.objectContaining({ code: "duplicate-name", line: 2, column: 3 })],
    });
    expect(files.find((f: { path: string }) => f.path === PATH).errors[0].code).toBe("policy-invalid");
  });

  it("refuses a request file that is a symlink", async () => {
    const repo = tempRepo();
    repo.write("outside.yaml", REQUEST);
    repo.write("requests/prod-db-read/.keep", "");
    symlinkSync(join(repo.root, "outside.yaml"), join(repo.root, PATH));
    const run = await runCli(["validate", ...NOW], { cwd: repo.root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${PATH}:1:1 error not-a-regular-file`);
  });

  describe("paths with control characters", () => {
    const NAMED = "requests/prod-db-read/octocat-x\n::warning::y.yaml";
    const SHOWN = '"requests/prod-db-read/octocat-x\\n::warning::y.yaml"';

    it("refuses a request path with a line break, printed escaped with its line, column and code", async () => {
      const repo = tempRepo();
      repo.write(NAMED, REQUEST);
      repo.write("revokes/gj-0123456789abcdef0123\r.yaml", "requester: octocat\nreason: done\n");
      for (const args of [[], [NAMED]]) {
        const run = await runCli(["validate", ...args, "--author", "octocat", ...NOW], { cwd: repo.root });
        expect(run.code, run.stdout).toBe(1);
        expect(run.stdout).toContain(
          `${SHOWN}:1:1 error path-control-character: the path ${SHOWN} holds a control character`,
        );
        // No line of the output starts anywhere but where gitjit starts one.
        expect(run.stdout.split("\n").filter((l) => l.startsWith("::"))).toEqual([]);
        expect(run.stdout).not.toMatch(/[\r\u2028\u2029]/);
      }
      const all = await runCli(["validate", "--author", "octocat", ...NOW], { cwd: repo.root });
      expect(all.stdout).toContain(
        '"revokes/gj-0123456789abcdef0123\\r.yaml":1:1 error path-control-character',
      );
    });

    it("refuses it whatever the file holds, and keeps the exact path in the JSON", async () => {
      const repo = tempRepo();
      repo.write(NAMED, "");
      const run = await runCli(["validate", "--format", "json", ...NOW], { cwd: repo.root });
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout).files).toEqual([
        {
          path: NAMED,
          valid: false,
          errors: [
            { line: 1, column: 1, code: "path-control-character", message: expect.stringContaining(SHOWN) },
          ],
          warnings: [],
        },
      ]);
    });

    it("names a missing file with a control character escaped", async () => {
      const run = await runCli(["validate", "requests/prod-db-read/octocat-\tx.yaml", ...NOW], {
        cwd: tempRepo().root,
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('"requests/prod-db-read/octocat-\\tx.yaml": no such file');
      expect(run.stderr).not.toContain("\t");
    });
  });

  describe("--base: the policy comes from the base commit (trust rule 1)", () => {
    it("judges with the base policy even when the work tree loosens it", async () => {
      const repo = tempRepo({ git: true });
      const base = repo.git("rev-parse", "HEAD").trim();
      // The pull request raises its own maximum and adds the request that needs it.
      repo.write(
        "policies/profiles.yaml",
        repo
          .git("show", "HEAD:policies/profiles.yaml")
          .replace("{ default: 1h, max: 4h }", "{ default: 1h, max: 48h }"),
      );
      repo.write(PATH, REQUEST.replace("2h", "24h"));
      const loose = await runCli(["validate", "--author", "octocat", ...NOW], { cwd: repo.root });
      expect(loose.code).toBe(0);
      const judged = await runCli(["validate", "--author", "octocat", "--base", base, ...NOW], {
        cwd: repo.root,
      });
      expect(judged.code).toBe(1);
      expect(judged.stdout).toContain("duration-over-max: 24h exceeds the profile's maximum of 4h");
      expect(judged.stdout).toContain(`policy from commit ${base.slice(0, 12)}`);
    });

    it("reads the base policy even when the work tree deletes it", async () => {
      const repo = tempRepo({ git: true });
      repo.git("rm", "-rq", "policies");
      repo.write(PATH, REQUEST);
      expect((await runCli(["validate", "--base", "main", ...NOW], { cwd: repo.root })).code).toBe(0);
      expect((await runCli(["validate", ...NOW], { cwd: repo.root })).code).toBe(2);
    });

    it("treats an unknown ref or an option-like ref as a configuration error", async () => {
      const repo = tempRepo({ git: true });
      for (const ref of ["no-such-branch", "--output=/tmp/x", "HEAD;rm -rf /"]) {
        const run = await runCli(["validate", `--base=${ref}`, ...NOW], { cwd: repo.root });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("no such commit");
      }
    });
  });

  describe("usage errors exit 2 and say what is wrong", () => {
    it.each([
      [["--format", "xml"], "--format xml: expected text or json"],
      [["--now", "yesterday"], "--now yesterday: expected an ISO 8601 time"],
      [["--author", "not a login"], '--author "not a login": not a GitHub login'],
      [["--frobnicate"], "Unknown option '--frobnicate'"],
      [["../outside.yaml"], "not inside the repository"],
      [["requests/nope.yaml"], "requests/nope.yaml: no such file"],
    ])("%j", async (args, message) => {
      const run = await runCli(["validate", ...args], { cwd: PROJECT_ROOT });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });

    it("a missing policy folder", async () => {
      const repo = tempRepo();
      const run = await runCli(["validate", "--policy", "nowhere"], { cwd: repo.root });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("no policy files in nowhere/");
    });
  });

  it("has --help", async () => {
    const run = await runCli(["validate", "--help"], { cwd: PROJECT_ROOT });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: gitjit validate");
  });
});

describe("the gitjit binary", () => {
  const bin = join(PROJECT_ROOT, "bin", "gitjit.js");

  it("validates the shipped examples and exits 0", () => {
    const out = execFileSync(process.execPath, [bin, "validate", ...NOW], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    });
    expect(out).toContain("0 invalid");
  });

  it("exits 1 on a bad file and 2 on bad usage, without a stack trace", () => {
    const repo = tempRepo();
    repo.write(PATH, `${REQUEST}__proto__: {}\n`);
    const bad = spawnSync(process.execPath, [bin, "validate", ...NOW], { cwd: repo.root, encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("error forbidden-key");
    const usage = spawnSync(process.execPath, [bin, "validate", "--now", "x"], {
      cwd: repo.root,
      encoding: "utf8",
    });
    expect(usage.status).toBe(2);
    expect(`${usage.stdout}${usage.stderr}`).not.toMatch(/\n\s+at /);
    const unknown = spawnSync(process.execPath, [bin, "frobnicate"], { cwd: repo.root, encoding: "utf8" });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });
});

describe("unexpected failures", () => {
  it.each([
    ["an Error", new Error("disk on fire")],
    ["a thrown string", "disk on fire"],
  ])("an internal error (%s) says so plainly, without a stack trace, and exits 2", async (_name, thrown) => {
    const { main } = await import("../src/cli/main.js");
    const err: string[] = [];
    const code = await main(["validate", "--now", "2026-11-21T10:00:00Z"], {
      stdout: () => {
        throw thrown;
      },
      stderr: (t) => err.push(t),
      cwd: PROJECT_ROOT,
      env: {},
    });
    expect(code).toBe(2);
    expect(err.join("\n")).toContain("internal error: disk on fire");
    expect(err.join("\n")).toContain("This is a bug in gitjit");
    expect(err.join("\n")).not.toMatch(/\n\s+at /);
  });

  it("treats a requests path that is a file as holding no requests", async () => {
    const repo = tempRepo();
    repo.write("requests", "not a folder");
    const run = await runCli(["validate", "--now", "2026-11-21T10:00:00Z"], { cwd: repo.root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("0 files checked");
  });
});
