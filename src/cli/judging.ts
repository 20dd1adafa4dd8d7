/** What validate and plan share: the files to judge, the options that judge them, and where the policy comes from. */
import { ConfigError, gitRefFiles, type RepoFiles, workTreeFiles } from "../adapters/repo-files.js";
import { DEFAULT_POLICY_DIR } from "../commands/validate.js";
import { showControlCharacters } from "../core/text.js";
import { parseFormat, parseLogin, parseNow, repoPath } from "./args.js";
import type { CliIO } from "./io.js";

export const JUDGING_OPTIONS = {
  policy: { type: "string" },
  author: { type: "string" },
  base: { type: "string" },
  now: { type: "string" },
  format: { type: "string" },
} as const;

interface JudgingValues {
  policy?: string;
  author?: string;
  base?: string;
  now?: string;
  format?: string;
}

/** Parses the shared options; the policy is read from `--base` when given (trust rule 1), else the work tree. */
export async function judgingSetup(values: JudgingValues, positionals: readonly string[], io: CliIO) {
  const options = {
    files: positionals.map((p) => repoPath(io.cwd, p)),
    policyDir: repoPath(io.cwd, values.policy ?? DEFAULT_POLICY_DIR),
    author: parseLogin("--author", values.author),
    now: parseNow(values.now),
    format: parseFormat(values.format),
  };
  const requests = workTreeFiles(io.cwd);
  const policy: RepoFiles = values.base === undefined ? requests : await gitRefFiles(io.cwd, values.base);
  for (const file of options.files) {
    const read = await requests
      .read(file, Number.MAX_SAFE_INTEGER)
      .catch(() => ({ kind: "missing" as const }));
    if (read.kind === "missing") throw new ConfigError(`${showControlCharacters(file)}: no such file`);
  }
  return { options, sources: { requests, policy } };
}
