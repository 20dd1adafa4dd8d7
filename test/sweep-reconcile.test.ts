/**
 * Reconcile lists every scope, several at once, and still reports what it found and what failed
 * in the scopes' order; untagged memberships are matched against the held grants as a whole.
 */
import { afterEach, describe, expect, it } from "vitest";
import { sweep } from "../src/commands/sweep.js";
import type { Grant } from "../src/core/model/schema.js";
import { type Found, findOrphans } from "../src/core/sweep.js";
import { type ManagedGrant, type Provider, ProviderError } from "../src/providers/provider.js";
import { entry } from "./support/ledger-fixtures.js";
import { SweepHarness } from "./support/sweep-harness.js";

let h: SweepHarness;
afterEach(() => h?.cleanup());

const GRANTED = new Date("2026-12-01T09:00:00Z");
const AFTER = new Date("2026-12-01T11:05:00Z");
const team = (n: number): Grant => ({
  provider: "github-team",
  org: "acme",
  team: `team-${n}`,
  exclusive: true,
});

/** Lists each team after a delay that shrinks with its number, so later scopes answer first. */
function slowLister(scopes: number, failing: number) {
  let inFlight = 0;
  let most = 0;
  const provider: Provider = {
    id: "github-team",
    expiry: "sweep",
    plan: () => [],
    apply: async () => ({ changed: false, refs: {} }),
    revoke: async () => {},
    async listManaged(list): Promise<ManagedGrant[]> {
      const grant = list[0] as Extract<Grant, { provider: "github-team" }>;
      const n = Number(grant.team.slice("team-".length));
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, (scopes - n) * 5));
      inFlight -= 1;
      if (n === failing) throw new ProviderError(`team-${n} cannot be listed`, "github-forbidden");
      return [{ grantId: "", principal: `stranger-${n}`, location: `acme/${grant.team}`, ref: {} }];
    },
  };
  return { provider, most: () => most };
}

describe("sweep reconcile", () => {
  it("lists scopes several at once and reports orphans and failures in the scopes' order", async () => {
    h = new SweepHarness();
    await h.seed([entry(99, { expiresAt: "2026-12-01T13:00:00.000Z" })], GRANTED); // a ledger to compare with
    const scopes = Array.from({ length: 12 }, (_, n) => team(n));
    const lister = slowLister(12, 7);
    const report = await sweep(
      h.options(AFTER, { dryRun: true, concurrency: 4, attempts: 1, reconcile: { scopes } }),
      {
        store: h.store(AFTER),
        provider: async (id) => (id === "github-team" ? lister.provider : h.platform.provider()),
        notifier: { notify: async () => {} },
        random: () => 0.5,
        sleep: async () => {},
        log: () => {},
      },
    );
    expect(lister.most()).toBe(4);
    expect(report.orphans.map((o) => o.principal)).toEqual(
      scopes.flatMap((_, n) => (n === 7 ? [] : [`stranger-${n}`])),
    );
    expect(report.problems).toEqual([
      {
        code: "reconcile-list-failed",
        message: expect.stringMatching(/github-team scope: .*team-7 cannot be listed/),
      },
    ]);
  }, 30_000);

  it("finds the one untagged membership no held grant gives among thousands that are held", () => {
    const held = new Map(
      Array.from({ length: 3000 }, (_, n) => {
        const e = entry(n, { grant: team(n % 30), principal: `User${n}` });
        return [e.id, e] as const;
      }),
    );
    const found: Found[] = [...held.values()].map((e) => ({
      managed: { grantId: "", principal: e.principal.toLowerCase(), location: "", ref: {} },
      scope: e.grant,
    }));
    found.push({
      managed: { grantId: "", principal: "user5", location: "acme/team-6", ref: {} }, // user5 is held in team-5
      scope: team(6),
    });
    expect(findOrphans(found, held).map((f) => [f.managed.principal, f.managed.location])).toEqual([
      ["user5", "acme/team-6"],
    ]);
  });
});
