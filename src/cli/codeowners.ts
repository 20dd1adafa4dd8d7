import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { workTreeFiles } from "../adapters/repo-files.js";
import { codeowners } from "../commands/codeowners.js";
import { formatDiagnostic } from "../core/diagnostics.js";
import { DEFAULT_POLICY_DIR } from "../core/layout.js";
import { parse, repoPath } from "./args.js";
import { type CliIO, EXIT } from "./io.js";

export const codeownersHelp = `Usage: gitjit codeowners [--check] [options]

Writes the gitjit section of CODEOWNERS from the policy: each profile's request folder is
owned by its approvers, and the policy, schemas/, .github/ and the action by the admins.
Only the lines between the gitjit marker lines are written; the rest of the file is yours.
Uses the CODEOWNERS file GitHub reads (.github/, the root, then docs/), or creates
.github/CODEOWNERS. Run it from the repository's root.

Options:
  --check         change nothing; exit 1 if the section is stale or overridden
  --policy DIR    the policy folder (default: policies)
  -h, --help      show this help

Exit status: 0 written or up to date, 1 stale (--check) or the policy has errors,
2 usage or configuration error.`;

export async function codeownersCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, { check: { type: "boolean" }, policy: { type: "string" } });
  if (values.help) {
    io.stdout(codeownersHelp);
    return EXIT.ok;
  }
  if (positionals.length > 0) {
    io.stderr(`gitjit codeowners: unexpected argument ${JSON.stringify(positionals[0])}`);
    return EXIT.usage;
  }
  const policyDir = repoPath(io.cwd, values.policy ?? DEFAULT_POLICY_DIR);
  const check = values.check === true;
  const result = await codeowners({ policyDir, check }, workTreeFiles(io.cwd), async (path, text) => {
    await mkdir(dirname(join(io.cwd, path)), { recursive: true });
    await writeFile(join(io.cwd, path), text);
  });

  for (const e of result.policyErrors) io.stderr(formatDiagnostic(e));
  for (const w of result.warnings) io.stderr(`${result.path}: warning ${w.code}: ${w.message}`);
  for (const o of result.overridden)
    io.stderr(`${result.path}: ${check ? "error" : "warning"} ${o.code}: ${o.message}`);
  switch (result.status) {
    case "not-generated":
      io.stderr(`${result.path}: not generated: the policy has errors (listed above)`);
      return EXIT.invalid;
    case "stale":
      io.stderr(`${result.path}: the gitjit section is stale; run gitjit codeowners and commit the result`);
      return EXIT.invalid;
    case "fresh":
      io.stdout(`${result.path}: the gitjit section is up to date`);
      return result.overridden.length > 0 ? EXIT.invalid : EXIT.ok;
    case "written":
      io.stdout(`${result.path}: gitjit section written`);
      return EXIT.ok;
    case "unchanged":
      io.stdout(`${result.path}: the gitjit section was already up to date`);
      return EXIT.ok;
  }
}
