/**
 * The in-memory world of the GitHub test server: users, organisations' teams, repositories with
 * commits (whole file trees), pull requests (files diffed from base to head), reviews,
 * collaborators with their permission, commit statuses and check runs, issue comments and
 * issue events (review dismissals, renames), and users' public SSH keys.
 */
import { createHash } from "node:crypto";

export interface User {
  login: string;
  id: number;
  type: "User" | "Bot" | "Organization";
}

export type Permission = "admin" | "maintain" | "write" | "triage" | "read";

export interface Commit {
  sha: string;
  files: ReadonlyMap<string, string>;
}

export interface ReviewRecord {
  id: number;
  user: User;
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";
  commitId: string;
  body: string;
  submittedAt: string | undefined;
}

export interface PullRecord {
  number: number;
  id: number;
  author: User;
  title: string;
  baseRef: string;
  baseSha: string;
  headRef: string;
  headSha: string;
  state: "open" | "closed";
  merged: boolean;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  createdAt: string;
  reviews: ReviewRecord[];
}

export interface StatusRecord {
  id: number;
  sha: string;
  state: string;
  description: string | null;
  context: string;
  targetUrl: string | null;
  creator: User;
  createdAt: string;
}

export interface CommentRecord {
  id: number;
  issue: number;
  user: User;
  body: string;
  createdAt: string;
  updatedAt: string;
}

/** An event on a pull request's issue timeline, as GET …/issues/{number}/events lists it. */
export interface IssueEventRecord {
  id: number;
  issue: number;
  actor: User;
  createdAt: string;
  detail:
    | {
        event: "review_dismissed";
        reviewId: number;
        /** The review's state before the dismissal, spelt as GitHub's issue events spell it. */
        state: "approved" | "changes_requested";
        message: string;
        /** The pull request's head when the review was dismissed. */
        commitId: string;
      }
    | { event: "renamed"; from: string; to: string };
}

/** A public SSH key on an account: GitHub keeps its type and base64, not the comment. */
export interface SshKeyRecord {
  id: number;
  key: string;
  createdAt: string;
}

/** Who a token acts as: a person (a personal token) or an App's bot (GITHUB_TOKEN, an App installation). */
export interface TokenIdentity {
  user: User;
  app: boolean;
  /** Writes are refused with 403, as GitHub refuses them for a fork pull request's token. */
  readOnly: boolean;
}

export interface CheckRunRecord {
  id: number;
  headSha: string;
  name: string;
  status: string;
  conclusion: string | null;
  title: string;
  summary: string;
  startedAt: string;
  completedAt: string | null;
}

export class Repo {
  readonly commits = new Map<string, Commit>();
  readonly pulls = new Map<number, PullRecord>();
  readonly collaborators = new Map<number, Permission>();
  readonly statuses: StatusRecord[] = [];
  readonly checkRuns: CheckRunRecord[] = [];
  readonly comments: CommentRecord[] = [];
  /** Issue events of every pull request, oldest first. */
  readonly issueEvents: IssueEventRecord[] = [];
  /** Branch name → commit sha, for reads by branch name (the contents API's ref). */
  readonly branches = new Map<string, string>();
  defaultBranch = "main";

  constructor(
    readonly world: GitHubState,
    readonly owner: User,
    readonly name: string,
    readonly id: number,
  ) {}

  get fullName() {
    return `${this.owner.login}/${this.name}`;
  }

  /** A commit holding exactly `files` (path → text). Its sha is derived from the content. */
  commit(files: Record<string, string>, parent = ""): string {
    const sorted = Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1));
    const sha = createHash("sha1")
      .update(JSON.stringify([parent, sorted, this.world.nextId()]))
      .digest("hex");
    this.commits.set(sha, { sha, files: new Map(sorted) });
    return sha;
  }

  collaborator(login: string, permission: Permission): this {
    this.collaborators.set(this.world.user(login).id, permission);
    return this;
  }

  permissionOf(user: User): Permission | undefined {
    if (user.id === this.owner.id) return "admin";
    return this.collaborators.get(user.id);
  }

  /** Opens a pull request from `base` to a head commit holding `base`'s files changed by `change`. */
  openPull(options: {
    author: string;
    base: string;
    change: Record<string, string | null>;
    title?: string;
    number?: number;
    baseRef?: string;
  }) {
    const base = this.requireCommit(options.base);
    const number = options.number ?? Math.max(0, ...this.pulls.keys()) + 1;
    const pull: PullRecord = {
      number,
      id: this.world.nextId(),
      author: this.world.user(options.author),
      title: options.title ?? `Pull request ${number}`,
      baseRef: options.baseRef ?? this.defaultBranch,
      baseSha: base.sha,
      headRef: `${options.author}/change-${number}`,
      headSha: this.commit(apply(base.files, options.change), base.sha),
      state: "open",
      merged: false,
      mergedAt: null,
      mergeCommitSha: null,
      createdAt: this.world.tick(),
      reviews: [],
    };
    this.pulls.set(number, pull);
    return new PullHandle(this, pull);
  }

  pull(number: number): PullHandle {
    const pull = this.pulls.get(number);
    if (!pull) throw new Error(`no pull request ${number}`);
    return new PullHandle(this, pull);
  }

  addComment(issue: number, user: User, body: string): CommentRecord {
    const at = this.world.tick();
    const record = { id: this.world.nextId(), issue, user, body, createdAt: at, updatedAt: at };
    this.comments.push(record);
    return record;
  }

  requireCommit(sha: string): Commit {
    const commit = this.commits.get(sha);
    if (!commit) throw new Error(`no commit ${sha}`);
    return commit;
  }
}

