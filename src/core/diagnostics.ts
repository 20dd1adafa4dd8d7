import { showControlCharacters } from "./text.js";

/** A problem found in a file: where it is, a stable code tests and tools rely on, and words for people. */
export interface Diagnostic {
  code: string;
  message: string;
  line: number;
  column: number;
  /** Where in the document, when the problem belongs to a value (JSON path segments). */
  path?: readonly (string | number)[];
}

/** The same, tied to a file: what the CLI and the action print. */
export interface FileDiagnostic extends Diagnostic {
  file: string;
}

export const at = (file: string, d: Diagnostic): FileDiagnostic => ({ file, ...d });

/** `file:line:column error code: message`; a file name's control characters are shown escaped. */
export function formatDiagnostic(d: FileDiagnostic, severity: "error" | "warning" = "error"): string {
  return `${showControlCharacters(d.file)}:${d.line}:${d.column} ${severity} ${d.code}: ${d.message}`;
}
