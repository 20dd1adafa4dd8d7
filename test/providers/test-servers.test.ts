/**
 * The loopback servers refuse what the real services refuse, answered through the real SDK
 * clients; otherwise the provider tests would prove nothing about the real platforms.
 */
import { GetUserPolicyCommand, IAMClient, PutUserPolicyCommand } from "@aws-sdk/client-iam";
import { AuthorizationManagementClient } from "@azure/arm-authorization";
import { ProjectsClient } from "@google-cloud/resource-manager";
import { OAuth2Client } from "google-auth-library";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AwsTestServer } from "../support/aws-server.js";
import { AzureTestServer, testCredential } from "../support/azure-server.js";
import { Faults } from "../support/faults.js";
import { GcpTestServer } from "../support/gcp-server.js";

const SUB = "/subscriptions/9b2f6c1e-3d4a-4e5b-8c7d-1a2b3c4d5e6f";
const OCTOCAT = "5f0b2d7c-1a3e-4c8d-9b6f-2e4a7c9d1b30";
const CONDITION = { title: "t", expression: 'request.time < timestamp("2030-01-01T00:00:00Z")' };

let aws: AwsTestServer;
let gcp: GcpTestServer;
let azure: AzureTestServer;
beforeAll(async () => {
  [aws, gcp, azure] = await Promise.all([
    AwsTestServer.start(),
    GcpTestServer.start(),
    AzureTestServer.start(),
  ]);
});
afterAll(() => Promise.all([aws.close(), gcp.close(), azure.close()]));

function projects() {
  const authClient = new OAuth2Client();
  authClient.setCredentials({ access_token: "t" });
  return new ProjectsClient({
    fallback: "rest",
    apiEndpoint: "127.0.0.1",
    port: gcp.port,
    protocol: "http",
    authClient,
  });
}

describe("the GCP test server", () => {
  it("refuses a conditional binding in a policy below version 3, and flattens it on a version-1 read", async () => {
    gcp.addResource("projects/acme-test");
    const client = projects();
    const [policy] = await client.getIamPolicy({
      resource: "projects/acme-test",
      options: { requestedPolicyVersion: 3 },
    });
    const binding = { role: "roles/logging.viewer", members: ["user:a@acme.example"], condition: CONDITION };
    await expect(
      client.setIamPolicy({
        resource: "projects/acme-test",
        policy: { ...policy, version: 1, bindings: [binding] },
      }),
    ).rejects.toMatchObject({ code: 400, message: expect.stringMatching(/version 3/) });
    await client.setIamPolicy({
      resource: "projects/acme-test",
      policy: { ...policy, version: 3, bindings: [binding] },
    });
    const [old] = await client.getIamPolicy({
      resource: "projects/acme-test",
      options: { requestedPolicyVersion: 1 },
    });
    expect(old.version).toBe(1);
    expect(old.bindings?.[0]?.role).toMatch(/^roles\/logging\.viewer_withcond_/);
  });

  it("refuses a stale etag with 409 ABORTED, an unknown role, and a condition on a basic role", async () => {
    gcp.addResource("projects/acme-etag");
    const client = projects();
    const [first] = await client.getIamPolicy({
      resource: "projects/acme-etag",
      options: { requestedPolicyVersion: 3 },
    });
    await client.setIamPolicy({
      resource: "projects/acme-etag",
      policy: { ...first, bindings: [{ role: "roles/browser", members: ["user:b@acme.example"] }] },
    });
    await expect(
      client.setIamPolicy({ resource: "projects/acme-etag", policy: { ...first, bindings: [] } }),
    ).rejects.toMatchObject({
      code: 409,
      message: expect.stringMatching(/ABORTED/),
    });
    const [now] = await client.getIamPolicy({
      resource: "projects/acme-etag",
      options: { requestedPolicyVersion: 3 },
    });
    for (const binding of [
      { role: "roles/compute.admn", members: ["user:b@acme.example"] },
      { role: "roles/owner", members: ["user:b@acme.example"], condition: CONDITION },
    ])
      await expect(
        client.setIamPolicy({
          resource: "projects/acme-etag",
          policy: { ...now, version: 3, bindings: [binding] },
        }),
      ).rejects.toMatchObject({ code: 400 });
  });
});

