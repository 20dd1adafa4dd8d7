/**
 * The sweep against the real PostgreSQL provider on PGlite (embedded, in-process): the database's
 * own answer (has_table_privilege) before and after, with the ledger on real git.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GitLedgerStore } from "../src/adapters/git/ledger-store.js";
import { applyGrant } from "../src/commands/lifecycle.js";
import { type SweepOptions, sweep } from "../src/commands/sweep.js";
import type { GrantSpec } from "../src/core/grant.js";
import { readChain } from "../src/core/ledger/chain.js";
import { verifyLedger } from "../src/core/ledger/verify.js";
import type { Notice } from "../src/core/notify.js";
import { closeEmbeddedDatabases } from "../src/providers/postgres/database.js";
import { loadProvider } from "../src/providers/registry.js";
import { type TempGit, tempGit } from "./support/git-fixtures.js";
import { REVIEWED } from "./support/ledger-fixtures.js";
import { CONNECTION, Fixture, pgGrant } from "./support/postgres.js";

const URL = "pglite://memory/sweep-tests";
let fx: Fixture;
let git: TempGit | undefined;
let table: string;
let role: string;

beforeAll(async () => {
  fx = await Fixture.open(URL);
  ({ table, role } = await fx.readableTable());
}, 60_000);
afterAll(async () => {
  await fx.cleanup();
  await closeEmbeddedDatabases();
});
afterEach(() => git?.cleanup());

function world() {
  git = tempGit();
  const repo = git.clone("runner");
  const clock = { now: new Date("2026-12-01T09:00:00Z") };
  const env: Record<string, string | undefined> = { [CONNECTION]: URL };
  const log: string[] = [];
  const provider = () => loadProvider("postgres", { env, now: () => clock.now, log: (m) => log.push(m) });
  const store = new GitLedgerStore({ repo, branch: "gitjit-ledger", remote: "origin", now: () => clock.now });
  const notices: Notice[] = [];
  const run = (extra: Partial<SweepOptions> = {}) =>
    sweep(
      {
        now: clock.now,
        dryRun: false,
        concurrency: 4,
        attempts: 2,
        backoff: { baseMs: 1, maxMs: 5 },
        warnLeadMs: 0,
        reconcile: { scopes: [{ provider: "postgres", connection: CONNECTION, role }] },
        ...extra,
      },
      {
        store,
        provider: async () => provider(),
        notifier: { notify: async (n) => void notices.push(n) },
        random: () => 0.5,
        sleep: async () => {},
        log: (m) => log.push(m),
      },
    );
  const grant = async (spec: GrantSpec) =>
    expect(
      await applyGrant(store, await provider(), { spec, approval: REVIEWED, now: clock.now }),
    ).toMatchObject({
      status: "done",
    });
  return { clock, env, store, run, grant, provider, notices };
}

describe("sweep with the PostgreSQL provider on PGlite", () => {
  it("removes expired access, keeps what an overlapping grant gives, and removes an orphan", async () => {
    const w = world();
    const alice = await fx.login("alice");
    const bob = await fx.login("bob");
    const short = pgGrant({ principal: alice, role, slug: "short", expiresAt: "2026-12-01T11:00:00.000Z" });
    const long = pgGrant({ principal: alice, role, slug: "long", expiresAt: "2026-12-01T13:00:00.000Z" });
    const bobs = pgGrant({ principal: bob, role, slug: "debug", expiresAt: "2026-12-01T11:00:00.000Z" });
    const orphan = pgGrant({
      principal: bob,
      role,
      slug: "unrecorded",
      expiresAt: "2026-12-01T13:00:00.000Z",
    });
    for (const g of [short, long, bobs]) await w.grant(g);
    await (await w.provider()).apply(orphan); // on the database, never in the ledger
    expect(await fx.hasSelect(alice, table)).toBe(true);
    expect(await fx.hasSelect(bob, table)).toBe(true);

    w.clock.now = new Date("2026-12-01T11:05:00Z");
    const report = await w.run();
    expect(report.removed.map((e) => e.id).sort()).toEqual([short.id, bobs.id].sort());
    expect(report.orphans.map((o) => o.grantId)).toEqual([orphan.id]);
    expect(await fx.hasSelect(alice, table)).toBe(true); // the long grant still gives it
    expect(await fx.hasSelect(bob, table)).toBe(false);
    expect(await fx.selectAs(bob, table)).not.toBe("ok"); // a real SELECT is refused

    w.clock.now = new Date("2026-12-01T13:00:00Z");
    await w.run();
    expect(await fx.hasSelect(alice, table)).toBe(false);

    const contents = await w.store.contents();
    const events = readChain(contents.auditFiles).records.map((r) => r.record.event);
    expect(events.filter((e) => e === "expired")).toHaveLength(3);
    expect(events.filter((e) => e === "orphan-revoked")).toHaveLength(1);
    expect(verifyLedger({ ...contents, now: w.clock.now, graceMs: 0 }).problems).toEqual([]);
  }, 60_000);

  it("keeps trying a revoke the database cannot be reached for, and finishes it once it can", async () => {
    const w = world();
    const carol = await fx.login("carol");
    const g = pgGrant({ principal: carol, role, expiresAt: "2026-12-01T11:00:00.000Z" });
    await w.grant(g);
    w.clock.now = new Date("2026-12-01T11:05:00Z");
    w.env[CONNECTION] = undefined; // the sweep's job lost its database setting
    const failing = await w.run({ reconcile: false });
    expect(failing.failing).toMatchObject([
      { id: g.id, attempts: 1, error: expect.stringContaining("postgres-connection-unset") },
    ]);
    expect(failing.recorded.map((r) => r.event)).toEqual(["revoke-failing"]);
    expect(w.notices.map((n) => n.code)).toContain("revoke-failing");
    expect(await fx.hasSelect(carol, table)).toBe(true);

    w.env[CONNECTION] = URL;
    w.clock.now = new Date("2026-12-01T11:10:00Z");
    const healed = await w.run({ reconcile: false });
    expect(healed.recorded.map((r) => r.event)).toEqual(["expired"]);
    expect(await fx.hasSelect(carol, table)).toBe(false);
  }, 60_000);
});
