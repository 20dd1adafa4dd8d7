/**
 * A pull request as the action reports it: the approvals report, plus what a governance change
 * does to its own files, folded into one verdict, one list of line-precise problems and one
 * status line. Pure.
 */
import type { Diagnostic, FileDiagnostic } from "../diagnostics.js";
import type { PlannedGrant } from "../plan/plan.js";
import type { PolicyImpact } from "../policy/impact.js";
import type { ApprovalReport } from "./report.js";

export interface PullRequestCheck {
  report: ApprovalReport;
  /** Untrusted: as the author wrote them. */
  title: string;
  headRef: string;
  baseRef: string;
  /** Problems a governance change brings into its own files (the policy and CODEOWNERS at the head). */
  governanceErrors: FileDiagnostic[];
  /** Every request (or the governance change) is valid, and nothing in the change is refused. */
  valid: boolean;
  /** Valid, and the policy's approval rule is met. */
  approved: boolean;
  verdict: "approved" | "waiting" | "invalid" | "nothing";
  /** One line for the gitjit/approval status. */
  status: string;
  /** Each valid request's grant and the exact calls apply would make, by request path. */
  plans: Record<string, PlannedGrant>;
  /** A governance change whose policy loads at the head: what it changes, from the base policy to the head's. */
  impact?: PolicyImpact;
}

/** A problem to show and annotate: with its file and place when it has them. */
export interface Problem {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  severity: "error" | "warning";
}

export function checkPullRequest(
  report: ApprovalReport,
  pull: { title: string; headRef: string; baseRef: string },
  governanceErrors: FileDiagnostic[] = [],
  plans: Record<string, PlannedGrant> = {},
  impact?: PolicyImpact,
): PullRequestCheck {
  const invalid =
    report.problems.length > 0 ||
    governanceErrors.length > 0 ||
    report.subjects.some((s) => s.errors.length > 0 || (s.kind === "request" && !s.request));
  const approved = !invalid && report.satisfied;
  const verdict = invalid
    ? "invalid"
    : report.subjects.length === 0
      ? "nothing"
      : approved
        ? "approved"
        : "waiting";
  const [governanceError] = governanceErrors;
  const status =
    governanceError && report.problems.length === 0
      ? `Invalid governance change: ${governanceError.file} ${governanceError.code}${governanceErrors.length > 1 ? ` (+${governanceErrors.length - 1} more)` : ""}`
      : report.summary;
  return {
    report,
    ...pull,
    governanceErrors,
    valid: !invalid,
    approved,
    verdict,
    status,
    plans,
    ...(impact ? { impact } : {}),
  };
}

const place = (file: string, d: Diagnostic, severity: Problem["severity"]): Problem => ({
  code: d.code,
  message: d.message,
  file,
  line: d.line,
  column: d.column,
  severity,
});

/** Every problem of the check, errors first, each where it is. */
export function problemsOf(check: PullRequestCheck): Problem[] {
  const { report } = check;
  const errors: Problem[] = [
    ...report.problems.map(
      (p): Problem => ({
        code: p.code,
        message: p.message,
        ...(p.path !== undefined ? { file: p.path } : {}),
        severity: "error",
      }),
    ),
    ...check.governanceErrors.map((d) => place(d.file, d, "error")),
    ...report.subjects.flatMap((s) => s.errors.map((d) => place(s.subject, d, "error"))),
  ];
  const warnings: Problem[] = [
    ...report.subjects.flatMap((s) => (s.warnings ?? []).map((d) => place(s.subject, d, "warning"))),
    ...report.warnings.map((message): Problem => ({ code: "warning", message, severity: "warning" })),
  ];
  return [...errors, ...warnings];
}
