import { describe, expect, it } from "vitest";
import type { ApprovalVerdict } from "../../src/core/approval/engine.js";
import type { ApprovalReport, ApprovalSubject } from "../../src/core/approval/report.js";
import { stricterOf } from "../../src/core/approval/stricter.js";
import type { RequestSummary } from "../../src/core/request/evaluate.js";

const verdict = (satisfied: boolean, missing: string[] = []): ApprovalVerdict => ({
  satisfied,
  auto: false,
  steps: [],
  blockedBy: [],
  ignored: [],
  missing,
});
const summary: RequestSummary = {
  profile: "prod-db",
  requester: "octocat",
  provider: "postgres",
  grant: { provider: "postgres", connection: "DB_URL", role: "readonly" },
  principal: "octocat",
  startsAt: "2026-12-01T09:00:00Z",
  expiresAt: "2026-12-01T10:00:00Z",
  duration: "1h",
  scheduled: false,
  justification: "Investigate the failed payouts of INC-4821",
  approval: { auto: false, selfApproval: false, steps: [{ groups: ["leads"], count: 1 }] },
};
const subject = (overrides: Partial<ApprovalSubject> = {}): ApprovalSubject => ({
  subject: "requests/prod-db/octocat-x.yaml",
  kind: "request",
  errors: [],
  request: summary,
  verdict: verdict(true),
  ...overrides,
});
const report = (subjects: ApprovalSubject[], problems: ApprovalReport["problems"] = []): ApprovalReport => ({
  repository: "acme/access",
  pullRequest: 1,
  url: "",
  author: "octocat",
  headSha: "h",
  baseSha: "base",
  satisfied: true,
  summary: "",
  problems,
  subjects,
  files: [],
  warnings: [],
});

describe("judged by the base and by the default branch: the stricter stands", () => {
  it("keeps the base's unmet approval when the default branch's policy would pass it", () => {
    const combined = stricterOf(
      report([subject()]),
      report([subject({ verdict: verdict(false, ["step 1: 1 more approval"]) })]),
      "main",
    );
    expect(combined.subjects[0]?.verdict?.satisfied).toBe(false);
    expect(combined.subjects[0]?.verdict?.missing).toEqual([
      "by the pull request's base policy: step 1: 1 more approval",
    ]);
    expect(combined.judgedAlsoBy).toBe("main");
  });

  it("keeps the default branch's errors and problems when the base had none", () => {
    const error = { code: "not-eligible", message: "octocat is not eligible", line: 2, column: 12 };
    const combined = stricterOf(
      report([subject({ errors: [error], verdict: undefined })], [{ code: "policy-invalid", message: "x" }]),
      report([subject()]),
      "main",
    );
    expect(combined.subjects[0]?.errors).toEqual([error]);
    expect(combined.problems.map((p) => p.code)).toEqual(["policy-invalid"]);
    expect(combined.baseSha).toBe("base");
  });

  it("refuses a request the default branch would grant to another principal or for longer than was reviewed", () => {
    const remapped = stricterOf(
      report([subject({ request: { ...summary, principal: "hubot" } })]),
      report([subject()]),
      "main",
    );
    expect(remapped.subjects[0]?.errors.map((e) => e.code)).toEqual(["policy-changed-since-review"]);
    expect(remapped.subjects[0]?.errors[0]?.message).toContain("principal hubot, not octocat");
    const longer = stricterOf(
      report([subject({ request: { ...summary, expiresAt: "2026-12-01T13:00:00Z" } })]),
      report([subject()]),
      "main",
    );
    expect(longer.subjects[0]?.errors.map((e) => e.code)).toEqual(["policy-changed-since-review"]);
  });

  it("is not auto-approved unless both policies auto-approve it", () => {
    const auto = { ...verdict(true), auto: true };
    const combined = stricterOf(report([subject({ verdict: auto })]), report([subject()]), "main");
    expect(combined.subjects[0]?.verdict?.auto).toBe(false);
  });
});
