/**
 * The ledger's storage contract, and the pure step every store shares: turning events into the
 * files of one commit. A store (git push, or later the GitHub API) only reads and publishes.
 */
import type { AuditFile } from "./chain.js";
import type { Signer } from "./keys.js";
import {
  ACTIVE_DIR,
  type AuditRecord,
  activePath,
  auditFileFor,
  type ChainTip,
  chainRecords,
  type EventDraft,
  type LedgerEntry,
  type Seal,
  serialiseEntry,
  serialiseRecord,
} from "./records.js";
import { fileHash, SealError, sealRecord, stateDigest } from "./seal.js";
import { foldEvent } from "./state.js";
import { MAX_CLOCK_SKEW_MS, recordTime } from "./time.js";

export interface LedgerSnapshot {
  /** The commit read, absent when the ledger branch does not exist yet. */
  commit?: string;
  entries: ReadonlyMap<string, LedgerEntry>;
  tip?: ChainTip;
  /** The newest audit file, which new records of the same month are appended to. */
  lastAuditFile?: AuditFile;
  /**
   * Each active file's path and the sha256 of its bytes as stored (seal.ts fileHash), for the seal a
   * signing writer puts on its commit; absent, the entries are hashed as gitjit writes them.
   */
  activeHashes?: ReadonlyMap<string, string>;
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
  /**
   * Every audit and active file, for audit questions (no network). The anchors (each commit's
   * record of the chain's tip) cost a walk over every commit; `anchors: false` leaves them out
   * for answers that do not check them.
   */
  contents(options?: { anchors?: boolean }): Promise<LedgerContents>;
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

export interface CommitOptions {
  /** The run's trusted time (GitHub's clock), which the writer's clock and the ledger's tip may not outrun. */
  trustedNow?: Date;
  maxSkewMs?: number;
  /** Sign: the records are version 2, and the last carries the seal and the signature. */
  seal?: { signer: Signer; base?: string };
}

export function planCommit(
  snapshot: LedgerSnapshot,
  drafts: readonly EventDraft[],
  now: Date,
  options: CommitOptions = {},
): CommitPlan {
  const time = recordTime(snapshot.tip, now, options.trustedNow, options.maxSkewMs ?? MAX_CLOCK_SKEW_MS);
  if (!("at" in time)) throw new LedgerError(time.message, time.code);
  const records = chainRecords(drafts, snapshot.tip, time.at, options.seal ? 2 : 1);
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
  if (options.seal && records.length > 0) {
    const hashes = new Map(
      snapshot.activeHashes ??
        [...snapshot.entries.values()].map((e) => [activePath(e.id), fileHash(serialiseEntry(e))] as const),
    );
    for (const change of changes)
      if (change.content === undefined) hashes.delete(change.path);
      else hashes.set(change.path, fileHash(change.content));
    const last = records.length - 1;
    const seal: Seal = {
      ...(options.seal.base === undefined ? {} : { base: options.seal.base }),
      state: stateDigest(hashes),
      ...(options.trustedNow ? { time: options.trustedNow.toISOString() } : {}),
    };
    try {
      records[last] = sealRecord(records[last] as AuditRecord, seal, options.seal.signer);
    } catch (error) {
      if (error instanceof SealError) throw new LedgerError(error.message, error.code);
      throw error;
    }
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
