/**
 * The ledger's active entries are a fold of the audit log: each record changes at most one
 * entry. Writers and `audit verify` use the same fold, so the files in ledger/active/ can always
 * be checked against the log.
 */
import type { AuditRecord, EventDraft, Extension, LedgerEntry } from "./records.js";

export type Entries = ReadonlyMap<string, LedgerEntry>;

/** Applies one event to the entries; returns a problem when the event does not fit them. */
export function foldEvent(
  entries: Map<string, LedgerEntry>,
  event: EventDraft,
  at: string,
): string | undefined {
  const id = event.grant;
  const held = entries.get(id);
  const data = event.data;
  switch (event.event) {
    case "scheduled":
    case "apply-started":
    case "granted":
    case "break-glass": {
      const entry = data.entry as LedgerEntry | undefined;
      if (!entry || entry.id !== id) return `${event.event} without the grant's entry`;
      if (event.event === "scheduled" && held) return `scheduled ${id}, which is already held`;
      // A scheduled grant's write begins at its start.
      if (event.event === "apply-started" && held && held.state !== "scheduled")
        return `apply-started for ${id}, which is already held`;
      if ((event.event === "granted" || event.event === "break-glass") && held && held.state !== "applying")
        return `${event.event} for ${id}, which is already ${held.state}`;
      entries.set(id, entry);
      return undefined;
    }
    case "apply-failed":
      if (!held) return `apply-failed for ${id}, which is not held`;
      if (data.cleanedUp === true) entries.delete(id);
      else
        entries.set(id, {
          ...held,
          state: "revoke-failing",
          pendingEnd: { event: "apply-failed", data: { cleanedUp: true, error: data.error } },
        });
      return undefined;
    case "revoked":
    case "expired":
      if (!held) return `${event.event} for ${id}, which is not held`;
      entries.delete(id);
      return undefined;
    case "extended": {
      if (!held) return `extended ${id}, which is not held`;
      const extension = data.extension as Extension | undefined;
      if (!extension || extension.from !== held.expiresAt)
        return `extended ${id} from a time that is not its expiry`;
      entries.set(id, {
        ...held,
        expiresAt: extension.to,
        refs: (data.refs as Record<string, string> | undefined) ?? held.refs,
        extensions: [...(held.extensions ?? []), extension],
        warnedAt: undefined,
      });
      return undefined;
    }
    case "revoke-failing":
      if (!held) return `revoke-failing for ${id}, which is not held`;
      entries.set(id, {
        ...held,
        state: "revoke-failing",
        failures: Number(data.attempts) || 1,
        pendingEnd: (data.pendingEnd as LedgerEntry["pendingEnd"]) ?? held.pendingEnd,
      });
      return undefined;
    case "expiry-warned":
      if (!held) return `expiry-warned for ${id}, which is not held`;
      entries.set(id, { ...held, warnedAt: at });
      return undefined;
    case "lapsed":
      // A scheduled grant whose window passed before the sweep could start it: nothing was written.
      if (held?.state === "scheduled") entries.delete(id);
      return undefined;
    case "refused":
    case "orphan-revoked":
    case "governance-approved":
    case "governance-unapproved":
      return undefined;
  }
}

export interface Replay {
  entries: Map<string, LedgerEntry>;
  /** The first record that did not fit, if any. */
  problem?: { record: AuditRecord; message: string };
}

export function replay(records: Iterable<AuditRecord>): Replay {
  const entries = new Map<string, LedgerEntry>();
  for (const record of records) {
    const message = foldEvent(entries, record, record.at);
    if (message) return { entries, problem: { record, message } };
  }
  return { entries };
}

/** Entries whose expiry has passed at `now` (a grant expiring at T is no longer held at T). */
export const isPastExpiry = (entry: LedgerEntry, now: Date) => Date.parse(entry.expiresAt) <= now.getTime();
