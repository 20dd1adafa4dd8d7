/**
 * The world an action run sees: the GitHub test server holding a repository that uses gitjit,
 * a real git repository on disk as the job's checkout, and the event payloads GitHub sends
 * (from @octokit/webhooks-examples, pointed at this repository).
 */
import { execFileSync } from "node:child_process";
import { type ActionRun, type RunOptions, runAction, webhookExample } from "./action.js";
import { gitjitRepo, REPO } from "./github/gitjit-repo.js";
import { type GitHubServer, startGitHubServer } from "./github/server.js";
import type { PullHandle, Repo } from "./github/state.js";
import { repoDir, writeFiles } from "./repo-dir.js";

export interface World {
  server: GitHubServer;
  repo: Repo;
  base: string;
  close(): Promise<void>;
}

export async function startWorld(): Promise<World> {
  const server = await startGitHubServer();
  const { repo, base } = gitjitRepo(server);
  return { server, repo, base, close: () => server.close() };
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: "t",
  GIT_AUTHOR_EMAIL: "t@example.com",
  GIT_COMMITTER_NAME: "t",
  GIT_COMMITTER_EMAIL: "t@example.com",
};

/** A git repository on disk holding `files` in one commit: what actions/checkout leaves. */
export function checkout(files: ReadonlyMap<string, string> | Record<string, string>): string {
  const root = repoDir(files instanceof Map ? Object.fromEntries(files) : (files as Record<string, string>));
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: root, env: { ...process.env, ...GIT_ENV }, stdio: "pipe" });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-qm", "checkout", "--allow-empty");
  return root;
}

/** The payload of a pull_request event (opened unless said otherwise) about `pull`. */
export function pullRequestEvent(pull: PullHandle, action = "opened") {
  const event = webhookExample("pull_request", (e) => e.action === action);
  aboutPull(event, pull);
  return event;
}

/** The payload of a pull_request_review event: `reviewer` submitted a review of `pull`. */
export function reviewEvent(pull: PullHandle, reviewer: string, state = "approved") {
  const event = webhookExample("pull_request_review", (e) => e.action === "submitted");
  aboutPull(event, pull);
  event.review.user.login = reviewer;
  event.review.state = state;
  event.review.commit_id = pull.headSha;
  return event;
}

function aboutPull(event: ReturnType<typeof webhookExample>, pull: PullHandle) {
  const [owner, name] = REPO.split("/") as [string, string];
  const r = pull.record;
  event.number = r.number;
  Object.assign(event.pull_request, { number: r.number, title: r.title });
  event.pull_request.user.login = r.author.login;
  Object.assign(event.pull_request.head, { sha: r.headSha, ref: r.headRef });
  Object.assign(event.pull_request.base, { sha: r.baseSha, ref: r.baseRef });
  Object.assign(event.repository, { full_name: REPO, name, default_branch: "main" });
  event.repository.owner.login = owner;
}

/** Runs dist/ against this world's server. */
export function runIn(
  world: World,
  options: Omit<RunOptions, "apiUrl" | "repository"> & { repository?: string },
): Promise<ActionRun> {
  return runAction({ apiUrl: world.server.url, repository: REPO, ...options });
}

/** The comments on a pull request that start with gitjit's marker. */
export const stickyComments = (repo: Repo, pr: number) =>
  repo.comments.filter((c) => c.issue === pr && c.body.startsWith("<!-- gitjit:pull-request-report -->"));

/**
 * The default branch as a real git repository on disk (the apply job's checkout, fetch-depth 0),
 * kept in step with the server: each merge is a local commit whose sha the server's pull request
 * records as its merge commit.
 */
export class MainBranch {
  /** The bare repository GitHub would hold: the checkout's origin, where the ledger is published. */
  readonly origin: string;
  readonly root: string;
  private readonly git: (...args: string[]) => string;
  private readonly files: Map<string, string>;

  constructor(
    private readonly repo: Repo,
    base: string,
  ) {
    this.files = new Map(repo.requireCommit(base).files);
    this.origin = repoDir({});
    execFileSync("git", ["init", "-q", "--bare", "-b", "main", this.origin]);
    this.root = repoDir(Object.fromEntries(this.files));
    this.git = (...args) =>
      execFileSync("git", args, { cwd: this.root, env: { ...process.env, ...GIT_ENV }, encoding: "utf8" });
    this.git("init", "-q", "-b", "main");
    this.git("remote", "add", "origin", this.origin);
    this.git("add", "-A");
    this.git("commit", "-qm", "base");
    this.register();
  }

  /** A new checkout of main, as a re-run of a job gets: cloned from origin with its whole history. */
  checkout(): string {
    const dir = repoDir({});
    execFileSync("git", ["clone", "-q", "--branch", "main", this.origin, dir], { stdio: "pipe" });
    return dir;
  }

  head(): string {
    return this.git("rev-parse", "HEAD").trim();
  }

  /**
   * A commit on main writing `files` (a squash merge, or a direct push), pushed to the server too;
   * `at` sets its time (when GitHub merged it), else now.
   */
  commit(files: Record<string, string>, message = "merge", at?: Date): string {
    writeFiles(this.root, files);
    for (const [path, text] of Object.entries(files)) this.files.set(path, text);
    this.git("add", "-A");
    if (at) {
      const date = at.toISOString();
      execFileSync("git", ["commit", "-qm", message], {
        cwd: this.root,
        env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
    } else this.git("commit", "-qm", message);
    return this.register();
  }

  /** Squash-merges `pull` (its changes, then `override`): the server records the same merge commit. */
  merge(pull: PullHandle, override: Record<string, string> = {}, at?: Date): string {
    const changed = Object.fromEntries(
      pull.files().flatMap((f) => (f.after !== undefined ? [[f.filename, f.after]] : [])),
    );
    const sha = this.commit({ ...changed, ...override }, `Merge pull request #${pull.number}`, at);
    pull.merge({ sha, files: Object.fromEntries(this.files) });
    return sha;
  }

  private register(): string {
    const sha = this.head();
    this.git("push", "-q", "origin", "main");
    this.repo.commits.set(sha, { sha, files: new Map(this.files) });
    this.repo.branches.set(this.repo.defaultBranch, sha);
    return sha;
  }
}

/** The payload of a push to main from `before` to `after`. */
export function pushEvent(before: string, after: string) {
  const event = webhookExample("push", (e) => e.ref === "refs/heads/master");
  const [owner, name] = REPO.split("/") as [string, string];
  Object.assign(event, { ref: "refs/heads/main", before, after, base_ref: null });
  Object.assign(event.repository, { full_name: REPO, name, default_branch: "main", master_branch: "main" });
  event.repository.owner.login = owner;
  event.head_commit.id = after;
  return event;
}
