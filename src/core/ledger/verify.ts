/**
 * `audit verify`: the log is intact (every record in place, unaltered, chained), every record after
 * signing began is covered by a signature of a key the policy lists as valid at its time, every
 * record follows from the ledger before it, no record is dated in the future, every grant carries
 * its approvals, every grant past its expiry has ended in the log, the ledger's active files are
 * exactly what the log says is held, and — given the default branch's history — every grant,
 * extension and revoke was caused by a file a merged pull request added.
 */

import { canonicalJson } from "./canonical.js";
import { type CauseIndex, causeProblem } from "./causes.js";
import { type AuditFile, type Broken, type LocatedRecord, readChain } from "./chain.js";
import { followsProblem } from "./follows.js";
import type { LedgerKey } from "./keys.js";
import { ACTIVE_DIR, type Approval, GOVERNANCE_SUBJECT, type LedgerEntry } from "./records.js";
import { signatureProblem } from "./seal.js";
import { foldEvent, replay } from "./state.js";
import type { Anchor } from "./store.js";
import { MAX_CLOCK_SKEW_MS } from "./time.js";

export interface VerifyInput {
  auditFiles: readonly AuditFile[];
  /** ledger/active/<id>.json files as stored. */
  activeFiles: readonly AuditFile[];
  /** Each ledger commit's record of the chain's tip, oldest first. */
  anchors?: readonly Anchor[];
  now: Date;
  /** How long past its expiry a grant may stay unrecorded (the sweep's schedule is best-effort). */
  graceMs: number;
  /** The policy's ledger keys (none: the ledger is not signed, and a signed record is a finding). */
  keys?: readonly LedgerKey[];
  maxSkewMs?: number;
  /** The default branch's history, to tie records to their causes; absent, causes are not checked. */
  causes?: CauseIndex;
}

export interface SigningSummary {
  /** Keys the policy lists. */
  keys: number;
  /** Signed commits (sealed records) whose signature is good. */
  signed: number;
  /** Records made before signing began (unsigned, and allowed). */
  before: number;
}

export interface VerifyResult {
  records: number;
  grants: number;
  /** Problems in log order; the first is the first broken record. Empty when all is well. */
  problems: Broken[];
  signing: SigningSummary;
  /** The grant, extension and revoke records checked against their causes (absent: not checked). */
  causes?: { ref: string; checked: number };
  /**
   * When a problem other than a late expiry was found: the ledger as the records before the first
   * such problem leave it — the last state that verified.
   */
  verified?: { seq: number; entries: Map<string, LedgerEntry> };
}

