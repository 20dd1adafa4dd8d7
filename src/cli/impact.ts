import { runGit } from "../adapters/git/git.js";
import { DEFAULT_LEDGER_BRANCH } from "../adapters/git/ledger-store.js";
import { ConfigError, gitRefFiles, type RepoFiles, workTreeFiles } from "../adapters/repo-files.js";
import { impactBetween } from "../commands/impact.js";
import { formatDiagnostic } from "../core/diagnostics.js";
import { DEFAULT_POLICY_DIR } from "../core/layout.js";
import { renderPolicyImpact } from "../core/render/policy-impact.js";
import { parse, parseFormat, repoPath } from "./args.js";
import { type CliIO, EXIT, UsageError } from "./io.js";

export const impactHelp = `Usage: gitjit impact --base REF [--head REF] [options]

What a policy change does, from the policy at --base to the policy at --head: who becomes
eligible for which profile and who stops, approval rules, durations, scheduling, ticket and
justification rules and grants loosened or tightened, identities re-mapped, the active grants
the change touches (when the ledger branch is here, local or fetched from origin) and the
generated CODEOWNERS lines that change. What loosens comes first, marked ⚠️. The text form is
the Markdown a governance pull request's comment shows, every list in full. Members of GitHub
teams are not read: a change through a team names the team.

Options:
  --base REF        the policy before the change (for a pull request: its base commit)
  --head REF        the policy after it (default: the work tree)
  --policy DIR      the policy folder (default: policies)
  --ledger BRANCH   the ledger's branch (default: $GITJIT_LEDGER_BRANCH, else ${DEFAULT_LEDGER_BRANCH})
  --format FORMAT   text (default) or json
  -h, --help        show this help

Exit status: 0 shown, 1 a policy has errors (listed), 2 usage or configuration error.`;

export async function impactCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    base: { type: "string" },
    head: { type: "string" },
    policy: { type: "string" },
    ledger: { type: "string" },
    format: { type: "string" },
  });
  if (values.help) {
    io.stdout(impactHelp);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  if (values.base === undefined) throw new UsageError("--base REF is required");
  const format = parseFormat(values.format);
  const policyDir = repoPath(io.cwd, values.policy ?? DEFAULT_POLICY_DIR);
  const base = await gitRefFiles(io.cwd, values.base);
  const head =
    values.head === undefined
      ? workTreeFiles(io.cwd)
      : await gitRefFiles(io.cwd, values.head).catch((error: unknown) => {
          // gitRefFiles names the --base flag, which judging reads a commit with.
          throw error instanceof ConfigError
            ? new ConfigError(error.message.replace(/^--base /, "--head "))
            : error;
        });
  const ledger = await localLedger(io, values.ledger ?? io.env.GITJIT_LEDGER_BRANCH ?? DEFAULT_LEDGER_BRANCH);
  const result = await impactBetween({
    base,
    head,
    policyDir,
    ...(ledger ? { ledger } : {}),
    maxHeld: Number.POSITIVE_INFINITY,
  });
  if (!result.ok) {
    const where = result.side === "base" ? base.origin : head.origin;
    io.stderr(`gitjit impact: the policy at ${where} has errors:`);
    for (const e of result.errors) io.stderr(formatDiagnostic(e));
    return EXIT.invalid;
  }
  if (format === "json")
    io.stdout(JSON.stringify({ base: base.origin, head: head.origin, impact: result.impact }, null, 2));
  else io.stdout(renderPolicyImpact(result.impact, { limit: Number.POSITIVE_INFINITY }).join("\n"));
  return EXIT.ok;
}

/** The ledger branch as this repository has it (its own branch, else origin's), if it has it. */
async function localLedger(io: CliIO, branch: string): Promise<RepoFiles | undefined> {
  if (branch.startsWith("-")) throw new ConfigError(`--ledger ${branch}: not a branch name`);
  for (const ref of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]) {
    const found = await runGit(io.cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    if (found.code === 0) return gitRefFiles(io.cwd, ref);
  }
  return undefined;
}
