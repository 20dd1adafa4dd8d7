/**
 * `audit verify`: the log is intact (every record in place, unaltered, chained), every grant
 * carries its approvals, every grant past its expiry has ended in the log, and the ledger's active
 * files are exactly what the log says is held.
 */
import { canonicalJson } from "./canonical.js";
import { type AuditFile, type Broken, type LocatedRecord, readChain } from "./chain.js";
import { ACTIVE_DIR, type Approval, GOVERNANCE_SUBJECT, type LedgerEntry } from "./records.js";
import { foldEvent } from "./state.js";
import type { Anchor } from "./store.js";

export interface VerifyInput {
  auditFiles: readonly AuditFile[];
  /** ledger/active/<id>.json files as stored. */
  activeFiles: readonly AuditFile[];
  /** Each ledger commit's record of the chain's tip, oldest first. */
  anchors?: readonly Anchor[];
  now: Date;
  /** How long past its expiry a grant may stay unrecorded (the sweep's schedule is best-effort). */
  graceMs: number;
}

export interface VerifyResult {
  records: number;
  grants: number;
  /** Problems in log order; the first is the first broken record. Empty when all is well. */
  problems: Broken[];
}

export function approvalProblem(approval: Approval | undefined): string | undefined {
  if (!approval || typeof approval !== "object") return "no approval recorded";
  switch (approval.mode) {
    case "reviewed":
      if (!Array.isArray(approval.approvers) || approval.approvers.length === 0)
        return "reviewed, but no approver recorded";
      if (approval.approvers.some((a) => typeof a?.login !== "string" || a.login === ""))
        return "an approver without a login";
      return undefined;
    case "auto":
    case "self":
      return undefined;
    case "break-glass":
      return approval.reason ? undefined : "break-glass without a reason";
    default:
      return "unknown approval mode";
  }
}

export function verifyLedger(input: VerifyInput): VerifyResult {
  const { records, broken } = readChain(input.auditFiles);
  if (broken) return { records: records.length, grants: 0, problems: [broken] };
  const rewritten = anchorProblem(records, input.anchors ?? []);
  if (rewritten) return { records: records.length, grants: 0, problems: [rewritten] };
  const problems: Broken[] = [];
  const entries = new Map<string, LedgerEntry>();
  const grantedAt = new Map<string, LocatedRecord>();
  const ids = new Set<string>();
  for (const located of records) {
    const { record } = located;
    const where = { file: located.file, line: located.line, seq: record.seq, grant: record.grant };
    if (record.grant !== GOVERNANCE_SUBJECT) ids.add(record.grant);
    const approvalIssue = approvalOf(record.event, record.data, entries.get(record.grant));
    if (approvalIssue) problems.push({ ...where, code: "no-approval", message: approvalIssue });
    const misfit = foldEvent(entries, record, record.at);
    if (misfit) problems.push({ ...where, code: "does-not-fit", message: misfit });
    if (record.event === "granted" || record.event === "break-glass" || record.event === "apply-started")
      grantedAt.set(record.grant, located);
  }
  const deadline = input.now.getTime() - input.graceMs;
  for (const entry of entries.values()) {
    if (Date.parse(entry.expiresAt) > deadline) continue;
    const located = grantedAt.get(entry.id);
    problems.push({
      file: located?.file ?? "audit",
      line: located?.line ?? 0,
      seq: located?.record.seq,
      grant: entry.id,
      code: "not-ended",
      message: `expired at ${entry.expiresAt} but no revoke or expiry is recorded (state: ${entry.state})`,
    });
  }
  problems.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  problems.push(...activeFileProblems(entries, input.activeFiles));
  return { records: records.length, grants: ids.size, problems };
}

/**
 * A chain can be rewritten consistently from an altered record onwards; the commits made before
 * the rewrite still name the hashes the records had then.
 */
function anchorProblem(records: readonly LocatedRecord[], anchors: readonly Anchor[]): Broken | undefined {
  for (const anchor of anchors) {
    const located = records[anchor.seq - 1];
    if (located && located.record.hash === anchor.hash) continue;
    const where = located
      ? { file: located.file, line: located.line, seq: anchor.seq, grant: located.record.grant }
      : { file: "audit", line: 0, seq: anchor.seq };
    return {
      ...where,
      code: located ? "rewritten" : "records-missing",
      message: located
        ? `differs from the record commit ${anchor.commit.slice(0, 12)} made (the log was rewritten at or before this record)`
        : `commit ${anchor.commit.slice(0, 12)} recorded ${anchor.seq} records, but the log has only ${records.length}`,
    };
  }
  return undefined;
}

function approvalOf(event: string, data: Record<string, unknown>, held: LedgerEntry | undefined) {
  if (event === "granted" || event === "break-glass") {
    const entry = data.entry as LedgerEntry | undefined;
    const issue = approvalProblem(entry?.approval);
    if (issue) return issue;
    if (event === "break-glass" && entry?.approval.mode !== "break-glass")
      return "a break-glass grant not marked as such";
    if (event === "granted" && entry?.approval.mode === "break-glass")
      return "a break-glass approval on an ordinary grant";
    if (entry?.approval.mode === "self") return "a grant cannot approve itself";
    return undefined;
  }
  if (event === "extended") {
    const extension = data.extension as { approval?: Approval } | undefined;
    const issue = approvalProblem(extension?.approval);
    return issue ?? (extension?.approval?.mode === "self" ? "an extension cannot approve itself" : undefined);
  }
  if (event === "revoked") {
    const approval = data.approval as Approval | undefined;
    const issue = approvalProblem(approval);
    if (issue) return issue;
    if (approval?.mode === "self" && held && data.by !== held.requester)
      return `revoked without approval by ${String(data.by)}, who is not the grant's requester`;
  }
  return undefined;
}

function activeFileProblems(entries: Map<string, LedgerEntry>, files: readonly AuditFile[]): Broken[] {
  const problems: Broken[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const id = file.path.slice(ACTIVE_DIR.length + 1).replace(/\.json$/, "");
    seen.add(id);
    const where = { file: file.path, line: 1, grant: id };
    const expected = entries.get(id);
    if (!expected) {
      problems.push({ ...where, code: "not-held", message: "an active grant file the log does not hold" });
      continue;
    }
    let stored: unknown;
    try {
      stored = JSON.parse(file.text);
    } catch {
      problems.push({ ...where, code: "unreadable", message: "not JSON" });
      continue;
    }
    if (!sameJson(stored, expected))
      problems.push({ ...where, code: "differs", message: "differs from what the log says of this grant" });
  }
  for (const id of entries.keys())
    if (!seen.has(id))
      problems.push({
        file: `${ACTIVE_DIR}/${id}.json`,
        line: 0,
        grant: id,
        code: "missing",
        message: "held according to the log, but its active file is missing",
      });
  return problems;
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false; // a value no record could hold (a fraction, say): not what the log wrote
  }
}
