/**
 * The ledger on a git branch: read from the branch's newest commit, written as one commit per
 * change and published by a plain (never forced) push. When another writer got in first, the push
 * is refused; the store fetches, asks for the events again from the newer ledger, and retries with
 * jittered backoff, so no record is lost and none is written twice. Without a remote, the branch
 * is moved by compare-and-swap in the repository itself.
 *
 * Every commit read is verified before anything is decided from it (core/ledger/guard.ts): a
 * commit this store verified or made itself is not checked again. With a signer, each commit's last
 * record is sealed and signed.
 */
import { randomBytes } from "node:crypto";
import { type Backoff, backoffDelay } from "../../core/async.js";
import type { AuditFile } from "../../core/ledger/chain.js";
import { type LedgerTrust, LedgerUnverified, sealedTip } from "../../core/ledger/guard.js";
import { ACTIVE_DIR, type AuditRecord, type ChainTip, type LedgerEntry } from "../../core/ledger/records.js";
import { fileHash } from "../../core/ledger/seal.js";
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
import { clockProblem, MAX_CLOCK_SKEW_MS } from "../../core/ledger/time.js";
import { isBlocking, verifyLedger } from "../../core/ledger/verify.js";
import { crashPoint } from "../crash-points.js";
import { GitError, git, listTree, parentsOf, readBlobs, resolveRef, runGit } from "./git.js";

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
  /** Which keys the ledger is verified with, who signs, and the run's trusted time (default: unsigned). */
  trust?: LedgerTrust;
  /** More environment for the git commands that reach the remote: its credential, as GIT_CONFIG_* entries. */
  remoteEnv?: Readonly<Record<string, string>>;
}

const BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*@\{|.*\.lock$|.*\/$)[A-Za-z0-9._/-]{1,200}$/;
const REMOTE = /^[A-Za-z0-9._-]{1,100}$/;

