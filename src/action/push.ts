/**
 * Merge mode (push to the default branch): the files the push added, and any an earlier run left
 * unsettled, are judged again against their merged pull requests, then granted, extended or
 * revoked through their providers and recorded, refused or lapsed (./settle.ts). One failing does
 * not stop the others; each result is commented on its pull request. A re-run finds what an
 * earlier run settled and does nothing twice.
 */
import type { Forge } from "../adapters/forge.js";
import { ConfigError } from "../adapters/repo-files.js";
import type { GovernanceReport } from "../commands/governance.js";
import type { HeldGrants } from "../commands/held-grants.js";
import type { AddedRequest, MergeVerdict } from "../commands/merged.js";
import type { ChangeVerdict } from "../core/governance/trust.js";
import { APPLY_MARKER, type ApplyOutcome, renderApplyComment } from "../core/render/apply-comment.js";
import { code, text } from "../core/render/markdown.js";
import type { RunContext } from "./context.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionIO } from "./io.js";
import { type Settled, type Settlement, settleMerged } from "./settle.js";
import { tryWrite, upsertSticky } from "./writes.js";

/** Grants and records: the ledger's side of merge mode. */
export interface Granting {
  /** The grants the ledger holds, as the merge is judged. */
  held: HeldGrants;
  /** What the ledger says of each request and revoke file: settled, or a platform write failing. */
  settlement(): Promise<Settlement>;
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
  /** Records an approved file that came too late to do anything: its window had ended. */
  lapse(verdict: Exclude<MergeVerdict, { status: "refused" }>, reason: string): Promise<void>;
  /** The governance verdicts earlier runs recorded, by commit. */
  governanceVerdicts(): Promise<Map<string, ChangeVerdict>>;
  /** Records the governance verdicts a run reached. */
  recordGovernance(fresh: GovernanceReport["fresh"]): Promise<void>;
}

export interface ApplyModeOptions {
  inputs: ActionInputs;
  context: RunContext;
  now: Date;
  /** The first wait before a failed platform write is tried again; only tests shrink it. */
  retryBaseMs?: number;
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
  const before = String(event.before ?? "");
  const after = String(event.after ?? "");
  const settled = await settleMerged(
    {
      root: context.workspace,
      head: after,
      pushed: { before, after },
      policyDir: inputs.policyDir,
      ledgerBranch: inputs.ledgerBranch,
      now: options.now,
      ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
    },
    forge,
    io,
    granting,
  );
  return reportSettled(settled, {
    forge,
    io,
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
    what: "apply",
  });
}

/** Each result as an annotation or log line, a comment on its pull request, the summary and outputs. */
export async function reportSettled(
  settled: readonly Settled[],
  options: { forge: Forge; io: ActionIO; runUrl?: string; what: "apply" | "sweep" },
): Promise<ApplyOutcome[]> {
  const { forge, io } = options;
  for (const s of settled) report(io, s.outcome);
  const all = settled.map((o) => o.outcome);
  for (const pr of new Set(settled.flatMap((o) => (o.pr !== undefined ? [o.pr] : [])))) {
    // From the comment it replaces: a re-run carries over a credential an earlier run delivered there.
    const body = (previous: string | undefined) =>
      renderApplyComment(
        settled.filter((o) => o.pr === pr).map((o) => o.outcome),
        { ...(options.runUrl ? { runUrl: options.runUrl } : {}), ...(previous ? { previous } : {}) },
      );
    await tryWrite(io, `comment the result on pull request #${pr}`, async () => {
      await upsertSticky(forge, pr, body, APPLY_MARKER);
    });
  }
  if (options.what === "sweep") return all;
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
