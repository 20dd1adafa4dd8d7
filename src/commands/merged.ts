/**
 * Merge time: which request files a push to the default branch added, which merged pull request
 * each came from, and whether it may be granted — the policy (as of the pull request's base) and
 * the approvals (as of its merged head) checked again, so a merge that bypassed review, a file
 * pushed without a pull request, or a file changed after review grants nothing (trust rule 4).
 * Revoke files are judged the same way: the grant's own requester needs no approval, anyone
 * else's revoke needs the approvals it needed on the pull request (a revoke forced through
 * without them could deny someone the access they were granted).
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Forge, PullRequestInfo } from "../adapters/forge.js";
import { ConfigError, type RepoFiles } from "../adapters/repo-files.js";
import type { ApprovalReport } from "../core/approval/report.js";
import { REQUESTS_DIR, REVOKES_DIR } from "../core/layout.js";
import { MAX_YAML_BYTES } from "../core/load/yaml.js";
import type { RequestSummary } from "../core/request/evaluate.js";
import { approvals } from "./approvals.js";
import type { HeldGrants } from "./held-grants.js";

const run = promisify(execFile);
const ZERO = /^0+$/;
const isRequest = (path: string) => path.startsWith(`${REQUESTS_DIR}/`) && /\.ya?ml$/.test(path);
const isRevoke = (path: string) => path.startsWith(`${REVOKES_DIR}/`) && /\.ya?ml$/.test(path);

/** A request or revoke file a push added. */
export interface AddedRequest {
  path: string;
  kind: "request" | "revoke";
  /** The commit on the default branch (first parent) that added it: a merge, squash or rebased commit. */
  commit: string;
  /** That commit's first parent: the default branch just before the file landed. */
  parent: string;
  /** When that commit was made (git's committer time, in ms): when GitHub merged it. */
  committedAt: number;
}

/** The request and revoke files `before..after` added, each with the first-parent commit that added it. */
export async function addedRequests(root: string, before: string, after: string): Promise<AddedRequest[]> {
  const git = async (args: string[]) =>
    (await run("git", args, { cwd: root, maxBuffer: 64 * 1024 * 1024 })).stdout;
  for (const [name, sha] of [
    ["before", before],
    ["after", after],
  ] as const) {
    if (!/^[0-9a-f]{40}$/.test(sha) || ZERO.test(sha))
      throw new ConfigError(
        `the push event's ${name} commit is "${sha}": gitjit applies pushes to an existing branch`,
      );
    try {
      await git(["cat-file", "-e", `${sha}^{commit}`]);
    } catch {
      throw new ConfigError(
        `commit ${sha.slice(0, 12)} (the push's ${name}) is not in the checkout: check out with fetch-depth: 0`,
      );
    }
  }
  const log = await git([
    "log",
    "--first-parent",
    "--diff-filter=A",
    "--no-renames",
    "--name-only",
    "-z",
    "--format=%x00%H%x20%ct%x20%P",
    `${before}..${after}`,
    "--",
    `${REQUESTS_DIR}/`,
    `${REVOKES_DIR}/`,
  ]);
  const added: AddedRequest[] = [];
  let commit = "";
  let parent = "";
  let committedAt = 0;
  for (const field of log.split("\0").map((f) => f.trim())) {
    const header = /^([0-9a-f]{40}) (\d+)(?: ([0-9a-f]{40}))?/.exec(field);
    if (header) {
      commit = header[1] as string;
      committedAt = Number(header[2]) * 1000;
      parent = header[3] ?? "";
    } else if (field && (isRequest(field) || isRevoke(field)) && !added.some((a) => a.path === field))
      added.push({ path: field, kind: isRevoke(field) ? "revoke" : "request", commit, parent, committedAt });
  }
  // git log lists the newest first; grant in the order the requests were merged.
  return added.reverse();
}

export interface Reason {
  code: string;
  message: string;
}

export type MergeVerdict =
  | {
      status: "grant";
      path: string;
      pull: PullRequestInfo;
      summary: RequestSummary;
      approvedBy: string[];
      auto: boolean;
      report: ApprovalReport;
      /** A request with `extends:`: the grant whose expiry moves, and to when. */
      extension?: { grantId: string; to: string };
    }
  | {
      status: "revoke";
      path: string;
      pull: PullRequestInfo;
      grantId: string;
      /** The pull request's author, who asked. */
      by: string;
      /** The grant's own requester gave it up: no approval needed. */
      self: boolean;
      approvedBy: string[];
      reason: string;
      report: ApprovalReport;
    }
  | { status: "refused"; path: string; pull?: PullRequestInfo; reasons: Reason[]; report?: ApprovalReport };

