/** What the ledger's records say of each merged file: settled, failing, or to be settled still. */
import { describe, expect, it } from "vitest";
import { settlementOf } from "../../src/action/granting.js";
import type { AuditRecord } from "../../src/core/ledger/records.js";

const PATH = "requests/prod-db/octocat-payouts.yaml";
const GRANT = "gj-0123456789abcdef0123";
let seq = 0;
const record = (event: AuditRecord["event"], data: Record<string, unknown> = {}): AuditRecord => ({
  v: 1,
  seq: ++seq,
  at: `2026-12-01T09:${String(seq).padStart(2, "0")}:00Z`,
  event,
  grant: GRANT,
  actor: "gitjit-apply",
  data,
  prev: "0".repeat(64),
  hash: "0".repeat(64),
});
const entry = { entry: { id: GRANT, requestPath: PATH } };

describe("settlementOf", () => {
  it("holds a scheduled request settled until its start", () => {
    expect(settlementOf([record("scheduled", entry)]).get(PATH)).toEqual({ state: "settled" });
  });

  it("unsettles a scheduled request whose start began and did not land, so the next run finishes it", () => {
    // The sweep recorded apply-started at the start and was killed before the write was recorded.
    expect(settlementOf([record("scheduled", entry), record("apply-started", entry)]).has(PATH)).toBe(false);
    expect(
      settlementOf([
        record("scheduled", entry),
        record("apply-started", entry),
        record("granted", entry),
      ]).get(PATH),
    ).toEqual({ state: "settled" });
  });

  it("keeps counting a failing write's attempts across its retries", () => {
    const log = [
      record("apply-started", entry),
      record("apply-failed", { cleanedUp: true, error: { message: "no login" } }),
      record("apply-started", entry),
      record("apply-failed", { cleanedUp: true, error: { message: "no login" } }),
    ];
    expect(settlementOf(log).get(PATH)).toMatchObject({ state: "failing", attempts: 2 });
    // A retry cut short leaves it failing, as it was: the back-off still counts.
    expect(settlementOf([...log, record("apply-started", entry)]).get(PATH)).toMatchObject({
      state: "failing",
      attempts: 2,
    });
  });
});
