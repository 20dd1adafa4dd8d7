/**
 * Trust rule 8, proven by killing, on GCP IAM (the real Resource Manager client against the GCP
 * test server, through GITJIT_GCP_ENDPOINT): as crash-safety-postgres.test.ts, at a representative
 * subset of the steps — before and after every platform write, and after every ledger push that
 * landed — since what the ledger does in between is the same whatever the platform.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from "vitest";
import { type Binding, GcpTestServer } from "../support/gcp-server.js";
import { KillWorld } from "../support/kill-harness.js";
import { GcpPlatform } from "../support/kill-platforms.js";
import * as scenarios from "../support/kill-scenarios.js";

const EXISTING: Binding[] = [{ role: "roles/owner", members: ["group:admins@acme.example"] }];

let server: GcpTestServer;
let k: KillWorld;
beforeAll(async () => {
  server = await GcpTestServer.start();
});
afterAll(() => server.close());
beforeEach(async () => {
  server.faults.configure({ rate: 0, seed: 1, kinds: [] });
  server.policies.clear();
  server.addResource("projects/acme-prod", structuredClone(EXISTING));
  server.addResource("projects/acme-new", structuredClone(EXISTING));
  k = await KillWorld.start(new GcpPlatform(server));
});
afterEach(() => k.close());

const GCP: scenarios.PlatformKit = {
  profile: "cloud-gcp",
  policy: scenarios.cloudPolicy(["gcp", "gcp-new"]),
  // A project that is not there yet: GCP refuses to read or write its policy (and so to clean up).
  failing: {
    profile: "cloud-gcp-new",
    login: "octocat",
    breaks: (world) => void (world.platform as GcpPlatform).server.policies.delete("projects/acme-new"),
    fix: async (world) =>
      (world.platform as GcpPlatform).server.addResource("projects/acme-new", structuredClone(EXISTING)),
  },
};
const killed = (scenario: Parameters<typeof scenarios.killEverywhere>[2]) => () =>
  scenarios.killEverywhere(k, GCP, scenario, scenarios.PLATFORM_AND_LANDED).then(() => undefined);

const TIMEOUT = 3 * 60_000;
describe("apply and sweep killed around every platform write, on GCP IAM", () => {
  it(
    "converges after a kill around the writes of a merge adding an approved request",
    killed(scenarios.grant),
    TIMEOUT,
  );
  it(
    "converges after a kill around the writes of a merge extending a grant",
    killed(scenarios.extension),
    TIMEOUT,
  );
  it(
    "converges after a kill around the writes of a merge revoking a grant",
    killed(scenarios.revoke),
    TIMEOUT,
  );
  it(
    "converges after a kill around the writes of a merge whose platform write fails, once the write is retried",
    killed(scenarios.failing),
    TIMEOUT,
  );
});
