/**
 * The ledger's storage contract, and the pure step every store shares: turning events into the
 * files of one commit. A store (git push, or later the GitHub API) only reads and publishes.
 */
import type { AuditFile } from "./chain.js";
import {
  ACTIVE_DIR,
  type AuditRecord,
  activePath,
  auditFileFor,
  type ChainTip,
  chainRecords,
  type EventDraft,
  type LedgerEntry,
  serialiseEntry,
  serialiseRecord,
} from "./records.js";
import { foldEvent } from "./state.js";

export interface LedgerSnapshot {
  /** The commit read, absent when the ledger branch does not exist yet. */
  commit?: string;
  entries: ReadonlyMap<string, LedgerEntry>;
  tip?: ChainTip;
  /** The newest audit file, which new records of the same month are appended to. */
  lastAuditFile?: AuditFile;
}

export interface LedgerContents {
  commit?: string;
  auditFiles: AuditFile[];
  activeFiles: AuditFile[];
  /** What each ledger commit said the log's last record was (its Gitjit-Audit-* trailers). */
  anchors?: Anchor[];
}

/** A commit's record of the chain's tip when it was made: a later rewrite of the log cannot match it. */
export interface Anchor {
  commit: string;
  seq: number;
  hash: string;
}

/** Decides the events to record from the newest ledger; called again when another writer got in first. */
export type Decide = (snapshot: LedgerSnapshot) => EventDraft[] | Promise<EventDraft[]>;

export interface UpdateResult {
  records: AuditRecord[];
  /** The commit that recorded them; absent when there was nothing to record. */
  commit?: string;
  /** Publish attempts, 1 unless other writers raced this one. */
  attempts: number;
}

export interface LedgerStore {
  /** Where the ledger lives, for messages. */
  readonly location: string;
  read(): Promise<LedgerSnapshot>;
  update(decide: Decide): Promise<UpdateResult>;
  /** Every audit and active file, for audit questions (no network). */
  contents(): Promise<LedgerContents>;
}

export class LedgerError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** A file to write (content) or delete (content undefined). */
export interface FileChange {
  path: string;
  content?: string;
}

export interface CommitPlan {
  records: AuditRecord[];
  changes: FileChange[];
  message: string;
}

export function planCommit(snapshot: LedgerSnapshot, drafts: readonly EventDraft[], now: Date): CommitPlan {
  const records = chainRecords(drafts, snapshot.tip, now);
  const entries = new Map(snapshot.entries);
  const touched = new Set<string>();
  for (const record of records) {
    const misfit = foldEvent(entries, record, record.at);
    if (misfit) throw new LedgerError(`refusing to record: ${misfit}`, "event-does-not-fit");
    touched.add(record.grant);
  }
  const changes: FileChange[] = [];
  for (const id of [...touched].sort()) {
    const entry = entries.get(id);
    if (entry) changes.push({ path: activePath(id), content: serialiseEntry(entry) });
    else if (snapshot.entries.has(id)) changes.push({ path: activePath(id) });
  }
  const appended = new Map<string, string>();
  if (snapshot.lastAuditFile) appended.set(snapshot.lastAuditFile.path, snapshot.lastAuditFile.text);
  for (const record of records) {
    const path = auditFileFor(record.at);
    appended.set(path, `${appended.get(path) ?? ""}${serialiseRecord(record)}\n`);
  }
  for (const [path, content] of appended)
    if (path !== snapshot.lastAuditFile?.path || content !== snapshot.lastAuditFile.text)
      changes.push({ path, content });
  return { records, changes, message: commitMessage(records, entries, snapshot.entries) };
}

const clean = (s: string) => s.replace(/[^\x20-\x7e]/g, "?");

function commitMessage(
  records: readonly AuditRecord[],
  after: ReadonlyMap<string, LedgerEntry>,
  before: ReadonlyMap<string, LedgerEntry>,
): string {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.event, (counts.get(r.event) ?? 0) + 1);
  const first = records[0] as AuditRecord;
  const subject =
    records.length === 1
      ? `gitjit: ${first.event} ${first.grant}`
      : `gitjit: ${[...counts].map(([event, n]) => `${n} ${event}`).join(", ")}`;
  const lines = records.map((r) => {
    const principal = (after.get(r.grant) ?? before.get(r.grant))?.principal ?? r.data.principal;
    return clean(`${r.event} ${r.grant}${principal ? ` (${String(principal)})` : ""} by ${r.actor}`);
  });
  const last = records.at(-1) as AuditRecord;
  const trailers = [
    ...[...counts.keys()].map((e) => `Gitjit-Event: ${e}`),
    ...[...new Set(records.map((r) => r.grant))].map((g) => `Gitjit-Grant: ${clean(g)}`),
    `Gitjit-Audit-Seq: ${first.seq}-${last.seq}`,
    `Gitjit-Audit-Hash: ${last.hash}`,
  ];
  return `${subject}\n\n${lines.join("\n")}\n\n${trailers.join("\n")}\n`;
}

export const isActivePath = (path: string) => path.startsWith(`${ACTIVE_DIR}/`) && path.endsWith(".json");