/** Test-side handle on a pull request: push commits, submit reviews, merge. */
export class PullHandle {
  constructor(
    readonly repo: Repo,
    readonly record: PullRecord,
  ) {}

  get number() {
    return this.record.number;
  }
  get headSha() {
    return this.record.headSha;
  }

  push(change: Record<string, string | null>): string {
    const head = this.repo.requireCommit(this.record.headSha);
    this.record.headSha = this.repo.commit(apply(head.files, change), head.sha);
    return this.record.headSha;
  }

  review(login: string, state: ReviewRecord["state"], options: { commitId?: string; body?: string } = {}) {
    const review: ReviewRecord = {
      id: this.repo.world.nextId(),
      user: this.repo.world.user(login),
      state,
      commitId: options.commitId ?? this.record.headSha,
      body: options.body ?? "",
      submittedAt: state === "PENDING" ? undefined : this.repo.world.tick(),
    };
    this.record.reviews.push(review);
    return review;
  }

  /**
   * `login` dismisses a review, as GitHub lets anyone with write access (the author included) or
   * an App do: the reviews list then shows it as DISMISSED, and a review_dismissed issue event
   * records who did it and what the review had been. GitHub refuses to dismiss a pending,
   * commented or already dismissed review, and so does this.
   */
  dismiss(review: ReviewRecord | number, login: string, message = "Dismissed"): IssueEventRecord {
    const id = typeof review === "number" ? review : review.id;
    const record = this.record.reviews.find((r) => r.id === id);
    if (!record) throw new Error(`no review ${id} on pull request ${this.number}`);
    if (record.state !== "APPROVED" && record.state !== "CHANGES_REQUESTED")
      throw new Error(`Can not dismiss a ${record.state.toLowerCase()} pull request review`);
    const actor = this.repo.world.user(login);
    const permission = this.repo.permissionOf(actor);
    if (actor.type !== "Bot" && permission !== "admin" && permission !== "maintain" && permission !== "write")
      throw new Error(`${login} cannot dismiss reviews: no write access to ${this.repo.fullName}`);
    const event: IssueEventRecord = {
      id: this.repo.world.nextId(),
      issue: this.number,
      actor,
      createdAt: this.repo.world.tick(),
      detail: {
        event: "review_dismissed",
        reviewId: record.id,
        state: record.state === "APPROVED" ? "approved" : "changes_requested",
        message,
        commitId: this.record.headSha,
      },
    };
    record.state = "DISMISSED";
    this.repo.issueEvents.push(event);
    return event;
  }

  /** `login` changes the pull request's title: a renamed issue event. */
  retitle(login: string, title: string): IssueEventRecord {
    const event: IssueEventRecord = {
      id: this.repo.world.nextId(),
      issue: this.number,
      actor: this.repo.world.user(login),
      createdAt: this.repo.world.tick(),
      detail: { event: "renamed", from: this.record.title, to: title },
    };
    this.record.title = title;
    this.repo.issueEvents.push(event);
    return event;
  }

  /**
   * Merges into the base: the merge commit holds the head's files (or `files`, for a merge that
   * changed them); returns its sha. `sha` names it as a local git repository made it, so the
   * checkout and the server agree.
   */
  merge(options: { sha?: string; files?: Record<string, string> } = {}): string {
    const head = this.repo.requireCommit(this.record.headSha);
    const files = options.files ?? Object.fromEntries(head.files);
    const merge = options.sha ?? this.repo.commit(files, this.record.headSha);
    if (options.sha)
      this.repo.commits.set(options.sha, { sha: options.sha, files: new Map(Object.entries(files)) });
    this.record.state = "closed";
    this.record.merged = true;
    this.record.mergedAt = this.repo.world.tick();
    this.record.mergeCommitSha = merge;
    return merge;
  }

