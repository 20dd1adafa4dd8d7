/**
 * The sticky pull request comment (and the job summary): the verdict, each request's plan, the
 * approval tally with who is still needed, and every problem with its line. Pure; every piece
 * of untrusted text goes through ./markdown.ts.
 */

import type { Alternative } from "../approval/any-of.js";
import { type Problem, type PullRequestCheck, problemsOf } from "../approval/pull-request-check.js";
import type { ApprovalSubject } from "../approval/report.js";
import { expiryEnforcement } from "../grant.js";
import type { PlannedGrant } from "../plan/plan.js";
import type { RequestSummary } from "../request/evaluate.js";
import { code, fitComment, table, text } from "./markdown.js";
import { fence } from "./plan-output.js";
import { renderPolicyImpact } from "./policy-impact.js";

/** Starts the one comment gitjit keeps on a pull request; found again among its own comments. */
export const STICKY_MARKER = "<!-- gitjit:pull-request-report -->";

const HEADLINE: Record<PullRequestCheck["verdict"], string> = {
  approved: "✅ approved: granted when merged",
  waiting: "⏳ valid, waiting for approval",
  invalid: "❌ invalid: fix the problems below",
  nothing: "➖ nothing for gitjit to grant",
};

export const EXPIRY_WORDS = {
  native: "**native**: the platform itself ends it on time",
  sweep: "**sweep**: gitjit's scheduled sweep removes it (the platform cannot end it by itself)",
} as const;

export interface CommentContext {
  /** A link to the workflow run, when known. */
  runUrl?: string;
}

/**
 * How long each list of a policy change's impact may be, longest first, and how many characters
 * the impact may take: the comment leaves room for the rest (GitHub limits a comment to 65 536),
 * the job summary has more (1 MiB).
 */
const IMPACT_FIT = {
  comment: { limits: [50, 20, 10, 5], chars: 40_000 },
  summary: { limits: [500, 100, 50], chars: 500_000 },
};
type ImpactFit = (typeof IMPACT_FIT)[keyof typeof IMPACT_FIT];

export function renderPullRequestComment(check: PullRequestCheck, context: CommentContext = {}): string {
  return fitComment(
    [STICKY_MARKER, ...renderBody(check, context, IMPACT_FIT.comment)].join("\n"),
    "_The rest is cut: GitHub limits a comment's length. The job summary of the run has everything._",
  );
}

/** The job summary: the same report, without the marker. */
export function renderPullRequestSummary(check: PullRequestCheck, context: CommentContext = {}): string {
  return renderBody(check, context, IMPACT_FIT.summary).join("\n");
}

function renderBody(check: PullRequestCheck, context: CommentContext, fit: ImpactFit): string[] {
  const { report } = check;
  const revokesOnly = report.subjects.length > 0 && report.subjects.every((s) => s.kind === "revoke");
  const headline =
    check.verdict === "approved" && revokesOnly
      ? "✅ approved: revoked when merged"
      : HEADLINE[check.verdict];
  const lines = [
    `### gitjit: ${headline}`,
    "",
    `${text(check.title)} · ${code(check.headRef)} into ${code(check.baseRef)} by ${text(report.author)} · head ${code(report.headSha.slice(0, 7))} · policy from the base ${code(report.baseSha.slice(0, 7))}`,
  ];
  if (report.judgedAlsoBy)
    lines.push(
      "",
      `> **The base is older than the default branch's policy.** This pull request is judged by both the base's policy and ${text(report.judgedAlsoBy)}; the stricter verdict stands, and at merge the policy of the default branch as it is then decides too. Update the branch to be judged by the current policy alone.`,
    );
  const problems = problemsOf(check);
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  if (errors.length > 0) lines.push("", "#### Problems", "", ...errors.map(problemLine));
  for (const subject of report.subjects)
    lines.push("", ...renderSubject(subject, report.approvers ?? {}, check.plans[subject.subject]));
  if (check.impact) lines.push("", ...fittedImpact(check, fit));
  if (warnings.length > 0) lines.push("", "#### Warnings", "", ...warnings.map(problemLine));
  lines.push(
    "",
    `<sub>${text(report.summary)}${context.runUrl ? ` · <a href="${encodeURI(context.runUrl)}">workflow run</a>` : ""}</sub>`,
  );
  return lines;
}

/** The impact with the longest lists that fit. */
function fittedImpact(check: PullRequestCheck, fit: ImpactFit): string[] {
  const commits = { base: check.report.baseSha.slice(0, 12), head: check.report.headSha.slice(0, 12) };
  let lines: string[] = [];
  for (const limit of fit.limits) {
    lines = check.impact ? renderPolicyImpact(check.impact, { limit, ...commits }) : [];
    if (lines.join("\n").length <= fit.chars) break;
  }
  return lines;
}

function problemLine(p: Problem): string {
  const where =
    p.file !== undefined ? `${code(p.line !== undefined ? `${p.file}:${p.line}:${p.column}` : p.file)} ` : "";
  return `- ${where}**${text(p.code)}**: ${text(p.message)}`;
}

function renderSubject(
  s: ApprovalSubject,
  approvers: Record<string, string[]>,
  plan: PlannedGrant | undefined,
): string[] {
  const lines =
    s.kind === "governance"
      ? [
          "#### Governance change",
          "",
          "This pull request changes the policy, the schemas, CODEOWNERS, the workflows or gitjit itself: the admins' approval rule applies, and it carries no access requests.",
        ]
      : [`#### ${code(s.subject)}`];
  if (s.kind === "revoke") return [...lines, ...renderRevoke(s, approvers)];
  if (s.request && (s.request.extends === undefined || s.extension))
    lines.push("", ...renderPlan(s.request, s.extension), ...(plan ? renderOperations(plan) : []));
  else if (s.kind === "request")
    lines.push("", "Not valid: nothing will be granted until the problems above are fixed.");
  lines.push("", ...renderTally(s, approvers));
  return lines;
}

