import { readFile } from "node:fs/promises";
import { ConfigError } from "../adapters/repo-files.js";
import { approvals, currentMainPolicy } from "../commands/approvals.js";
import { DEFAULT_POLICY_DIR } from "../core/layout.js";
import { renderApprovalsJson, renderApprovalsText } from "../core/render/approvals-output.js";
import { parse, parseFormat, parseNow } from "./args.js";
import { type CliIO, EXIT, UsageError } from "./io.js";

export const approvalsHelp = `Usage: gitjit approvals --repo OWNER/REPO --pr N [options]

Checks a pull request's reviews against the policy's approval rule. The policy and
CODEOWNERS are read from the pull request's base commit, the request files from its head,
and only approvals of the head commit count.

Options:
  --repo OWNER/REPO  the repository (default: $GITHUB_REPOSITORY)
  --pr N             the pull request (default: the one in the $GITHUB_EVENT_PATH event)
  --report           set the gitjit/approval commit status on the head commit
  --policy DIR       the policy folder (default: policies)
  --now ISO          judge as of this time (default: now)
  --format FORMAT    text (default) or json
  -h, --help         show this help

Environment: GITHUB_TOKEN (required; team members need read access to the organisation's
members), GITHUB_API_URL (GitHub Enterprise; default https://api.github.com).

Exit status: 0 approved, 1 not approved, 2 usage or configuration error, 3 GitHub failed.`;

const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

export async function approvalsCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    repo: { type: "string" },
    pr: { type: "string" },
    report: { type: "boolean" },
    policy: { type: "string" },
    now: { type: "string" },
    format: { type: "string" },
  });
  if (values.help) {
    io.stdout(approvalsHelp);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const format = parseFormat(values.format);
  const now = parseNow(values.now);
  const repo = values.repo ?? io.env.GITHUB_REPOSITORY;
  if (!repo) throw new UsageError("--repo OWNER/REPO is required (or GITHUB_REPOSITORY)");
  if (!REPO.test(repo)) throw new UsageError(`--repo ${JSON.stringify(repo)}: expected OWNER/REPO`);
  const pr = values.pr !== undefined ? parsePr(values.pr) : await prFromEvent(io.env.GITHUB_EVENT_PATH);
  const token = io.env.GITHUB_TOKEN;
  if (!token)
    throw new ConfigError("GITHUB_TOKEN is not set: gitjit approvals reads the pull request from GitHub");

  // Loaded here, not at start-up: only the commands that talk to GitHub pay for Octokit.
  const { createGitHubClient } = await import("../adapters/github/client.js");
  const { githubForge } = await import("../adapters/github/forge.js");
  const client = createGitHubClient({
    token,
    baseUrl: io.env.GITHUB_API_URL,
    warn: (message) => io.stderr(`gitjit approvals: warning: ${message}`),
  });
  const forge = githubForge(client, repo);
  const report = await approvals(
    {
      pr,
      policyDir: values.policy ?? DEFAULT_POLICY_DIR,
      now,
      report: values.report === true,
      governing: currentMainPolicy(forge),
    },
    forge,
  );
  io.stdout(format === "json" ? renderApprovalsJson(report) : renderApprovalsText(report));
  return report.satisfied ? EXIT.ok : EXIT.invalid;
}

function parsePr(value: string): number {
  if (!/^[1-9][0-9]{0,9}$/.test(value))
    throw new UsageError(`--pr ${JSON.stringify(value)}: expected a number`);
  return Number(value);
}

/** The pull request of a pull_request or pull_request_review event, as GitHub Actions hands it over. */
async function prFromEvent(path: string | undefined): Promise<number> {
  if (!path) throw new UsageError("--pr N is required (or a pull request event in GITHUB_EVENT_PATH)");
  let event: { pull_request?: { number?: unknown } };
  try {
    event = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new ConfigError(`GITHUB_EVENT_PATH ${path}: cannot read the event: ${(error as Error).message}`);
  }
  const number = event.pull_request?.number;
  if (typeof number !== "number" || !Number.isInteger(number) || number < 1)
    throw new UsageError("the event in GITHUB_EVENT_PATH is not about a pull request; pass --pr N");
  return number;
}
