/**
 * What the ledger holds: one entry per grant gitjit still holds on a platform, and the audit
 * log of every event, each record chained to the one before by its hash.
 */
import type { ExpiryEnforcement, GrantSpec } from "../grant.js";
import { canonicalJson, sha256Hex } from "./canonical.js";

export const AUDIT_EVENTS = [
  "apply-started",
  "scheduled",
  "granted",
  "apply-failed",
  "refused",
  "lapsed",
  "revoked",
  "expired",
  "extended",
  "orphan-revoked",
  "break-glass",
  "revoke-failing",
  "expiry-warned",
  "governance-approved",
  "governance-unapproved",
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

/** The `grant` of records about the policy itself rather than one grant (governance verdicts). */
export const GOVERNANCE_SUBJECT = "governance";

export interface Approver {
  login: string;
  /** The GitHub review that approved, when the approval came from a review. */
  reviewId?: number;
  at?: string;
}

/** How a grant, an extension or a revoke was approved. */
export interface Approval {
  /**
   * reviewed: approvers' reviews met the policy; auto: the policy needs no approver for it;
   * self: giving up one's own access (revoke); break-glass: emergency access, reviewed after.
   */
  mode: "reviewed" | "auto" | "self" | "break-glass";
  approvers: Approver[];
  reason?: string;
}

export interface Extension {
  requestPath: string;
  pr?: number;
  from: string;
  to: string;
  approval: Approval;
}

/**
 * scheduled: approved, to be written on the platform by the sweep at its start (its platform
 * cannot hold a start time); applying: the write has begun; active; revoke-failing.
 */
export type EntryState = "scheduled" | "applying" | "active" | "revoke-failing";

/** One grant as the ledger holds it: the file ledger/active/<id>.json. */
export interface LedgerEntry extends GrantSpec {
  state: EntryState;
  expiry: ExpiryEnforcement;
  approval: Approval;
  /** The platform's own references to what was written. */
  refs: Record<string, string>;
  extensions?: Extension[];
  /** When the ahead-of-expiry warning went out. */
  warnedAt?: string;
  /** Attempts in the run that marked it revoke-failing. */
  failures?: number;
  /** How a revoke-failing grant's end is to be recorded once the platform lets go (default: expired). */
  pendingEnd?: { event: "revoked" | "apply-failed"; data: Record<string, unknown> };
}

/** An event as a writer states it; the store numbers it and chains it. */
export interface EventDraft {
  event: AuditEvent;
  /** The grant the event is about. */
  grant: string;
  /** Who caused it: a login, or gitjit itself ("gitjit-sweep", "gitjit-apply"). */
  actor: string;
  data: Record<string, unknown>;
}

export interface AuditRecord extends EventDraft {
  /** 1: unsigned; 2: written by a signing writer (the last record of each commit carries `seal` and `sig`). */
  v: 1 | 2;
  seq: number;
  at: string;
  /** The hash of the record before (64 zeros for the first). */
  prev: string;
  /** What the commit that ends with this record leaves behind (see seal.ts); covered by `hash`. */
  seal?: Seal;
  /** sha256 of the canonical JSON of this record without `hash` and `sig`. */
  hash: string;
  /** The writer's signature over `hash` (see seal.ts); present exactly when `seal` is. */
  sig?: RecordSignature;
}

/** The last record of a signed commit attests the commit it was built on and the ledger it leaves. */
export interface Seal {
  /** The ledger commit this one was made on top of (absent for the branch's first commit). */
  base?: string;
  /** stateDigest of ledger/active/ after the commit. */
  state: string;
  /** The run's trusted time when the commit was made (GitHub's clock), when the writer knew it. */
  time?: string;
}

export interface RecordSignature {
  /** The id of the policy's ledger key that signed (ledger.keys[].id). */
  key: string;
  /** Ed25519 signature, base64, over signedMessage(hash). */
  value: string;
}

export const GENESIS_HASH = "0".repeat(64);

export interface ChainTip {
  seq: number;
  hash: string;
  at: string;
}

export function recordHash(record: Omit<AuditRecord, "hash" | "sig">): string {
  const { v, seq, at, event, grant, actor, data, prev, seal } = record;
  return sha256Hex(canonicalJson({ v, seq, at, event, grant, actor, data, prev, seal }));
}

/**
 * Numbers and chains drafts after `tip`, all at time `at`. Times never run backwards along the
 * chain: a time before the tip's is refused here; what a writer does when its clock reads earlier
 * than the tip is decided by recordTime (time.ts), which bounds how far a tip may pull it.
 */
export function chainRecords(
  drafts: readonly EventDraft[],
  tip: ChainTip | undefined,
  now: Date,
  version: 1 | 2 = 1,
): AuditRecord[] {
  let seq = tip?.seq ?? 0;
  let prev = tip?.hash ?? GENESIS_HASH;
  const at = now.toISOString();
  if (tip && tip.at > at)
    throw new RangeError(`cannot record at ${at}: the chain's last record is dated ${tip.at}`);
  const out: AuditRecord[] = [];
  for (const draft of drafts) {
    seq += 1;
    const base = { v: version, seq, at, ...draftFields(draft), prev };
    const hash = recordHash(base);
    out.push({ ...base, hash });
    prev = hash;
  }
  return out;
}

function draftFields(draft: EventDraft): EventDraft {
  // Round-trip through canonical JSON so what is hashed is exactly what is stored.
  return JSON.parse(
    canonicalJson({ event: draft.event, grant: draft.grant, actor: draft.actor, data: draft.data }),
  );
}

/** The audit file a record goes to: audit/YYYY/MM.jsonl of its (UTC) time. */
export function auditFileFor(at: string): string {
  return `audit/${at.slice(0, 4)}/${at.slice(5, 7)}.jsonl`;
}

export const AUDIT_FILE = /^audit\/(\d{4})\/(\d{2})\.jsonl$/;
export const ACTIVE_DIR = "ledger/active";
export const activePath = (id: string) => `${ACTIVE_DIR}/${id}.json`;

export function serialiseRecord(record: AuditRecord): string {
  return canonicalJson(record);
}

export function serialiseEntry(entry: LedgerEntry): string {
  return `${JSON.stringify(entry, null, 2)}\n`;
}

export function toSpec(entry: LedgerEntry): GrantSpec {
  const {
    id,
    requestPath,
    pr,
    requester,
    principal,
    profile,
    grant,
    startsAt,
    expiresAt,
    justification,
    ticket,
  } = entry;
  return {
    id,
    requestPath,
    ...(pr === undefined ? {} : { pr }),
    requester,
    principal,
    profile,
    grant,
    startsAt,
    expiresAt,
    justification,
    ...(ticket === undefined ? {} : { ticket }),
  };
}
