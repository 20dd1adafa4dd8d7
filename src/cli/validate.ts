import { ConfigError } from "../adapters/repo-files.js";
import { validate } from "../commands/validate.js";
import { renderValidateJson, renderValidateText } from "../core/render/validate-output.js";
import { parse } from "./args.js";
import { type CliIO, EXIT } from "./io.js";
import { JUDGING_OPTIONS, judgingSetup } from "./judging.js";

export const validateHelp = `Usage: gitjit validate [FILES...] [options]

Checks request files against the schema and the policy. With no FILES, checks every
YAML file under requests/. Run it from the repository's root.

Options:
  --policy DIR      the policy folder (default: policies)
  --author LOGIN    the pull request's author; the requester must be this login
  --base REF        read the policy from this commit instead of the work tree
                    (a pull request is judged by its base, never by itself)
  --now ISO         judge as of this time (default: now)
  --format FORMAT   text (default) or json
  --github-teams    read the members of the policy's GitHub teams from GitHub, so
                    eligibility through a team is checked (GITHUB_TOKEN, GITHUB_API_URL)
  -h, --help        show this help

Exit status: 0 all valid, 1 something invalid, 2 usage or configuration error.`;

export async function validateCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, { ...JUDGING_OPTIONS, "github-teams": { type: "boolean" } });
  if (values.help) {
    io.stdout(validateHelp);
    return EXIT.ok;
  }
  const setup = await judgingSetup(values, positionals, io);
  const options = {
    ...setup.options,
    teamLookup: values["github-teams"] ? await githubTeamLookup(io) : undefined,
  };
  const report = await validate(options, setup.sources);
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
