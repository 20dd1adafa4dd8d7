/**
 * Settling what the default branch merged (trust rule 8): every request and revoke file that a
 * first-parent commit added since the policy's first commit is settled once — granted, extended,
 * revoked, refused or lapsed — whichever run first sees it. A push's own apply settles its files;
 * a run that was skipped, cancelled, failed or timed out is repaired by the next apply or sweep,
 * which settle whatever the ledger has not. A platform write that failed is tried again by later
 * runs, with back-off, until it lands or its window ends. Nothing is granted late: a file whose
 * window has ended when it is first judged is recorded as lapsed.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { type Forge, ServiceError } from "../adapters/forge.js";
import { ConfigError, gitRefFiles } from "../adapters/repo-files.js";
import { checkGovernance, type GovernanceReport } from "../commands/governance.js";
import {
  type AddedRequest,
  addedRequests,
  judgeMerged,
  type MergeVerdict,
  type Reason,
} from "../commands/merged.js";
import { describeUnapproved } from "../core/governance/trust.js";
import { trimSlashes } from "../core/layout.js";
import { MAX_YAML_BYTES } from "../core/load/yaml.js";
import type { ApplyOutcome } from "../core/render/apply-comment.js";
import { ProviderError } from "../providers/provider.js";
import type { ActionIO } from "./io.js";
import type { Granting } from "./push.js";
import { nextAttempt } from "./retry.js";

const run = promisify(execFile);

export interface SettleOptions {
  /** A checkout of the default branch with its whole history. */
  root: string;
  /** The commit settled up to: the push's `after`, or the checkout's HEAD. */
  head: string;
  /** The push's own range, reported even when an earlier run settled it (a re-run says "already"). */
  pushed?: { before: string; after: string };
  policyDir: string;
  ledgerBranch: string;
  now: Date;
  /** Governance provenance, when the caller has judged it already (the sweep, which also alarms on it). */
  provenance?: Provenance;
  /** The first wait before a failed platform write is tried again (default: ./retry.ts); only tests shrink it. */
  retryBaseMs?: number;
}

export type Provenance = GovernanceReport | { error: unknown };

export interface Settled {
  added: AddedRequest;
  pr?: number;
  outcome: ApplyOutcome;
}

/** What the ledger says of each file so far. */
export type Settlement = ReadonlyMap<string, SettlementState>;
export type SettlementState =
  | { state: "settled" }
  /** A platform write failed `attempts` times, the last at `at`. */
  | { state: "failing"; attempts: number; at: string; message: string };

export async function settleMerged(
  options: SettleOptions,
  forge: Forge,
  io: ActionIO,
  /** Absent in a dry run: only the push's own files are judged, and nothing is written. */
  granting: Granting | undefined,
): Promise<Settled[]> {
  const { root, head, policyDir, now } = options;
  const provenance = options.provenance ?? (await governanceOf(root, head, policyDir, forge, io, granting));
  const candidates = await filesToSettle(options, granting);
  if (candidates.length > 0)
    io.info(
      `gitjit: ${candidates.length} request or revoke file${candidates.length === 1 ? "" : "s"} to settle`,
    );

  const settlement = (await granting?.settlement()) ?? new Map<string, SettlementState>();
  const out: Settled[] = [];
  for (const added of candidates) {
    let pr: number | undefined;
    let outcome: ApplyOutcome;
    try {
      const earlier = await granting?.earlier(added);
      const state = settlement.get(added.path);
      const retryAt = state?.state === "failing" ? nextAttempt(state, options.retryBaseMs) : undefined;
      if (earlier) {
        pr = earlier.pr;
        outcome = earlier.outcome;
      } else if (retryAt && retryAt > now.getTime() && state?.state === "failing") {
        outcome = {
          status: "failed",
          path: added.path,
          code: "apply-failing",
          message: `the platform refused ${state.attempts} time${state.attempts === 1 ? "" : "s"} (last: ${state.message}); tried again after ${new Date(retryAt).toISOString()}`,
        };
      } else {
        const content = await fileAt(root, added.commit, added.path);
        const unapproved = frozenFor(provenance, added);
        // The window is judged from when the file merged, so a late run never grants more than was approved.
        const mergedAt = new Date(Math.min(added.committedAt, now.getTime()));
        const verdict = await judgeMerged(forge, added, {
          policyDir,
          now: mergedAt,
          content,
          ledgerBranch: options.ledgerBranch,
          ...(granting ? { held: granting.held } : {}),
          ...(added.parent ? { mainAtMerge: await gitRefFiles(root, added.parent) } : {}),
          ...(unapproved ? { policyUnapproved: unapproved } : {}),
        });
        pr = verdict.pull?.number;
        outcome = await settle(verdict, granting, now);
      }
    } catch (error) {
      outcome = { status: "failed", path: added.path, ...failure(error) };
    }
    out.push({ added, ...(pr !== undefined ? { pr } : {}), outcome });
  }
  return out;
}

