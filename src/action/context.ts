/**
 * What the runner hands a JavaScript action: the event, the repository and the run, read once
 * from the environment into a typed object.
 */
import { readFileSync } from "node:fs";
import { ConfigError } from "../adapters/repo-files.js";

export interface RunContext {
  eventName: string;
  /** The webhook payload of the event that started the run. */
  event: Record<string, unknown>;
  /** "owner/repo". */
  repository: string;
  sha: string;
  ref: string;
  workspace: string;
  apiUrl: string;
  /** A link to this workflow run, when the runner says where it is. */
  runUrl?: string;
  runId: string;
  runAttempt: string;
}

const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

export function readContext(env: Readonly<Record<string, string | undefined>>): RunContext {
  const need = (name: string) => {
    const value = env[name];
    if (!value) throw new ConfigError(`${name} is not set: gitjit runs as a step of a GitHub Actions job`);
    return value;
  };
  const repository = need("GITHUB_REPOSITORY");
  if (!REPOSITORY.test(repository))
    throw new ConfigError(`GITHUB_REPOSITORY is "${repository}"; expected owner/repo`);
  const eventPath = need("GITHUB_EVENT_PATH");
  let event: unknown;
  try {
    event = JSON.parse(readFileSync(eventPath, "utf8"));
  } catch (error) {
    throw new ConfigError(`cannot read the event at GITHUB_EVENT_PATH: ${(error as Error).message}`);
  }
  if (typeof event !== "object" || event === null || Array.isArray(event))
    throw new ConfigError("the event at GITHUB_EVENT_PATH is not a JSON object");
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const runId = env.GITHUB_RUN_ID ?? "";
  return {
    eventName: need("GITHUB_EVENT_NAME"),
    event: event as Record<string, unknown>,
    repository,
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    ...(/^https?:\/\//.test(server) && /^\d+$/.test(runId)
      ? { runUrl: `${server.replace(/\/+$/, "")}/${repository}/actions/runs/${runId}` }
      : {}),
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? "1",
  };
}

/** The pull request number of a pull_request, pull_request_target or pull_request_review event. */
export function pullRequestNumber(context: RunContext): number {
  const pull = context.event.pull_request as { number?: unknown } | undefined;
  const number = pull?.number;
  if (typeof number !== "number" || !Number.isInteger(number) || number < 1)
    throw new ConfigError(
      `the ${context.eventName} event holds no pull request: validate runs on pull request events`,
    );
  return number;
}
