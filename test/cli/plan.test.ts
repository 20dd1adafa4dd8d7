import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { grantId } from "../../src/core/grant.js";
import { runCli } from "../support/cli.js";
import { PROJECT_ROOT as REPO_ROOT, tempRepo } from "../support/repo.js";

const NOW = "2026-12-01T09:00:00.500Z";
const AWS = "requests/aws-prod-s3-debug/hubot-missing-uploads.yaml";
const GCP = "requests/gcp-prod-logs/monalisa-pipeline-errors.yaml";
const AZURE = "requests/azure-prod-reader/octocat-quota-review.yaml";

type Planned = {
  request: string;
  id: string;
  provider: string;
  principal: string;
  startsAt: string;
  expiresAt: string;
  expiry: string;
  operations: { api: string; body: Record<string, unknown> }[];
  notes: string[];
};

describe("gitjit plan", () => {
  it("shows, per request, the grant and the exact calls with their bodies", async () => {
    const { code, stdout } = await runCli(
      ["plan", AWS, GCP, AZURE, "--format", "json", "--now", NOW, "--pr", "42"],
      { cwd: REPO_ROOT },
    );
    expect(code).toBe(0);
    const { grants } = JSON.parse(stdout) as { grants: Planned[] };
    expect(grants.map((g) => [g.request, g.provider, g.expiry])).toEqual([
      [AWS, "aws-iam", "native"],
      [GCP, "gcp-iam", "native"],
      [AZURE, "azure-pim", "native"],
    ]);
    for (const g of grants) {
      expect(g.id).toBe(grantId(g.request, 42));
      expect(Object.keys(g)).toEqual([
        "request",
        "id",
        "provider",
        "principal",
        "startsAt",
        "expiresAt",
        "expiry",
        "operations",
        "notes",
      ]);
    }
    const [aws, gcp, azure] = grants as [Planned, Planned, Planned];
    expect(aws).toMatchObject({
      principal: "arn:aws:iam::123456789012:role/hubot-oncall",
      startsAt: "2026-12-01T09:00:00Z",
      expiresAt: "2026-12-01T10:30:00Z",
    });
    expect(aws.operations).toEqual([
      {
        api: "iam:PutRolePolicy",
        body: {
          RoleName: "hubot-oncall",
          PolicyName: `gitjit-${aws.id}`,
          PolicyDocument: {
            Version: "2012-10-17",
            Statement: [
              {
                Sid: "Gitjit0",
                Effect: "Allow",
                Action: ["s3:GetObject", "s3:ListBucket"],
                Resource: ["arn:aws:s3:::acme-prod-uploads", "arn:aws:s3:::acme-prod-uploads/*"],
                Condition: {
                  DateGreaterThan: { "aws:CurrentTime": "2026-12-01T09:00:00Z" },
                  DateLessThan: { "aws:CurrentTime": "2026-12-01T10:30:00Z" },
                },
              },
            ],
          },
        },
      },
    ]);
    expect(gcp.operations[1]).toEqual({
      api: "cloudresourcemanager.projects.setIamPolicy",
      body: {
        role: "roles/logging.viewer",
        members: ["user:monalisa@acme.example"],
        condition: {
          title: `gitjit ${gcp.id}`,
          description: `${GCP} (PR #42); ends 2026-12-01T10:30:00Z`,
          expression:
            'request.time >= timestamp("2026-12-01T09:00:00Z") && request.time < timestamp("2026-12-01T10:30:00Z")',
        },
      },
    });
    expect(azure.operations[0]?.api).toMatch(
      /^PUT \/subscriptions\/9b2f6c1e-3d4a-4e5b-8c7d-1a2b3c4d5e6f\/providers\/Microsoft\.Authorization\/roleAssignmentScheduleRequests\/[0-9a-f-]{36}$/,
    );
    expect(azure.operations[0]?.body).toMatchObject({
      properties: {
        requestType: "AdminAssign",
        justification: expect.stringContaining(`${AZURE} (PR #42)`),
        scheduleInfo: { expiration: { type: "AfterDateTime", endDateTime: "2026-12-01T13:00:00.000Z" } },
      },
    });
  });

  it("gives the same grant id on every run, and a different one for another pull request", async () => {
    const ids = async (pr: string) =>
      (
        JSON.parse(
          (await runCli(["plan", GCP, "--format", "json", "--now", NOW, "--pr", pr], { cwd: REPO_ROOT }))
            .stdout,
        ) as { grants: Planned[] }
      ).grants[0]?.id;
    expect(await ids("7")).toBe(await ids("7"));
    expect(await ids("7")).not.toBe(await ids("8"));
  });

  it("prints the pull request comment's Markdown by default", async () => {
    const { code, stdout } = await runCli(["plan", AWS, "--now", NOW], { cwd: REPO_ROOT });
    expect(code).toBe(0);
    expect(stdout).toContain(`### \`${AWS}\``);
    expect(stdout).toContain("1. `iam:PutRolePolicy`");
    expect(stdout).toContain('```json\n{\n  "RoleName": "hubot-oncall"');
    expect(stdout).toMatch(/expiry: \*\*native\*\*/);
  });

  it("refuses invalid requests with exactly validate's diagnostics, and plans nothing", async () => {
    const bad = "requests/gcp-prod-logs/monalisa-too-long.yaml";
    const repo = tempRepo();
    repo.write(
      bad,
      "profile: gcp-prod-logs\nrequester: monalisa\nduration: 48h\njustification: Read the logs for a while\n",
    );
    const root = repo.root;
    const plan = await runCli(["plan", bad, "--now", NOW], { cwd: root });
    const validate = await runCli(["validate", bad, "--now", NOW], { cwd: root });
    expect(plan.code).toBe(1);
    expect(plan.stdout).toContain("duration-over-max");
    expect(plan.stdout).toBe(validate.stdout.replace(/^note: .*\n/, ""));
    const json = await runCli(["plan", bad, "--now", NOW, "--format", "json"], { cwd: root });
    expect(JSON.parse(json.stdout)).toMatchObject({ files: [{ path: bad, valid: false }] });
  });

  it("reports a grant AWS could not hold, naming the limit, and exits 1", async () => {
    const resources = Array.from({ length: 80 }, (_, i) => `"arn:aws:s3:::bucket-${i}/*"`).join(", ");
    const repo = tempRepo();
    const files: Record<string, string> = {
      "policies/wide.yaml": `version: 1\nprofiles:\n  wide-s3:\n    eligible: [sre]\n    grant:\n      provider: aws-iam\n      account: "123456789012"\n      statements:\n        - actions: [s3:GetObject]\n          resources: [${resources}]\n    duration: { default: 1h, max: 2h }\n    approval:\n      steps:\n        - { groups: [sre-leads], count: 1 }\n`,
      "policies/people.yaml": readFileSync(`${REPO_ROOT}/policies/people.yaml`, "utf8").replace(
        "arn:aws:iam::123456789012:role/hubot-oncall",
        "arn:aws:iam::123456789012:user/hubot",
      ),
      "requests/wide-s3/hubot-all-buckets.yaml":
        "profile: wide-s3\nrequester: hubot\njustification: Compare every bucket's uploads\n",
    };
    for (const [path, text] of Object.entries(files)) repo.write(path, text);
    const root = repo.root;
    const { code, stdout } = await runCli(
      ["plan", "requests/wide-s3/hubot-all-buckets.yaml", "--format", "json", "--now", NOW],
      { cwd: root },
    );
    expect(code).toBe(1);
    const [grant] = (
      JSON.parse(stdout) as { grants: (Planned & { error?: { code: string; message: string } })[] }
    ).grants;
    expect(grant?.operations).toEqual([]);
    expect(grant?.error).toMatchObject({
      code: "aws-policy-too-large",
      message: expect.stringMatching(/2048/),
    });
  });

  it("judges by the base commit's policy with --base, even when the work tree loosens it (trust rule 1)", async () => {
    const repo = tempRepo({ git: true });
    const base = repo.git("rev-parse", "HEAD").trim();
    const profiles = repo.git("show", "HEAD:policies/profiles.yaml");
    repo.write(
      "policies/profiles.yaml",
      profiles.replace("{ default: 1h, max: 8h }", "{ default: 1h, max: 48h }"),
    );
    const path = "requests/aws-prod-s3-debug/hubot-long.yaml";
    repo.write(
      path,
      "profile: aws-prod-s3-debug\nrequester: hubot\nduration: 24h\njustification: Check the upload bucket for a day\n",
    );
    const loose = await runCli(["plan", path, "--author", "hubot", "--now", NOW], { cwd: repo.root });
    expect(loose.code).toBe(0);
    const judged = await runCli(["plan", path, "--author", "hubot", "--base", base, "--now", NOW], {
      cwd: repo.root,
    });
    expect(judged.code).toBe(1);
    expect(judged.stdout).toContain("duration-over-max: 24h exceeds the profile's maximum of 8h");
  });

  it("plans every example request, whichever platform it is for", async () => {
    const { code, stdout } = await runCli(["plan", "--format", "json", "--now", NOW], { cwd: REPO_ROOT });
    expect(code).toBe(0);
    const { grants } = JSON.parse(stdout) as { grants: Planned[] };
    expect(grants.map((g) => g.provider).sort()).toEqual([
      "aws-iam",
      "azure-pim",
      "gcp-iam",
      "github-team",
      "postgres",
    ]);
    for (const g of grants) expect(g.operations.length).toBeGreaterThan(0);
  });
});
