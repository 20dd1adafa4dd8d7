import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Grant } from "../../src/core/model/schema.js";
import { createAzureRoleAssignmentProvider } from "../../src/providers/azure/role-assignment.js";
import { ProviderError } from "../../src/providers/provider.js";
import { AzureTestServer, testCredential } from "../support/azure-server.js";
import { grantSpec, pool, testContext } from "../support/grants.js";

const SUB = "/subscriptions/9b2f6c1e-3d4a-4e5b-8c7d-1a2b3c4d5e6f";
const READER: Grant = {
  provider: "azure-role-assignment",
  scope: `${SUB}/resourceGroups/payments`,
  roleDefinitionId: "acdd72a7-3385-48ef-bd42-f606fba81ae7",
};
const OCTOCAT = "5f0b2d7c-1a3e-4c8d-9b6f-2e4a7c9d1b30";
const WINDOW = { start: "2026-12-01T09:00:00Z", end: "2026-12-01T10:30:00Z" };
const NOW = new Date("2026-12-01T09:00:00Z");

let server: AzureTestServer;
beforeAll(async () => {
  server = await AzureTestServer.start();
});
afterAll(() => server.close());
beforeEach(() => {
  server.faults.configure({ rate: 0, seed: 1, kinds: [] });
  server.assignments.clear();
  server.principals.clear();
  server.received.length = 0;
  server.addPrincipal(OCTOCAT);
});

const provider = (options = {}) =>
  createAzureRoleAssignmentProvider(
    testContext({}, () => NOW),
    {
      endpoint: server.url,
      ca: server.ca,
      credential: testCredential,
      maxRetries: 3,
      retryDelayMs: 2,
      timeoutMs: 400,
      principalBackoff: { attempts: 5, baseMs: 2, maxMs: 10 },
      ...options,
    },
  );

const assigned = () => [...server.assignments.values()].filter((a) => a.properties.principalId === OCTOCAT);

describe("azure-role-assignment (sweep-enforced)", () => {
  it("creates the assignment the plan shows, its description carrying the grant and its end", async () => {
    const grant = grantSpec(READER, OCTOCAT, WINDOW);
    const [op] = provider().plan(grant);
    expect(await provider().apply(grant)).toMatchObject({ changed: true });
    expect(`PUT ${server.received[0]?.path}`).toBe(op?.api);
    expect(server.received[0]?.body).toEqual(op?.body);
    expect(assigned()[0]?.properties.description).toMatch(
      new RegExp(`^gitjit ${grant.id}: .*; ends 2026-12-01T10:30:00.000Z$`),
    );
    expect(await provider().listManaged([READER])).toEqual([
      expect.objectContaining({
        grantId: grant.id,
        principal: OCTOCAT,
        expiresAt: "2026-12-01T10:30:00.000Z",
      }),
    ]);
  });

  it("overlapping grants share one assignment, kept until the last of them is revoked", async () => {
    const first = grantSpec(READER, OCTOCAT, WINDOW);
    const second = grantSpec(READER, OCTOCAT, { start: WINDOW.start, end: "2026-12-01T12:00:00Z" });
    await provider().apply(first);
    expect(await provider().apply(second)).toMatchObject({ changed: false });
    expect(assigned()).toHaveLength(1);
    await provider().revoke(first, [second]);
    expect(assigned()).toHaveLength(1);
    await provider().revoke(second, []);
    expect(assigned()).toEqual([]);
  });

  it("never removes an assignment people made", async () => {
    server.assignments.set("standing", {
      name: "standing",
      scope: READER.scope,
      properties: {
        principalId: OCTOCAT,
        roleDefinitionId: `${SUB}/providers/Microsoft.Authorization/roleDefinitions/${READER.roleDefinitionId}`,
        description: "on-call reader, approved by the CISO",
      },
    });
    const grant = grantSpec(READER, OCTOCAT, WINDOW);
    expect(await provider().apply(grant)).toMatchObject({ changed: false });
    await provider().revoke(grant, []);
    expect(assigned()).toHaveLength(1);
  });

  it("an apply cut off after Azure made the assignment converges when retried, nothing doubled", async () => {
    const grant = grantSpec(READER, OCTOCAT, WINDOW);
    server.faults.configure({ rate: 1, seed: 2, kinds: ["drop"] });
    await expect(
      provider({ maxRetries: 0, principalBackoff: { attempts: 1, baseMs: 1, maxMs: 1 } }).apply(grant),
    ).rejects.toBeInstanceOf(ProviderError);
    server.faults.configure({ rate: 0, seed: 1, kinds: [] });
    expect(assigned()).toHaveLength(1);
    expect(await provider().apply(grant)).toMatchObject({ changed: false });
    expect(assigned()).toHaveLength(1);
  });

  it("with 20% faults over 200 grants, each ends applied or reported failed, and revoke leaves nothing", async () => {
    const principals = Array.from(
      { length: 200 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    );
    for (const p of principals) server.addPrincipal(p);
    const grants = principals.map((p) => grantSpec(READER, p, WINDOW));
    server.faults.configure({ rate: 0.2, seed: 11, kinds: ["throttle", "error", "timeout", "drop"] });
    const p = provider({ maxRetries: 2, timeoutMs: 250 });
    const outcomes = await pool(grants, 8, (g) =>
      p.apply(g).then(
        () => "applied",
        (e) => (e instanceof ProviderError ? "failed" : Promise.reject(e)),
      ),
    );
    const present = new Set([...server.assignments.values()].map((a) => a.properties.principalId));
    grants.forEach((g, i) => {
      if (outcomes[i] === "applied") expect(present.has(g.principal)).toBe(true);
    });
    expect(outcomes.filter((o) => o === "applied").length).toBeGreaterThan(150);
    for (let round = 0; round < 5 && server.gitjitLeftovers().length > 0; round++)
      await pool(grants, 8, (g) => p.revoke(g, []).catch(() => undefined));
    expect(server.gitjitLeftovers()).toEqual([]);
  }, 60_000);
});
