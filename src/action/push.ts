/**
 * Merge mode (push to the default branch): every request and revoke file the push added is
 * judged again against its merged pull request, then granted, extended or revoked through its
 * provider and recorded, or refused. One failing does not stop the others; each result is
 * commented on its pull request. A re-run finds what an earlier run settled and does nothing twice.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { type Forge, ServiceError } from "../adapters/forge.js";
import { ConfigError, gitRefFiles } from "../adapters/repo-files.js";
import { checkGovernance, type GovernanceReport } from "../commands/governance.js";
import type { HeldGrants } from "../commands/held-grants.js";
import {
  type AddedRequest,
  addedRequests,
  judgeMerged,
  type MergeVerdict,
  type Reason,
} from "../commands/merged.js";
import { type ChangeVerdict, describeUnapproved } from "../core/governance/trust.js";
import { MAX_YAML_BYTES } from "../core/load/yaml.js";
import { APPLY_MARKER, type ApplyOutcome, renderApplyComment } from "../core/render/apply-comment.js";
import { code, text } from "../core/render/markdown.js";
import { ProviderError } from "../providers/provider.js";
import type { RunContext } from "./context.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionIO } from "./io.js";
import { tryWrite, upsertSticky } from "./writes.js";

const run = promisify(execFile);

/** Grants and records: the ledger's side of merge mode. */
export interface Granting {
  /** The grants the ledger holds, as the merge is judged. */
  held: HeldGrants;
  /** What an earlier run of the same merge already did with this file (a revoke, an extension), if anything. */
  earlier(added: AddedRequest): Promise<{ outcome: ApplyOutcome; pr?: number } | undefined>;
  /**
   * Applies an approved request through its provider and records it (an extension moves its
   * grant's expiry instead); a re-run applies nothing twice.
   */
  grant(verdict: Extract<MergeVerdict, { status: "grant" }>): Promise<ApplyOutcome>;
  /** Ends a grant early, as an approved revoke file asks. */
  revoke(verdict: Extract<MergeVerdict, { status: "revoke" }>): Promise<ApplyOutcome>;
  /** Records a merged request that grants nothing. */
  refuse(verdict: Extract<MergeVerdict, { status: "refused" }>): Promise<void>;
  /** The governance verdicts earlier runs recorded, by commit. */
  governanceVerdicts(): Promise<Map<string, ChangeVerdict>>;
  /** Records the governance verdicts a run reached. */
  recordGovernance(fresh: GovernanceReport["fresh"]): Promise<void>;
}

export interface ApplyModeOptions {
  inputs: ActionInputs;
  context: RunContext;
  now: Date;
}

export async function applyMode(
  options: ApplyModeOptions,
  forge: Forge,
  io: ActionIO,
  /** Absent in a dry run. */
  granting: Granting | undefined,
): Promise<ApplyOutcome[]> {
  const { context, inputs } = options;
  const event = context.event as {
    before?: unknown;
    after?: unknown;
    ref?: unknown;
    repository?: { default_branch?: unknown };
  };
  const branch = event.repository?.default_branch;
  if (typeof branch !== "string" || event.ref !== `refs/heads/${branch}`)
    throw new ConfigError(`apply runs on pushes to the default branch; this push is to ${String(event.ref)}`);
  const after = String(event.after ?? "");
  const added = await addedRequests(context.workspace, String(event.before ?? ""), after);
  io.info(
    `gitjit apply: ${added.length} request or revoke file${added.length === 1 ? "" : "s"} added by this push`,
  );
  const provenance = await governanceOf(context.workspace, after, inputs.policyDir, forge, io, granting);

  const outcomes: { added: AddedRequest; pr?: number; outcome: ApplyOutcome }[] = [];
  for (const request of added) {
    let pr: number | undefined;
    let outcome: ApplyOutcome;
    try {
      const earlier = await granting?.earlier(request);
      if (earlier) {
        pr = earlier.pr;
        outcome = earlier.outcome;
      } else {
        const content = await fileAt(context.workspace, after, request.path);
        const unapproved = frozenFor(provenance, request);
        const verdict = await judgeMerged(forge, request, {
          policyDir: inputs.policyDir,
          now: options.now,
          content,
          ledgerBranch: inputs.ledgerBranch,
          ...(granting ? { held: granting.held } : {}),
          ...(request.parent ? { mainAtMerge: await gitRefFiles(context.workspace, request.parent) } : {}),
          ...(unapproved ? { policyUnapproved: unapproved } : {}),
        });
        pr = verdict.pull?.number;
        outcome = await settle(verdict, granting);
      }
    } catch (error) {
      outcome = { status: "failed", path: request.path, ...failure(error) };
    }
    outcomes.push({ added: request, ...(pr !== undefined ? { pr } : {}), outcome });
    report(io, outcome);
  }

  const all = outcomes.map((o) => o.outcome);
  for (const pr of new Set(outcomes.flatMap((o) => (o.pr !== undefined ? [o.pr] : [])))) {
    // From the comment it replaces: a re-run carries over a credential an earlier run delivered there.
    const body = (previous: string | undefined) =>
      renderApplyComment(
        outcomes.filter((o) => o.pr === pr).map((o) => o.outcome),
        { ...(context.runUrl ? { runUrl: context.runUrl } : {}), ...(previous ? { previous } : {}) },
      );
    await tryWrite(io, `comment the result on pull request #${pr}`, async () => {
      await upsertSticky(forge, pr, body, APPLY_MARKER);
    });
  }
  await io.appendSummary(summary(all));
  io.setOutput("granted", JSON.stringify(all.flatMap((o) => (o.status === "granted" ? [o.grantId] : []))));
  io.setOutput("refused", JSON.stringify(all.flatMap((o) => (o.status === "refused" ? [o.path] : []))));
  const refused = all.filter((o) => o.status === "refused").length;
  const failed = all.filter((o) => o.status === "failed").length;
  if (refused + failed > 0)
    io.fail(
      `gitjit apply: ${[refused ? `${refused} refused` : "", failed ? `${failed} failed` : ""].filter(Boolean).join(", ")} (see the annotations)`,
    );
  return all;
}