function renderRevoke(s: ApprovalSubject, approvers: Record<string, string[]>): string[] {
  const r = s.revoke;
  const entry = r?.entry;
  if (!r || s.errors.length > 0)
    return ["", "Not valid: nothing will be revoked until the problems above are fixed."];
  const lines = [
    "",
    ...table(
      ["revoke", ""],
      [
        ["grant", code(r.grantId ?? "")],
        ...(entry
          ? [
              ["held by", `${code(entry.principal)} (requested by ${text(entry.requester)})`],
              ["profile", code(entry.profile)],
              ["provider", code(entry.grant.provider)],
              ["would end", text(entry.expiresAt)],
            ]
          : []),
        ["ends", "when this pull request is merged"],
        ["asked by", text(r.requester ?? "")],
        ["reason", text(r.reason ?? "")],
      ],
    ),
    "",
  ];
  if (r.self)
    lines.push(
      `**Approvals**: none needed: ${text(r.requester ?? "")} gives up their own grant, and less access is always safe.`,
    );
  else if (s.alternatives) {
    lines.push(
      `**Approvals**: ${s.verdict?.satisfied ? "met" : "not yet met"}; ending someone else's grant needs any one of:`,
    );
    for (const a of s.alternatives) lines.push("", ...renderAlternative(a, approvers));
    if (s.alternatives.length === 0 && s.verdict)
      lines.push("", ...s.verdict.missing.map((m) => `- ${text(m)}`));
  }
  return lines;
}

function renderAlternative(a: Alternative, approvers: Record<string, string[]>): string[] {
  const tally = renderTally(
    { subject: a.label, kind: "revoke", errors: [], ...(a.verdict ? { verdict: a.verdict } : {}) },
    approvers,
  );
  return [`##### ${text(a.label)}`, "", ...tally];
}

function renderPlan(r: RequestSummary, extension?: ApprovalSubject["extension"]): string[] {
  const where = Object.entries(r.grant)
    .filter(([key]) => key !== "provider")
    .map(([key, value]) => `${text(key)} ${code(typeof value === "string" ? value : JSON.stringify(value))}`)
    .join(", ");
  const expiry = expiryEnforcement(r.grant);
  return table(
    ["grant", ""],
    [
      ["profile", code(r.profile)],
      ["provider", code(r.provider)],
      extension?.principal !== undefined
        ? ["to", `${code(extension.principal)} (the principal the grant was made to)`]
        : ["to", `${code(r.principal)} (from the policy's identities for ${text(r.requester)})`],
      ["where", where || "—"],
      ...(extension
        ? [
            [
              "extends",
              `${code(extension.grantId)}: its expiry moves from ${text(extension.from)}, with no gap and no second grant`,
            ],
            ["until", `${text(extension.to)} (${text(r.duration)} more)`],
          ]
        : [
            ["from", r.scheduled ? text(r.startsAt) : "when the pull request is merged"],
            [
              "until",
              r.scheduled ? `${text(r.expiresAt)} (${text(r.duration)})` : `${text(r.duration)} after that`,
            ],
          ]),
      ["expiry", EXPIRY_WORDS[expiry]],
      ["justification", text(r.justification)],
      ...(r.ticket !== undefined ? [["ticket", code(r.ticket)]] : []),
    ],
  );
}

/** The grant's id and the exact calls apply will make, folded away. */
function renderOperations(plan: PlannedGrant): string[] {
  const lines = ["", `<details><summary>What apply will do: grant ${code(plan.id)}</summary>`, ""];
  lines.push(...plan.notes.map((n) => `- ${text(n, 1000)}`));
  if (plan.error)
    lines.push("", `**Cannot be granted** (${code(plan.error.code)}): ${text(plan.error.message)}`);
  plan.operations.forEach((op, i) => {
    const body =
      typeof op.body === "string"
        ? fence(op.body, op.api === "sql" ? "sql" : "")
        : fence(JSON.stringify(op.body, null, 2), "json");
    lines.push("", `${i + 1}. ${code(op.api)}`, "", body);
  });
  lines.push("", "</details>");
  return lines;
}

function renderTally(s: ApprovalSubject, approvers: Record<string, string[]>): string[] {
  const v = s.verdict;
  if (!v) return s.errors.length > 0 ? [] : ["Approvals: not judged."];
  if (v.auto) return ["**Approvals**: none needed, the policy approves this automatically."];
  const lines = [
    `**Approvals**: ${v.satisfied ? "met" : "not yet met"}`,
    "",
    ...table(
      ["step", "from", "approved by"],
      v.steps.map((step, i) => [
        `${i + 1}: ${step.approvedBy.length}/${step.count}${step.approvedBy.length >= step.count ? " ✅" : ""}`,
        step.groups
          .map((g) => `${code(g)}${approvers[g] ? ` (${approvers[g].map((p) => text(p)).join(", ")})` : ""}`)
          .join(", "),
        step.approvedBy.length > 0 ? step.approvedBy.map((l) => text(l)).join(", ") : "nobody yet",
      ]),
    ),
  ];
  if (v.missing.length > 0) lines.push("", "Still needed:", "", ...v.missing.map((m) => `- ${text(m)}`));
  if (v.ignored.length > 0)
    lines.push(
      "",
      "<details><summary>Reviews that do not count</summary>",
      "",
      ...v.ignored.map((i) => `- ${text(i.login)} (${text(i.code)}): ${text(i.message)}`),
      "",
      "</details>",
    );
  return lines;
}
