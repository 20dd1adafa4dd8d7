/** Renders a validate report: compiler-style text, or the stable JSON documented in the README. */
import { type FileDiagnostic, formatDiagnostic } from "../diagnostics.js";
import type { ValidateReport } from "../report.js";
import { showControlCharacters } from "../text.js";

export function renderValidateText(report: ValidateReport, notes: readonly string[] = []): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of report.files) {
    for (const d of file.errors) {
      lines.push(formatDiagnostic({ file: file.path, ...d } as FileDiagnostic));
      errors++;
    }
    for (const d of file.warnings) {
      lines.push(formatDiagnostic({ file: file.path, ...d } as FileDiagnostic, "warning"));
      warnings++;
    }
    if (file.valid && file.request) {
      const r = file.request;
      const approval = r.approval.auto
        ? "auto-approved"
        : r.approval.steps.map((s) => `${s.count} of ${s.groups.join("/")}`).join(", then ");
      lines.push(
        `${showControlCharacters(file.path)}: ok: ${r.provider} for ${r.principal}, ${r.duration} until ${r.expiresAt}; approval: ${approval}`,
      );
    }
  }
  const invalid = report.files.filter((f) => !f.valid).length;
  lines.push(
    `${report.files.length} file${report.files.length === 1 ? "" : "s"} checked against the policy from ${report.policyOrigin}: ` +
      `${invalid} invalid, ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`,
  );
  return [...notes, ...lines].join("\n");
}

export function renderValidateJson(report: ValidateReport): string {
  const strip = ({
    line,
    column,
    code,
    message,
  }: {
    line: number;
    column: number;
    code: string;
    message: string;
  }) => ({
    line,
    column,
    code,
    message,
  });
  return JSON.stringify(
    {
      policy: report.policyOrigin,
      files: report.files.map((f) => ({
        path: f.path,
        valid: f.valid,
        errors: f.errors.map(strip),
        warnings: f.warnings.map(strip),
        ...(f.request ? { request: f.request } : {}),
      })),
    },
    null,
    2,
  );
}
