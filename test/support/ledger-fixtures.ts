/** Ledger entries and events for tests, built the way apply builds them. */
import { expiryEnforcement, grantId } from "../../src/core/grant.js";
import type { Approval, EventDraft, LedgerEntry } from "../../src/core/ledger/records.js";
import type { Grant } from "../../src/core/model/schema.js";

export const PG_GRANT: Grant = {
  provider: "postgres",
  connection: "PAYOUTS_DB_URL",
  role: "payouts_readonly",
};
/** The same access through a per-grant login with VALID UNTIL: PostgreSQL itself ends it. */
export const PG_NATIVE: Grant = { ...PG_GRANT, mode: "temporary-login" };

export const REVIEWED: Approval = { mode: "reviewed", approvers: [{ login: "pjhyett", reviewId: 101 }] };

export function entry(n: number, overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  const requestPath = `requests/prod-db-read/user${n}-debug.yaml`;
  const grant = overrides.grant ?? PG_GRANT;
  return {
    id: grantId(requestPath, 1000 + n),
    requestPath,
    pr: 1000 + n,
    requester: `user${n}`,
    principal: `user${n}`,
    profile: "prod-db-read",
    grant,
    startsAt: "2026-12-01T09:00:00.000Z",
    expiresAt: "2026-12-01T11:00:00.000Z",
    justification: "Investigate failed payouts reported in INC-4821",
    ticket: "INC-4821",
    state: "active",
    expiry: expiryEnforcement(grant),
    approval: REVIEWED,
    refs: {},
    ...overrides,
  };
}

export const granted = (e: LedgerEntry, actor = "gitjit-apply"): EventDraft => ({
  event: "granted",
  grant: e.id,
  actor,
  data: { entry: e },
});
