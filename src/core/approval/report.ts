/** The outcome of judging a pull request's approvals: what the CLI prints and the status reports. */
import type { Diagnostic } from "../diagnostics.js";
import type { LedgerEntry } from "../ledger/records.js";
import type { RequestSummary } from "../request/evaluate.js";
import type { Alternative } from "./any-of.js";
import type { ChangeProblem } from "./changes.js";
import type { ApprovalRule, ApprovalVerdict } from "./engine.js";

export interface ApprovalSubject {
  /** A request or revoke file's path, or "governance". */
  subject: string;
  kind: "request" | "governance" | "revoke";
  profile?: string;
  /** Problems with the request itself (it cannot be approved until they are fixed). */
  errors: Diagnostic[];
  warnings?: Diagnostic[];
  /** What the request grants, when it is valid. */
  request?: RequestSummary;
  rule?: ApprovalRule;
  /** Met when any one of these is met (a revoke of someone else's grant); `verdict` is the combined one. */
  alternatives?: Alternative[];
  verdict?: ApprovalVerdict;
  /** A request with `extends:` that may be applied: the grant's expiry moves from `from` to `to`. */
  extension?: { grantId: string; from: string; to: string; principal?: string };
  /** A revoke file: the grant it ends, as the ledger holds it, and who asks. */
  revoke?: RevokeSubject;
}

export interface RevokeSubject {
  grantId?: string;
  entry?: LedgerEntry;
  requester?: string;
  reason?: string;
  /** The grant's own requester gives it up: no approval needed. */
  self: boolean;
}

export interface ApprovalReport {
  repository: string;
  pullRequest: number;
  url: string;
  author: string;
  headSha: string;
  baseSha: string;
  satisfied: boolean;
  /** One line: what the status says. */
  summary: string;
  problems: (ChangeProblem | { code: string; path?: string; message: string })[];
  subjects: ApprovalSubject[];
  files: {
    path: string;
    status: string;
    kind: "request" | "revoke" | "governance" | "other";
    owners: string[];
  }[];
  warnings: string[];
  /**
   * Set when the default branch's policy differs from the base's and judged the pull request too
   * (the stricter verdict stands): which policy that was, in words.
   */
  judgedAlsoBy?: string;
  /** Who may approve, for each group a judged rule names: its members and teams ("@org/team"). */
  approvers?: Record<string, string[]>;
}
