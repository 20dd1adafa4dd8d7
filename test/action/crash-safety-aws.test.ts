/**
 * Trust rule 8, proven by killing, on AWS IAM (the real SDK against the AWS test server, through
 * AWS_ENDPOINT_URL_IAM): as crash-safety-postgres.test.ts, at a representative subset of the
 * steps — before and after every platform write, and after every ledger push that landed — since
 * what the ledger does in between is the same whatever the platform (every step is killed there).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from "vitest";
import { AwsTestServer } from "../support/aws-server.js";
import { KillWorld } from "../support/kill-harness.js";
import { AwsPlatform } from "../support/kill-platforms.js";
import * as scenarios from "../support/kill-scenarios.js";

let server: AwsTestServer;
let k: KillWorld;
beforeAll(async () => {
  server = await AwsTestServer.start();
});
afterAll(() => server.close());
beforeEach(async () => {
  server.faults.configure({ rate: 0, seed: 1, kinds: [] });
  server.principals.clear();
  server.addPrincipal("user", "octocat");
  k = await KillWorld.start(new AwsPlatform(server));
});
afterEach(() => k.close());

const AWS: scenarios.PlatformKit = {
  profile: "cloud-aws",
  policy: scenarios.cloudPolicy(["aws"]),
  // hubot has no IAM user until it is made: PutUserPolicy fails with NoSuchEntity.
  failing: {
    profile: "cloud-aws",
    login: "hubot",
    fix: async (world) => void (world.platform as AwsPlatform).server.addPrincipal("user", "hubot"),
  },
};
const killed = (scenario: Parameters<typeof scenarios.killEverywhere>[2]) => () =>
  scenarios.killEverywhere(k, AWS, scenario, scenarios.PLATFORM_AND_LANDED).then(() => undefined);

const TIMEOUT = 3 * 60_000;
describe("apply and sweep killed around every platform write, on AWS IAM", () => {
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
