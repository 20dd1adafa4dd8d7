/**
 * Checks GitHub Actions workflows for the mistakes that would undo gitjit's trust rules:
 * running a pull request's code with a privileged token, a job without a least-privilege
 * default, cloud credentials outside apply and sweep, the ledger's writer (its App token, its
 * signing key) anywhere but apply and sweep in the protected jit environment, and untrusted event
 * text spliced into a shell script.
 */
import { parse } from "yaml";
import { SETTLED_DIRS } from "../../src/core/layout.js";

export interface LintFinding {
  file: string;
  code:
    | "pull-request-target-checkout"
    | "no-top-level-permissions"
    | "id-token-outside-apply"
    | "untrusted-text-in-script"
    | "local-action-on-pull-request"
    | "ledger-writer-outside-jit"
    | "apply-misses-settled-files";
  message: string;
}

/** Workflows that may hold id-token: write: the ones that apply and sweep on the default branch. */
export const OIDC_WORKFLOWS = new Set(["jit-apply.yml", "jit-sweep.yml"]);

/** Event text a pull request's author (or any commenter) chooses. */
const UNTRUSTED =
  /\$\{\{[^}]*\b(github\.event\.(pull_request\.(title|body|head\.(ref|label))|issue\.(title|body)|comment\.body|review\.body|review_comment\.body|head_commit\.message|commits)|github\.head_ref)\b[^}]*\}\}/;

/** A checkout of the pull request's head (its code) rather than the base. */
const HEAD_REF = /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|refs\/pull\//;

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown> };
type Job = { permissions?: unknown; steps?: Step[]; environment?: unknown };

/** The protected environment only the default branch deploys to: the ledger's writer lives there. */
export const JIT_ENVIRONMENT = "jit";
/** The secrets that make a job the ledger's writer: the App's key, and the ledger's signing key. */
const LEDGER_SECRET = /\bsecrets\.GITJIT_LEDGER_[A-Z0-9_]*/;

const environmentOf = (job: Job) =>
  typeof job.environment === "string"
    ? job.environment
    : (job.environment as { name?: unknown } | undefined)?.name;

function events(on: unknown): string[] {
  if (typeof on === "string") return [on];
  if (Array.isArray(on)) return on.map(String);
  if (on && typeof on === "object") return Object.keys(on);
  return [];
}

const grantsIdToken = (permissions: unknown) =>
  permissions === "write-all" ||
  (typeof permissions === "object" &&
    permissions !== null &&
    (permissions as Record<string, unknown>)["id-token"] === "write");

export function lintWorkflow(file: string, text: string): LintFinding[] {
  const workflow = parse(text) as { on?: unknown; permissions?: unknown; jobs?: Record<string, Job> };
  const name = file.split("/").pop() ?? file;
  const found: LintFinding[] = [];
  const add = (code: LintFinding["code"], message: string) => found.push({ file, code, message });
  const on = events(workflow.on);
  const jobs = Object.entries(workflow.jobs ?? {});

  // The apply workflow must run on every push that adds a file apply settles.
  if (name === "jit-apply.yml") {
    const push = (workflow.on as { push?: { paths?: unknown; "paths-ignore"?: unknown } } | undefined)?.push;
    const paths = Array.isArray(push?.paths) ? push.paths.map(String) : undefined;
    const ignored = Array.isArray(push?.["paths-ignore"]) ? push["paths-ignore"].map(String) : [];
    for (const dir of SETTLED_DIRS) {
      const samples = [`${dir}/x.yaml`, `${dir}/x/y.yaml`];
      const runs = (sample: string) =>
        (!paths || paths.some((p) => globMatches(p, sample))) && !ignored.some((p) => globMatches(p, sample));
      if (!samples.every(runs))
        add(
          "apply-misses-settled-files",
          `the push trigger's paths leave out ${dir}/, whose files apply settles: a merge that adds only those would run nothing`,
        );
    }
  }
  if (workflow.permissions === undefined)
    add(
      "no-top-level-permissions",
      "no top-level permissions block: every job would get the repository's default token",
    );
  if (!OIDC_WORKFLOWS.has(name)) {
    if (grantsIdToken(workflow.permissions))
      add("id-token-outside-apply", "id-token: write outside apply and sweep");
    for (const [id, job] of jobs)
      if (grantsIdToken(job.permissions))
        add("id-token-outside-apply", `job ${id} has id-token: write outside apply and sweep`);
  }
  for (const [id, job] of jobs) {
    const inJit = OIDC_WORKFLOWS.has(name) && environmentOf(job) === JIT_ENVIRONMENT;
    for (const step of job.steps ?? []) {
      const uses = step.uses ?? "";
      if (!inJit && uses.startsWith("actions/create-github-app-token"))
        add(
          "ledger-writer-outside-jit",
          `job ${id} mints a GitHub App token outside apply and sweep in the ${JIT_ENVIRONMENT} environment`,
        );
      if (!inJit && LEDGER_SECRET.test(JSON.stringify([step.with ?? {}, step.env ?? {}, step.run ?? ""])))
        add(
          "ledger-writer-outside-jit",
          `job ${id} reads a ledger secret outside apply and sweep in the ${JIT_ENVIRONMENT} environment`,
        );
      if (
        on.includes("pull_request_target") &&
        uses.startsWith("actions/checkout") &&
        HEAD_REF.test(String(step.with?.ref ?? ""))
      )
        add(
          "pull-request-target-checkout",
          `job ${id} checks out the pull request's head under pull_request_target`,
        );
      const script = [step.run, step.with?.script]
        .filter((s): s is string => typeof s === "string")
        .join("\n");
      if (UNTRUSTED.test(script))
        add(
          "untrusted-text-in-script",
          `job ${id} puts pull request text into a script: pass it through env: and quote it`,
        );
      if (uses.startsWith("./") && on.some((e) => e.startsWith("pull_request")))
        add(
          "local-action-on-pull-request",
          `job ${id} runs an action from the pull request's own files (${uses})`,
        );
    }
  }
  return found;
}

/** GitHub's path filter globs, enough for the patterns workflows use: ** crosses folders, * does not. */
function globMatches(pattern: string, path: string): boolean {
  const regex = pattern
    .split("**")
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*"))
    .join(".*");
  return new RegExp(`^${regex}$`).test(path);
}
