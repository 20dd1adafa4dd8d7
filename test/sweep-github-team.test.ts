/**
 * The sweep against the real GitHub team provider, which talks to the GitHub REST test server on
 * loopback through the real Octokit, with faults injected on the wire.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitLedgerStore } from "../src/adapters/git/ledger-store.js";
import { applyGrant } from "../src/commands/lifecycle.js";
import { sweep } from "../src/commands/sweep.js";
import { grantId } from "../src/core/grant.js";
import { readChain } from "../src/core/ledger/chain.js";
import { verifyLedger } from "../src/core/ledger/verify.js";
import type { Grant } from "../src/core/model/schema.js";
import { loadProvider } from "../src/providers/registry.js";
import { type TempGit, tempGit } from "./support/git-fixtures.js";
import { type GitHubServer, startGitHubServer } from "./support/github/server.js";
import { entry, REVIEWED } from "./support/ledger-fixtures.js";

const TEAM: Grant = { provider: "github-team", org: "acme", team: "incident-responders", exclusive: true };
let server: GitHubServer;
let git: TempGit;

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addTeam("@acme/incident-responders", ["lead-dana"]); // added by hand, not through gitjit
  git = tempGit();
});
afterEach(async () => {
  await server.close();
  git.cleanup();
});

const members = () =>
  (server.state.teams.get("acme/incident-responders")?.members ?? [])
    .map((id) => server.state.userById(id).login)
    .sort();

describe("sweep with the GitHub team provider on the GitHub test server", () => {
  it("removes expired members through faults, keeps a failing one until it goes, and removes a member the ledger does not hold", async () => {
    const clock = { now: new Date("2026-12-01T09:00:00Z") };
    const env = { GITJIT_GITHUB_TOKEN: "app-token", GITHUB_API_URL: server.url };
    const provider = () => loadProvider("github-team", { env, now: () => clock.now, log: () => {} });
    const store = new GitLedgerStore({
      repo: git.clone("runner"),
      branch: "gitjit-ledger",
      remote: "origin",
      now: () => clock.now,
    });
    const grants = ["hubot", "octocat", "monalisa"].map((login, n) =>
      entry(n, {
        principal: login,
        requester: login,
        profile: "incident-tools",
        // The request a grant comes from: its profile's folder, its requester's name.
        requestPath: `requests/incident-tools/${login}-debug.yaml`,
        id: grantId(`requests/incident-tools/${login}-debug.yaml`, 1000 + n),
        grant: TEAM,
        expiresAt: login === "monalisa" ? "2026-12-01T13:00:00.000Z" : "2026-12-01T11:00:00.000Z",
      }),
    );
    for (const g of grants)
      await applyGrant(store, await provider(), { spec: g, approval: REVIEWED, now: clock.now });
    expect(members()).toEqual(["hubot", "lead-dana", "monalisa", "octocat"]);

    server.inject({
      method: "DELETE",
      path: /memberships\/hubot$/,
      times: 1,
      status: 502,
      body: { message: "Bad gateway" },
    });
    server.inject({
      method: "DELETE",
      path: /memberships\/octocat$/,
      times: 1,
      status: 403,
      body: { message: "Forbidden" },
    });
    const run = () =>
      sweep(
        {
          now: clock.now,
          dryRun: false,
          concurrency: 2,
          attempts: 3,
          backoff: { baseMs: 1, maxMs: 5 },
          warnLeadMs: 0,
          reconcile: { scopes: [TEAM] },
        },
        {
          store,
          provider: async () => provider(),
          notifier: { notify: async () => {} },
          random: () => 0.5,
          sleep: async () => {},
          log: () => {},
        },
      );

    clock.now = new Date("2026-12-01T11:05:00Z");
    const first = await run();
    expect(first.removed.map((e) => e.principal)).toEqual(["hubot"]);
    expect(first.failing).toMatchObject([
      { principal: "octocat", attempts: 1, error: expect.stringContaining("github-team-forbidden") },
    ]);
    expect(first.orphans.map((o) => o.principal)).toEqual(["lead-dana"]);
    expect(members()).toEqual(["monalisa", "octocat"]);
    const faults = server.requests.filter((r) => r.status === 502 || r.status === 403).map((r) => r.status);
    expect(faults.sort()).toEqual([403, 502]);

    clock.now = new Date("2026-12-01T11:10:00Z");
    const second = await run();
    expect(second.removed.map((e) => e.principal)).toEqual(["octocat"]);
    expect(second.orphans).toEqual([]); // monalisa is there through her active grant
    expect(members()).toEqual(["monalisa"]);

    const contents = await store.contents();
    const records = readChain(contents.auditFiles).records.map((r) => r.record);
    expect(
      records
        .slice(6)
        .map((r) => [r.event, r.data.principal ?? grants.find((g) => g.id === r.grant)?.principal]),
    ).toEqual([
      ["expired", "hubot"],
      ["revoke-failing", "octocat"],
      ["orphan-revoked", "lead-dana"],
      ["expired", "octocat"],
    ]);
    expect(verifyLedger({ ...contents, now: clock.now, graceMs: 0 }).problems).toEqual([]);
  }, 60_000);
});
