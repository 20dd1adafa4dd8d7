/**
 * Governance provenance, checked where it can be trusted (apply and sweep, on the default
 * branch): walks the default branch's first-parent history of governance files from the trust
 * anchor (the first commit with a policy), finds the merged pull request of each change and
 * judges its reviews by the admins' rule of the policy before it — and, while an earlier change
 * is unapproved, by the last approved policy's too, so an unapproved change cannot lower the bar
 * for the next one. No commit status is trusted: anyone who can run a workflow can set one.
 *
 * Verdicts the ledger already holds as approved are final and not asked again; unapproved ones
 * are judged again on every run, so an approval after the fact clears them.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import type { Forge, PullRequestInfo } from "../adapters/forge.js";
import { ConfigError, gitRefFiles } from "../adapters/repo-files.js";
import { evaluateApproval, latestReviews, stepsFor } from "../core/approval/engine.js";
import {
  type ChangeVerdict,
  type GovernanceChange,
  GovernanceTrust,
  type PathChange,
  type UnapprovedChange,
} from "../core/governance/trust.js";
import { governancePaths, trimSlashes } from "../core/layout.js";
import { readChain } from "../core/ledger/chain.js";
import { GOVERNANCE_SUBJECT } from "../core/ledger/records.js";
import type { LedgerStore } from "../core/ledger/store.js";
import type { Policy } from "../core/policy/policy.js";
import { reviewsOf } from "./approvals.js";
import { mergedPullOf } from "./merged.js";
import { loadPolicy } from "./validate.js";

const run = promisify(execFile);
const ZERO_BLOB = /^0{40}$/;
/** GitHub serves files up to 100 MB through the contents API's raw form. */
const MAX_COMPARED_BYTES = 100 * 1024 * 1024;

export interface GovernanceOptions {
  /** A checkout of the default branch with its whole history. */
  root: string;
  /** The commit judged up to: the push's `after`, or the checkout's HEAD. */
  head: string;
  policyDir: string;
  /** Verdicts earlier runs recorded, by commit. */
  known: ReadonlyMap<string, ChangeVerdict>;
}

export interface GovernanceReport {
  anchor: string;
  /** Every governance file holds what the admins approved. */
  clean: boolean;
  unapproved: UnapprovedChange[];
  /** Verdicts this run reached that the ledger did not hold, or that changed (an approval after the fact). */
  fresh: { commit: string; verdict: ChangeVerdict }[];
  /** Whether governance was clean at `commit`, a commit of the default branch's first-parent history. */
  cleanAt(commit: string): boolean;
}

export async function checkGovernance(options: GovernanceOptions, forge: Forge): Promise<GovernanceReport> {
  const { root, head, policyDir } = options;
  const git = async (args: string[]) =>
    (await run("git", args, { cwd: root, maxBuffer: 256 * 1024 * 1024 })).stdout;
  const specs = pathspecs(policyDir);
  const anchor = (
    await git(["rev-list", "--first-parent", "--reverse", head, "--", `:(icase)${trimSlashes(policyDir)}/`])
  )
    .split("\n")
    .find(Boolean);
  if (!anchor)
    throw new ConfigError(
      `no commit of the default branch's history adds ${trimSlashes(policyDir)}/: check out with fetch-depth: 0`,
    );
  const changes = parseChanges(
    await git([
      "log",
      "--first-parent",
      "--diff-merges=first-parent",
      "--reverse",
      "--raw",
      "--no-abbrev",
      "--no-renames",
      "-z",
      "--format=%x00%H%x20%P",
      `${anchor}..${head}`,
      "--",
      ...specs,
    ]),
  );
  const chain = (await git(["rev-list", "--first-parent", head])).split("\n").filter(Boolean);
  // Newest first: a larger index is older.
  const position = new Map(chain.map((sha, i) => [sha, i]));

  const judge = changeJudge(root, policyDir, forge);
  const trust = new GovernanceTrust(anchor);
  const fresh: GovernanceReport["fresh"] = [];
  const cleanAfter: { index: number; clean: boolean }[] = [];
  for (const change of changes) {
    const known = options.known.get(change.commit);
    let verdict = known;
    if (!known?.approved) {
      verdict = await judge(change, trust.clean ? [] : [trust.lastClean]);
      if (!known || known.approved !== verdict.approved) fresh.push({ commit: change.commit, verdict });
    }
    trust.apply(change, verdict as ChangeVerdict);
    cleanAfter.push({ index: position.get(change.commit) ?? -1, clean: trust.clean });
  }
  return {
    anchor,
    clean: trust.clean,
    unapproved: trust.unapproved(),
    fresh,
    cleanAt(commit) {
      const index = position.get(commit);
      if (index === undefined) return false;
      // The state after the newest change at or before `commit` (an older or equal commit has a larger index).
      let clean = true;
      for (const c of cleanAfter) if (c.index >= index) clean = c.clean;
      return clean;
    },
  };
}