describe("the AWS test server", () => {
  it("answers throttling the way the SDK recognises and retries", async () => {
    aws.addPrincipal("user", "throttled");
    aws.faults.configure({ rate: 1, seed: 1, kinds: ["throttle"] });
    const iam = new IAMClient({
      endpoint: aws.url,
      region: "us-east-1",
      credentials: { accessKeyId: "A", secretAccessKey: "s" },
      maxAttempts: 2,
    });
    const error = await iam
      .send(new GetUserPolicyCommand({ UserName: "throttled", PolicyName: "p" }))
      .catch((e) => e);
    aws.faults.configure({ rate: 0, seed: 1, kinds: [] });
    expect(error).toMatchObject({ name: "Throttling", $metadata: { attempts: 2 } });
  });

  it("refuses an inline policy over the user limit, counting without whitespace", async () => {
    aws.addPrincipal("user", "big");
    const iam = new IAMClient({
      endpoint: aws.url,
      region: "us-east-1",
      credentials: { accessKeyId: "A", secretAccessKey: "s" },
    });
    const statement = (n: number) => ({
      Effect: "Allow",
      Action: "s3:GetObject",
      Resource: `arn:aws:s3:::${"b".repeat(n)}/*`,
    });
    const document = (n: number) =>
      JSON.stringify({ Version: "2012-10-17", Statement: [statement(n)] }, null, 8);
    const overhead = document(0).replace(/\s/g, "").length;
    await iam.send(
      new PutUserPolicyCommand({
        UserName: "big",
        PolicyName: "fits",
        PolicyDocument: document(2048 - overhead),
      }),
    );
    await expect(
      iam.send(
        new PutUserPolicyCommand({
          UserName: "big",
          PolicyName: "fits",
          PolicyDocument: document(2049 - overhead),
        }),
      ),
    ).rejects.toMatchObject({ name: "LimitExceededException" });
  });
});

describe("the Azure test server", () => {
  const client = () =>
    new AuthorizationManagementClient(testCredential, "9b2f6c1e-3d4a-4e5b-8c7d-1a2b3c4d5e6f", {
      endpoint: azure.url,
      $host: azure.url,
      tlsOptions: { ca: azure.ca },
      retryOptions: { maxRetries: 0 },
    });
  const reader = `${SUB}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`;

  it("answers a duplicate assignment with 409 RoleAssignmentExists and an unknown role with 404", async () => {
    azure.addPrincipal(OCTOCAT);
    const c = client();
    await c.roleAssignments.create(SUB, "11111111-1111-4111-8111-111111111111", {
      principalId: OCTOCAT,
      roleDefinitionId: reader,
    });
    await expect(
      c.roleAssignments.create(SUB, "22222222-2222-4222-8222-222222222222", {
        principalId: OCTOCAT,
        roleDefinitionId: reader,
      }),
    ).rejects.toMatchObject({ statusCode: 409, code: "RoleAssignmentExists" });
    await expect(
      c.roleAssignments.create(SUB, "33333333-3333-4333-8333-333333333333", {
        principalId: OCTOCAT,
        roleDefinitionId: reader.replace("acdd72a7", "00000000"),
      }),
    ).rejects.toMatchObject({ statusCode: 404, code: "RoleDefinitionDoesNotExist" });
  });

  it("serves only over TLS with its own certificate", async () => {
    const untrusting = new AuthorizationManagementClient(
      testCredential,
      "9b2f6c1e-3d4a-4e5b-8c7d-1a2b3c4d5e6f",
      {
        endpoint: azure.url,
        $host: azure.url,
        retryOptions: { maxRetries: 0 },
      },
    );
    await expect(untrusting.roleAssignments.get(SUB, "11111111-1111-4111-8111-111111111111")).rejects.toThrow(
      /certificate/i,
    );
  });
});

describe("fault injection", () => {
  it("replays the same faults for the same seed, and injects at about the configured rate", () => {
    const kinds = ["throttle", "error", "timeout", "drop"] as const;
    const run = (seed: number) => {
      const f = new Faults({ rate: 0.2, seed, kinds });
      return Array.from({ length: 1000 }, () => f.next()?.kind ?? "-");
    };
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
    const injected = run(3).filter((k) => k !== "-").length;
    expect(injected).toBeGreaterThan(150);
    expect(injected).toBeLessThan(250);
  });
});
