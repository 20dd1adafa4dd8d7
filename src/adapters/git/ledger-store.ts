/**
 * The ledger on a git branch: read from the branch's newest commit, written as one commit per
 * change and published by a plain (never forced) push. When another writer got in first, the push
 * is refused; the store fetches, asks for the events again from the newer ledger, and retries with
 * jittered backoff, so no record is lost and none is written twice. Without a remote, the branch
 * is moved by compare-and-swap in the repository itself.
 */
import { randomBytes } from "node:crypto";
import { type Backoff, backoffDelay } from "../../core/async.js";
import type { AuditFile } from "../../core/ledger/chain.js";
import { ACTIVE_DIR, type AuditRecord, type ChainTip, type LedgerEntry } from "../../core/ledger/records.js";
import {
  type Anchor,
  type CommitPlan,
  type Decide,
  type LedgerContents,
  LedgerError,
  type LedgerSnapshot,
  type LedgerStore,
  planCommit,
  type UpdateResult,
} from "../../core/ledger/store.js";
import { crashPoint } from "../crash-points.js";
import { GitError, git, listTree, readBlobs, resolveRef, runGit } from "./git.js";

export const DEFAULT_LEDGER_BRANCH = "gitjit-ledger";

export interface GitLedgerOptions {
  /** A git repository (a work tree or a bare repository). */
  repo: string;
  branch: string;
  /** The remote to publish to; undefined keeps the ledger in `repo` alone. */
  remote?: string;
  now(): Date;
  committer?: { name: string; email: string };
  /** Publish attempts before giving up (each after reading the ledger again). */
  attempts?: number;
  backoff?: Backoff;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*@\{|.*\.lock$|.*\/$)[A-Za-z0-9._/-]{1,200}$/;
const REMOTE = /^[A-Za-z0-9._-]{1,100}$/;

export class GitLedgerStore implements LedgerStore {
  readonly location: string;
  private readonly entryCache = new Map<string, LedgerEntry>();

  constructor(private readonly options: GitLedgerOptions) {
    if (!BRANCH.test(options.branch) || options.branch.startsWith("-"))
      throw new LedgerError(`"${options.branch}" is not a usable branch name`, "ledger-config");
    if (options.remote !== undefined && !REMOTE.test(options.remote))
      throw new LedgerError(`"${options.remote}" is not a usable remote name`, "ledger-config");
    this.location =
      options.remote === undefined
        ? `branch ${options.branch}`
        : `branch ${options.branch} on ${options.remote}`;
  }

  /** The ref the ledger is read from: the remote-tracking ref when there is a remote. */
  get readRef(): string {
    const { remote, branch } = this.options;
    return remote === undefined ? `refs/heads/${branch}` : `refs/remotes/${remote}/${branch}`;
  }

  async read(): Promise<LedgerSnapshot> {
    return this.snapshot(await this.fetch());
  }

  async contents(options: { anchors?: boolean } = {}): Promise<LedgerContents> {
    const commit = await resolveRef(this.options.repo, this.readRef);
    if (!commit) return { auditFiles: [], activeFiles: [] };
    const entries = await listTree(this.options.repo, commit, ["audit", ACTIVE_DIR]);
    const blobs = await readBlobs(
      this.options.repo,
      entries.map((e) => e.object),
    );
    const file = (e: { path: string; object: string }): AuditFile => ({
      path: e.path,
      text: (blobs.get(e.object) as Buffer).toString("utf8"),
    });
    return {
      commit,
      auditFiles: entries.filter((e) => e.path.startsWith("audit/")).map(file),
      activeFiles: entries.filter((e) => e.path.startsWith(`${ACTIVE_DIR}/`)).map(file),
      ...(options.anchors === false ? {} : { anchors: await this.anchors(commit) }),
    };
  }

