import { isCelError, run } from "@bufbuild/cel";
import { timestampFromDate } from "@bufbuild/protobuf/wkt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Grant } from "../../src/core/model/schema.js";
import { gcpGrantFor, grantBinding } from "../../src/providers/gcp/binding.js";
import gcpFactory, { createGcpIamProvider, type GcpOptions } from "../../src/providers/gcp/iam.js";
import { ProviderError } from "../../src/providers/provider.js";
import { type Binding, GcpTestServer } from "../support/gcp-server.js";
import { grantSpec, pool, testContext } from "../support/grants.js";

const RESOURCE = "projects/acme-prod";
const LOGS: Grant = { provider: "gcp-iam", resource: RESOURCE, role: "roles/logging.viewer" };
const WINDOW = { start: "2026-12-01T09:00:00Z", end: "2026-12-01T10:30:00Z" };
const NOW = new Date("2026-12-01T09:00:00Z");
const EXISTING: Binding[] = [
  { role: "roles/owner", members: ["group:admins@acme.example"] },
  {
    role: "roles/storage.objectViewer",
    members: ["user:carol@acme.example", "serviceAccount:ci@acme-prod.iam.gserviceaccount.com"],
    condition: { title: "weekdays", expression: "request.time.getDayOfWeek() < 5" },
  },
];

let server: GcpTestServer;
beforeAll(async () => {
  server = await GcpTestServer.start();
});
afterAll(() => server.close());
beforeEach(() => {
  server.faults.configure({ rate: 0, seed: 1, kinds: [] });
  server.policies.clear();
  server.addResource(RESOURCE, structuredClone(EXISTING));
});

const provider = (options: GcpOptions = {}, now = NOW) =>
  createGcpIamProvider(
    testContext({ GOOGLE_OAUTH_ACCESS_TOKEN: "test-token" }, () => now),
    {
      apiEndpoint: "127.0.0.1",
      port: server.port,
      protocol: "http",
      backoff: { attempts: 8, baseMs: 2, maxMs: 20 },
      timeoutMs: 400,
      ...options,
    },
  );

const holds = (expression: string, at: string) => {
  const result = run(expression, { request: new Map([["time", timestampFromDate(new Date(at))]]) });
  if (isCelError(result)) throw new Error(String(result));
  return result;
};
const shift = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();
const others = (bindings: Binding[]) => bindings.filter((b) => !b.condition?.title?.startsWith("gitjit "));

