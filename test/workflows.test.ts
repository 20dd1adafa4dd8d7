import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PROJECT_ROOT } from "./support/repo.js";
import { lintWorkflow } from "./support/workflow-lint.js";

const DIR = join(PROJECT_ROOT, ".github", "workflows");
const read = (name: string) => readFileSync(join(DIR, name), "utf8");
// biome-ignore lint/suspicious/noExplicitAny: a workflow is read field by field.
const workflow = (name: string) => parse(read(name)) as Record<string, any>;
const codes = (file: string, text: string) => lintWorkflow(file, text).map((f) => f.code);

describe("the shipped workflows", () => {
  it("pass the workflow lint", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".yml"));
    expect(files.sort()).toEqual(["ci.yml", "jit-apply.yml", "jit-sweep.yml", "jit-validate.yml"]);
    for (const file of files) expect(lintWorkflow(file, read(file)), file).toEqual([]);
  });

  it("validate runs on pull requests and reviews with no secrets and no cloud access", () => {
    const w = workflow("jit-validate.yml");
    expect(Object.keys(w.on)).toEqual(["pull_request", "pull_request_review"]);
    expect(w.permissions).toEqual({ contents: "read", "pull-requests": "write", statuses: "write" });
    expect(read("jit-validate.yml")).not.toMatch(/secrets\.|id-token|environment:/);
  });

  it("apply and sweep sign in to the clouds through OIDC in the jit environment, queued and never cancelled", () => {
    for (const [file, job] of [
      ["jit-apply.yml", "apply"],
      ["jit-sweep.yml", "sweep"],
    ] as const) {
      const w = workflow(file);
      expect(w.permissions["id-token"], file).toBe("write");
      expect(w.concurrency["cancel-in-progress"], file).toBe(false);
      expect(w.jobs[job].environment, file).toBe("jit");
      const uses = w.jobs[job].steps.map((s: { uses?: string }) => s.uses?.split("@")[0]);
      expect(uses, file).toEqual(
        expect.arrayContaining([
          "aws-actions/configure-aws-credentials",
          "google-github-actions/auth",
          "azure/login",
        ]),
      );
      expect(read(file), file).not.toMatch(/aws-access-key-id|credentials_json|client-secret|creds:/);
    }
    // Every push to main: apply settles requests and revokes, and catches up on anything left over.
    expect(workflow("jit-apply.yml").on).toEqual({ push: { branches: ["main"] } });
    expect(lintWorkflow(".github/workflows/jit-apply.yml", read("jit-apply.yml"))).toEqual([]);
    expect(Object.keys(workflow("jit-sweep.yml").on)).toEqual(["schedule", "workflow_dispatch"]);
    expect(workflow("jit-sweep.yml").on.schedule).toEqual([{ cron: "*/5 * * * *" }]);
  });

  it("apply and sweep write the ledger as its own writer: an App token minted in the jit environment, and the signing key from its secrets", () => {
    for (const [file, job] of [
      ["jit-apply.yml", "apply"],
      ["jit-sweep.yml", "sweep"],
    ] as const) {
      const w = workflow(file);
      // The job's own token cannot write the repository, so it cannot write the ledger.
      expect(w.permissions.contents, file).toBe("read");
      const steps = w.jobs[job].steps as {
        id?: string;
        uses?: string;
        with?: Record<string, unknown>;
        env?: Record<string, unknown>;
      }[];
      const checkout = steps.find((s) => s.uses?.startsWith("actions/checkout"));
      expect(checkout?.with?.["persist-credentials"], file).toBe(false);
      const mint = steps.findIndex((s) => s.uses?.startsWith("actions/create-github-app-token@"));
      const app = steps[mint];
      expect(app?.with, file).toEqual({
        "app-id": `\${{ vars.GITJIT_LEDGER_APP_ID }}`,
        "private-key": `\${{ secrets.GITJIT_LEDGER_APP_PRIVATE_KEY }}`,
        "permission-contents": "write",
      });
      const gitjit = steps.findIndex((s) => s.uses?.startsWith("gitjit/gitjit@"));
      expect(mint, file).toBeLessThan(gitjit);
      expect(steps[gitjit]?.with?.["ledger-token"], file).toBe(`\${{ steps.${app?.id}.outputs.token }}`);
      expect(steps[gitjit]?.env?.GITJIT_LEDGER_SIGNING_KEY, file).toBe(
        `\${{ secrets.GITJIT_LEDGER_SIGNING_KEY }}`,
      );
    }
    for (const file of ["jit-validate.yml", "ci.yml"])
      expect(read(file), file).not.toMatch(/GITJIT_LEDGER|create-github-app-token/);
  });
});

