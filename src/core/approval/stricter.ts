/**
 * A pull request judged by two policies — its base's, and the default branch's (as it was when
 * the pull request merged, or as it is now) — stands only where both allow it (trust rule 1: a
 * stale base never outvotes a tightened policy). Pure.
 */
import { canonicalJson } from "../ledger/canonical.js";
import type { RequestSummary } from "../request/evaluate.js";
import type { ApprovalVerdict } from "./engine.js";
import type { ApprovalReport, ApprovalSubject } from "./report.js";

/**
 * `governing` is the report under the default branch's policy; `base` under the pull request's
 * base. The result is the governing report, with every problem, error and unmet approval of either.
 */
export function stricterOf(governing: ApprovalReport, base: ApprovalReport, label: string): ApprovalReport {
  const problems = unique([...governing.problems, ...base.problems], (p) => `${p.code}\0${p.message}`);
  const subjects: ApprovalSubject[] = governing.subjects.map((s) => {
    const b = base.subjects.find((x) => x.kind === s.kind && x.subject === s.subject);
    if (!b) return s;
    const errors = unique([...s.errors, ...b.errors], (e) => `${e.code}\0${e.line}:${e.column}`);
    const changed = s.request && b.request ? grantDifference(b.request, s.request) : [];
    if (changed.length > 0)
      errors.push({
        code: "policy-changed-since-review",
        message: `${label} would grant this differently from the pull request's base, whose grant was reviewed (${changed.join("; ")}); open a new pull request from the default branch`,
        line: 1,
        column: 1,
      });
    const verdict = stricterVerdict(s.verdict, b.verdict);
    return { ...s, errors, ...(verdict ? { verdict } : {}) };
  });
  for (const b of base.subjects)
    if (!subjects.some((s) => s.kind === b.kind && s.subject === b.subject)) subjects.push(b);
  return {
    ...governing,
    baseSha: base.baseSha,
    problems,
    subjects,
    warnings: [...new Set([...governing.warnings, ...base.warnings])],
    judgedAlsoBy: label,
  };
}

function stricterVerdict(
  governing: ApprovalVerdict | undefined,
  base: ApprovalVerdict | undefined,
): ApprovalVerdict | undefined {
  if (!governing || !base) return governing ?? base;
  const fromBase = base.missing.map((m) => `by the pull request's base policy: ${m}`);
  if (governing.satisfied && base.satisfied) return { ...governing, auto: governing.auto && base.auto };
  if (governing.satisfied) return { ...base, missing: fromBase };
  if (base.satisfied) return governing;
  return {
    ...governing,
    blockedBy: [...new Set([...governing.blockedBy, ...base.blockedBy])],
    missing: [...new Set([...governing.missing, ...fromBase])],
  };
}

/** What would be granted differently: the approvers reviewed the base's grant. */
function grantDifference(base: RequestSummary, governing: RequestSummary): string[] {
  const out: string[] = [];
  if (base.principal !== governing.principal)
    out.push(`principal ${governing.principal}, not ${base.principal}`);
  if (base.provider !== governing.provider || canonicalJson(base.grant) !== canonicalJson(governing.grant))
    out.push("a different grant");
  if (base.startsAt !== governing.startsAt || base.expiresAt !== governing.expiresAt)
    out.push(
      `from ${governing.startsAt} to ${governing.expiresAt}, not ${base.startsAt} to ${base.expiresAt}`,
    );
  return out;
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The status line: the first thing that stands in the way, or what is approved. */
export function summarizeReport(
  report: ApprovalReport,
  invalid: readonly ApprovalSubject[],
  waiting: readonly ApprovalSubject[],
): string {
  const [problem] = report.problems;
  if (problem)
    return `Rejected: ${problem.code}${report.problems.length > 1 ? ` (+${report.problems.length - 1} more)` : ""}`;
  const [bad] = invalid;
  if (bad) return `Invalid request ${bad.subject}: ${bad.errors.map((e) => e.code).join(", ")}`;
  const [first] = waiting;
  if (first) {
    const missing = first.verdict?.missing ?? [];
    const more = waiting.reduce((n, s) => n + (s.verdict?.missing.length ?? 0), 0) - 1;
    return `Waiting: ${missing[0] ?? "approval"}${more > 0 ? ` (+${more} more)` : ""}`;
  }
  if (report.subjects.length === 0)
    return "Nothing for gitjit to approve: no requests, revokes or governance files";
  if (report.subjects.every((s) => s.verdict?.auto)) return "Auto-approved by the policy";
  return `Approved: ${report.subjects.map((s) => s.subject).join(", ")}`;
}
