import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GrantSpec, grantId } from "../../src/core/grant.js";
import { ProviderError } from "../../src/providers/provider.js";
import { loadProvider } from "../../src/providers/registry.js";
import { type GitHubServer, startGitHubServer } from "../support/github/server.js";

const NOW = new Date("2026-12-01T09:00:00Z");

function grant(login: string, n: number, extra: Partial<GrantSpec["grant"]> = {}): GrantSpec {
  const path = `requests/incident-tools/${login}-${n}.yaml`;
  return {
    id: grantId(path, n),
    requestPath: path,
    pr: n,
    requester: login,
    principal: login,
    profile: "incident-tools",
    grant: {
      provider: "github-team",
      org: "acme",
      team: "incident-responders",
      ...extra,
    } as GrantSpec["grant"],
    startsAt: NOW.toISOString(),
    expiresAt: new Date(NOW.getTime() + 3600_000).toISOString(),
    justification: "Join the incident bridge",
  };
}

let server: GitHubServer;
const log: string[] = [];
const members = () =>
  (server.state.teams.get("acme/incident-responders")?.members ?? [])
    .map((id) => server.state.userById(id).login)
    .sort();
const provider = (
  env: Record<string, string> = { GITJIT_GITHUB_TOKEN: "app-token", GITHUB_API_URL: server.url },
) => loadProvider("github-team", { env, now: () => NOW, log: (m) => log.push(m) });

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addTeam("@acme/incident-responders", ["lead-dana"]);
  log.length = 0;
});
afterEach(() => server.close());

describe("the GitHub team provider", () => {
  it("plans the exact membership call, without loading Octokit", async () => {
    const p = await provider({});
    expect(p.expiry).toBe("sweep");
    expect(p.plan(grant("hubot", 1, { role: "maintainer" }))).toEqual([
      { api: "PUT /orgs/acme/teams/incident-responders/memberships/hubot", body: { role: "maintainer" } },
    ]);
  });

  it("adds the member, idempotently, and removes them on revoke", async () => {
    const p = await provider();
    const g = grant("hubot", 1);
    expect(await p.apply(g)).toMatchObject({
      changed: true,
      refs: { org: "acme", team: "incident-responders", login: "hubot" },
    });
    expect(members()).toEqual(["hubot", "lead-dana"]);
    expect((await p.apply(g)).changed).toBe(false);
    expect(members()).toEqual(["hubot", "lead-dana"]);
    expect(server.requests.filter((r) => r.method === "PUT")).toHaveLength(1);
    await p.revoke(g, []);
    expect(members()).toEqual(["lead-dana"]);
    await p.revoke(g, []); // already gone: still fine
    expect(members()).toEqual(["lead-dana"]);
  });

  it("keeps a membership another active grant still gives (overlap-safe)", async () => {
    const p = await provider();
    const first = grant("hubot", 1);
    const second = grant("HUBOT", 2);
    await p.apply(first);
    await p.apply(second);
    await p.revoke(first, [first, second]);
    expect(members()).toContain("hubot");
    await p.revoke(second, []);
    expect(members()).not.toContain("hubot");
  });

  it("reconciles only exclusive teams, where every member is there through gitjit", async () => {
    const p = await provider();
    await p.apply(grant("hubot", 1));
    expect(await p.listManaged([grant("x", 9).grant])).toEqual([]);
    const found = await p.listManaged([grant("x", 9, { exclusive: true }).grant]);
    expect(found.map((m) => m.principal).sort()).toEqual(["hubot", "lead-dana"]);
    expect(found[0]).toMatchObject({
      location: "acme/incident-responders",
      ref: { org: "acme", team: "incident-responders" },
    });
  });

  it("paginates a large exclusive team", async () => {
    server.state.addTeam(
      "@acme/big",
      Array.from({ length: 250 }, (_, i) => `member-${i}`),
    );
    const p = await provider();
    const found = await p.listManaged([grant("x", 9, { team: "big", exclusive: true }).grant]);
    expect(found).toHaveLength(250);
  });

  it("says which variable to set when there is no token", async () => {
    const p = await provider({});
    await expect(p.apply(grant("hubot", 1))).rejects.toMatchObject({ code: "github-credentials-missing" });
    await expect(p.apply(grant("hubot", 1))).rejects.toThrow(/GITJIT_GITHUB_TOKEN or GITHUB_TOKEN/);
  });

  it("explains a token that cannot manage the team", async () => {
    server.inject({
      path: /memberships/,
      times: 5,
      status: 403,
      body: { message: "Resource not accessible by integration" },
    });
    const p = await provider();
    const error = await p.apply(grant("hubot", 1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: "github-team-forbidden" });
    expect(String((error as Error).message)).toContain("members: write");
  });

  it("reports an unknown team clearly", async () => {
    const p = await provider();
    await expect(p.apply(grant("hubot", 1, { team: "no-such-team" }))).rejects.toMatchObject({
      code: "github-team-not-found",
    });
  });

  it("retries GitHub's server errors and then succeeds", async () => {
    server.inject({
      method: "PUT",
      path: /memberships/,
      times: 1,
      status: 502,
      body: { message: "Bad gateway" },
    });
    const p = await provider();
    expect((await p.apply(grant("hubot", 1))).changed).toBe(true);
    expect(members()).toContain("hubot");
  });

  it("refuses to apply a grant that has already ended", async () => {
    const p = await provider();
    const ended = { ...grant("hubot", 1), expiresAt: "2026-12-01T08:59:59Z" };
    await expect(p.apply(ended)).rejects.toMatchObject({ code: "grant-ended" });
    expect(members()).toEqual(["lead-dana"]);
  });
});
