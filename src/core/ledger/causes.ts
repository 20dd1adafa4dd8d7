/**
 * Records tied to their cause. A grant, an extension and a revoke each come from a file that a
 * merged pull request added to the default branch: `granted` and `extended` name a request file,
 * `revoked` a revoke file. Checked offline against the default branch's first-parent history: the
 * file was added by one of its commits; where that commit's message names its pull request (GitHub's
 * merge commit and squash subjects do), the record names the same one; a request says the profile,
 * requester and `extends` the record says. Approvals cannot be judged again offline (the reviews
 * live on GitHub), so only their presence and kind are checked (verify.ts). Pure: the history is
 * read by src/adapters/git/main-history.ts.
 */
import type { AuditRecord, Extension, LedgerEntry } from "./records.js";
import { MAX_CLOCK_SKEW_MS } from "./time.js";

/** A request or revoke file, and the first-parent commit of the default branch that added it. */
export interface AddedFile {
  commit: string;
  /** The commit's committer time, ms: GitHub's clock for a merge made on GitHub. */
  time: number;
  /** The pull requests its subject names ("Merge pull request #12 from …", "… (#12)"); none for a rebase. */
  pulls: number[];
  /** A request file's own fields (absent for a revoke file, or a file that could not be read). */
  request?: { profile?: string; requester?: string; extends?: string };
}

export interface CauseIndex {
  /** The ref and commit read, for messages: "origin/HEAD (3f2a9c1e0b7d)". */
  ref: string;
  /** The newest commit's committer time, ms. */
  headTime: number;
  added: ReadonlyMap<string, AddedFile>;
}

export interface CauseProblem {
  code: "no-cause" | "cause-mismatch";
  message: string;
}