describe("gcp-iam conditional binding", () => {
  it("adds a binding whose condition GCP honours only until the expiry, keeping every other binding", async () => {
    const grant = grantSpec(LOGS, "user:monalisa@acme.example", WINDOW);
    expect(await provider().apply(grant)).toMatchObject({ changed: true });
    const bindings = server.bindings(RESOURCE);
    expect(others(bindings)).toEqual(EXISTING);
    const ours = bindings.find((b) => b.condition?.title === `gitjit ${grant.id}`);
    expect(ours).toEqual(grantBinding(gcpGrantFor(grant)));
    const expression = ours?.condition?.expression ?? "";
    expect(holds(expression, shift(WINDOW.start, -1))).toBe(false);
    expect(holds(expression, shift(WINDOW.start, 1))).toBe(true);
    expect(holds(expression, shift(WINDOW.end, -1))).toBe(true);
    expect(holds(expression, shift(WINDOW.end, 1))).toBe(false);
    expect(server.reasons.at(-1)).toMatch(new RegExp(`^gitjit ${grant.id}: requests/test/`));
  });

  it("sends the binding the plan shows", async () => {
    const grant = grantSpec(LOGS, "user:monalisa@acme.example", WINDOW);
    const [, set] = provider().plan(grant);
    await provider().apply(grant);
    expect(server.bindings(RESOURCE)).toContainEqual(set?.body);
  });

  it("re-applying changes nothing; revoking twice is harmless", async () => {
    const grant = grantSpec(LOGS, "user:monalisa@acme.example", WINDOW);
    await provider().apply(grant);
    expect(await provider().apply(grant)).toMatchObject({ changed: false });
    expect(server.bindings(RESOURCE)).toHaveLength(EXISTING.length + 1);
    await provider().revoke(grant, []);
    await provider().revoke(grant, []);
    expect(server.bindings(RESOURCE)).toEqual(EXISTING);
  });

  it("moves the binding's expiry when the grant is extended, and keeps one binding for it", async () => {
    const grant = grantSpec(LOGS, "user:monalisa@acme.example", WINDOW);
    await provider().apply(grant);
    const extended = { ...grant, expiresAt: "2026-12-01T12:30:00Z" };
    expect(await provider().apply(extended)).toMatchObject({ changed: true });
    const ours = server.bindings(RESOURCE).filter((b) => b.condition?.title === `gitjit ${grant.id}`);
    expect(ours).toEqual([grantBinding(gcpGrantFor(extended))]);
    expect(holds(ours[0]?.condition?.expression ?? "", shift(WINDOW.end, 1))).toBe(true);
    expect(holds(ours[0]?.condition?.expression ?? "", "2026-12-01T12:30:01Z")).toBe(false);
    expect(others(server.bindings(RESOURCE))).toEqual(EXISTING);
    expect(await provider().apply(extended)).toMatchObject({ changed: false });
  });

  it("revoking one of two overlapping grants leaves the other's binding", async () => {
    const first = grantSpec(LOGS, "user:monalisa@acme.example", WINDOW);
    const second = grantSpec(LOGS, "user:monalisa@acme.example", {
      start: WINDOW.start,
      end: "2026-12-01T12:00:00Z",
    });
    await provider().apply(first);
    await provider().apply(second);
    await provider().revoke(first, [second]);
    const left = server.bindings(RESOURCE).filter((b) => b.condition?.title?.startsWith("gitjit "));
    expect(left.map((b) => b.condition?.title)).toEqual([`gitjit ${second.id}`]);
    expect(holds(left[0]?.condition?.expression ?? "", "2026-12-01T11:00:00Z")).toBe(true);
  });

  it("cleans up the principal's expired gitjit bindings for the role when it grants again", async () => {
    const old = grantSpec(LOGS, "user:monalisa@acme.example", {
      start: "2026-11-01T09:00:00Z",
      end: "2026-11-01T10:00:00Z",
    });
    const otherPerson = grantSpec(LOGS, "user:octocat@acme.example", {
      start: "2026-11-01T09:00:00Z",
      end: "2026-11-01T10:00:00Z",
    });
    await provider({}, new Date("2026-11-01T09:00:00Z")).apply(old);
    await provider({}, new Date("2026-11-01T09:00:00Z")).apply(otherPerson);
    const fresh = grantSpec(LOGS, "user:monalisa@acme.example", WINDOW);
    await provider().apply(fresh);
    const titles = server.bindings(RESOURCE).map((b) => b.condition?.title);
    expect(titles).toContain(`gitjit ${fresh.id}`);
    expect(titles).toContain(`gitjit ${otherPerson.id}`);
    expect(titles).not.toContain(`gitjit ${old.id}`);
  });

  it("refuses a 21st live conditional binding of one role for one principal", async () => {
    const grants = Array.from({ length: 21 }, () => grantSpec(LOGS, "user:monalisa@acme.example", WINDOW));
    for (const g of grants.slice(0, 20)) await provider().apply(g);
    await expect(provider().apply(grants[20] as never)).rejects.toMatchObject({
      code: "gcp-condition-limit",
    });
  });

  it("reports an unknown role as GCP refuses it, without retrying", async () => {
    const grant = grantSpec(
      { ...LOGS, role: "roles/logging.viewr" } as Grant,
      "user:monalisa@acme.example",
      WINDOW,
    );
    await expect(provider().apply(grant)).rejects.toMatchObject({
      code: "gcp-invalid-argument",
      retryable: false,
    });
    expect(server.bindings(RESOURCE)).toEqual(EXISTING);
  });

  it("grants on folders and organizations too", async () => {
    server.addResource("folders/123456789");
    server.addResource("organizations/987654321");
    for (const resource of ["folders/123456789", "organizations/987654321"]) {
      const grant = grantSpec({ ...LOGS, resource } as Grant, "user:monalisa@acme.example", WINDOW);
      await provider().apply(grant);
      expect(server.bindings(resource).map((b) => b.condition?.title)).toEqual([`gitjit ${grant.id}`]);
    }
  });

  it("an apply cut off after GCP stored the policy converges when retried, nothing doubled", async () => {
    const grant = grantSpec(LOGS, "user:monalisa@acme.example", WINDOW);
    server.faults.configure({ rate: 1, seed: 3, kinds: ["drop"] });
    await expect(
      provider({ backoff: { attempts: 1, baseMs: 1, maxMs: 1 } }).apply(grant),
    ).rejects.toBeInstanceOf(ProviderError);
    server.faults.configure({ rate: 0, seed: 1, kinds: [] });
    expect(server.bindings(RESOURCE)).toHaveLength(EXISTING.length + 1);
    expect(await provider().apply(grant)).toMatchObject({ changed: false });
    expect(server.bindings(RESOURCE)).toHaveLength(EXISTING.length + 1);
  });

  it("keeps concurrent writers' changes when its etag goes stale", async () => {
    const grant = grantSpec(LOGS, "user:monalisa@acme.example", WINDOW);
    server.faults.configure({ rate: 0.8, seed: 5, kinds: ["conflict"] });
    await provider({ backoff: { attempts: 20, baseMs: 1, maxMs: 5 } }).apply(grant);
    expect(server.concurrentWrites).toBeGreaterThan(0);
    const bindings = server.bindings(RESOURCE);
    expect(bindings.filter((b) => b.role === "roles/browser")).toHaveLength(server.concurrentWrites);
    expect(bindings.some((b) => b.condition?.title === `gitjit ${grant.id}`)).toBe(true);
  });

  it("with 20% faults over 200 grants, each ends applied or reported failed, and revoke leaves nothing", async () => {
    const projects = Array.from({ length: 10 }, (_, i) => `projects/acme-team-${i}`);
    for (const p of projects) server.addResource(p, structuredClone(EXISTING));
    const grants = Array.from({ length: 200 }, (_, i) =>
      grantSpec(
        { ...LOGS, resource: projects[i % 10] } as Grant,
        `user:person-${i % 7}@acme.example`,
        WINDOW,
      ),
    );
    server.faults.configure({
      rate: 0.2,
      seed: 99,
      kinds: ["throttle", "error", "timeout", "drop", "conflict"],
    });
    const p = provider({ backoff: { attempts: 6, baseMs: 1, maxMs: 10 }, timeoutMs: 250 });
    const outcomes = await pool(grants, 6, (g) =>
      p.apply(g).then(
        () => "applied",
        (e) => (e instanceof ProviderError ? "failed" : Promise.reject(e)),
      ),
    );
    const titles = new Set(projects.flatMap((r) => server.bindings(r).map((b) => b.condition?.title)));
    grants.forEach((g, i) => {
      if (outcomes[i] === "applied") expect(titles.has(`gitjit ${g.id}`)).toBe(true);
    });
    expect(outcomes.filter((o) => o === "applied").length).toBeGreaterThan(150);
    for (const r of projects)
      expect(
        server
          .bindings(r)
          .filter((b) => !b.condition?.title?.startsWith("gitjit ") && b.role !== "roles/browser"),
      ).toEqual(EXISTING);
    for (let round = 0; round < 5 && server.gitjitLeftovers().length > 0; round++)
      await pool(grants, 6, (g) => p.revoke(g, []).catch(() => undefined));
    expect(server.gitjitLeftovers()).toEqual([]);
  }, 60_000);

  it("finds the bindings gitjit wrote, for reconcile", async () => {
    const grants = Array.from({ length: 3 }, (_, i) => grantSpec(LOGS, `user:p${i}@acme.example`, WINDOW));
    for (const g of grants) await provider().apply(g);
    const found = await provider().listManaged([LOGS]);
    expect(found.map((f) => f.grantId).sort()).toEqual(grants.map((g) => g.id).sort());
    expect(found[0]).toMatchObject({ location: RESOURCE, expiresAt: WINDOW.end });
  });

  it("names the missing credentials", async () => {
    const p = gcpFactory(testContext({}));
    await expect(p.apply(grantSpec(LOGS, "user:monalisa@acme.example", WINDOW))).rejects.toMatchObject({
      code: "gcp-credentials-missing",
      message: expect.stringMatching(/GOOGLE_APPLICATION_CREDENTIALS/),
    });
  });
});