export class GitLedgerStore implements LedgerStore {
  readonly location: string;
  /** Active files already read, by blob: the entry, and the sha256 of the bytes. */
  private readonly entryCache = new Map<string, { entry?: LedgerEntry; hash: string }>();
  /** Commits verified, or written by this store on top of one that was. */
  private readonly trusted = new Set<string>();

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
    const base = await this.fetch();
    const snapshot = await this.snapshot(base);
    await this.verify(snapshot);
    return snapshot;
  }

  async contents(options: { anchors?: boolean } = {}): Promise<LedgerContents> {
    const commit = await resolveRef(this.options.repo, this.readRef);
    if (!commit) return { auditFiles: [], activeFiles: [] };
    return this.contentsOf(commit, options.anchors !== false);
  }

  private async contentsOf(commit: string, anchors: boolean): Promise<LedgerContents> {
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
      ...(anchors ? { anchors: await this.anchors(commit) } : {}),
    };
  }

  /**
   * Verifies the commit a snapshot was read from, unless this store already did or made it: its
   * seal when it is a signed writer's own commit, else the whole ledger. Throws LedgerUnverified.
   */
  private async verify(snapshot: LedgerSnapshot): Promise<void> {
    const commit = snapshot.commit;
    if (commit === undefined || this.trusted.has(commit)) return;
    const trust = this.options.trust ?? { keys: [] };
    const maxSkewMs = trust.maxSkewMs ?? MAX_CLOCK_SKEW_MS;
    const now = trust.trustedNow?.() ?? this.options.now();
    if (trust.keys.length > 0) {
      const tip = sealedTip(
        {
          commit,
          parents: await parentsOf(this.options.repo, commit),
          ...(snapshot.lastAuditFile ? { lastAuditFile: snapshot.lastAuditFile } : {}),
          activeHashes: snapshot.activeHashes ?? new Map(),
        },
        trust.keys,
        now,
        maxSkewMs,
      );
      if (tip.ok) {
        this.trusted.add(commit);
        return;
      }
    }
    const result = verifyLedger({
      ...(await this.contentsOf(commit, true)),
      now,
      // A grant past its expiry is the sweep's to end, not a reason to stop.
      graceMs: Number.MAX_SAFE_INTEGER,
      keys: trust.keys,
      maxSkewMs,
    });
    const blocking = result.problems.filter(isBlocking);
    if (blocking.length > 0)
      throw new LedgerUnverified(
        this.location,
        commit,
        blocking,
        result.verified ?? { seq: result.records, entries: new Map() },
        snapshot.entries,
      );
    this.trusted.add(commit);
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

  /**
   * Throws unless this store may write: with a signer when the policy lists ledger keys, and with a
   * clock that agrees with the run's trusted time. Writers call it before they act, not only before
   * they record.
   */
  assertWritable(): void {
    const trust = this.options.trust;
    if (trust && trust.keys.length > 0 && !trust.signer)
      throw new LedgerError(
        trust.signerProblem ??
          "the policy lists ledger keys (ledger.keys), so every record must be signed: give the writer the current key's private half in GITJIT_LEDGER_SIGNING_KEY",
        "ledger-signing-key",
      );
    if (trust?.trustedNow) {
      const off = clockProblem(this.options.now(), trust.trustedNow(), trust.maxSkewMs);
      if (off) throw new LedgerError(off.message, off.code);
    }
  }

  async update(decide: Decide): Promise<UpdateResult> {
    const attempts = this.options.attempts ?? 12;
    const backoff = this.options.backoff ?? { baseMs: 200, maxMs: 5000 };
    const trust = this.options.trust;
    this.assertWritable();
    for (let attempt = 1; ; attempt++) {
      const base = await this.fetch();
      const snapshot = await this.snapshot(base);
      await this.verify(snapshot);
      const drafts = await decide(snapshot);
      if (drafts.length === 0) return { records: [], attempts: attempt };
      const plan = planCommit(snapshot, drafts, this.options.now(), {
        ...(trust?.trustedNow ? { trustedNow: trust.trustedNow() } : {}),
        ...(trust?.maxSkewMs === undefined ? {} : { maxSkewMs: trust.maxSkewMs }),
        ...(trust?.signer ? { seal: { signer: trust.signer, ...(base ? { base } : {}) } } : {}),
      });
      crashPoint("before-ledger-commit");
      const commit = await this.writeCommit(base, plan);
      crashPoint("after-ledger-commit");
      if (await this.publish(base, commit)) {
        // Made on a commit that verified, from events that fit it: no need to check it again.
        this.trusted.add(commit);
        return { records: plan.records, commit, attempts: attempt };
      }
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
    const result = await runGit(
      repo,
      [
        "fetch",
        "--quiet",
        "--no-tags",
        "--no-write-fetch-head",
        remote,
        `+refs/heads/${branch}:${this.readRef}`,
      ],
      undefined,
      this.options.remoteEnv,
    );
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
    const activeHashes = new Map<string, string>();
    for (const e of active) {
      let cached = this.entryCache.get(e.object);
      if (!cached) {
        const bytes = blobs.get(e.object) as Buffer;
        cached = { entry: parseEntry(bytes), hash: fileHash(bytes) };
        this.entryCache.set(e.object, cached);
      }
      // A file that is not an entry is left for verification to report.
      if (cached.entry) entries.set(cached.entry.id, cached.entry);
      activeHashes.set(e.path, cached.hash);
    }
    if (!last) return { commit, entries, activeHashes };
    const lastAuditFile = { path: last.path, text: (blobs.get(last.object) as Buffer).toString("utf8") };
    return { commit, entries, tip: tipOf(lastAuditFile), lastAuditFile, activeHashes };
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
    const result = await runGit(
      repo,
      ["push", "--porcelain", "--quiet", remote, `${commit}:refs/heads/${branch}`],
      undefined,
      this.options.remoteEnv,
    );
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
    const out = await git(
      repo,
      ["ls-remote", "--heads", remote as string, `refs/heads/${branch}`],
      undefined,
      this.options.remoteEnv,
    ).catch((error: unknown) => {
      if (error instanceof GitError)
        throw new LedgerError(`cannot reach ${remote}: ${firstLine(error.stderr)}`, "ledger-fetch-failed");
      throw error;
    });
    return out.split("\t")[0]?.trim() || undefined;
  }
}

function parseEntry(bytes: Buffer): LedgerEntry | undefined {
  try {
    const value = JSON.parse(bytes.toString("utf8")) as unknown;
    return typeof value === "object" && value !== null && typeof (value as LedgerEntry).id === "string"
      ? (value as LedgerEntry)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The chain's tip as the newest audit file's last line says it; a line that does not read is verification's to report. */
function tipOf(file: AuditFile): ChainTip | undefined {
  const text = file.text.replace(/\n+$/, "");
  if (text === "") return undefined;
  const last = text.slice(text.lastIndexOf("\n") + 1);
  let record: AuditRecord;
  try {
    record = JSON.parse(last) as AuditRecord;
  } catch {
    return undefined;
  }
  return { seq: record.seq, hash: record.hash, at: record.at };
}

const firstLine = (text: string) => text.trim().split("\n")[0] ?? "";
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
