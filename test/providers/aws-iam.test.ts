import { IAMClient, SimulatePrincipalPolicyCommand } from "@aws-sdk/client-iam";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Grant } from "../../src/core/model/schema.js";
import awsIamFactory, { createAwsIamProvider } from "../../src/providers/aws/iam.js";
import { ProviderError } from "../../src/providers/provider.js";
import { ACCOUNT, AwsTestServer } from "../support/aws-server.js";
import { grantSpec, pool, testContext } from "../support/grants.js";

const KEYS = { accessKeyId: "AKIDTEST", secretAccessKey: "secret" };
const S3_READ: Grant = {
  provider: "aws-iam",
  account: ACCOUNT,
  statements: [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::acme-prod-uploads/*"] }],
};
const WINDOW = { start: "2026-12-01T09:00:00Z", end: "2026-12-01T10:30:00Z" };

let server: AwsTestServer;
beforeAll(async () => {
  server = await AwsTestServer.start();
});
afterAll(() => server.close());
beforeEach(() => {
  server.faults.configure({ rate: 0, seed: 1, kinds: [] });
  server.principals.clear();
});

const provider = (options = {}) =>
  createAwsIamProvider(testContext(), {
    endpoint: server.url,
    credentials: KEYS,
    retryBaseMs: 2,
    timeoutMs: 400,
    ...options,
  });

async function decision(principalArn: string, at: string, action = "s3:GetObject") {
  const iam = new IAMClient({ endpoint: server.url, region: "us-east-1", credentials: KEYS });
  const out = await iam.send(
    new SimulatePrincipalPolicyCommand({
      PolicySourceArn: principalArn,
      ActionNames: [action],
      ResourceArns: ["arn:aws:s3:::acme-prod-uploads/report.csv"],
      ContextEntries: [{ ContextKeyName: "aws:CurrentTime", ContextKeyType: "date", ContextKeyValues: [at] }],
    }),
  );
  return out.EvaluationResults?.[0]?.EvalDecision;
}

const shift = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();

describe("aws-iam inline policy", () => {
  it("writes a policy AWS honours only between the start and the expiry", async () => {
    const role = server.addPrincipal("role", "hubot-oncall");
    const grant = grantSpec(S3_READ, role.arn, WINDOW);
    expect(await provider().apply(grant)).toMatchObject({ changed: true });
    expect([...role.inline.keys()]).toEqual([`gitjit-${grant.id}`]);
    expect(await decision(role.arn, shift(WINDOW.start, -1))).toBe("implicitDeny");
    expect(await decision(role.arn, shift(WINDOW.start, 1))).toBe("allowed");
    expect(await decision(role.arn, shift(WINDOW.end, -1))).toBe("allowed");
    expect(await decision(role.arn, shift(WINDOW.end, 1))).toBe("implicitDeny");
    expect(await decision(role.arn, shift(WINDOW.start, 1), "s3:PutObject")).toBe("implicitDeny");
  });

  it("sends exactly the document the plan shows", async () => {
    const user = server.addPrincipal("user", "octocat");
    const grant = grantSpec(S3_READ, user.arn, WINDOW);
    const [op] = provider().plan(grant);
    await provider().apply(grant);
    expect(op?.api).toBe("iam:PutUserPolicy");
    const body = op?.body as { PolicyDocument: unknown; PolicyName: string };
    expect(JSON.parse(user.inline.get(body.PolicyName) ?? "")).toEqual(body.PolicyDocument);
  });

  it("re-applying changes nothing and revoking twice is harmless", async () => {
    const user = server.addPrincipal("user", "octocat");
    const grant = grantSpec(S3_READ, user.arn, WINDOW);
    await provider().apply(grant);
    expect(await provider().apply(grant)).toMatchObject({ changed: false });
    await provider().revoke(grant, []);
    await provider().revoke(grant, []);
    expect(user.inline.size).toBe(0);
  });

  it("revoking one of two overlapping grants leaves the other working", async () => {
    const role = server.addPrincipal("role", "hubot-oncall");
    const first = grantSpec(S3_READ, role.arn, WINDOW);
    const second = grantSpec(S3_READ, role.arn, { start: WINDOW.start, end: "2026-12-01T12:00:00Z" });
    await provider().apply(first);
    await provider().apply(second);
    await provider().revoke(first, [second]);
    expect([...role.inline.keys()]).toEqual([`gitjit-${second.id}`]);
    expect(await decision(role.arn, "2026-12-01T11:00:00Z")).toBe("allowed");
  });

  it("refuses at plan time a policy larger than a user may hold", () => {
    const big: Grant = {
      ...S3_READ,
      statements: [
        {
          actions: ["s3:GetObject"],
          resources: Array.from({ length: 80 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`),
        },
      ],
    } as Grant;
    const user = grantSpec(big, `arn:aws:iam::${ACCOUNT}:user/octocat`, WINDOW);
    expect(() => provider().plan(user)).toThrow(expect.objectContaining({ code: "aws-policy-too-large" }));
    const role = grantSpec(big, `arn:aws:iam::${ACCOUNT}:role/hubot`, WINDOW);
    expect(provider().plan(role)).toHaveLength(1);
  });

  it("reports AWS's refusal when a user's inline policies together grow too large", async () => {
    const user = server.addPrincipal("user", "octocat");
    const grants = Array.from({ length: 8 }, () => grantSpec(S3_READ, user.arn, WINDOW));
    const outcomes = [];
    for (const g of grants)
      outcomes.push(
        await provider()
          .apply(g)
          .catch((e: ProviderError) => e),
      );
    const refused = outcomes.filter((o) => o instanceof ProviderError);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatchObject({ code: "aws-limit-exceeded", retryable: false });
    expect((refused[0] as ProviderError).message).toMatch(/2,048 characters/);
  });

  it("finds every policy gitjit wrote across pages of users and roles", async () => {
    const grants = Array.from({ length: 30 }, (_, i) => {
      const p = server.addPrincipal(i % 2 ? "user" : "role", `p${i}`);
      return grantSpec(S3_READ, p.arn, WINDOW);
    });
    server.principals.get("user/p1")?.inline.set("someone-elses", "{}");
    for (const g of grants) await provider().apply(g);
    const found = await provider().listManaged([S3_READ]);
    expect(found.map((f) => f.grantId).sort()).toEqual(grants.map((g) => g.id).sort());
    expect(found[0]?.expiresAt).toBe(WINDOW.end);
  });

  it("lists the account once however many scopes reconcile asks about, and again after a failure", async () => {
    const role = server.addPrincipal("role", "lister");
    const grant = grantSpec(S3_READ, role.arn, WINDOW);
    const p = provider({ maxAttempts: 1 });
    await p.apply(grant);
    const listings = () => server.calls.get("GetAccountAuthorizationDetails") ?? 0;
    const before = listings();
    const other: Grant = { ...S3_READ, statements: [{ actions: ["s3:PutObject"], resources: ["*"] }] };
    const [a, b] = await Promise.all([p.listManaged([S3_READ]), p.listManaged([other])]);
    expect(a.map((f) => f.grantId)).toContain(grant.id);
    expect(b).toEqual(a);
    expect(listings() - before).toBe(1);

    const fresh = provider({ maxAttempts: 1 });
    server.faults.configure({ rate: 1, seed: 3, kinds: ["error"] });
    await expect(fresh.listManaged([S3_READ])).rejects.toBeInstanceOf(ProviderError);
    server.faults.configure({ rate: 0, seed: 1, kinds: [] });
    expect((await fresh.listManaged([S3_READ])).map((f) => f.grantId)).toContain(grant.id);
  });

  it("an apply cut off after AWS stored the policy converges when retried, nothing doubled", async () => {
    const role = server.addPrincipal("role", "hubot-oncall");
    const grant = grantSpec(S3_READ, role.arn, WINDOW);
    server.faults.configure({ rate: 1, seed: 7, kinds: ["drop"] });
    const first = await provider({ maxAttempts: 1 })
      .apply(grant)
      .catch((e: ProviderError) => e);
    expect(first).toBeInstanceOf(ProviderError);
    server.faults.configure({ rate: 0, seed: 1, kinds: [] });
    expect(role.inline.size).toBe(1);
    expect(await provider().apply(grant)).toMatchObject({ changed: false });
    expect(role.inline.size).toBe(1);
  });

  it("with 20% faults over 200 grants, each ends applied or reported failed, and revoke leaves nothing", async () => {
    const roles = Array.from({ length: 40 }, (_, i) => server.addPrincipal("role", `r${i}`));
    const grants = Array.from({ length: 200 }, (_, i) =>
      grantSpec(S3_READ, (roles[i % 40] as { arn: string }).arn, WINDOW),
    );
    server.faults.configure({ rate: 0.2, seed: 42, kinds: ["throttle", "error", "timeout", "drop"] });
    const p = provider({ maxAttempts: 3 });
    const outcomes = await pool(grants, 8, (g) =>
      p.apply(g).then(
        () => "applied" as const,
        (e) => (e instanceof ProviderError ? ("failed" as const) : Promise.reject(e)),
      ),
    );
    const stored = new Set([...server.principals.values()].flatMap((r) => [...r.inline.keys()]));
    grants.forEach((g, i) => {
      if (outcomes[i] === "applied") expect(stored.has(`gitjit-${g.id}`)).toBe(true);
    });
    expect(outcomes.filter((o) => o === "applied").length).toBeGreaterThan(150);
    expect(Object.values(server.faults.injected).reduce((a, b) => a + b, 0)).toBeGreaterThan(40);
    // Revoke everything (failed grants too: their write may have landed), retrying what failed.
    for (let round = 0; round < 5; round++) {
      await pool(grants, 8, (g) => p.revoke(g, []).catch(() => undefined));
    }
    expect(server.gitjitLeftovers()).toEqual([]);
  }, 60_000);

  it("names the missing credentials instead of searching elsewhere", async () => {
    const p = awsIamFactory(testContext({ AWS_ENDPOINT_URL_IAM: server.url }));
    const role = server.addPrincipal("role", "hubot-oncall");
    await expect(p.apply(grantSpec(S3_READ, role.arn, WINDOW))).rejects.toMatchObject({
      code: "aws-credentials-missing",
      message: expect.stringMatching(/AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE/),
    });
  });

  it("reads keys and the endpoint from the environment", async () => {
    const p = awsIamFactory(
      testContext({
        AWS_ENDPOINT_URL_IAM: server.url,
        AWS_ACCESS_KEY_ID: "AKIDENV",
        AWS_SECRET_ACCESS_KEY: "s",
      }),
    );
    const role = server.addPrincipal("role", "hubot-oncall");
    await p.apply(grantSpec(S3_READ, role.arn, WINDOW));
    expect(role.inline.size).toBe(1);
  });
});