/**
 * Governance provenance up to this push, from the ledger's verdicts and the history; new verdicts
 * are recorded. A failure to judge it (GitHub down) is kept, so every request fails rather than
 * being granted under a policy that could not be checked.
 */
async function governanceOf(
  root: string,
  head: string,
  policyDir: string,
  forge: Forge,
  io: ActionIO,
  granting: Granting | undefined,
): Promise<GovernanceReport | { error: unknown }> {
  try {
    const report = await checkGovernance(
      { root, head, policyDir, known: (await granting?.governanceVerdicts()) ?? new Map() },
      forge,
    );
    await granting?.recordGovernance(report.fresh);
    if (!report.clean)
      io.error(`policy-unapproved: ${describeUnapproved(report.unapproved)}`, {
        title: "gitjit: the policy on the default branch is not approved",
      });
    return report;
  } catch (error) {
    return { error };
  }
}

/** Why a request may not be granted under the governance it was judged by, if it may not. */
function frozenFor(
  provenance: GovernanceReport | { error: unknown },
  request: AddedRequest,
): Reason | undefined {
  if (request.kind !== "request") return undefined;
  if ("error" in provenance) throw provenance.error;
  if (!provenance.clean)
    return { code: "policy-unapproved", message: describeUnapproved(provenance.unapproved) };
  if (!provenance.cleanAt(request.parent))
    return {
      code: "policy-unapproved",
      message: `it merged while the default branch's policy held a change the admins had not approved (commit ${request.parent.slice(0, 12)}); open a new pull request`,
    };
  return undefined;
}

/** Without `granting` (a dry run), nothing is applied or recorded. */
async function settle(verdict: MergeVerdict, granting: Granting | undefined): Promise<ApplyOutcome> {
  if (verdict.status === "refused") {
    await granting?.refuse(verdict);
    return { status: "refused", path: verdict.path, reasons: verdict.reasons };
  }
  if (verdict.status === "revoke") {
    if (!granting) return { status: "revoke-approved", path: verdict.path, grantId: verdict.grantId };
    return granting.revoke(verdict);
  }
  if (!granting) return { status: "approved", path: verdict.path, principal: verdict.summary.principal };
  return granting.grant(verdict);
}

function failure(error: unknown): { code: string; message: string } {
  if (error instanceof ServiceError || error instanceof ProviderError)
    return { code: error.code, message: error.message };
  if (error instanceof ConfigError) return { code: "config-error", message: error.message };
  return { code: "internal-error", message: error instanceof Error ? error.message : String(error) };
}

function report(io: ActionIO, o: ApplyOutcome) {
  const where = { file: o.path, title: `gitjit apply ${o.status}` };
  if (o.status === "refused") io.error(o.reasons.map((r) => `${r.code}: ${r.message}`).join("\n"), where);
  else if (o.status === "failed") io.error(`${o.code}: ${o.message}`, where);
  else io.info(`${o.path}: ${o.status}`);
}

function summary(outcomes: readonly ApplyOutcome[]): string {
  if (outcomes.length === 0) return "### gitjit apply\n\nThis push added no requests and no revokes.";
  return [
    "### gitjit apply",
    "",
    "| request | result |",
    "| --- | --- |",
    ...outcomes.map(
      (o) =>
        `| ${code(o.path)} | ${text(o.status === "failed" || o.status === "refused" ? `${o.status}: ${o.status === "failed" ? o.code : o.reasons.map((r) => r.code).join(", ")}` : o.status)} |`,
    ),
  ].join("\n");
}

/** A file as a commit of the checkout holds it (bounded like every request read). */
async function fileAt(root: string, commit: string, path: string): Promise<Uint8Array> {
  const { stdout } = await run("git", ["cat-file", "blob", `${commit}:${path}`], {
    cwd: root,
    encoding: "buffer",
    maxBuffer: MAX_YAML_BYTES + 1,
  });
  return new Uint8Array(stdout);
}