/** Pathspecs for every governance path, matched case-insensitively as classifyChanges does. */
function pathspecs(policyDir: string): string[] {
  return governancePaths(policyDir).map((entry) =>
    entry.startsWith("**/") ? `:(glob,icase)${entry}` : `:(icase)${entry}`,
  );
}

/** `git log --raw -z` output: a header per commit ("\0<sha> <parents>"), then ":… status\0path\0" per file. */
export function parseChanges(log: string): GovernanceChange[] {
  const out: GovernanceChange[] = [];
  const tokens = log.split("\0");
  let current: { commit: string; parent: string; paths: PathChange[] } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = (tokens[i] ?? "").replace(/^\n/, "");
    const header = /^([0-9a-f]{40}) ?([0-9a-f]{40})?/.exec(token);
    if (token.startsWith(":")) {
      const [oldMode, newMode, oldSha, newSha] = token.slice(1).split(" ");
      const path = tokens[++i] ?? "";
      current?.paths.push({
        path,
        before: ZERO_BLOB.test(oldSha ?? "") ? null : `${oldMode}:${oldSha}`,
        after: ZERO_BLOB.test(newSha ?? "") ? null : `${newMode}:${newSha}`,
      });
    } else if (header) {
      current = { commit: header[1] as string, parent: header[2] ?? "", paths: [] };
      out.push(current);
    }
  }
  return out.filter((c) => c.paths.length > 0);
}

/** git's blob id of some bytes, with the mode a regular file has. */
function blobId(bytes: Uint8Array): string {
  const hash = createHash("sha1");
  hash.update(`blob ${bytes.length}\0`);
  hash.update(bytes);
  return hash.digest("hex");
}

type AdminsRule = { groups: readonly string[]; count: number; policy: Policy };

/** Judges one governance change by its merged pull request's reviews. */
function changeJudge(root: string, policyDir: string, forge: Forge) {
  const rules = new Map<string, Promise<AdminsRule | string>>();
  const adminsAt = (commit: string) => {
    let known = rules.get(commit);
    if (!known) {
      known = (async () => {
        const compiled = await loadPolicy(await gitRefFiles(root, commit), policyDir).catch(
          (error: unknown) => (error instanceof ConfigError ? error.message : Promise.reject(error)),
        );
        if (typeof compiled === "string") return compiled;
        const [error] = compiled.errors;
        if (error)
          return `the policy at ${commit.slice(0, 12)} has errors (${error.file}:${error.line} ${error.code})`;
        const admins = compiled.policy.admins;
        if (!admins) return `the policy at ${commit.slice(0, 12)} names no admins`;
        return { groups: admins.groups, count: admins.count, policy: compiled.policy };
      })();
      rules.set(commit, known);
    }
    return known;
  };

  return async (change: GovernanceChange, alsoJudgedBy: readonly string[]): Promise<ChangeVerdict> => {
    const unapproved = (missing: string[], pull?: PullRequestInfo): ChangeVerdict => ({
      approved: false,
      ...(pull ? { pr: pull.number } : {}),
      approvers: [],
      missing,
    });
    const pull = await mergedPullOf(forge, change.commit);
    if (!pull) return unapproved(["it reached the default branch without a merged pull request"]);
    const missing: string[] = [];
    let approvers: string[] | undefined;
    const reviews = await reviewsOf(forge, pull.number);
    for (const at of [...new Set([change.parent, ...alsoJudgedBy])]) {
      const rule = await adminsAt(at);
      if (typeof rule === "string") {
        missing.push(`no admins' rule to judge it by: ${rule}`);
        continue;
      }
      const verdict = await judgeReviews(forge, pull, reviews, rule);
      if (!verdict.satisfied)
        missing.push(
          ...verdict.missing.map((m) =>
            at === change.parent ? m : `by the last approved policy (${at.slice(0, 12)}): ${m}`,
          ),
        );
      approvers = [...new Set([...(approvers ?? []), ...verdict.steps.flatMap((s) => s.approvedBy)])];
    }
    // The change as it landed must be what was reviewed. A rebase merge lands the pull request's
    // commits one by one; only the last (GitHub's merge commit sha) holds the reviewed head.
    if (pull.mergeCommitSha === change.commit) {
      const reviewed = forge.files(pull.headSha);
      for (const p of change.paths) {
        const read = await reviewed.read(p.path, MAX_COMPARED_BYTES);
        const atHead =
          read.kind === "file" ? blobId(read.bytes) : read.kind === "missing" ? null : "unreadable";
        const landed = p.after === null ? null : (p.after.split(":")[1] ?? "");
        if (atHead !== landed)
          missing.push(
            `${p.path} on the default branch is not the file pull request #${pull.number} had at its reviewed head ${pull.headSha.slice(0, 7)}`,
          );
      }
    }
    if (missing.length > 0) return unapproved(missing, pull);
    return { approved: true, pr: pull.number, approvers: approvers ?? [], missing: [] };
  };
}