/** The subject of GitHub's merge commit, or of a squash merge: the pull request it names. */
export function pullsNamed(subject: string): number[] {
  const merge = /^Merge pull request #(\d+) from /.exec(subject);
  if (merge) return [Number(merge[1])];
  const squash = /\(#(\d+)\)\s*$/.exec(subject);
  return squash ? [Number(squash[1])] : [];
}

interface Claim {
  path: string;
  pr?: number;
  /** What the request file must say, for a request. */
  request?: { profile: string; requester: string; extends?: string };
  at: string;
  what: string;
}

/** What a record says caused it, for the records that need a cause. */
function claimOf(record: AuditRecord, held: LedgerEntry | undefined): Claim | undefined {
  const pr = (value: unknown) => (typeof value === "number" ? { pr: value } : {});
  if (record.event === "granted") {
    const entry = record.data.entry as LedgerEntry | undefined;
    if (!entry || typeof entry !== "object" || entry.approval?.mode === "break-glass") return undefined;
    return {
      path: String(entry.requestPath),
      ...pr(entry.pr),
      request: { profile: entry.profile, requester: entry.requester },
      at: record.at,
      what: "granted",
    };
  }
  if (record.event === "extended") {
    const extension = record.data.extension as Extension | undefined;
    if (!extension || typeof extension !== "object") return undefined;
    return {
      path: String(extension.requestPath),
      ...pr(extension.pr),
      ...(held
        ? { request: { profile: held.profile, requester: held.requester, extends: record.grant } }
        : {}),
      at: record.at,
      what: "extended",
    };
  }
  if (record.event === "revoked")
    return { path: String(record.data.requestPath), ...pr(record.data.pr), at: record.at, what: "revoked" };
  return undefined;
}

function judge(claim: Claim, index: CauseIndex, maxSkewMs: number): CauseProblem | undefined {
  const file = index.added.get(claim.path);
  if (!file) {
    const newer = Date.parse(claim.at) > index.headTime;
    return {
      code: "no-cause",
      message: `${claim.what}, naming ${claim.path}, which no first-parent commit of ${index.ref} added: no merged pull request caused it${newer ? ` (the record is newer than ${index.ref}: fetch the default branch if it merged since)` : ""}`,
    };
  }
  const where = `${claim.path} was added by ${file.commit.slice(0, 12)}`;
  if (file.pulls.length > 0 && (claim.pr === undefined || !file.pulls.includes(claim.pr)))
    return {
      code: "cause-mismatch",
      message: `${claim.what} ${claim.pr === undefined ? "naming no pull request" : `in pull request #${claim.pr}`}, but ${where}, the merge of #${file.pulls.join(", #")}`,
    };
  if (file.time > Date.parse(claim.at) + maxSkewMs)
    return {
      code: "cause-mismatch",
      message: `${claim.what} at ${claim.at}, before ${where} at ${new Date(file.time).toISOString()}`,
    };
  if (claim.request && file.request) {
    const says = file.request;
    const expected = claim.request;
    if (says.profile !== expected.profile || says.requester !== expected.requester)
      return {
        code: "cause-mismatch",
        message: `${claim.what} for ${expected.requester} (${expected.profile}), but ${claim.path} asks for ${says.requester ?? "nobody"} (${says.profile ?? "no profile"})`,
      };
    if (says.extends !== expected.extends)
      return {
        code: "cause-mismatch",
        message:
          expected.extends === undefined
            ? `granted from ${claim.path}, which extends ${says.extends} rather than asking for new access`
            : `extended from ${claim.path}, which ${says.extends === undefined ? "extends nothing" : `extends ${says.extends}`}`,
      };
  }
  return undefined;
}

/** The request and revoke files records name, so that only those are read from the history. */
export function claimedPaths(records: Iterable<AuditRecord>): Set<string> {
  const paths = new Set<string>();
  for (const record of records) {
    const claim = claimOf(record, undefined);
    if (claim) paths.add(claim.path);
  }
  return paths;
}

/** Why a record has no merged cause, if it has none (`held`: the grant before the record). */
export function causeProblem(
  record: AuditRecord,
  held: LedgerEntry | undefined,
  index: CauseIndex,
  maxSkewMs: number = MAX_CLOCK_SKEW_MS,
): CauseProblem | undefined {
  const claim = claimOf(record, held);
  return claim ? judge(claim, index, maxSkewMs) : undefined;
}

export interface HeldWithoutCause {
  entry: LedgerEntry;
  problem: CauseProblem;
  /**
   * The expiry its caused records give: the start of its first extension without a cause. Absent
   * when the grant itself has none (no merged request asked for it).
   */
  causedExpiry?: string;
}

/**
 * The sweep's incremental check: the grants the ledger holds now, and each extension that keeps one
 * alive, must have their causes in the default branch as the run sees it. A grant that started, or
 * an extension whose old expiry passed, too shortly before the checkout's newest commit may have
 * been merged after it: those are left to the next run.
 */
export function heldWithoutCause(
  entries: Iterable<LedgerEntry>,
  index: CauseIndex,
  maxSkewMs: number = MAX_CLOCK_SKEW_MS,
): HeldWithoutCause[] {
  const out: HeldWithoutCause[] = [];
  const settled = (iso: string) => Date.parse(iso) + maxSkewMs <= index.headTime;
  for (const entry of entries) {
    if (entry.approval?.mode !== "break-glass" && settled(entry.startsAt)) {
      const problem = judge(
        {
          path: entry.requestPath,
          ...(entry.pr === undefined ? {} : { pr: entry.pr }),
          request: { profile: entry.profile, requester: entry.requester },
          at: entry.startsAt,
          what: "granted",
        },
        index,
        maxSkewMs,
      );
      if (problem) {
        out.push({ entry, problem });
        continue;
      }
    }
    for (const extension of entry.extensions ?? []) {
      if (!settled(extension.from)) break;
      const problem = judge(
        {
          path: extension.requestPath,
          ...(extension.pr === undefined ? {} : { pr: extension.pr }),
          request: { profile: entry.profile, requester: entry.requester, extends: entry.id },
          at: extension.from,
          what: "extended",
        },
        index,
        maxSkewMs,
      );
      if (problem) {
        out.push({ entry, problem, causedExpiry: extension.from });
        break;
      }
    }
  }
  return out;
}
