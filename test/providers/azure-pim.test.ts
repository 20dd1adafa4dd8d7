import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Grant } from "../../src/core/model/schema.js";
import type { AzureOptions } from "../../src/providers/azure/client.js";
import pimFactory, { createAzurePimProvider } from "../../src/providers/azure/pim.js";
import { ProviderError } from "../../src/providers/provider.js";
import { AzureTestServer, testCredential } from "../support/azure-server.js";
import { grantSpec, pool, testContext } from "../support/grants.js";

const SUB = "/subscriptions/9b2f6c1e-3d4a-4e5b-8c7d-1a2b3c4d5e6f";
const READER: Grant = {
  provider: "azure-pim",
  scope: SUB,
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
  server.requests.clear();
  server.schedules.length = 0;
  server.principals.clear();
  server.received.length = 0;
  server.assignmentLimit = 4000;
  server.now = () => NOW;
  server.addPrincipal(OCTOCAT);
});

const provider = (options: AzureOptions = {}) =>
  createAzurePimProvider(
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

const ours = () => server.active().filter((s) => s.principalId === OCTOCAT);

describe("azure-pim role assignment schedule requests", () => {
  it("asks Azure for an assignment that ends by itself at the expiry, sending the body the plan shows", async () => {
    const grant = grantSpec(READER, OCTOCAT, WINDOW);
    const [op] = provider().plan(grant);
    expect(await provider().apply(grant)).toMatchObject({ changed: true });
    expect(server.received).toHaveLength(1);
    expect(`PUT ${server.received[0]?.path}`).toBe(op?.api);
    expect(server.received[0]?.body).toEqual(op?.body);
    expect(ours()).toMatchObject([{ end: "2026-12-01T10:30:00.000Z" }]);
    server.now = () => new Date("2026-12-01T10:30:01Z");
    expect(ours()).toEqual([]);
  });

  it("re-applying changes nothing; an early revoke removes it; revoking again is harmless", async () => {
    const grant = grantSpec(READER, OCTOCAT, WINDOW);
    await provider().apply(grant);
    expect(await provider().apply(grant)).toMatchObject({ changed: false });
    expect(ours()).toHaveLength(1);
    await provider().revoke(grant, []);
    expect(ours()).toEqual([]);
    await provider().revoke(grant, []);
    const types = [...server.requests.values()].map((r) => r.properties.requestType);
    expect(types).toEqual(["AdminAssign", "AdminRemove"]);
  });

  it("overlapping grants share the assignment: it lasts for the longer, and revoking one leaves the other's access", async () => {
    const first = grantSpec(READER, OCTOCAT, WINDOW);
    const second = grantSpec(READER, OCTOCAT, { start: WINDOW.start, end: "2026-12-01T12:00:00Z" });
    await provider().apply(first);
    expect(await provider().apply(second)).toMatchObject({ changed: true });
    expect(ours()).toMatchObject([{ end: "2026-12-01T12:00:00.000Z" }]);
    await provider().revoke(first, [second]);
    expect(ours()).toMatchObject([{ end: "2026-12-01T12:00:00.000Z" }]);
    await provider().revoke(second, [first]); // first is no longer active in a real ledger; still fine
    expect(ours()).toMatchObject([{ end: "2026-12-01T10:30:00.000Z" }]);
    await provider().revoke(first, []);
    expect(ours()).toEqual([]);
  });

  it("revoking the longer of two overlapping grants shortens the assignment to the other's end", async () => {
    const long = grantSpec(READER, OCTOCAT, { start: WINDOW.start, end: "2026-12-01T12:00:00Z" });
    const short = grantSpec(READER, OCTOCAT, WINDOW);
    await provider().apply(long);
    expect(await provider().apply(short)).toMatchObject({ changed: false });
    await provider().revoke(long, [short]);
    expect(ours()).toMatchObject([{ end: "2026-12-01T10:30:00.000Z" }]);
    const found = await provider().listManaged([READER]);
    expect(found.map((f) => f.grantId)).toEqual([short.id]);
  });

  it("leaves alone an assignment gitjit did not make", async () => {
    server.schedules.push({
      name: "standing",
      scope: SUB,
      principalId: OCTOCAT,
      roleDefinitionId: `${SUB}/providers/Microsoft.Authorization/roleDefinitions/${READER.roleDefinitionId}`,
      start: "2026-01-01T00:00:00Z",
      requestName: "made-by-a-person",
    });
    const grant = grantSpec(READER, OCTOCAT, WINDOW);
    expect(await provider().apply(grant)).toMatchObject({ changed: false });
    await provider().revoke(grant, []);
    expect(ours()).toHaveLength(1);
    expect(await provider().listManaged([READER])).toEqual([]);
  });

  it("waits out directory replication for a new principal", async () => {
    const fresh = "0c9e3a51-7d2b-4f6e-8a1c-93b5d7e2f408";
    server.addPrincipal(fresh, 3);
    await provider().apply(grantSpec(READER, fresh, WINDOW));
    expect(server.active().filter((s) => s.principalId === fresh)).toHaveLength(1);
  });

  it("gives up on a principal that never appears, saying so", async () => {
    const ghost = "11111111-2222-4333-8444-555555555555";
    await expect(provider().apply(grantSpec(READER, ghost, WINDOW))).rejects.toMatchObject({
      code: "azure-principal-not-found",
    });
  });

  it("fails loudly at the subscription's assignment limit", async () => {
    server.assignmentLimit = 0;
    const error = await provider()
      .apply(grantSpec(READER, OCTOCAT, WINDOW))
      .catch((e) => e);
    expect(error).toMatchObject({ code: "azure-assignment-limit", retryable: false });
    expect(error.message).toMatch(/RoleAssignmentLimitExceeded/);
  });

  it("reports a role definition Azure does not have", async () => {
    const bogus = { ...READER, roleDefinitionId: "00000000-1111-4222-8333-444444444444" } as Grant;
    await expect(provider().apply(grantSpec(bogus, OCTOCAT, WINDOW))).rejects.toMatchObject({
      code: "azure-role-unknown",
    });
  });

  it("an apply cut off after Azure took the request converges when retried, nothing doubled", async () => {
    const grant = grantSpec(READER, OCTOCAT, WINDOW);
    server.faults.configure({ rate: 1, seed: 2, kinds: ["drop"] });
    await expect(
      provider({ maxRetries: 0, principalBackoff: { attempts: 1, baseMs: 1, maxMs: 1 } }).apply(grant),
    ).rejects.toBeInstanceOf(ProviderError);
    server.faults.configure({ rate: 0, seed: 1, kinds: [] });
    expect(ours()).toHaveLength(1);
    expect(await provider().apply(grant)).toMatchObject({ changed: false });
    expect(ours()).toHaveLength(1);
    expect(server.requests.size).toBe(1);
  });

  it("with 20% faults over 200 grants, each ends applied or reported failed, and revoke leaves nothing", async () => {
    const principals = Array.from(
      { length: 200 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    );
    for (const p of principals) server.addPrincipal(p);
    const scopes = [SUB, `${SUB}/resourceGroups/payments`, `${SUB}/resourceGroups/web`];
    const grants = principals.map((p, i) =>
      grantSpec({ ...READER, scope: scopes[i % 3] } as Grant, p, WINDOW),
    );
    server.faults.configure({ rate: 0.2, seed: 7, kinds: ["throttle", "error", "timeout", "drop"] });
    const p = provider({ maxRetries: 2, timeoutMs: 250 });
    const outcomes = await pool(grants, 8, (g) =>
      p.apply(g).then(
        () => "applied",
        (e) => (e instanceof ProviderError ? "failed" : Promise.reject(e)),
      ),
    );
    const active = new Set(server.active().map((s) => s.principalId));
    grants.forEach((g, i) => {
      if (outcomes[i] === "applied") expect(active.has(g.principal)).toBe(true);
    });
    expect(outcomes.filter((o) => o === "applied").length).toBeGreaterThan(150);
    for (let round = 0; round < 5 && server.gitjitLeftovers().length > 0; round++)
      await pool(grants, 8, (g) => p.revoke(g, []).catch(() => undefined));
    expect(server.gitjitLeftovers()).toEqual([]);
  }, 60_000);

  it("names the missing credentials", async () => {
    const p = pimFactory(testContext({}));
    await expect(p.apply(grantSpec(READER, OCTOCAT, WINDOW))).rejects.toMatchObject({
      code: "azure-credentials-missing",
      message: expect.stringMatching(/AZURE_CLIENT_ID and AZURE_TENANT_ID/),
    });
  });
});