describe("the workflow lint", () => {
  const base = `on: pull_request\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n`;

  it("fails pull_request_target with a checkout of the pull request's head", () => {
    const text = `on: pull_request_target\npermissions: {}\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: \${{ github.event.pull_request.head.sha }}\n`;
    expect(codes("x.yml", text)).toEqual(["pull-request-target-checkout"]);
    expect(codes("x.yml", text.replace("pull_request_target", "pull_request"))).toEqual([]);
    expect(codes("x.yml", text.replace(/\n +with:\n.*\n$/, "\n"))).toEqual([]);
  });

  it("fails an apply workflow whose push paths leave out a folder apply settles", () => {
    const apply = (paths: string) =>
      `on:\n  push:\n    branches: [main]\n${paths}permissions:\n  contents: write\njobs: {}\n`;
    expect(codes("jit-apply.yml", apply("    paths: [requests/**]\n"))).toEqual([
      "apply-misses-settled-files",
    ]);
    expect(codes("jit-apply.yml", apply("    paths-ignore: [docs/**]\n"))).toEqual([]);
    expect(codes("jit-apply.yml", apply("    paths-ignore: [revokes/**]\n"))).toEqual([
      "apply-misses-settled-files",
    ]);
    expect(codes("jit-apply.yml", apply("    paths: [requests/**, revokes/**]\n"))).toEqual([]);
    expect(codes("jit-apply.yml", apply(""))).toEqual([]);
  });

  it("fails a workflow without a top-level permissions block", () => {
    expect(codes("x.yml", base.replace("permissions:\n  contents: read\n", ""))).toEqual([
      "no-top-level-permissions",
    ]);
  });

  it("fails id-token: write outside apply and sweep, at the top or in a job", () => {
    const top = base.replace("contents: read", "id-token: write");
    expect(codes("x.yml", top)).toEqual(["id-token-outside-apply"]);
    expect(codes("jit-apply.yml", top)).toEqual([]);
    expect(
      codes("x.yml", base.replace("    runs-on", "    permissions:\n      id-token: write\n    runs-on")),
    ).toEqual(["id-token-outside-apply"]);
    expect(
      codes(
        "x.yml",
        base.replace("contents: read", "write-all").replace("permissions:\n  ", "permissions: "),
      ),
    ).toEqual(["id-token-outside-apply"]);
  });

  it("fails pull request text put into a run: script, and not the same text passed through env", () => {
    for (const expr of [
      "github.event.pull_request.title",
      "github.event.pull_request.body",
      "github.event.pull_request.head.ref",
      "github.head_ref",
      "github.event.comment.body",
    ])
      expect(codes("x.yml", `${base}      - run: echo "\${{ ${expr} }}"\n`), expr).toEqual([
        "untrusted-text-in-script",
      ]);
    expect(codes("x.yml", `${base}      - run: echo "\${{ github.event.pull_request.number }}"\n`)).toEqual(
      [],
    );
    const viaEnv = `${base}      - run: echo "$TITLE"\n        env:\n          TITLE: \${{ github.event.pull_request.title }}\n`;
    expect(codes("x.yml", viaEnv)).toEqual([]);
  });

  it("fails the ledger's writer (an App token, a ledger secret) outside apply and sweep in the jit environment", () => {
    const job = (environment: string, step: string) =>
      `on: push\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: ubuntu-latest\n${environment}    steps:\n${step}`;
    const mint = "      - uses: actions/create-github-app-token@v2\n        with:\n          app-id: 1\n";
    const secret = `      - uses: gitjit/gitjit@v1\n        env:\n          GITJIT_LEDGER_SIGNING_KEY: \${{ secrets.GITJIT_LEDGER_SIGNING_KEY }}\n`;
    const jit = "    environment: jit\n";
    expect(codes("jit-apply.yml", job(jit, mint + secret))).toEqual([]);
    expect(codes("jit-sweep.yml", job("    environment:\n      name: jit\n", secret))).toEqual([]);
    expect(codes("jit-apply.yml", job("", mint))).toEqual(["ledger-writer-outside-jit"]);
    expect(codes("jit-apply.yml", job("    environment: staging\n", secret))).toEqual([
      "ledger-writer-outside-jit",
    ]);
    expect(codes("release.yml", job(jit, mint + secret))).toEqual([
      "ledger-writer-outside-jit",
      "ledger-writer-outside-jit",
    ]);
    expect(
      codes("x.yml", job("", `      - run: echo "\${{ secrets.GITJIT_LEDGER_APP_PRIVATE_KEY }}"\n`)),
    ).toEqual(["ledger-writer-outside-jit"]);
  });

  it("fails a pull request workflow that runs the action from the pull request's own files", () => {
    expect(codes("x.yml", `${base}      - uses: ./\n`)).toEqual(["local-action-on-pull-request"]);
    expect(codes("x.yml", `${base.replace("on: pull_request", "on: push")}      - uses: ./\n`)).toEqual([]);
  });
});
