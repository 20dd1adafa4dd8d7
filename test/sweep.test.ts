import { renameSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { applyExtension } from "../src/commands/lifecycle.js";
import { sweep } from "../src/commands/sweep.js";
import { verifyLedger } from "../src/core/ledger/verify.js";
import { ProviderError } from "../src/providers/provider.js";
import { barrier } from "./support/barrier.js";
import { entry, REVIEWED } from "./support/ledger-fixtures.js";
import { SweepHarness } from "./support/sweep-harness.js";

let h: SweepHarness;
afterEach(() => h?.cleanup());

const GRANTED = new Date("2026-12-01T09:00:00Z");
const AFTER = new Date("2026-12-01T11:05:00Z");
const expiring = (n: number, expiresAt: string, extra = {}) => entry(n, { expiresAt, ...extra });

describe("gitjit sweep", () => {
  it("removes and records grants past expiry, and leaves the others alone", async () => {
    h = new SweepHarness();
    const old = expiring(1, "2026-12-01T11:00:00.000Z");
    const live = expiring(2, "2026-12-01T13:00:00.000Z");
    await h.seed([old, live], GRANTED);
    const report = await h.run(AFTER);
    expect(report.removed.map((e) => e.id)).toEqual([old.id]);
    expect(h.platform.revokeCalls()).toEqual([old.id]);
    expect(h.platform.hasAccess(old.principal, old.grant)).toBe(false);
    expect(h.platform.hasAccess(live.principal, live.grant)).toBe(true);
    const { records, contents } = await h.records();
    expect(records.map((r) => [r.record.event, r.record.grant])).toEqual([
      ["granted", old.id],
      ["granted", live.id],
      ["expired", old.id],
    ]);
    expect(contents.activeFiles.map((f) => f.path)).toEqual([`ledger/active/${live.id}.json`]);
  }, 30_000);

  it("is idempotent: a second run calls no platform and records nothing", async () => {
    h = new SweepHarness();
    await h.seed([expiring(1, "2026-12-01T11:00:00.000Z")], GRANTED);
    await h.run(AFTER);
    const calls = h.platform.calls.length;
    const again = await h.run(new Date("2026-12-01T11:10:00Z"), { reconcile: false });
    expect(again.due).toEqual([]);
    expect(again.recorded).toEqual([]);
    expect(h.platform.calls.length).toBe(calls);
  }, 30_000);

  it("never takes away access another active grant of the same principal gives", async () => {
    h = new SweepHarness();
    const first = expiring(1, "2026-12-01T11:00:00.000Z", { principal: "octocat" });
    const second = expiring(2, "2026-12-01T15:00:00.000Z", { principal: "octocat" });
    await h.seed([first, second], GRANTED);
    await h.run(AFTER);
    const call = h.platform.calls.find((c) => c.op === "revoke");
    expect(call?.stillActive).toEqual([second.id]);
    expect(h.platform.hasAccess("octocat", second.grant)).toBe(true);
    await h.run(new Date("2026-12-01T15:00:00Z"));
    expect(h.platform.hasAccess("octocat", second.grant)).toBe(false);
  }, 30_000);

  it("retries a throttled revoke with growing jittered backoff, then records it", async () => {
    h = new SweepHarness();
    const e = expiring(1, "2026-12-01T11:00:00.000Z");
    await h.seed([e], GRANTED);
    h.platform.fail("revoke", { grant: e.id, times: 2 });
    const report = await h.run(AFTER, { reconcile: false });
    expect(report.removed.map((r) => r.id)).toEqual([e.id]);
    expect(h.platform.revokeCalls()).toEqual([e.id, e.id, e.id]);
    expect(h.sleeps).toEqual([50, 100]); // half of 100 ms, then half of 200 ms (random() = 0.5)
  }, 30_000);

  it("marks a grant revoke-failing after repeated failure, alerts on every run, and records it once removed", async () => {
    h = new SweepHarness();
    const e = expiring(1, "2026-12-01T11:00:00.000Z");
    await h.seed([e], GRANTED);
    h.platform.fail("revoke", { grant: e.id, times: 6 });
    const first = await h.run(AFTER, { reconcile: false });
    expect(first.failing).toMatchObject([{ id: e.id, attempts: 3 }]);
    const second = await h.run(new Date("2026-12-01T11:10:00Z"), { reconcile: false });
    expect(second.failing).toMatchObject([{ id: e.id, attempts: 3 }]);
    expect(second.recorded).toEqual([]); // already marked: alerted, not recorded again
    expect(h.notices.filter((n) => n.code === "revoke-failing")).toHaveLength(2);
    const third = await h.run(new Date("2026-12-01T11:15:00Z"), { reconcile: false });
    expect(third.removed.map((r) => r.id)).toEqual([e.id]);
    const { records } = await h.records();
    expect(records.map((r) => r.record.event)).toEqual(["granted", "revoke-failing", "expired"]);
    expect(records[2]?.record.data).toMatchObject({ afterFailing: true });
    expect(h.platform.hasAccess(e.principal, e.grant)).toBe(false);
  }, 30_000);

  it("does not retry a refusal the platform says is permanent, and still never drops the grant", async () => {
    h = new SweepHarness();
    const e = expiring(1, "2026-12-01T11:00:00.000Z");
    await h.seed([e], GRANTED);
    h.platform.fail("revoke", { grant: e.id, retryable: false });
    const report = await h.run(AFTER, { reconcile: false });
    expect(report.failing).toMatchObject([
      { id: e.id, attempts: 1, error: expect.stringContaining("access-denied") },
    ]);
    const { contents } = await h.records();
    expect(contents.activeFiles).toHaveLength(1);
  }, 30_000);

  it("heals a crash between the platform write and the ledger commit on the next run", async () => {
    h = new SweepHarness();
    const e = expiring(1, "2026-12-01T11:00:00.000Z");
    await h.seed([e], GRANTED);
    // The connection to the ledger's remote is lost right after the platform removed the access.
    const hidden = `${h.git.remote}.away`;
    h.platform.afterRevoke = () => renameSync(h.git.remote, hidden);
    await expect(h.run(AFTER, { reconcile: false })).rejects.toMatchObject({ code: "ledger-fetch-failed" });
    expect(h.platform.hasAccess(e.principal, e.grant)).toBe(false);
    renameSync(hidden, h.git.remote);
    h.platform.afterRevoke = undefined;
    const lost = await h.records();
    expect(lost.records.map((r) => r.record.event)).toEqual(["granted"]); // the platform changed; the ledger did not
    const next = await h.run(new Date("2026-12-01T11:10:00Z"), { reconcile: false });
    expect(next.recorded.map((r) => [r.event, r.grant])).toEqual([["expired", e.id]]);
    const { records, contents } = await h.records();
    expect(records.filter((r) => r.record.event === "expired")).toHaveLength(1);
    expect(verifyLedger({ ...contents, now: new Date("2026-12-01T11:10:00Z"), graceMs: 0 }).problems).toEqual(
      [],
    );
  }, 30_000);

  it("two sweeps at once remove everything and record each expiry exactly once", async () => {
    h = new SweepHarness();
    const entries = Array.from({ length: 20 }, (_, n) => expiring(n, "2026-12-01T11:00:00.000Z"));
    await h.seed(entries, GRANTED);
    // Both sweeps have read the ledger before either calls the platform or records anything.
    const bothRead = barrier(2);
    const sweeps = [h.run(AFTER, {}, bothRead), h.run(new Date(AFTER.getTime() + 1000), {}, bothRead)];
    const reports = await Promise.all(sweeps);
    expect(reports.every((r) => r.due.length === 20)).toBe(true);
    expect(h.platform.revokeCalls()).toHaveLength(40); // both really swept
    const { records, contents } = await h.records();
    const expired = records.filter((r) => r.record.event === "expired").map((r) => r.record.grant);
    expect(expired.sort()).toEqual(entries.map((e) => e.id).sort());
    expect(contents.activeFiles).toEqual([]);
    expect(verifyLedger({ ...contents, now: AFTER, graceMs: 0 }).problems).toEqual([]);
  }, 60_000);

  it("reconciles: a tagged privilege the ledger does not hold is removed and recorded as an orphan", async () => {
    h = new SweepHarness();
    const held = expiring(1, "2026-12-01T13:00:00.000Z");
    await h.seed([held], GRANTED);
    const lost = expiring(2, "2026-12-01T13:00:00.000Z"); // applied, but its record never made it
    h.platform.plant(lost);
    const report = await h.run(AFTER);
    expect(report.orphans.map((o) => o.grantId)).toEqual([lost.id]);
    expect(h.platform.hasAccess(lost.principal, lost.grant)).toBe(false);
    expect(h.platform.hasAccess(held.principal, held.grant)).toBe(true);
    const { records } = await h.records();
    expect(records.at(-1)?.record).toMatchObject({
      event: "orphan-revoked",
      grant: lost.id,
      data: { principal: lost.principal },
    });
    expect(h.notices.map((n) => n.code)).toContain("orphan-revoked");
  }, 30_000);

  it("refuses to take everything for an orphan when there is no ledger at all", async () => {
    h = new SweepHarness();
    const held = expiring(1, "2026-12-01T13:00:00.000Z");
    h.platform.plant(held); // tagged on the platform, but this sweep looks at a ledger that does not exist
    const report = await h.run(AFTER, { reconcile: { scopes: [held.grant] } });
    expect(report.problems.map((p) => p.code)).toEqual(["ledger-missing"]);
    expect(h.platform.revokeCalls()).toEqual([]);
    expect(h.platform.hasAccess(held.principal, held.grant)).toBe(true);
  }, 30_000);

  it("does not take a grant whose apply has begun for an orphan", async () => {
    h = new SweepHarness();
    const applying = expiring(3, "2026-12-01T13:00:00.000Z", { state: "applying" });
    await h
      .store(GRANTED)
      .update(() => [
        { event: "apply-started", grant: applying.id, actor: "gitjit-apply", data: { entry: applying } },
      ]);
    h.platform.plant(applying);
    const report = await h.run(AFTER);
    expect(report.orphans).toEqual([]);
    expect(h.platform.hasAccess(applying.principal, applying.grant)).toBe(true);
  }, 30_000);

  it("with 10 000 active grants and 100 expired, calls the platform only for those 100", async () => {
    h = new SweepHarness();
    const entries = Array.from({ length: 10_000 }, (_, n) =>
      expiring(n, n % 100 === 0 ? "2026-12-01T11:00:00.000Z" : "2026-12-02T11:00:00.000Z"),
    );
    const expired = entries.filter((_, n) => n % 100 === 0).map((e) => e.id);
    await h.seed(entries, GRANTED);
    const report = await h.run(AFTER, { reconcile: false });
    expect(h.platform.revokeCalls().sort()).toEqual([...expired].sort());
    expect(h.platform.calls.filter((c) => c.op !== "revoke")).toEqual([]);
    expect(h.loads).toEqual(["postgres"]);
    expect(report.recorded.filter((r) => r.event === "expired")).toHaveLength(100);
    const { contents } = await h.records();
    expect(contents.activeFiles).toHaveLength(9_900);
  }, 120_000);

  it("warns once ahead of expiry, within the lead time", async () => {
    h = new SweepHarness();
    const soon = expiring(1, "2026-12-01T11:15:00.000Z");
    const later = expiring(2, "2026-12-01T12:00:00.000Z");
    await h.seed([soon, later], GRANTED);
    const now = new Date("2026-12-01T11:05:00Z");
    await h.run(now, { reconcile: false, warnLeadMs: 15 * 60_000 });
    await h.run(new Date("2026-12-01T11:06:00Z"), { reconcile: false, warnLeadMs: 15 * 60_000 });
    const warnings = h.notices.filter((n) => n.code === "expiring-soon");
    expect(warnings.map((n) => n.grant)).toEqual([soon.id]);
    expect(warnings[0]?.message).toContain("in 10m");
    const { records } = await h.records();
    expect(records.filter((r) => r.record.event === "expiry-warned").map((r) => r.record.grant)).toEqual([
      soon.id,
    ]);
  }, 30_000);

  it("revokes and records even when every notification fails", async () => {
    h = new SweepHarness();
    const e = expiring(1, "2026-12-01T11:00:00.000Z");
    await h.seed([e], GRANTED);
    h.platform.fail("revoke", { grant: e.id, times: 3 });
    h.notifyFails = true;
    const failing = await h.run(AFTER, { reconcile: false });
    expect(failing.recorded.map((r) => r.event)).toEqual(["revoke-failing"]);
    const done = await h.run(new Date("2026-12-01T11:10:00Z"), { reconcile: false });
    expect(done.recorded.map((r) => r.event)).toEqual(["expired"]);
    expect(
      h.logs.some((l) => l.includes("notification failed (revoke-failing): the chat service is down")),
    ).toBe(true);
  }, 30_000);

  it("in a dry run, changes nothing on the platform or in the ledger", async () => {
    h = new SweepHarness();
    const e = expiring(1, "2026-12-01T11:00:00.000Z");
    await h.seed([e], GRANTED);
    const orphan = expiring(2, "2026-12-01T13:00:00.000Z");
    h.platform.plant(orphan);
    const report = await h.run(AFTER, { dryRun: true });
    expect(report.due.map((d) => d.id)).toEqual([e.id]);
    expect(report.orphans.map((o) => o.grantId)).toEqual([orphan.id]);
    expect(h.platform.revokeCalls()).toEqual([]);
    expect((await h.records()).records).toHaveLength(1);
  }, 30_000);

  it("loads only the providers of grants that need a call", async () => {
    h = new SweepHarness();
    const team = expiring(2, "2026-12-01T13:00:00.000Z", {
      grant: { provider: "github-team", org: "acme", team: "incident-responders" },
      expiry: "sweep",
    });
    await h.seed([expiring(1, "2026-12-01T11:00:00.000Z"), team], GRANTED);
    await h.run(AFTER, { reconcile: false });
    expect(h.loads).toEqual(["postgres"]);
  }, 30_000);

  it("keeps a grant that cannot be revoked because its provider is missing, and says so", async () => {
    h = new SweepHarness();
    const e = expiring(1, "2026-12-01T11:00:00.000Z");
    await h.seed([e], GRANTED);
    const report = await sweepWithout(h, AFTER);
    expect(report.problems.map((p) => p.code)).toContain("provider-unavailable");
    expect(report.recorded.map((r) => r.event)).toEqual(["revoke-failing"]);
  }, 30_000);

  it("puts back access it removed from a grant that was extended while it ran", async () => {
    h = new SweepHarness();
    const e = expiring(1, "2026-12-01T11:00:00.000Z");
    await h.seed([e], GRANTED);
    const justBefore = new Date("2026-12-01T10:59:00Z");
    let extended = false;
    // The sweep has read the ledger (the grant is due); the extension lands before it revokes.
    const extendNow = async () => {
      if (extended) return;
      extended = true;
      const result = await applyExtension(h.store(justBefore), h.platform.provider(), {
        grantId: e.id,
        requestPath: "requests/prod-db-read/user1-more.yaml",
        to: "2026-12-01T13:00:00.000Z",
        approval: REVIEWED,
        now: justBefore,
      });
      expect(result.status).toBe("done");
    };
    const report = await h.run(new Date("2026-12-01T11:00:30Z"), { reconcile: false }, extendNow);
    expect(report.removed.map((r) => r.id)).toEqual([e.id]);
    expect(report.recorded).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(h.platform.hasAccess(e.principal, e.grant)).toBe(true);
    expect(h.platform.calls.map((c) => c.op)).toEqual(["apply", "revoke", "apply"]); // extension, sweep, put back
    const { records } = await h.records();
    expect(records.map((r) => r.record.event)).toEqual(["granted", "extended"]);
  }, 30_000);
});

function sweepWithout(harness: SweepHarness, now: Date) {
  return sweep(harness.options(now, { reconcile: false }), {
    store: harness.store(now),
    provider: async (id) => {
      throw new ProviderError(
        `the ${id} provider is not part of this build of gitjit`,
        "provider-unavailable",
      );
    },
    notifier: { notify: async () => {} },
    random: () => 0.5,
    sleep: async () => {},
    log: () => {},
  });
}