  /** The Gitjit-Audit-Seq and Gitjit-Audit-Hash trailers of every commit on the branch. */
  private async anchors(commit: string): Promise<Anchor[]> {
    const format =
      "%H%x1f%(trailers:key=Gitjit-Audit-Seq,valueonly,separator=%x2C)%x1f%(trailers:key=Gitjit-Audit-Hash,valueonly,separator=%x2C)%x1e";
    const out = await git(this.options.repo, ["log", `--format=${format}`, commit, "--"]);
    const anchors: Anchor[] = [];
    for (const record of out.split("\x1e")) {
      const [sha, seq, hash] = record.trim().split("\x1f");
      const last = /^(\d+)-(\d+)$/.exec(seq?.trim() ?? "");
      if (!sha || !last || !/^[0-9a-f]{64}$/.test(hash?.trim() ?? "")) continue;
      anchors.push({ commit: sha, seq: Number(last[2]), hash: (hash as string).trim() });
    }
    return anchors.reverse();
  }

  async update(decide: Decide): Promise<UpdateResult> {
    const attempts = this.options.attempts ?? 12;
    const backoff = this.options.backoff ?? { baseMs: 200, maxMs: 5000 };
    for (let attempt = 1; ; attempt++) {
      const base = await this.fetch();
      const snapshot = await this.snapshot(base);
      const drafts = await decide(snapshot);
      if (drafts.length === 0) return { records: [], attempts: attempt };
      const plan = planCommit(snapshot, drafts, this.options.now());
      crashPoint("before-ledger-commit");
      const commit = await this.writeCommit(base, plan);
      crashPoint("after-ledger-commit");
      if (await this.publish(base, commit)) return { records: plan.records, commit, attempts: attempt };
      if (attempt >= attempts)
        throw new LedgerError(
          `could not record in the ledger (${this.location}): other writers kept moving it (${attempts} attempts)`,
          "ledger-contended",
        );
      const random = this.options.random ?? Math.random;
      await (this.options.sleep ?? defaultSleep)(backoffDelay(attempt, backoff, random));
    }
  }

  /** Brings the remote's branch in (when there is a remote) and returns the commit to build on. */
  private async fetch(): Promise<string | undefined> {
    const { repo, remote, branch } = this.options;
    if (remote === undefined) return resolveRef(repo, this.readRef);
    const result = await runGit(repo, [
      "fetch",
      "--quiet",
      "--no-tags",
      "--no-write-fetch-head",
      remote,
      `+refs/heads/${branch}:${this.readRef}`,
    ]);
    if (result.code === 0) return resolveRef(repo, this.readRef);
    if (/couldn't find remote ref/i.test(result.stderr)) {
      // A ledger that existed and is now gone was deleted; starting afresh would hide that.
      if (await resolveRef(repo, this.readRef))
        throw new LedgerError(
          `the ledger branch ${branch} has disappeared from ${remote}; refusing to start a new one`,
          "ledger-branch-missing",
        );
      return undefined;
    }
    throw new LedgerError(
      `cannot fetch the ledger from ${remote}: ${firstLine(result.stderr)}`,
      "ledger-fetch-failed",
    );
  }

  private async snapshot(commit: string | undefined): Promise<LedgerSnapshot> {
    if (!commit) return { entries: new Map() };
    const { repo } = this.options;
    const tree = await listTree(repo, commit, ["audit", ACTIVE_DIR]);
    const active = tree.filter((e) => e.path.startsWith(`${ACTIVE_DIR}/`) && e.path.endsWith(".json"));
    const auditPaths = tree
      .filter((e) => /^audit\/\d{4}\/\d{2}\.jsonl$/.test(e.path))
      .sort((a, b) => (a.path < b.path ? -1 : 1));
    const last = auditPaths.at(-1);
    const unread = active.filter((e) => !this.entryCache.has(e.object)).map((e) => e.object);
    const blobs = await readBlobs(repo, last ? [...unread, last.object] : unread);
    const entries = new Map<string, LedgerEntry>();
    for (const e of active) {
      let entry = this.entryCache.get(e.object);
      if (!entry) {
        entry = JSON.parse((blobs.get(e.object) as Buffer).toString("utf8")) as LedgerEntry;
        this.entryCache.set(e.object, entry);
      }
      entries.set(entry.id, entry);
    }
    if (!last) return { commit, entries };
    const lastAuditFile = { path: last.path, text: (blobs.get(last.object) as Buffer).toString("utf8") };
    return { commit, entries, tip: tipOf(lastAuditFile), lastAuditFile };
  }

