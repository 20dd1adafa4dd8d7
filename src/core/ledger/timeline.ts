/**
 * Each grant's life, rebuilt from the audit log alone: when it was granted, extended and ended,
 * who approved each step, and the span during which the access existed.
 */
import type { ExpiryEnforcement } from "../grant.js";
import type { AuditRecord, LedgerEntry } from "./records.js";
import { accessOf, resourceMatches, resourcesOf } from "./resources.js";

export type EndEvent = "revoked" | "expired" | "apply-failed";

export interface GrantHistory {
  id: string;
  /** The entry as last known (extensions applied). Absent when the log only refused or orphan-revoked it. */
  entry?: LedgerEntry;
  /** Every record about this grant, in order. */
  records: AuditRecord[];
  /** Whether access was ever in place (granted or break-glass). */
  granted: boolean;
  end?: { event: EndEvent; at: string };
  /**
   * When the access stopped existing. A platform-enforced grant stops at its expiry even if the
   * sweep records it later; a sweep-enforced one stops when it is removed. Absent while it lasts.
   */
  heldUntil?: string;
  /** Still held after its expiry (a sweep-enforced grant the sweep has not removed yet, or removed late). */
  overran: boolean;
}

export function grantHistories(records: readonly AuditRecord[], now: Date): GrantHistory[] {
  const byId = new Map<string, GrantHistory>();
  for (const record of records) {
    let history = byId.get(record.grant);
    if (!history) {
      history = { id: record.grant, records: [], granted: false, overran: false };
      byId.set(record.grant, history);
    }
    history.records.push(record);
    const data = record.data;
    switch (record.event) {
      case "scheduled":
      case "apply-started":
      case "granted":
      case "break-glass":
        history.entry = data.entry as LedgerEntry;
        // A new attempt after a failed one: the failure ended nothing that is held now.
        if (record.event === "apply-started" && history.end?.event === "apply-failed")
          history.end = undefined;
        if (record.event === "granted" || record.event === "break-glass") history.granted = true;
        break;
      case "extended":
        if (history.entry) {
          const extension = data.extension as NonNullable<LedgerEntry["extensions"]>[number];
          history.entry = {
            ...history.entry,
            expiresAt: extension.to,
            extensions: [...(history.entry.extensions ?? []), extension],
          };
        }
        break;
      case "revoked":
      case "expired":
        history.end = { event: record.event, at: record.at };
        break;
      case "apply-failed":
        if (data.cleanedUp === true) history.end = { event: "apply-failed", at: record.at };
        break;
      default:
        break;
    }
  }
  const out = [...byId.values()];
  for (const history of out) settle(history, now);
  return out;
}

function settle(history: GrantHistory, now: Date) {
  const entry = history.entry;
  if (!entry || !history.granted) return;
  const expiry: ExpiryEnforcement = entry.expiry;
  const expiresAt = entry.expiresAt;
  const end = history.end?.at;
  if (end !== undefined && end < expiresAt) history.heldUntil = end;
  else if (expiry === "native") history.heldUntil = expiresAt;
  else {
    history.heldUntil = end;
    history.overran = end === undefined ? expiresAt <= now.toISOString() : end > expiresAt;
  }
}

/** Held at `at`: from its start (inclusive) to when it stopped (exclusive). */
export function heldAt(history: GrantHistory, at: string): boolean {
  if (!history.granted || !history.entry) return false;
  if (at < history.entry.startsAt) return false;
  return history.heldUntil === undefined || at < history.heldUntil;
}

export interface WhoAnswer {
  history: GrantHistory;
  entry: LedgerEntry;
  resources: string[];
  access: string;
}

/** Who held access on `resource` at `at`, each with the grant and its approvals. */
export function whoHeld(histories: readonly GrantHistory[], resource: string, at: Date): WhoAnswer[] {
  const iso = at.toISOString();
  const out: WhoAnswer[] = [];
  for (const history of histories) {
    const entry = history.entry;
    if (!entry || !heldAt(history, iso)) continue;
    const resources = resourcesOf(entry.grant);
    if (!resources.some((held) => resourceMatches(resource, held))) continue;
    out.push({ history, entry, resources, access: accessOf(entry.grant) });
  }
  return out.sort((a, b) => (a.entry.principal < b.entry.principal ? -1 : 1));
}

export interface HistoryFilter {
  principal?: string;
  since?: Date;
  until?: Date;
}

/** Audit records matching the filter: by the principal of the grant they concern, and by time. */
export function historyRecords(
  records: readonly AuditRecord[],
  histories: readonly GrantHistory[],
  filter: HistoryFilter,
): AuditRecord[] {
  const principalOf = new Map<string, string>();
  for (const h of histories) if (h.entry) principalOf.set(h.id, h.entry.principal);
  const since = filter.since?.toISOString();
  const until = filter.until?.toISOString();
  return records.filter((r) => {
    if (since !== undefined && r.at < since) return false;
    if (until !== undefined && r.at >= until) return false;
    if (filter.principal === undefined) return true;
    const principal = principalOf.get(r.grant) ?? (r.data.principal as string | undefined);
    return principal === filter.principal;
  });
}
