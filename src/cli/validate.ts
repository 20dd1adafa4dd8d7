import { runGit } from "../adapters/git/git.js";
import { DEFAULT_LEDGER_BRANCH } from "../adapters/git/ledger-store.js";
import { ConfigError, gitRefFiles } from "../adapters/repo-files.js";
import { type HeldGrants, heldGrantsIn } from "../commands/held-grants.js";
import { validate } from "../commands/validate.js";
import { renderValidateJson, renderValidateText } from "../core/render/validate-output.js";
import { parse } from "./args.js";
import { type CliIO, EXIT } from "./io.js";
import { JUDGING_OPTIONS, judgingSetup } from "./judging.js";

export const validateHelp = `Usage: gitjit validate [FILES...] [options]

Checks request and revoke files against the schema and the policy. With no FILES, checks
every YAML file under requests/ and revokes/. Run it from the repository's root. Revokes and
extensions are checked against the ledger when its branch is here (local, or fetched from origin).

Options:
  --policy DIR      the policy folder (default: policies)
  --author LOGIN    the pull request's author; the requester must be this login
  --base REF        read the policy from this commit instead of the work tree
                    (a pull request is judged by its base, never by itself)
  --now ISO         judge as of this time (default: now)
  --ledger BRANCH   the ledger's branch (default: $GITJIT_LEDGER_BRANCH, else ${DEFAULT_LEDGER_BRANCH})
  --format FORMAT   text (default) or json
  --github-teams    read the members of the policy's GitHub teams from GitHub, so
                    eligibility through a team is checked (GITHUB_TOKEN, GITHUB_API_URL)
  -h, --help        show this help

Exit status: 0 all valid, 1 something invalid, 2 usage or configuration error.`;

export async function validateCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    ...JUDGING_OPTIONS,
    ledger: { type: "string" },
    "github-teams": { type: "boolean" },
  });
  if (values.help) {
    io.stdout(validateHelp);
    return EXIT.ok;
  }
  const setup = await judgingSetup(values, positionals, io);
  const options = {
    ...setup.options,
    teamLookup: values["github-teams"] ? await githubTeamLookup(io) : undefined,
  };
  const held = await localLedger(io, values.ledger ?? io.env.GITJIT_LEDGER_BRANCH ?? DEFAULT_LEDGER_BRANCH);
  const report = await validate(options, { ...setup.sources, ...(held ? { held } : {}) });
  if (options.format === "json") io.stdout(renderValidateJson(report));
  else {
    const notes =
      options.author === undefined
        ? ["note: no --author given, so requesters were not checked against a pull request's author"]
        : [];
    io.stdout(renderValidateText(report, notes));
  }
  return report.files.every((f) => f.valid) ? EXIT.ok : EXIT.invalid;
}

/** Team members from GitHub; the GitHub client is loaded only when asked for. */
async function githubTeamLookup(io: CliIO): Promise<(team: string) => Promise<readonly string[]>> {
  const token = io.env.GITHUB_TOKEN;
  if (!token)
    throw new ConfigError(
      "--github-teams needs GITHUB_TOKEN, with read access to the organisation's members",
    );
  const { createGitHubClient } = await import("../adapters/github/client.js");
  const { teamReader } = await import("../adapters/github/forge.js");
  return teamReader(
    createGitHubClient({
      token,
      baseUrl: io.env.GITHUB_API_URL,
      warn: (message) => io.stderr(`gitjit validate: warning: ${message}`),
    }),
  );
}

/** The ledger branch as this repository has it (its own branch, else origin's), if it has it. */
async function localLedger(io: CliIO, branch: string): Promise<HeldGrants | undefined> {
  if (branch.startsWith("-")) throw new ConfigError(`--ledger ${branch}: not a branch name`);
  for (const ref of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]) {
    const found = await runGit(io.cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    if (found.code === 0) return heldGrantsIn(await gitRefFiles(io.cwd, ref));
  }
  return undefined;
}
