/**
 * A requirement met by any one of several approval rules (revoking someone else's grant: the
 * profile's approvers, or the admins). Each alternative is judged by the same engine; the first
 * one met decides. Pure.
 */
import { type ApprovalContext, type ApprovalRule, type ApprovalVerdict, evaluateApproval } from "./engine.js";

export interface Alternative {
  /** Who this rule is, for the people reviewing: "the profile's approvers", "the admins". */
  label: string;
  rule: ApprovalRule;
  verdict?: ApprovalVerdict;
}

/** Judges every alternative (filling in its verdict) and returns the combined verdict. */
export function evaluateAnyOf(alternatives: Alternative[], context: ApprovalContext): ApprovalVerdict {
  for (const alternative of alternatives) alternative.verdict = evaluateApproval(alternative.rule, context);
  const met = alternatives.find((a) => a.verdict?.satisfied);
  if (met?.verdict) return met.verdict;
  if (alternatives.length === 0)
    return {
      satisfied: false,
      auto: false,
      steps: [],
      blockedBy: [],
      ignored: [],
      missing: [
        "the policy names nobody who may approve this (no approval steps in the profile, and no admins)",
      ],
    };
  const verdicts = alternatives.map((a) => a.verdict as ApprovalVerdict);
  return {
    satisfied: false,
    auto: false,
    steps: verdicts[0]?.steps ?? [],
    blockedBy: [...new Set(verdicts.flatMap((v) => v.blockedBy))],
    // A review is ignored only when no alternative counted it.
    ignored: (verdicts[0]?.ignored ?? []).filter((i) =>
      verdicts.every((v) => v.ignored.some((j) => j.login === i.login)),
    ),
    missing: alternatives.map(
      (a, i) => `${i === 0 ? "either" : "or"} ${a.label}: ${(a.verdict?.missing ?? []).join("; ")}`,
    ),
  };
}
