/** Renders an approvals report: lines for a person at a terminal, or the stable JSON. */
import type { ApprovalReport, ApprovalSubject } from "../approval/report.js";

export function renderApprovalsText(report: ApprovalReport): string {
  const lines = [
    `${report.repository}#${report.pullRequest} by ${report.author}, head ${report.headSha.slice(0, 7)}, policy from base ${report.baseSha.slice(0, 7)}`,
  ];
  for (const p of report.problems) lines.push(`rejected ${p.code}: ${p.message}`);
  for (const s of report.subjects) lines.push(...subjectLines(s));
  for (const w of report.warnings) lines.push(`warning: ${w}`);
  lines.push(`${report.satisfied ? "approved" : "not approved"}: ${report.summary}`);
  return lines.join("\n");
}

function subjectLines(s: ApprovalSubject): string[] {
  const title =
    s.kind === "governance"
      ? "governance change (the admins' rule)"
      : `${s.subject}${s.profile ? ` (profile ${s.profile})` : ""}`;
  if (s.errors.length > 0)
    return [
      `${title}: invalid`,
      ...s.errors.map((e) => `  ${s.subject}:${e.line}:${e.column} error ${e.code}: ${e.message}`),
    ];
  const v = s.verdict;
  if (!v) return [`${title}: not judged`];
  if (v.auto) return [`${title}: auto-approved by the policy`];
  const out = [`${title}: ${v.satisfied ? "approved" : "waiting"}`];
  v.steps.forEach((step, i) => {
    const who = step.approvedBy.length > 0 ? step.approvedBy.join(", ") : "nobody yet";
    out.push(
      `  step ${i + 1}: ${step.approvedBy.length}/${step.count} from ${step.groups.join(", ")}: ${who}`,
    );
  });
  for (const m of v.missing) out.push(`  needs: ${m}`);
  for (const i of v.ignored) out.push(`  not counted (${i.code}): ${i.message}`);
  return out;
}

export function renderApprovalsJson(report: ApprovalReport): string {
  return JSON.stringify(
    {
      repository: report.repository,
      pullRequest: report.pullRequest,
      author: report.author,
      headSha: report.headSha,
      baseSha: report.baseSha,
      satisfied: report.satisfied,
      summary: report.summary,
      problems: report.problems.map(({ code, path, message }) => ({
        code,
        ...(path ? { path } : {}),
        message,
      })),
      approvals: report.subjects.map((s) => ({
        subject: s.subject,
        kind: s.kind,
        ...(s.profile ? { profile: s.profile } : {}),
        errors: s.errors.map(({ code, message, line, column }) => ({ code, message, line, column })),
        ...(s.verdict
          ? {
              satisfied: s.verdict.satisfied,
              auto: s.verdict.auto,
              steps: s.verdict.steps,
              blockedBy: s.verdict.blockedBy,
              missing: s.verdict.missing,
              ignored: s.verdict.ignored,
            }
          : { satisfied: false }),
      })),
      files: report.files,
      warnings: report.warnings,
    },
    null,
    2,
  );
}
