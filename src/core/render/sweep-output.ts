/** The sweep's report as text for the log, and as stable JSON. */

import type { LedgerEntry } from "../ledger/records.js";
import { resourcesOf } from "../ledger/resources.js";

export interface SweepReportView {
  dryRun: boolean;
  now: string;
  due: LedgerEntry[];
  removed: LedgerEntry[];
  failing: { id: string; principal: string; attempts: number; error: string }[];
  orphans: { grantId: string; principal: string; location: string; provider: string }[];
  orphansFailed: { grantId: string; error: string }[];
  warned: LedgerEntry[];
  stuck: LedgerEntry[];
  activated: LedgerEntry[];
  lapsed: LedgerEntry[];
  problems: { code: string; message: string }[];
  recorded: { seq: number; event: string; grant: string }[];
  commit?: string;
}

const where = (e: LedgerEntry) => `${e.principal} on ${resourcesOf(e.grant).join(", ")}`;

export function renderSweepText(report: SweepReportView, location: string): string {
  const lines = [
    `sweep as of ${report.now}, ledger ${location}${report.dryRun ? " (dry run: nothing changed)" : ""}`,
  ];
  if (report.dryRun) {
    for (const e of report.due) lines.push(`would remove  ${e.id}  ${where(e)} (expired ${e.expiresAt})`);
    for (const o of report.orphans)
      lines.push(`would remove  ${o.grantId}  orphan: ${o.principal} at ${o.location}`);
    for (const e of report.warned) lines.push(`would warn    ${e.id}  ${where(e)} expires ${e.expiresAt}`);
    for (const e of report.activated)
      lines.push(`would start   ${e.id}  ${where(e)} (scheduled from ${e.startsAt})`);
  } else {
    for (const e of report.activated)
      lines.push(`started       ${e.id}  ${where(e)} (scheduled; until ${e.expiresAt})`);
    for (const e of report.lapsed)
      lines.push(`lapsed        ${e.id}  ${where(e)} (scheduled ${e.startsAt}, window passed unstarted)`);
    for (const e of report.removed) lines.push(`removed       ${e.id}  ${where(e)} (expired ${e.expiresAt})`);
    for (const f of report.failing)
      lines.push(`FAILING       ${f.id}  ${f.principal}: ${f.error} (${f.attempts} attempts)`);
    for (const o of report.orphans)
      lines.push(`orphan        ${o.grantId}  ${o.principal} at ${o.location}: removed`);
    for (const o of report.orphansFailed) lines.push(`FAILING       ${o.grantId}  orphan: ${o.error}`);
  }
  for (const s of report.stuck)
    lines.push(`interrupted   ${s.id}  apply began ${s.startsAt} and never finished`);
  for (const p of report.problems) lines.push(`error ${p.code}: ${p.message}`);
  if (!report.dryRun)
    lines.push(
      report.recorded.length === 0
        ? "nothing to record"
        : `recorded ${report.recorded.length} event${report.recorded.length === 1 ? "" : "s"} (${report.recorded[0]?.seq}–${report.recorded.at(-1)?.seq}) in ${report.commit?.slice(0, 12)}`,
    );
  return lines.join("\n");
}

export function renderSweepJson(report: SweepReportView): string {
  const brief = (e: LedgerEntry) => ({
    id: e.id,
    principal: e.principal,
    profile: e.profile,
    expiresAt: e.expiresAt,
  });
  return JSON.stringify(
    {
      dryRun: report.dryRun,
      now: report.now,
      due: report.due.map(brief),
      removed: report.removed.map(brief),
      failing: report.failing,
      orphans: report.orphans,
      orphansFailed: report.orphansFailed,
      warned: report.warned.map(brief),
      interrupted: report.stuck.map(brief),
      started: report.activated.map(brief),
      lapsed: report.lapsed.map(brief),
      problems: report.problems,
      recorded: report.recorded.map((r) => ({ seq: r.seq, event: r.event, grant: r.grant })),
      commit: report.commit ?? null,
    },
    null,
    2,
  );
}

/** Whether the run needs a person's attention (the CLI exits 1). */
export const needsAttention = (r: SweepReportView) =>
  r.failing.length > 0 || r.orphansFailed.length > 0 || r.problems.length > 0;
