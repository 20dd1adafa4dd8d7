/** `gitjit audit`: questions answered from the ledger branch in the local repository alone. */
import { type Broken, readChain } from "../core/ledger/chain.js";
import type { AuditRecord } from "../core/ledger/records.js";
import type { LedgerStore } from "../core/ledger/store.js";
import {
  type GrantHistory,
  grantHistories,
  type HistoryFilter,
  historyRecords,
  whoHeld,
} from "../core/ledger/timeline.js";
import { type VerifyResult, verifyLedger } from "../core/ledger/verify.js";

export interface AuditLog {
  /** "commit abc123 of branch gitjit-ledger", for answers to say where they come from. */
  origin: string;
  records: AuditRecord[];
  histories: GrantHistory[];
  byId: Map<string, GrantHistory>;
  /** Where the log is broken, if it is: answers are given from the records before it. */
  broken?: Broken;
}

export async function readAuditLog(store: LedgerStore, now: Date): Promise<AuditLog> {
  const contents = await store.contents();
  const { records, broken } = readChain(contents.auditFiles);
  const plain = records.map((r) => r.record);
  const histories = grantHistories(plain, now);
  return {
    origin: contents.commit
      ? `commit ${contents.commit.slice(0, 12)} of ${store.location}`
      : `${store.location} (empty)`,
    records: plain,
    histories,
    byId: new Map(histories.map((h) => [h.id, h])),
    broken,
  };
}

export function who(log: AuditLog, resource: string, at: Date) {
  return whoHeld(log.histories, resource, at);
}

export function history(log: AuditLog, filter: HistoryFilter) {
  return historyRecords(log.records, log.histories, filter);
}

export async function verify(store: LedgerStore, now: Date, graceMs: number): Promise<VerifyResult> {
  const contents = await store.contents();
  return verifyLedger({
    auditFiles: contents.auditFiles,
    activeFiles: contents.activeFiles,
    anchors: contents.anchors,
    now,
    graceMs,
  });
}
