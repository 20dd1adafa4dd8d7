/** The outcome of validating files: what the CLI prints, the action comments, and JSON consumers read. */
import type { Diagnostic } from "./diagnostics.js";
import type { RequestSummary } from "./request/evaluate.js";

export interface FileReport {
  path: string;
  valid: boolean;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** What the request would grant; present when it is valid. */
  request?: RequestSummary;
}

export interface ValidateReport {
  /** Where the policy was read from (the work tree or a commit). */
  policyOrigin: string;
  files: FileReport[];
}
