import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compilePolicy } from "../src/core/policy/policy.js";
import { POLICY_YAML } from "./support/policy.js";
import { PROJECT_ROOT } from "./support/repo.js";

const compile = (...files: [string, string][]) =>
  compilePolicy(files.map(([path, content]) => ({ path, content })));
const codes = (r: ReturnType<typeof compile>) => r.errors.map((e) => e.code);

const PEOPLE = `
admins: { groups: [admins], count: 1 }
groups:
  admins: { members: [carol, dan] }
  eng: { members: [alice, bob] }
  leads: { members: [dave] }
`;
const profile = (body: string) => `profiles:\n  p:\n${body.replace(/^/gm, "    ")}\n`;
const BASE_PROFILE = `eligible: [eng]
grant: { provider: postgres, connection: DB_URL, role: readonly }
duration: { default: 1h, max: 4h }
approval: { steps: [{ groups: [leads], count: 1 }] }`;

describe("checking the policy itself", () => {
  it("accepts the shipped example policy", () => {
    const dir = join(PROJECT_ROOT, "policies");
    const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
    const result = compile(
      ...files.map((f): [string, string] => [`policies/${f}`, readFileSync(join(dir, f), "utf8")]),
    );
    expect(result.errors).toEqual([]);
    expect(result.policy.profiles.size).toBeGreaterThanOrEqual(5);
    const providers = new Set([...result.policy.profiles.values()].map((p) => p.grant.provider));
    for (const provider of ["aws-iam", "gcp-iam", "azure-pim", "github-team", "postgres"])
      expect(providers).toContain(provider);
  });

  it("accepts the test fixture policy", () => {
    expect(compile(["policies/policy.yaml", POLICY_YAML]).errors).toEqual([]);
  });

  it("reports a group referenced but never defined, at its place in the file", () => {
    const result = compile([
      "policies/a.yaml",
      PEOPLE + profile(BASE_PROFILE.replace("eligible: [eng]", "eligible: [eng, ghosts]")),
    ]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        file: "policies/a.yaml",
        code: "unknown-group",
        line: 9,
        column: 21,
        message: 'group "ghosts" is not defined in groups',
      }),
    ]);
  });

  it("reports a name defined in two files, naming the first definition", () => {
    const result = compile(
      ["policies/a.yaml", PEOPLE + profile(BASE_PROFILE)],
      ["policies/b.yaml", profile(BASE_PROFILE)],
    );
    expect(result.errors).toEqual([
      expect.objectContaining({ file: "policies/b.yaml", code: "duplicate-name", line: 2, column: 3 }),
    ]);
    expect(result.errors[0]?.message).toContain("policies/a.yaml:8");
  });

  it("treats identities that differ only by case as one person defined twice", () => {
    const result = compile([
      "policies/a.yaml",
      `${PEOPLE}identities:\n  alice: { postgres: alice }\n  Alice: { postgres: mallory }\n`,
    ]);
    expect(codes(result)).toEqual(["duplicate-name"]);
  });

  it("reports the same login listed twice in a group under different cases", () => {
    expect(codes(compile(["policies/a.yaml", PEOPLE.replace("[alice, bob]", "[alice, ALICE]")]))).toEqual([
      "duplicate-member",
    ]);
  });

  it("reports a profile nobody can approve", () => {
    const result = compile([
      "policies/a.yaml",
      PEOPLE + profile(BASE_PROFILE.replace("count: 1", "count: 2")),
    ]);
    expect(codes(result)).toEqual(["unapprovable"]);
    expect(result.errors[0]?.message).toContain("needs 2 approvers but its groups hold 1");
  });

  it("reports steps that need more different people than their groups hold together", () => {
    const steps = "approval: { steps: [{ groups: [leads], count: 1 }, { groups: [leads], count: 1 }] }";
    const result = compile([
      "policies/a.yaml",
      PEOPLE + profile(BASE_PROFILE.replace(/approval:.*$/m, steps)),
    ]);
    expect(codes(result)).toEqual(["unapprovable"]);
  });

  it("does not guess how many people a GitHub team holds", () => {
    const withTeam = PEOPLE.replace("leads: { members: [dave] }", 'leads: { teams: ["@acme/leads"] }');
    expect(
      compile(["policies/a.yaml", withTeam + profile(BASE_PROFILE.replace("count: 1", "count: 3"))]).errors,
    ).toEqual([]);
  });

  it("requires either approval steps or an explicit auto-approval", () => {
    const none = BASE_PROFILE.replace(/approval:.*$/m, "approval: { steps: [] }");
    expect(codes(compile(["policies/a.yaml", PEOPLE + profile(none)]))).toEqual(["no-approval-rule"]);
    const auto = BASE_PROFILE.replace(/approval:.*$/m, "approval: { steps: [], autoApprove: {} }");
    expect(compile(["policies/a.yaml", PEOPLE + profile(auto)]).errors).toEqual([]);
  });

  it.each([
    ["a default over the maximum", "duration: { default: 5h, max: 4h }", "default-over-max"],
    ["an unreadable maximum", "duration: { default: 1h, max: forever }", "duration-invalid"],
    ["a zero maximum", "duration: { default: 1h, max: 0h }", "duration-not-positive"],
    ["a maximum over a year", "duration: { default: 1h, max: 400d }", "duration-over-limit"],
  ])("reports %s", (_name, line, code) => {
    const result = compile([
      "policies/a.yaml",
      PEOPLE + profile(BASE_PROFILE.replace(/duration:.*$/m, line)),
    ]);
    expect(codes(result)).toContain(code);
  });

  it("reports a ticket pattern that is not a regular expression", () => {
    const result = compile([
      "policies/a.yaml",
      PEOPLE + profile(`${BASE_PROFILE}\nticket: { required: true, pattern: "INC-[0-9" }`),
    ]);
    expect(codes(result)).toEqual(["invalid-pattern"]);
  });

  it("refuses GCP basic roles, which IAM conditions cannot make expire", () => {
    const gcp = BASE_PROFILE.replace(
      /grant:.*$/m,
      "grant: { provider: gcp-iam, resource: projects/acme-prod, role: roles/owner }",
    );
    expect(codes(compile(["policies/a.yaml", PEOPLE + profile(gcp)]))).toEqual(["gcp-basic-role"]);
  });

  it("requires admins, who approve governance changes", () => {
    expect(codes(compile(["policies/a.yaml", PEOPLE.replace(/^admins:.*$/m, "")]))).toEqual([
      "admins-missing",
    ]);
  });

  it("reports schema problems in policy files with file, line and column", () => {
    const bad =
      PEOPLE +
      profile(
        BASE_PROFILE.replace("provider: postgres", "provider: oracle").replace("approval:", "aproval:"),
      );
    const result = compile(["policies/a.yaml", bad]);
    expect(result.errors.every((e) => e.file === "policies/a.yaml" && e.line > 1)).toBe(true);
    expect(codes(result)).toEqual(
      expect.arrayContaining(["unknown-field", "missing-field", "invalid-value"]),
    );
    expect(result.errors.find((e) => e.code === "unknown-field")?.message).toContain(
      "did you mean `approval`",
    );
  });

  it("reports YAML problems in policy files", () => {
    const result = compile(["policies/a.yaml", `${PEOPLE}groups:\n  x: { members: [y] }\n`]);
    expect(result.errors[0]).toMatchObject({ file: "policies/a.yaml", code: "duplicate-key" });
  });

  it("reports an empty group", () => {
    expect(
      codes(compile(["policies/a.yaml", PEOPLE.replace("leads: { members: [dave] }", "leads: {}")])),
    ).toContain("empty-group");
  });
});
