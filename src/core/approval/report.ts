/** The outcome of judging a pull request's approvals: what the CLI prints and the status reports. */
import type { Diagnostic } from "../diagnostics.js";
import type { RequestSummary } from "../request/evaluate.js";
import type { ChangeProblem } from "./changes.js";
import type { ApprovalRule, ApprovalVerdict } from "./engine.js";

export interface ApprovalSubject {
  /** A request file's path, or "governance". */
  subject: string;
  kind: "request" | "governance";
  profile?: string;
  /** Problems with the request itself (it cannot be approved until they are fixed). */
  errors: Diagnostic[];
  warnings?: Diagnostic[];
  /** What the request grants, when it is valid. */
  request?: RequestSummary;
  rule?: ApprovalRule;
  verdict?: ApprovalVerdict;
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
  files: { path: string; status: string; kind: "request" | "governance" | "other"; owners: string[] }[];
  warnings: string[];
  /** Who may approve, for each group a judged rule names: its members and teams ("@org/team"). */
  approvers?: Record<string, string[]>;
}