  /** A comment on the pull request's conversation, as `login` would write it. */
  comment(login: string, body: string): CommentRecord {
    return this.repo.addComment(this.record.number, this.repo.world.user(login), body);
  }

  /** The files the pull request changes, as GitHub lists them (renames of identical content detected). */
  files(): { filename: string; status: string; previous?: string; before?: string; after?: string }[] {
    const base = this.repo.requireCommit(this.record.baseSha).files;
    const head = this.repo.requireCommit(this.record.headSha).files;
    const removed = [...base.keys()].filter((p) => !head.has(p));
    const out: ReturnType<PullHandle["files"]> = [];
    for (const [path, after] of head) {
      const before = base.get(path);
      if (before === after) continue;
      if (before !== undefined) {
        out.push({ filename: path, status: "modified", before, after });
        continue;
      }
      const from = removed.find((r) => base.get(r) === after);
      if (from !== undefined) {
        removed.splice(removed.indexOf(from), 1);
        out.push({ filename: path, status: "renamed", previous: from, before: after, after });
      } else out.push({ filename: path, status: "added", after });
    }
    for (const path of removed) out.push({ filename: path, status: "removed", before: base.get(path) });
    return out.sort((a, b) => (a.filename < b.filename ? -1 : 1));
  }
}

export class GitHubState {
  readonly users = new Map<string, User>();
  private readonly usersById = new Map<number, User>();
  readonly repos = new Map<string, Repo>();
  /** "org/slug" → member user ids. */
  readonly teams = new Map<
    string,
    { id: number; org: User; slug: string; members: number[]; maintainers: Set<number> }
  >();
  /** User id → the public SSH keys on the account, oldest first. */
  readonly sshKeys = new Map<number, SshKeyRecord[]>();
  /** Tokens the server accepts; empty means any. */
  readonly tokens = new Set<string>();
  /** Who each token acts as; a token not listed is GITHUB_TOKEN: github-actions[bot], allowed to write. */
  readonly identities = new Map<string, TokenIdentity>();
  private id = 1000;
  private clock = Date.UTC(2026, 10, 1, 9, 0, 0);

  nextId(): number {
    return ++this.id;
  }

  /** A strictly increasing time, one second per event. */
  tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  user(login: string, type?: User["type"]): User {
    const key = login.toLowerCase();
    let user = this.users.get(key);
    if (!user) {
      user = { login, id: this.nextId(), type: type ?? (login.endsWith("[bot]") ? "Bot" : "User") };
      this.users.set(key, user);
      this.usersById.set(user.id, user);
    }
    return user;
  }

  addRepo(fullName: string): Repo {
    const [owner, name] = fullName.split("/") as [string, string];
    const repo = new Repo(this, this.user(owner, "Organization"), name, this.nextId());
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  repo(owner: string, name: string): Repo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** `login` adds a public SSH key to their account ("<type> <base64>", as GitHub keeps it). */
  addSshKey(login: string, key: string): SshKeyRecord {
    const user = this.user(login);
    const record = {
      id: this.nextId(),
      key: key.trim().split(/\s+/).slice(0, 2).join(" "),
      createdAt: this.tick(),
    };
    this.sshKeys.set(user.id, [...(this.sshKeys.get(user.id) ?? []), record]);
    return record;
  }

  addTeam(team: string, members: readonly string[]): void {
    const [org, slug] = team.replace(/^@/, "").split("/") as [string, string];
    this.teams.set(`${org}/${slug}`.toLowerCase(), {
      id: this.nextId(),
      org: this.user(org, "Organization"),
      slug,
      members: members.map((m) => this.user(m).id),
      maintainers: new Set(),
    });
  }

  /** Makes `token` act as `login`: a person, or (app) an App's bot, optionally read-only. */
  token(token: string, login: string, options: { app?: boolean; readOnly?: boolean } = {}): void {
    this.identities.set(token, {
      user: this.user(login),
      app: options.app ?? login.endsWith("[bot]"),
      readOnly: options.readOnly ?? false,
    });
  }

  identity(token: string | undefined): TokenIdentity {
    return (
      (token !== undefined ? this.identities.get(token) : undefined) ?? {
        user: this.user("github-actions[bot]"),
        app: true,
        readOnly: false,
      }
    );
  }

  userById(id: number): User {
    const user = this.usersById.get(id);
    if (!user) throw new Error(`no user ${id}`);
    return user;
  }
}

function apply(
  files: ReadonlyMap<string, string>,
  change: Record<string, string | null>,
): Record<string, string> {
  const out = Object.fromEntries(files);
  for (const [path, text] of Object.entries(change)) {
    if (text === null) delete out[path];
    else out[path] = text;
  }
  return out;
}