async function judgeReviews(
  forge: Forge,
  pull: PullRequestInfo,
  { reviews, dismissals }: Awaited<ReturnType<typeof reviewsOf>>,
  rule: AdminsRule,
) {
  const steps = [{ groups: rule.groups, count: rule.count }];
  const teams = [...new Set(rule.groups.flatMap((g) => rule.policy.groups.get(g)?.teams ?? []))];
  const teamMembers = new Map(
    await Promise.all(teams.map(async (t) => [t, await forge.teamMembers(t)] as const)),
  );
  const writeAccess = new Map<string, boolean>();
  for (const review of latestReviews(reviews))
    if (stepsFor(review.login, review.bot, steps, rule.policy.groups, teamMembers).length > 0)
      writeAccess.set(review.login.toLowerCase(), await forge.canWrite(review.login));
  return evaluateApproval(
    { steps, selfApproval: false, auto: false },
    {
      author: pull.author,
      headSha: pull.headSha,
      reviews,
      dismissals,
      groups: rule.policy.groups,
      teamMembers,
      writeAccess,
    },
  );
}

/** The governance verdicts the ledger holds, by commit (the newest record of each commit wins). */
export async function governanceVerdicts(store: LedgerStore): Promise<Map<string, ChangeVerdict>> {
  await store.read();
  const { records } = readChain((await store.contents({ anchors: false })).auditFiles);
  const verdicts = new Map<string, ChangeVerdict>();
  for (const { record: r } of records) {
    if (r.grant !== GOVERNANCE_SUBJECT || typeof r.data.commit !== "string") continue;
    verdicts.set(r.data.commit, {
      approved: r.event === "governance-approved",
      ...(typeof r.data.pr === "number" ? { pr: r.data.pr } : {}),
      approvers: Array.isArray(r.data.approvers) ? r.data.approvers.map(String) : [],
      missing: Array.isArray(r.data.missing) ? r.data.missing.map(String) : [],
    });
  }
  return verdicts;
}

/** Records the verdicts a run reached, so the next run does not ask GitHub again. */
export async function recordGovernance(
  store: LedgerStore,
  fresh: GovernanceReport["fresh"],
  actor: string,
): Promise<void> {
  if (fresh.length === 0) return;
  await store.update(() =>
    fresh.map(({ commit, verdict }) => ({
      event: verdict.approved ? "governance-approved" : "governance-unapproved",
      grant: GOVERNANCE_SUBJECT,
      actor,
      data: {
        commit,
        ...(verdict.pr !== undefined ? { pr: verdict.pr } : {}),
        approvers: verdict.approvers,
        missing: verdict.missing,
      },
    })),
  );
}
