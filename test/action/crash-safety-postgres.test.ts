/**
 * Trust rule 8, proven by killing: apply and sweep, through the built action against PGlite, the
 * GitHub test server and a real origin, killed with SIGKILL at every step in turn — every crash
 * point the run reaches, found by tracing it first: before and after each platform write and each
 * ledger commit, and inside each ledger push — then run again on a fresh checkout and swept. The
 * platform must hold exactly what the ledger holds as active, nothing twice; no audit record lost
 * or written twice; `gitjit audit verify` passing. See test/support/kill-harness.ts.
 *
 * Every point, for every scenario, here (about 70 kills; three minutes on two busy cores, two
 * kills at a time); AWS and GCP are killed at a representative subset (crash-safety-aws.test.ts,
 * crash-safety-gcp.test.ts, under a minute each). Run `npm run build` first: this runs dist/.
 */
import { afterEach, beforeEach, describe, it } from "vitest";
import { closeEmbeddedDatabases } from "../../src/providers/postgres/database.js";
import { KillWorld } from "../support/kill-harness.js";
import { PgPlatform } from "../support/kill-platforms.js";
import * as scenarios from "../support/kill-scenarios.js";

let k: KillWorld;
beforeEach(async () => {
  k = await KillWorld.start(await PgPlatform.start());
});
afterEach(async () => {
  await closeEmbeddedDatabases();
  await k.close();
});

const PG: scenarios.PlatformKit = {
  profile: "prod-db",
  // hubot has no login on the database until it is made: the GRANT fails.
  failing: {
    profile: "prod-db",
    login: "hubot",
    fix: async (world) => void (await (world.platform as PgPlatform).query("CREATE ROLE hubot LOGIN")),
  },
};
const killed = (scenario: Parameters<typeof scenarios.killEverywhere>[2]) => () =>
  scenarios.killEverywhere(k, PG, scenario).then(() => undefined);

const TIMEOUT = 5 * 60_000;
describe("apply and sweep killed at every step, on PostgreSQL (PGlite)", () => {
  it(
    "converges after a kill at any step of a merge adding an approved request",
    killed(scenarios.grant),
    TIMEOUT,
  );
  it("converges after a kill at any step of a merge extending a grant", killed(scenarios.extension), TIMEOUT);
  it("converges after a kill at any step of a merge revoking a grant", killed(scenarios.revoke), TIMEOUT);
  it(
    "converges after a kill at any step of a sweep removing an expired grant",
    killed(scenarios.expired),
    TIMEOUT,
  );
  it(
    "converges after a kill at any step of a sweep starting a scheduled grant",
    killed(scenarios.scheduled),
    TIMEOUT,
  );
  it(
    "converges after a kill at any step of a merge whose platform write fails, once the write is retried",
    killed(scenarios.failing),
    TIMEOUT,
  );
});
