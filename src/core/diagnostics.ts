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

export function formatDiagnostic(d: FileDiagnostic): string {
  return `${d.file}:${d.line}:${d.column} error ${d.code}: ${d.message}`;
}
