import { describe, expect, it } from "vitest";
import { generateSection, spliceSection } from "../../src/core/codeowners/generate.js";
import { compilePolicy } from "../../src/core/policy/policy.js";
import { POLICY_FILES } from "../support/policy-fixture.js";

const compiled = (extra: Record<string, string> = {}) =>
  compilePolicy(Object.entries({ ...POLICY_FILES, ...extra }).map(([path, content]) => ({ path, content })))
    .policy;

describe("the generated CODEOWNERS section", () => {
  it("warns when no approver of a profile can be written as an owner (GitHub Apps cannot own code)", () => {
    const policy = compiled({
      "policies/bots.yaml": `profiles:
  bots-only:
    eligible: [sre]
    grant: { provider: postgres, connection: DB_URL, role: readonly }
    duration: { default: 1h, max: 4h }
    approval:
      steps:
        - { groups: [robots], count: 1 }
`,
    });
    const section = generateSection(policy, "policies");
    expect(section.warnings.map((w) => w.code)).toEqual(["bot-not-owner", "no-owners"]);
    expect(section.lines).toContain("/requests/bots-only/");
  });

  it("is the same text for the same policy, whatever order the files come in", () => {
    const a = generateSection(compiled(), "policies").lines;
    const reversed = compilePolicy(
      Object.entries(POLICY_FILES)
        .reverse()
        .map(([path, content]) => ({ path, content })),
    ).policy;
    expect(generateSection(reversed, "policies").lines).toEqual(a);
  });

  it("owns a policy folder elsewhere when the policy lives elsewhere", () => {
    const lines = generateSection(compiled(), "config/access/").lines;
    expect(lines.some((l) => l.startsWith("/config/access/ "))).toBe(true);
  });

  it("keeps CRLF line ends of a file that uses them", () => {
    const spliced = spliceSection("* @acme/all\r\n", ["# gitjit:begin", "/x/ @a", "# gitjit:end"]);
    expect(spliced).toEqual({
      ok: true,
      text: "* @acme/all\r\n\r\n# gitjit:begin\r\n/x/ @a\r\n# gitjit:end\r\n",
      previous: undefined,
    });
  });
});