/** Problems a writer must not act on: everything but a grant left unrecorded past its expiry (the sweep's own job). */
export const isBlocking = (problem: Broken) => problem.code !== "not-ended";

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
  const keys = input.keys ?? [];
  const maxSkew = input.maxSkewMs ?? MAX_CLOCK_SKEW_MS;
  const signing: SigningSummary = { keys: keys.length, signed: 0, before: 0 };
  const { records, broken } = readChain(input.auditFiles);
  const early = (problem: Broken): VerifyResult => ({
    records: records.length,
    grants: 0,
    problems: [problem],
    signing,
    verified: verifiedBefore(records, problem.seq ?? records.length + 1),
  });
  if (broken) return early(broken);
  const rewritten = anchorProblem(records, input.anchors ?? []);
  if (rewritten) return early(rewritten);
  const problems: Broken[] = [];
  const entries = new Map<string, LedgerEntry>();
  const grantedAt = new Map<string, LocatedRecord>();
  const ids = new Set<string>();
  const signingFrom = keys.length > 0 ? Math.min(...keys.map((k) => k.from)) : undefined;
  const future = input.now.getTime() + maxSkew;
  let signedSeen = false;
  /** Records since the last sealed one: the next seal covers them. */
  let pending: LocatedRecord[] = [];
  let causesChecked = 0;
  for (const located of records) {
    const { record } = located;
    const where = { file: located.file, line: located.line, seq: record.seq, grant: record.grant };
    const add = (code: string, message: string) => problems.push({ ...where, code, message });
    if (record.grant !== GOVERNANCE_SUBJECT) ids.add(record.grant);
    if (record.seal) {
      const bad = signatureProblem(record, keys);
      if (bad) add(bad.code, bad.message);
      else {
        signing.signed += 1;
        signedSeen = true;
        if (record.seal.time && Date.parse(record.at) > Date.parse(record.seal.time) + maxSkew)
          add(
            "clock-ahead",
            `dated ${record.at}, more than ${maxSkew / 60_000} minutes after its writer's trusted time ${record.seal.time}`,
          );
      }
      pending = [];
    } else if (
      record.v === 1 &&
      (signedSeen || (signingFrom !== undefined && Date.parse(record.at) >= signingFrom))
    )
      add("unsigned", unsignedMessage(signedSeen, signingFrom));
    else if (record.v === 2) pending.push(located);
    else signing.before += 1;
    if (Date.parse(record.at) > future)
      add(
        "future-dated",
        `dated ${record.at}, more than ${maxSkew / 60_000} minutes after ${input.now.toISOString()}`,
      );
    const held = entries.get(record.grant);
    const approvalIssue = approvalOf(record.event, record.data, held);
    if (approvalIssue) add("no-approval", approvalIssue);
    const follows = followsProblem(record, held);
    if (follows) add("does-not-follow", follows);
    if (input.causes) {
      const cause = causeProblem(record, held, input.causes, maxSkew);
      if (["granted", "extended", "revoked"].includes(record.event)) causesChecked += 1;
      if (cause) add(cause.code, cause.message);
    }
    const misfit = foldEvent(entries, record, record.at);
    if (misfit) add("does-not-fit", misfit);
    if (record.event === "granted" || record.event === "break-glass" || record.event === "apply-started")
      grantedAt.set(record.grant, located);
  }
  // Version 2 records after the last seal: no signature covers them.
  for (const located of pending)
    problems.push({
      file: located.file,
      line: located.line,
      seq: located.record.seq,
      grant: located.record.grant,
      code: "unsigned",
      message: "no signature covers it: the commit that added it is not sealed by the ledger's writer",
    });
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
  const first = problems.find(isBlocking);
  return {
    records: records.length,
    grants: ids.size,
    problems,
    signing,
    ...(input.causes ? { causes: { ref: input.causes.ref, checked: causesChecked } } : {}),
    ...(first
      ? {
          verified:
            first.seq === undefined ? { seq: records.length, entries } : verifiedBefore(records, first.seq),
        }
      : {}),
  };
}

function unsignedMessage(signedSeen: boolean, signingFrom: number | undefined): string {
  return signedSeen
    ? "not signed, though signing had begun: it was not written by the ledger's writer"
    : `not signed, though it is dated after signing began (${new Date(signingFrom as number).toISOString()}, the policy's first ledger key): it was not written by the ledger's writer`;
}

/** The ledger as the records before `seq` leave it. */
function verifiedBefore(records: readonly LocatedRecord[], seq: number): VerifyResult["verified"] {
  const before = records.filter((r) => r.record.seq < seq).map((r) => r.record);
  return { seq: before.at(-1)?.seq ?? 0, entries: replay(before).entries };
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
    if (issue) return issue;
    if (extension?.approval?.mode === "self") return "an extension cannot approve itself";
    if (extension?.approval?.mode === "break-glass") return "a break-glass approval on an extension";
    return undefined;
  }
  if (event === "revoked") {
    const approval = data.approval as Approval | undefined;
    const issue = approvalProblem(approval);
    if (issue) return issue;
    if (approval?.mode === "auto" || approval?.mode === "break-glass")
      return `a revoke approved as ${approval.mode}: a revoke is its requester's own or reviewed`;
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