/**
 * The files to look at: with a ledger, every file since the policy's first commit that it has not
 * settled, and the push's own; without one (a dry run), the push's own.
 */
async function filesToSettle(
  options: SettleOptions,
  granting: Granting | undefined,
): Promise<AddedRequest[]> {
  const { root, head, pushed } = options;
  const own = pushed ? await addedRequests(root, pushed.before, pushed.after) : [];
  if (!granting) return own;
  const anchor = await firstPolicyCommit(root, head, options.policyDir);
  const all = await addedRequests(root, anchor, head);
  const settlement = await granting.settlement();
  const ownPaths = new Set(own.map((a) => a.path));
  return all.filter((a) => ownPaths.has(a.path) || settlement.get(a.path)?.state !== "settled");
}

async function firstPolicyCommit(root: string, head: string, policyDir: string): Promise<string> {
  const { stdout } = await run(
    "git",
    ["rev-list", "--first-parent", "--reverse", head, "--", `:(icase)${trimSlashes(policyDir)}/`],
    { cwd: root, maxBuffer: 256 * 1024 * 1024 },
  );
  const anchor = stdout.split("\n").find(Boolean);
  if (!anchor)
    throw new ConfigError(
      `no commit of the default branch's history adds ${trimSlashes(policyDir)}/: check out with fetch-depth: 0`,
    );
  return anchor;
}

/**
 * Governance provenance up to `head`, from the ledger's verdicts and the history; new verdicts are
 * recorded. A failure to judge it (GitHub down) is kept, so every request fails rather than being
 * granted under a policy that could not be checked.
 */
export async function governanceOf(
  root: string,
  head: string,
  policyDir: string,
  forge: Forge,
  io: ActionIO,
  granting: Pick<Granting, "governanceVerdicts" | "recordGovernance"> | undefined,
): Promise<Provenance> {
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
async function settle(
  verdict: MergeVerdict,
  granting: Granting | undefined,
  now: Date,
): Promise<ApplyOutcome> {
  if (verdict.status === "refused") {
    await granting?.refuse(verdict);
    return { status: "refused", path: verdict.path, reasons: verdict.reasons };
  }
  if (verdict.status === "revoke") {
    if (!granting) return { status: "revoke-approved", path: verdict.path, grantId: verdict.grantId };
    const outcome = await granting.revoke(verdict);
    if (outcome.status === "already")
      await granting.lapse(verdict, `${verdict.grantId} had already ended when the revoke was applied`);
    return recordRefusal(outcome, verdict, granting);
  }
  const window = verdict.extension ? undefined : verdict.summary;
  if (window && Date.parse(window.expiresAt) <= now.getTime()) {
    const reason = `its window (${window.startsAt} to ${window.expiresAt}) had ended before it could be applied; nothing was granted late`;
    await granting?.lapse(verdict, reason);
    return { status: "lapsed", path: verdict.path, reason };
  }
  if (!granting) return { status: "approved", path: verdict.path, principal: verdict.summary.principal };
  return recordRefusal(await granting.grant(verdict), verdict, granting);
}

/** A refusal found while applying (an extension whose grant had ended) is recorded, so it is final too. */
async function recordRefusal(
  outcome: ApplyOutcome,
  verdict: Exclude<MergeVerdict, { status: "refused" }>,
  granting: Granting,
): Promise<ApplyOutcome> {
  if (outcome.status === "refused")
    await granting.refuse({
      status: "refused",
      path: verdict.path,
      pull: verdict.pull,
      reasons: outcome.reasons,
    });
  return outcome;
}

function failure(error: unknown): { code: string; message: string } {
  if (error instanceof ServiceError || error instanceof ProviderError)
    return { code: error.code, message: error.message };
  if (error instanceof ConfigError) return { code: "config-error", message: error.message };
  return { code: "internal-error", message: error instanceof Error ? error.message : String(error) };
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