export interface JudgeOptions {
  policyDir: string;
  now: Date;
  /** The file as the default branch holds it after the push. */
  content: Uint8Array;
  /** The grants the ledger holds now (for revokes and extensions); else read from `ledgerBranch` through the forge. */
  held?: HeldGrants;
  ledgerBranch?: string;
  /**
   * The default branch as the file landed on it (the adding commit's first parent), whose policy
   * must allow the request too: a stale base never outvotes a tightened policy.
   */
  mainAtMerge?: RepoFiles;
  /** Governance provenance: when set, a request judged under an unapproved policy is refused with these. */
  policyUnapproved?: Reason;
}

/** Judges one added request again, against its merged pull request. */
export async function judgeMerged(
  forge: Forge,
  added: AddedRequest,
  options: JudgeOptions,
): Promise<MergeVerdict> {
  const { path } = added;
  const pull = await mergedPullOf(forge, added.commit);
  if (!pull)
    return refused(path, undefined, {
      code: "no-pull-request",
      message: `${path} reached the default branch in commit ${added.commit.slice(0, 12)} without a merged pull request`,
    });
  const report = await approvals(
    {
      pr: pull.number,
      policyDir: options.policyDir,
      now: options.now,
      report: false,
      ...(options.held ? { held: options.held } : {}),
      ...(options.ledgerBranch ? { ledgerBranch: options.ledgerBranch } : {}),
      ...(options.mainAtMerge
        ? {
            governing: () => ({
              files: options.mainAtMerge as RepoFiles,
              label: `the default branch's policy when it merged (${(options.mainAtMerge as RepoFiles).origin})`,
            }),
          }
        : {}),
    },
    forge,
  );
  const reasons: Reason[] = report.problems.map((p) => ({ code: p.code, message: p.message }));
  // Less privilege is always safe: revokes go on while the policy is frozen.
  if (options.policyUnapproved && added.kind === "request") reasons.push(options.policyUnapproved);
  const subject = report.subjects.find((s) => s.kind === added.kind && s.subject === path);
  if (!subject)
    reasons.push({
      code: "not-in-pull-request",
      message: `pull request #${pull.number} does not add ${path}`,
    });
  else {
    reasons.push(
      ...subject.errors.map((e) => ({ code: e.code, message: `${e.line}:${e.column} ${e.message}` })),
    );
    if (subject.errors.length === 0 && !subject.verdict?.satisfied)
      reasons.push({
        code: "not-approved",
        message: `merged without the approvals the policy requires: ${(subject.verdict?.missing ?? ["no verdict"]).join("; ")}`,
      });
  }
  const reviewed = await forge.files(pull.headSha).read(path, MAX_YAML_BYTES);
  if (reviewed.kind !== "file" || !sameBytes(reviewed.bytes, options.content))
    reasons.push({
      code: "changed-after-review",
      message: `${path} on the default branch is not the file pull request #${pull.number} had at its reviewed head ${pull.headSha.slice(0, 7)}`,
    });
  const approvedBy = subject?.verdict?.steps.flatMap((s) => s.approvedBy) ?? [];
  const revoke = subject?.revoke;
  if (reasons.length === 0 && revoke?.grantId && subject?.verdict)
    return {
      status: "revoke",
      path,
      pull,
      grantId: revoke.grantId,
      by: pull.author,
      self: revoke.self,
      approvedBy,
      reason: revoke.reason ?? "",
      report,
    };
  if (reasons.length > 0 || !subject?.request || !subject.verdict) return refused(path, pull, ...reasons);
  return {
    status: "grant",
    path,
    pull,
    summary: subject.request,
    approvedBy,
    auto: subject.verdict.auto,
    report,
    ...(subject.extension
      ? { extension: { grantId: subject.extension.grantId, to: subject.extension.to } }
      : {}),
  };
}

function refused(path: string, pull: PullRequestInfo | undefined, ...reasons: Reason[]): MergeVerdict {
  return { status: "refused", path, ...(pull ? { pull } : {}), reasons };
}

/** The merged pull request into the default branch that `commit` came from. */
export async function mergedPullOf(forge: Forge, commit: string): Promise<PullRequestInfo | undefined> {
  const pulls = await Promise.all((await forge.pullsOfCommit(commit)).map((n) => forge.pull(n)));
  const merged = pulls.filter((p) => p.merged && p.baseRef === p.defaultBranch);
  return merged.find((p) => p.mergeCommitSha === commit) ?? merged[0];
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
