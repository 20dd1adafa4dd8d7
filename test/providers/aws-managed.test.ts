import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Grant } from "../../src/core/model/schema.js";
import { createAwsIdentityCenterProvider } from "../../src/providers/aws/identity-center.js";
import { createAwsManagedProvider } from "../../src/providers/aws/managed.js";
import { plannerFor } from "../../src/providers/planners.js";
import { ProviderError } from "../../src/providers/provider.js";
import { ACCOUNT, AwsTestServer } from "../support/aws-server.js";
import { grantSpec, pool, testContext } from "../support/grants.js";

const KEYS = { accessKeyId: "AKIDTEST", secretAccessKey: "secret" };
const READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
const MANAGED: Grant = { provider: "aws-iam-managed", account: ACCOUNT, policyArn: READ_ONLY };
const WINDOW = { start: "2026-12-01T09:00:00Z", end: "2026-12-01T10:30:00Z" };
const LATER = { start: "2026-12-01T09:00:00Z", end: "2026-12-01T12:00:00Z" };
const NOW = new Date("2026-12-01T09:00:00Z");
const INSTANCE = "arn:aws:sso:::instance/ssoins-1234567890abcdef";
const PERMISSION_SET = "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-abcdef1234567890";
const CENTER: Grant = {
  provider: "aws-identity-center",
  account: ACCOUNT,
  instanceArn: INSTANCE,
  permissionSetArn: PERMISSION_SET,
};
const USER = "906757ab12-3c4d5e6f-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

let server: AwsTestServer;
beforeAll(async () => {
  server = await AwsTestServer.start();
});
afterAll(() => server.close());
beforeEach(() => {
  server.faults.configure({ rate: 0, seed: 1, kinds: [] });
  server.principals.clear();
  server.sso.permissionSets.clear();
  server.sso.assignments.clear();
  server.sso.users.clear();
  server.sso.addPermissionSet(PERMISSION_SET);
  server.sso.users.add(USER);
});

const options = { credentials: KEYS, retryBaseMs: 2, timeoutMs: 300, pollMs: 1 };
const managed = (extra = {}) =>
  createAwsManagedProvider(
    testContext({}, () => NOW),
    { ...options, endpoint: server.url, ...extra },
  );
const center = (extra = {}) =>
  createAwsIdentityCenterProvider(
    testContext({}, () => NOW),
    { ...options, endpoint: server.url, ...extra },
  );

describe("aws-iam-managed (sweep-enforced)", () => {
  it("tags the principal with the grant, then attaches the policy, as planned", async () => {
    const role = server.addPrincipal("role", "hubot-oncall");
    const grant = grantSpec(MANAGED, role.arn, WINDOW);
    const [tag, attach] = managed().plan(grant);
    expect(tag?.api).toBe("iam:TagRole");
    expect(attach).toEqual({
      api: "iam:AttachRolePolicy",
      body: { RoleName: "hubot-oncall", PolicyArn: READ_ONLY },
    });
    expect(await managed().apply(grant)).toMatchObject({ changed: true });
    expect([...role.attached]).toEqual([READ_ONLY]);
    expect(Object.fromEntries(role.tags)).toEqual({ [`gitjit:${grant.id}`]: `${WINDOW.end} ${READ_ONLY}` });
    expect(await managed().apply(grant)).toMatchObject({ changed: false });
    expect(await managed().listManaged([MANAGED])).toEqual([
      expect.objectContaining({ grantId: grant.id, principal: role.arn, expiresAt: WINDOW.end }),
    ]);
  });

  it("revoking one of two overlapping grants keeps the policy attached for the other", async () => {
    const user = server.addPrincipal("user", "octocat");
    const first = grantSpec(MANAGED, user.arn, WINDOW);
    const second = grantSpec(MANAGED, user.arn, LATER);
    await managed().apply(first);
    await managed().apply(second);
    await managed().revoke(first, [second]);
    expect([...user.attached]).toEqual([READ_ONLY]);
    await managed().revoke(second, []);
    expect(user.attached.size).toBe(0);
    expect(server.gitjitLeftovers()).toEqual([]);
  });

  it("never detaches a policy that was attached before gitjit granted it", async () => {
    const user = server.addPrincipal("user", "octocat");
    user.attached.add(READ_ONLY);
    const first = grantSpec(MANAGED, user.arn, WINDOW);
    const second = grantSpec(MANAGED, user.arn, LATER);
    await managed().apply(first);
    await managed().apply(second);
    await managed().revoke(first, []);
    await managed().revoke(second, []);
    expect([...user.attached]).toEqual([READ_ONLY]);
    expect(server.gitjitLeftovers()).toEqual([]);
  });

  it("an apply cut off between its writes converges when retried, nothing doubled", async () => {
    const user = server.addPrincipal("user", "octocat");
    const grant = grantSpec(MANAGED, user.arn, WINDOW);
    server.faults.configure({ rate: 1, seed: 4, kinds: ["drop"] });
    await expect(managed({ maxAttempts: 1 }).apply(grant)).rejects.toBeInstanceOf(ProviderError);
    server.faults.configure({ rate: 0, seed: 1, kinds: [] });
    await managed().apply(grant);
    expect(user.tags.size).toBe(1);
    expect(user.attached.size).toBe(1);
  });

  it("with 20% faults over 200 grants, each ends applied or reported failed, and revoke leaves nothing", async () => {
    const users = Array.from({ length: 50 }, (_, i) => server.addPrincipal("user", `u${i}`));
    const grants = Array.from({ length: 200 }, (_, i) =>
      grantSpec(MANAGED, (users[i % 50] as { arn: string }).arn, WINDOW),
    );
    server.faults.configure({ rate: 0.2, seed: 5, kinds: ["throttle", "error", "timeout", "drop"] });
    const p = managed({ maxAttempts: 3 });
    // Grants to one principal are applied one after another, as apply runs them.
    const outcomes = await pool(users, 8, async (u) => {
      const out: [string, string][] = [];
      for (const g of grants.filter((g) => g.principal === u.arn))
        out.push([
          g.id,
          await p.apply(g).then(
            () => "applied",
            (e) => (e instanceof ProviderError ? "failed" : Promise.reject(e)),
          ),
        ]);
      return out;
    });
    const byId = new Map(outcomes.flat());
    for (const g of grants) {
      const u = users.find((x) => x.arn === g.principal);
      if (byId.get(g.id) === "applied") {
        expect(u?.tags.has(`gitjit:${g.id}`)).toBe(true);
        expect(u?.attached.has(READ_ONLY)).toBe(true);
      }
    }
    expect([...byId.values()].filter((o) => o === "applied").length).toBeGreaterThan(150);
    for (let round = 0; round < 5 && server.gitjitLeftovers().length > 0; round++)
      await pool(grants, 8, (g) => p.revoke(g, []).catch(() => undefined));
    expect(server.gitjitLeftovers()).toEqual([]);
    expect(users.filter((u) => u.attached.size > 0)).toEqual([]);
  }, 60_000);
});