  /** One commit on top of `base` with the plan's files, made without touching any work tree. */
  private async writeCommit(base: string | undefined, plan: CommitPlan): Promise<string> {
    const { repo } = this.options;
    const who = this.options.committer ?? { name: "gitjit", email: "gitjit@users.noreply.github.com" };
    const when = `${Math.floor(this.options.now().getTime() / 1000)} +0000`;
    const temp = `refs/gitjit/tmp/${randomBytes(8).toString("hex")}`;
    const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
    const stream = [
      `commit ${temp}\n`,
      `committer ${who.name} <${who.email}> ${when}\n`,
      data(plan.message),
      base ? `from ${base}\n` : "",
      ...plan.changes.map((c) =>
        c.content === undefined ? `D ${c.path}\n` : `M 100644 inline ${c.path}\n${data(c.content)}`,
      ),
      "\ndone\n",
    ].join("");
    await git(repo, ["fast-import", "--quiet", "--done", "--date-format=raw"], stream);
    const commit = await resolveRef(repo, temp);
    await git(repo, ["update-ref", "-d", temp]);
    if (!commit) throw new LedgerError("git fast-import wrote no commit", "ledger-write-failed");
    return commit;
  }

  /** Publishes `commit` if the ledger is still at `base`; false when another writer moved it first. */
  private async publish(base: string | undefined, commit: string): Promise<boolean> {
    const { repo, remote, branch } = this.options;
    if (remote === undefined) {
      const result = await runGit(repo, ["update-ref", this.readRef, commit, base ?? "0".repeat(40)]);
      if (result.code === 0) crashPoint("after-ledger-push");
      return result.code === 0;
    }
    const result = await runGit(repo, [
      "push",
      "--porcelain",
      "--quiet",
      remote,
      `${commit}:refs/heads/${branch}`,
    ]);
    if (result.code === 0) {
      crashPoint("after-ledger-push");
      await git(repo, ["update-ref", this.readRef, commit]);
      return true;
    }
    // Refused: a race if the branch has moved since `base`; otherwise something else refuses us.
    const now = await this.remoteHead();
    if (now !== base) return false;
    const reason =
      result.stdout.toString("utf8").match(/^!\t[^\t]*\t(.*)$/m)?.[1] ?? firstLine(result.stderr);
    throw new LedgerError(
      `${remote} refused the ledger commit on ${branch}: ${reason}`,
      "ledger-push-refused",
    );
  }

  private async remoteHead(): Promise<string | undefined> {
    const { repo, remote, branch } = this.options;
    const out = await git(repo, ["ls-remote", "--heads", remote as string, `refs/heads/${branch}`]).catch(
      (error: unknown) => {
        if (error instanceof GitError)
          throw new LedgerError(`cannot reach ${remote}: ${firstLine(error.stderr)}`, "ledger-fetch-failed");
        throw error;
      },
    );
    return out.split("\t")[0]?.trim() || undefined;
  }
}

function tipOf(file: AuditFile): ChainTip | undefined {
  const lines = file.text.split("\n").filter((l) => l !== "");
  const last = lines.at(-1);
  if (last === undefined) return undefined;
  let record: AuditRecord;
  try {
    record = JSON.parse(last) as AuditRecord;
  } catch {
    throw new LedgerError(
      `${file.path}: the last audit record is not JSON; run gitjit audit verify`,
      "ledger-corrupt",
    );
  }
  return { seq: record.seq, hash: record.hash, at: record.at };
}

const firstLine = (text: string) => text.trim().split("\n")[0] ?? "";
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
