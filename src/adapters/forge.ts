/**
 * What gitjit needs from the forge hosting the repository (GitHub), as a small interface that
 * commands are handed, so they never build a client themselves.
 */
import type { ChangedFile } from "../core/approval/changes.js";
import type { Dismissal, Review } from "../core/approval/engine.js";
import type { RepoFiles } from "./repo-files.js";

export interface PullRequestInfo {
  number: number;
  author: string;
  headSha: string;
  baseSha: string;
  /** The branch the pull request merges into, and the repository's default branch. */
  baseRef: string;
  defaultBranch: string;
  state: "open" | "closed";
  merged: boolean;
  /** How many files GitHub says the pull request changes. */
  changedFiles: number;
  url: string;
  /** Untrusted text: the pull request's title and head branch, as the author wrote them. */
  title: string;
  headRef: string;
  /** The commit the merge made on the base branch (merged pull requests only). */
  mergeCommitSha: string | null;
}

export interface IssueComment {
  id: number;
  author: string;
  /** GitHub's account type: "User", "Bot" (an App) or "Organization". */
  authorType: string;
  body: string;
}

export interface CommitStatus {
  state: "success" | "failure" | "pending" | "error";
  context: string;
  /** One line; GitHub keeps at most 140 characters. */
  description: string;
  targetUrl?: string;
}

export interface Forge {
  /** "owner/repo", for messages. */
  readonly repository: string;
  pull(number: number): Promise<PullRequestInfo>;
  /** Every file the pull request changes (all pages). */
  pullFiles(number: number): Promise<ChangedFile[]>;
  /** Every review of the pull request (all pages), oldest first. */
  reviews(number: number): Promise<Review[]>;
  /**
   * Every review dismissal of the pull request (all pages), oldest first: which review, who
   * dismissed it, and what the review had been. The reviews list shows a dismissed review only
   * as DISMISSED; who dismissed it decides whether a change request still blocks.
   */
  dismissals(number: number): Promise<Dismissal[]>;
  /** Logins of a team's members, for "@org/team-slug". Read once per run. */
  teamMembers(team: string): Promise<string[]>;
  /** Whether the person may push to the repository (write, maintain or admin). Read once per run. */
  canWrite(login: string): Promise<boolean>;
  /** The repository's files as of a commit. */
  files(ref: string): RepoFiles;
  setStatus(sha: string, status: CommitStatus): Promise<void>;
  /**
   * The login the token acts as, or undefined when it is an App installation's token (the
   * Actions GITHUB_TOKEN), which GitHub does not let ask.
   */
  viewer(): Promise<string | undefined>;
  /** Every comment of the pull request's conversation (all pages), oldest first. */
  comments(number: number): Promise<IssueComment[]>;
  createComment(number: number, body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<void>;
  /** The pull requests a commit on the base branch came from (merged with it, or as their head). */
  pullsOfCommit(sha: string): Promise<number[]>;
  /** A person's public SSH keys ("<type> <base64>" each, all pages), as their account lists them. */
  publicKeys(login: string): Promise<string[]>;
}

/**
 * An outside service failed or refused (bad token, missing permission, not found, down): not a
 * problem in the user's files and not a bug in gitjit. `code` is stable.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