describe("aws-identity-center (sweep-enforced)", () => {
  it("tells reviewers that issued sessions outlive the removal", () => {
    const grant = grantSpec(CENTER, USER, WINDOW);
    expect(plannerFor("aws-identity-center").notes(grant).join(" ")).toMatch(/session duration/);
    expect(
      center()
        .plan(grant)
        .map((o) => o.api),
    ).toEqual(["sso:TagResource", "sso:CreateAccountAssignment"]);
  });

  it("assigns the permission set, waits for it, and finds it again by its tag", async () => {
    const grant = grantSpec(CENTER, USER, WINDOW);
    expect(await center().apply(grant)).toMatchObject({ changed: true });
    expect([...server.sso.assignments]).toEqual([`${ACCOUNT}|${PERMISSION_SET}|${USER}`]);
    expect(await center().apply(grant)).toMatchObject({ changed: false });
    expect(await center().listManaged([CENTER])).toEqual([
      expect.objectContaining({ grantId: grant.id, principal: USER, expiresAt: WINDOW.end }),
    ]);
  });

  it("revoking one of two overlapping grants keeps the assignment; the last revoke removes it", async () => {
    const first = grantSpec(CENTER, USER, WINDOW);
    const second = grantSpec(CENTER, USER, LATER);
    await center().apply(first);
    await center().apply(second);
    await center().revoke(first, [second]);
    expect(server.sso.assignments.size).toBe(1);
    await center().revoke(second, []);
    expect(server.sso.assignments.size).toBe(0);
    expect(server.gitjitLeftovers()).toEqual([]);
  });

  it("leaves an assignment people made", async () => {
    server.sso.assignments.add(`${ACCOUNT}|${PERMISSION_SET}|${USER}`);
    const grant = grantSpec(CENTER, USER, WINDOW);
    await center().apply(grant);
    await center().revoke(grant, []);
    expect(server.sso.assignments.size).toBe(1);
    expect(server.gitjitLeftovers()).toEqual([]);
  });

  it("with 20% faults over 200 grants, each ends applied or reported failed, and revoke leaves nothing", async () => {
    const sets = Array.from(
      { length: 10 },
      (_, i) => `${PERMISSION_SET.slice(0, -2)}${String(i).padStart(2, "0")}`,
    );
    for (const s of sets) server.sso.addPermissionSet(s);
    const users = Array.from(
      { length: 20 },
      (_, i) => `906757ab12-3c4d5e6f-1a2b-4c3d-8e9f-0a1b2c3d4e${String(i).padStart(2, "0")}`,
    );
    for (const u of users) server.sso.users.add(u);
    const grants = Array.from({ length: 200 }, (_, i) =>
      grantSpec(
        { ...CENTER, permissionSetArn: sets[i % 10] } as Grant,
        users[Math.floor(i / 10)] as string,
        WINDOW,
      ),
    );
    server.faults.configure({ rate: 0.2, seed: 6, kinds: ["throttle", "error", "timeout", "drop"] });
    const p = center({ maxAttempts: 3 });
    const outcomes = await pool(grants, 8, (g) =>
      p.apply(g).then(
        () => "applied",
        (e) => (e instanceof ProviderError ? "failed" : Promise.reject(e)),
      ),
    );
    grants.forEach((g, i) => {
      if (outcomes[i] === "applied") {
        const set = (g.grant as { permissionSetArn: string }).permissionSetArn;
        expect(server.sso.assignments.has(`${ACCOUNT}|${set}|${g.principal}`)).toBe(true);
      }
    });
    expect(outcomes.filter((o) => o === "applied").length).toBeGreaterThan(150);
    for (let round = 0; round < 5 && server.gitjitLeftovers().length > 0; round++)
      await pool(grants, 8, (g) => p.revoke(g, []).catch(() => undefined));
    expect(server.gitjitLeftovers()).toEqual([]);
    expect(server.sso.assignments.size).toBe(0);
  }, 60_000);
});
