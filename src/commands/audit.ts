/** `gitjit audit`: questions answered from the ledger branch in the local repository alone. */
import type { CauseIndex } from "../core/ledger/causes.js";
import { type Broken, readChain } from "../core/ledger/chain.js";
import type { LedgerKey } from "../core/ledger/keys.js";
import type { AuditRecord } from "../core/ledger/records.js";
import type { LedgerContents, LedgerStore } from "../core/ledger/store.js";
import {
  type GrantHistory,
  grantHistories,
  type HistoryFilter,
  historyRecords,
  whoHeld,
} from "../core/ledger/timeline.js";
import { type VerifyResult, verifyLedger } from "../core/ledger/verify.js";

export interface AuditLog {
  /** The ledger commit read; absent when the ledger does not exist. */
  commit?: string;
  /** "commit abc123 of branch gitjit-ledger", for answers to say where they come from. */
  origin: string;
  records: AuditRecord[];
  histories: GrantHistory[];
  byId: Map<string, GrantHistory>;
  /** Where the log is broken, if it is: answers are given from the records before it. */
  broken?: Broken;
}

/** The audit log in the ledger's files, read and checked record by record. */
export function auditLog(contents: LedgerContents, location: string, now: Date): AuditLog {
  const { records, broken } = readChain(contents.auditFiles);
  const plain = records.map((r) => r.record);
  const histories = grantHistories(plain, now);
  return {
    commit: contents.commit,
    origin: contents.commit ? `commit ${contents.commit.slice(0, 12)} of ${location}` : `${location} (empty)`,
    records: plain,
    histories,
    byId: new Map(histories.map((h) => [h.id, h])),
    broken,
  };
}

export async function readAuditLog(store: LedgerStore, now: Date): Promise<AuditLog> {
  return auditLog(await store.contents({ anchors: false }), store.location, now);
}

export function who(log: AuditLog, resource: string, at: Date) {
  return whoHeld(log.histories, resource, at);
}

export function history(log: AuditLog, filter: HistoryFilter) {
  return historyRecords(log.records, log.histories, filter);
}

export interface VerifyWith {
  /** The policy's ledger keys. */
  keys?: readonly LedgerKey[];
  /** The default branch's history, to tie records to their causes. */
  causes?: CauseIndex;
}

export function verifyContents(
  contents: LedgerContents,
  now: Date,
  graceMs: number,
  using: VerifyWith = {},
): VerifyResult {
  return verifyLedger({
    auditFiles: contents.auditFiles,
    activeFiles: contents.activeFiles,
    anchors: contents.anchors,
    now,
    graceMs,
    ...(using.keys ? { keys: using.keys } : {}),
    ...(using.causes ? { causes: using.causes } : {}),
  });
}

export async function verify(
  store: LedgerStore,
  now: Date,
  graceMs: number,
  using: VerifyWith = {},
): Promise<VerifyResult> {
  return verifyContents(await store.contents(), now, graceMs, using);
}
