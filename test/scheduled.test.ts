import { afterEach, describe, expect, it } from "vitest";
import { readChain } from "../src/core/ledger/chain.js";
import type { LedgerEntry } from "../src/core/ledger/records.js";
import { resourcesOf } from "../src/core/ledger/resources.js";
import { grantHistories, whoHeld } from "../src/core/ledger/timeline.js";
import { verifyLedger } from "../src/core/ledger/verify.js";
import { planSweep } from "../src/core/sweep.js";
import { History } from "./support/history.js";
import { entry } from "./support/ledger-fixtures.js";

let h: History;
afterEach(() => h?.cleanup());

const events = async () =>
  readChain((await h.store.contents()).auditFiles).records.map((r) => [r.record.event, r.record.grant]);

/** A PostgreSQL grant (its platform cannot hold a start time) from 12:00 to 13:00, approved at 09:00. */
const later = (n = 1, overrides: Partial<LedgerEntry> = {}) =>
  entry(n, { startsAt: "2026-12-01T12:00:00Z", expiresAt: "2026-12-01T13:00:00Z", ...overrides });

describe("a scheduled grant whose platform cannot hold a start time", () => {
  it("is recorded as scheduled at merge and written on the platform only when a sweep finds its start has come", async () => {
    h = new History();
    const e = later();
    expect(await h.grant(e)).toMatchObject({ status: "scheduled" });
    expect(h.platform.calls.filter((c) => c.op === "apply")).toHaveLength(0);
    await h.sweep("2026-12-01T11:59:00Z");
    expect(h.platform.hasAccess(e.principal, e.grant)).toBe(false);
    const report = await h.sweep("2026-12-01T12:03:00Z");
    expect(report.activated.map((a) => a.id)).toEqual([e.id]);
    expect(h.platform.hasAccess(e.principal, e.grant)).toBe(true);
    expect(await events()).toEqual([
      ["scheduled", e.id],
      ["apply-started", e.id],
      ["granted", e.id],
    ]);
    // Access began when the sweep wrote it, and ends when it was approved to end.
    const held = (await h.store.read()).entries.get(e.id);
    expect(held).toMatchObject({ state: "active", startsAt: "2026-12-01T12:03:00Z", expiresAt: e.expiresAt });
    await h.sweep("2026-12-01T13:00:00Z");
    expect(h.platform.hasAccess(e.principal, e.grant)).toBe(false);
    const contents = await h.store.contents();
    expect(verifyLedger({ ...contents, now: h.now, graceMs: 0 }).problems).toEqual([]);
  }, 30_000);

  it("is held, by the audit log, only from when the sweep started it until it ended", async () => {
    h = new History();
    const e = later();
    await h.grant(e);
    await h.sweep("2026-12-01T12:03:00Z");
    await h.sweep("2026-12-01T13:00:00Z");
    const records = readChain((await h.store.contents()).auditFiles).records.map((r) => r.record);
    const histories = grantHistories(records, new Date("2026-12-01T14:00:00Z"));
    const resource = resourcesOf(e.grant)[0] as string;
    const who = (at: string) => whoHeld(histories, resource, new Date(at)).map((w) => w.entry.principal);
    expect(who("2026-12-01T10:00:00Z")).toEqual([]); // approved and scheduled, nothing on the platform
    expect(who("2026-12-01T12:01:00Z")).toEqual([]); // its start, before the sweep wrote it
    expect(who("2026-12-01T12:30:00Z")).toEqual([e.principal]);
    expect(who("2026-12-01T13:30:00Z")).toEqual([]);
  }, 30_000);

  it("is recorded as lapsed, with nothing written, when no sweep ran during its window", async () => {
    h = new History();
    const e = later();
    await h.grant(e);
    const report = await h.sweep("2026-12-01T13:30:00Z");
    expect(report.lapsed.map((l) => l.id)).toEqual([e.id]);
    expect(h.platform.calls.filter((c) => c.op === "apply")).toHaveLength(0);
    expect((await h.store.read()).entries.has(e.id)).toBe(false);
    expect((await events()).map(([event]) => event)).toEqual(["scheduled", "lapsed"]);
  }, 30_000);

  it("does not keep another grant's access on the platform while it is only scheduled", async () => {
    h = new History();
    // The same access for the same person: one held now, one scheduled for later.
    const now = entry(1, { expiresAt: "2026-12-01T10:00:00Z" });
    const scheduled = later(2, { principal: now.principal, requester: now.requester });
    await h.grant(now);
    await h.grant(scheduled);
    await h.sweep("2026-12-01T10:01:00Z");
    expect(h.platform.hasAccess(now.principal, now.grant)).toBe(false);
  }, 30_000);
});

describe("the sweep's plan for scheduled grants", () => {
  const at = (state: LedgerEntry["state"]) => ({ ...later(), state });
  it("starts those whose start has come, lapses those whose window passed, and counts none as on the platform", () => {
    const waiting = planSweep([at("scheduled")], new Date("2026-12-01T11:00:00Z"), 0);
    expect(waiting).toMatchObject({ due: [], activate: [], lapse: [] });
    expect(waiting.stillActive.size).toBe(0);
    expect(planSweep([at("scheduled")], new Date("2026-12-01T12:00:00Z"), 0).activate).toHaveLength(1);
    expect(planSweep([at("scheduled")], new Date("2026-12-01T13:00:00Z"), 0).lapse).toHaveLength(1);
  });
});
