import { renameSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { readChain } from "../src/core/ledger/chain.js";
import { verifyLedger } from "../src/core/ledger/verify.js";
import { History } from "./support/history.js";
import { entry, REVIEWED } from "./support/ledger-fixtures.js";
import { SweepHarness } from "./support/sweep-harness.js";

let h: History;
afterEach(() => h?.cleanup());

async function events(history: History) {
  const contents = await history.store.contents();
  return {
    contents,
    events: readChain(contents.auditFiles).records.map((r) => [r.record.event, r.record.grant]),
  };
}

describe("grant, extend and revoke", () => {
  it("records the intent before the platform write and the grant after; a re-run grants nothing twice", async () => {
    h = new History();
    const e = entry(1);
    expect(await h.grant(e)).toMatchObject({ status: "done" });
    expect((await events(h)).events).toEqual([
      ["apply-started", e.id],
      ["granted", e.id],
    ]);
    expect(await h.grant(e)).toEqual({ status: "already" });
    expect(h.platform.calls.filter((c) => c.op === "apply")).toHaveLength(1);
  }, 30_000);

  it("never grants again a request whose grant has already ended", async () => {
    h = new History();
    const e = entry(1);
    await h.grant(e);
    await h.at("2026-12-01T09:30:00Z").revoke(e.id, e.requester);
    expect(await h.grant(e)).toEqual({ status: "already" });
    expect(h.platform.hasAccess(e.principal, e.grant)).toBe(false);
  }, 30_000);

  it("finishes an apply cut off between the platform write and the ledger commit", async () => {
    h = new History();
    const e = entry(1);
    const remote = h.git.remote;
    // The ledger's remote goes away as soon as the platform has granted.
    const provider = h.platform.provider();
    const original = provider.apply.bind(provider);
    provider.apply = async (spec) => {
      const result = await original(spec);
      renameSync(remote, `${remote}.away`);
      return result;
    };
    const { applyGrant } = await import("../src/commands/lifecycle.js");
    await expect(
      applyGrant(h.store, provider, { spec: e, approval: REVIEWED, now: h.now }),
    ).rejects.toMatchObject({
      code: "ledger-fetch-failed",
    });
    renameSync(`${remote}.away`, remote);
    expect((await events(h)).events).toEqual([["apply-started", e.id]]);
    expect(await h.grant(e)).toMatchObject({ status: "done" });
    const { events: after, contents } = await events(h);
    expect(after).toEqual([
      ["apply-started", e.id],
      ["granted", e.id],
    ]);
    expect(verifyLedger({ ...contents, now: h.now, graceMs: 0 }).problems).toEqual([]);
  }, 30_000);

  it("cleans up after a failed apply and records it; a failed clean-up is left for the sweep", async () => {
    h = new History();
    const a = entry(1);
    h.platform.fail("apply", { grant: a.id, times: 1 });
    expect(await h.grant(a)).toMatchObject({ status: "failed", code: "apply-failed" });
    const b = entry(2);
    h.platform.fail("apply", { grant: b.id, times: 1, partial: true }); // the write landed, then a timeout
    h.platform.fail("revoke", { grant: b.id, times: 1 });
    await h.grant(b);
    const { events: recorded, contents } = await events(h);
    expect(recorded.filter(([event]) => event === "apply-failed")).toEqual([
      ["apply-failed", a.id],
      ["apply-failed", b.id],
    ]);
    expect(contents.activeFiles.map((f) => f.path)).toEqual([`ledger/active/${b.id}.json`]);
    expect(h.platform.tagged.has(b.id)).toBe(true);
    const swept = await h.sweep("2026-12-01T09:05:00Z");
    expect(swept.recorded.map((r) => [r.event, r.grant, r.data.cleanedUp])).toEqual([
      ["apply-failed", b.id, true],
    ]);
    expect(h.platform.tagged.has(b.id)).toBe(false);
  }, 30_000);

  it("extends with no gap and no second grant; the sweep leaves it alone until the new expiry", async () => {
    h = new History();
    const e = entry(1);
    await h.grant(e);
    const result = await h.at("2026-12-01T10:30:00Z").extend(e.id, "2026-12-01T13:00:00.000Z", REVIEWED);
    expect(result).toMatchObject({ status: "done", entry: { expiresAt: "2026-12-01T13:00:00.000Z" } });
    expect(await h.extend(e.id, "2026-12-01T13:00:00.000Z", REVIEWED)).toEqual({ status: "already" });
    const { contents } = await events(h);
    expect(contents.activeFiles).toHaveLength(1);
    expect(JSON.parse(contents.activeFiles[0]?.text ?? "{}")).toMatchObject({
      id: e.id,
      expiresAt: "2026-12-01T13:00:00.000Z",
      extensions: [{ from: "2026-12-01T11:00:00.000Z", to: "2026-12-01T13:00:00.000Z" }],
    });
    expect([...h.platform.tagged.keys()]).toEqual([e.id]);
    expect(verifyLedger({ ...contents, now: new Date("2026-12-01T12:00:00Z"), graceMs: 0 }).problems).toEqual(
      [],
    );
    expect((await h.sweep("2026-12-01T11:05:00Z")).due).toEqual([]);
    expect(h.platform.hasAccess(e.principal, e.grant)).toBe(true);
    expect((await h.sweep("2026-12-01T13:00:00Z")).removed.map((r) => r.id)).toEqual([e.id]);
  }, 30_000);

  it("refuses to extend a grant that has already expired", async () => {
    h = new History();
    const e = entry(1);
    await h.grant(e);
    const late = await h.at("2026-12-01T11:00:00Z").extend(e.id, "2026-12-01T13:00:00.000Z", REVIEWED);
    expect(late).toMatchObject({ status: "refused", code: "extends-not-held" });
  }, 30_000);

  it("revokes early without taking away what another active grant of the same principal gives", async () => {
    h = new History();
    const a = entry(1, { principal: "octocat" });
    const b = entry(2, { principal: "octocat" });
    await h.grant(a);
    await h.grant(b);
    expect(await h.at("2026-12-01T09:20:00Z").revoke(a.id, a.requester)).toEqual({ status: "done" });
    expect(h.platform.tagged.has(a.id)).toBe(false);
    expect(h.platform.hasAccess("octocat", b.grant)).toBe(true);
    const { events: recorded } = await events(h);
    expect(recorded.at(-1)).toEqual(["revoked", a.id]);
    expect(await h.revoke(a.id, a.requester)).toEqual({ status: "already" });
  }, 30_000);

  it("a revoke the platform refuses is kept and finished by the sweep, recorded as the revoke it was", async () => {
    const sweepers = new SweepHarness();
    try {
      const e = entry(1);
      await sweepers.seed([e], new Date("2026-12-01T09:00:00Z"));
      const { applyRevoke } = await import("../src/commands/lifecycle.js");
      const store = sweepers.store(new Date("2026-12-01T09:20:00Z"));
      sweepers.platform.fail("revoke", { grant: e.id, times: 1 });
      const approval = { mode: "reviewed" as const, approvers: [{ login: "pjhyett", reviewId: 5 }] };
      const first = await applyRevoke(store, sweepers.platform.provider(), {
        grantId: e.id,
        by: "pjhyett",
        approval,
        requestPath: `revokes/${e.id}.yaml`,
        reason: "left the team",
        now: new Date("2026-12-01T09:20:00Z"),
      });
      expect(first).toMatchObject({ status: "failed", code: "revoke-failing" });
      const report = await sweepers.run(new Date("2026-12-01T09:25:00Z"), { reconcile: false });
      expect(report.recorded.map((r) => r.event)).toEqual(["revoked"]);
      expect(report.recorded[0]?.data).toMatchObject({ by: "pjhyett", approval, afterFailing: true });
      const { contents } = await sweepers.records();
      expect(
        verifyLedger({ ...contents, now: new Date("2026-12-01T09:25:00Z"), graceMs: 0 }).problems,
      ).toEqual([]);
    } finally {
      sweepers.cleanup();
    }
  }, 30_000);
});
