/**
 * What a writer checks before it acts on the ledger (apply and sweep, through their store). A
 * ledger whose newest commit is one a signing writer made — its last record sealed and signed by a
 * key valid at its time, the seal naming the commit's only parent and the digest of the active files
 * the commit holds — is the ledger that writer left: it verified what it built on before it wrote,
 * and every record before it is fixed by the chain of hashes its signature covers. That costs one
 * signature and one digest. Anything else (a commit someone else pushed, an unsigned ledger, the
 * first run after signing began) is verified in full (verify.ts). A ledger that fails is not acted
 * on: LedgerUnverified carries what was found and the last state that verified.
 */
import { renderBroken } from "../render/audit-output.js";
import type { AuditFile, Broken } from "./chain.js";
import { readRecordLine } from "./chain.js";
import type { LedgerKey, Signer } from "./keys.js";
import { auditFileFor, type LedgerEntry } from "./records.js";
import { signatureProblem, stateDigest } from "./seal.js";
import { LedgerError } from "./store.js";
import { MAX_CLOCK_SKEW_MS } from "./time.js";

/** How a store checks what it reads and signs what it writes. */
export interface LedgerTrust {
  /** The policy's ledger keys; none: the ledger is not signed (and a signed record is a finding). */
  keys: readonly LedgerKey[];
  /** Signs the commits this writer makes; required when there are keys. */
  signer?: Signer;
  /** Why there is no signer, when one was asked for (a bad GITJIT_LEDGER_SIGNING_KEY). */
  signerProblem?: string;
  /** The run's trusted time (GitHub's clock, moved on by the monotonic clock); absent: the writer's own. */
  trustedNow?: () => Date;
  maxSkewMs?: number;
}

export interface TipEvidence {
  commit: string;
  /** The commit's parents. */
  parents: readonly string[];
  /** The newest audit file, whose last line is the chain's tip. */
  lastAuditFile?: AuditFile;
  /** Each active file's path and the sha256 of its bytes. */
  activeHashes: ReadonlyMap<string, string>;
}

export type TipCheck = { ok: true } | { ok: false; reason: string };

/** Whether `evidence` is a commit a signing writer made, as it made it (see above). */
export function sealedTip(
  evidence: TipEvidence,
  keys: readonly LedgerKey[],
  trustedNow: Date,
  maxSkewMs: number = MAX_CLOCK_SKEW_MS,
): TipCheck {
  const file = evidence.lastAuditFile;
  if (!file) return { ok: false, reason: "no audit record" };
  const text = file.text.endsWith("\n") ? file.text.slice(0, -1) : file.text;
  const start = text.lastIndexOf("\n") + 1;
  const read = readRecordLine(text.slice(start), { file: file.path, line: 0 });
  if ("broken" in read) return { ok: false, reason: read.broken.message };
  const { record } = read;
  if (!record.seal) return { ok: false, reason: "the last record is not sealed" };
  const bad = signatureProblem(record, keys);
  if (bad) return { ok: false, reason: bad.message };
  const expected = record.seal.base === undefined ? [] : [record.seal.base];
  if (evidence.parents.length !== expected.length || evidence.parents[0] !== expected[0])
    return { ok: false, reason: "the newest commit is not the one that sealed the last record" };
  if (stateDigest(evidence.activeHashes) !== record.seal.state)
    return { ok: false, reason: "the active files are not those the last record sealed" };
  if (auditFileFor(record.at) !== file.path)
    return { ok: false, reason: "the last record is in the wrong file" };
  if (Date.parse(record.at) > trustedNow.getTime() + maxSkewMs)
    return { ok: false, reason: `the last record is dated ${record.at}, in the future` };
  return { ok: true };
}

/** The ledger failed verification: a writer does not act on it. */
export class LedgerUnverified extends LedgerError {
  constructor(
    readonly where: string,
    readonly commit: string,
    /** What was found, in log order; each one a reason not to act. */
    readonly problems: readonly Broken[],
    /** The ledger as the records before the first problem leave it: the last state that verified. */
    readonly verified: { seq: number; entries: ReadonlyMap<string, LedgerEntry> },
    /** The grants the active files claim now, verified or not (what a revoke must be careful not to take away). */
    readonly claimed: ReadonlyMap<string, LedgerEntry>,
  ) {
    super(
      `the ledger (${where}, commit ${commit.slice(0, 12)}) failed verification: ${renderBroken(problems[0] as Broken)}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ""}`,
      "ledger-failed-verification",
    );
  }
}
