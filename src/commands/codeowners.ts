/** `gitjit codeowners [--check]`: writes, or checks, the gitjit section of CODEOWNERS. */
import { ConfigError, type RepoFiles } from "../adapters/repo-files.js";
import {
  byteLength,
  type CodeownersNote,
  generateSection,
  MAX_CODEOWNERS_BYTES,
  overriddenRules,
  spliceSection,
} from "../core/codeowners/generate.js";
import type { FileDiagnostic } from "../core/diagnostics.js";
import { CODEOWNERS_LOCATIONS } from "../core/layout.js";
import { loadPolicy } from "./validate.js";

export interface CodeownersOptions {
  policyDir: string;
  check: boolean;
}

export interface CodeownersResult {
  /** The CODEOWNERS file GitHub reads (the first present of .github/, the root, docs/). */
  path: string;
  /** written/unchanged after a write; fresh/stale after a check; not-generated when the policy is broken. */
  status: "written" | "unchanged" | "fresh" | "stale" | "not-generated";
  warnings: CodeownersNote[];
  /** Lines after the section that change what it says: a failure for --check, a warning otherwise. */
  overridden: CodeownersNote[];
  policyErrors: FileDiagnostic[];
}

const READ_LIMIT = 4 * MAX_CODEOWNERS_BYTES;

export async function codeowners(
  options: CodeownersOptions,
  files: RepoFiles,
  write: (path: string, text: string) => Promise<void>,
): Promise<CodeownersResult> {
  const { path, text: existing } = await findCodeowners(files);
  const compiled = await loadPolicy(files, options.policyDir);
  if (compiled.errors.length > 0)
    return { path, status: "not-generated", warnings: [], overridden: [], policyErrors: compiled.errors };

  const section = generateSection(compiled.policy, options.policyDir);
  const spliced = spliceSection(existing, section.lines);
  if (!spliced.ok) throw new ConfigError(`${path}: ${spliced.code}: ${spliced.message}`);
  const size = byteLength(spliced.text);
  if (size >= MAX_CODEOWNERS_BYTES)
    throw new ConfigError(
      `${path}: codeowners-too-large: the file would be ${size} bytes; GitHub ignores a CODEOWNERS file of 3 MB or more`,
    );
  const overridden = overriddenRules(spliced.text, section);
  const result = { path, warnings: section.warnings, overridden, policyErrors: [] };
  const same = spliced.text === existing;
  if (options.check) return { ...result, status: same ? "fresh" : "stale" };
  if (!same) await write(path, spliced.text);
  return { ...result, status: same ? "unchanged" : "written" };
}

async function findCodeowners(files: RepoFiles): Promise<{ path: string; text: string | undefined }> {
  for (const path of CODEOWNERS_LOCATIONS) {
    const read = await files.read(path, READ_LIMIT);
    if (read.kind === "missing") continue;
    if (read.kind === "too-large")
      throw new ConfigError(`${path}: the file is ${read.size} bytes, too large`);
    if (read.kind === "not-a-file") throw new ConfigError(`${path}: not a regular file`);
    return { path, text: new TextDecoder("utf-8", { fatal: false }).decode(read.bytes) };
  }
  return { path: CODEOWNERS_LOCATIONS[0], text: undefined };
}
