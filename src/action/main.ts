/**
 * The action: reads its inputs and the run once, picks the mode from the event, and tells a
 * user's problem (a bad input, an invalid request) from a system's (GitHub down, a bug) —
 * each fails the step with a clear message and never a stack trace.
 */
import * as core from "@actions/core";
import { ServiceError } from "../adapters/forge.js";
import type { GitHubClient } from "../adapters/github/client.js";
import { ConfigError } from "../adapters/repo-files.js";
import { LedgerUnverified } from "../core/ledger/guard.js";
import { LedgerError } from "../core/ledger/store.js";
import { renderBroken } from "../core/render/audit-output.js";
import { ProviderError } from "../providers/provider.js";
import { pullRequestNumber, type RunContext, readContext } from "./context.js";
import { type ActionInputs, InputError, type Mode, parseInputs } from "./inputs.js";
import { type ActionIO, actionsIO } from "./io.js";
import { RETRY_BASE_MS } from "./retry.js";

const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target", "pull_request_review"]);
const SWEEP_EVENTS = new Set(["schedule", "workflow_dispatch"]);

/** The mode an event runs in when the mode input is auto. */
export function modeFor(inputs: ActionInputs, eventName: string): Exclude<Mode, "auto"> {
  if (inputs.mode !== "auto") return inputs.mode;
  if (PULL_REQUEST_EVENTS.has(eventName)) return "validate";
  if (eventName === "push") return "apply";
  if (SWEEP_EVENTS.has(eventName)) return "sweep";
  throw new InputError(
    `mode auto does not know what to do on the ${eventName} event: run gitjit on pull_request, pull_request_review, push, schedule or workflow_dispatch, or set the mode input`,
  );
}

export async function run(
  env: Readonly<Record<string, string | undefined>> = process.env,
  io: ActionIO = actionsIO,
): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    const context = readContext(env);
    const mode = modeFor(inputs, context.eventName);
    if (!inputs.token) throw new InputError("input token is empty: gitjit needs a GitHub token");
    core.setSecret(inputs.token);
    if (inputs.ledgerToken) core.setSecret(inputs.ledgerToken);
    io.info(`gitjit ${mode} on ${context.eventName} in ${context.repository}`);
    await dispatch(mode, inputs, context, env, io);
  } catch (error) {
    failWith(io, error);
  }
}

async function dispatch(
  mode: Exclude<Mode, "auto">,
  inputs: ActionInputs,
  context: RunContext,
  env: Readonly<Record<string, string | undefined>>,
  io: ActionIO,
) {
  const { createGitHubClient } = await import("../adapters/github/client.js");
  const { githubForge } = await import("../adapters/github/forge.js");
  // Milliseconds per second of back-off; only tests shrink it.
  const timeScaleMs = /^\d+$/.test(env.GITJIT_RETRY_SCALE_MS ?? "")
    ? Number(env.GITJIT_RETRY_SCALE_MS)
    : undefined;
  const retryBaseMs = timeScaleMs !== undefined ? (RETRY_BASE_MS / 1000) * timeScaleMs : undefined;
  const client = createGitHubClient({
    token: inputs.token,
    baseUrl: context.apiUrl,
    warn: (message) => io.warning(message),
    ...(timeScaleMs !== undefined ? { timeScaleMs } : {}),
  });
  const forge = githubForge(client, context.repository);
  switch (mode) {
    case "validate": {
      const { pullRequestMode } = await import("./pull-request.js");
      await pullRequestMode(
        {
          inputs,
          pr: pullRequestNumber(context),
          now: new Date(),
          ...(context.runUrl ? { runUrl: context.runUrl } : {}),
        },
        forge,
        io,
      );
      return;
    }
    case "apply": {
      const [{ applyMode }, { ledgerGranting }, { sshKeyDelivery }, { ageCommand }] = await Promise.all([
        import("./push.js"),
        import("./granting.js"),
        import("../commands/credentials.js"),
        import("../adapters/age.js"),
      ]);
      const now = () => new Date();
      const granting = inputs.dryRun
        ? undefined
        : await ledgerGranting({
            ...(await ledgerOptions(inputs, context, env, io, client)),
            now,
            // Nothing is judged, granted or recorded on a ledger that fails verification.
            verifyNow: true,
            // A temporary login's password: encrypted to the requester's SSH keys on GitHub.
            delivery: sshKeyDelivery({
              keys: (login) => forge.publicKeys(login),
              age: ageCommand(env.GITJIT_AGE || "age"),
            }),
          });
      await applyMode(
        { inputs, context, now: now(), ...(retryBaseMs !== undefined ? { retryBaseMs } : {}) },
        forge,
        io,
        granting,
      );
      return;
    }
    case "sweep": {
      const { sweepMode } = await import("./sweep.js");
      await sweepMode(
        {
          inputs,
          workspace: context.workspace,
          env,
          now: new Date(),
          ledger: await ledgerOptions(inputs, context, env, io, client),
          ...(retryBaseMs !== undefined ? { retryBaseMs } : {}),
        },
        io,
        forge,
      );
      return;
    }
  }
}

/** How apply and sweep open the ledger: where, with whose token, verified against GitHub's clock. */
async function ledgerOptions(
  inputs: ActionInputs,
  context: RunContext,
  env: Readonly<Record<string, string | undefined>>,
  io: ActionIO,
  client: GitHubClient,
) {
  const { clockFrom, githubTime } = await import("../adapters/github/time.js");
  const github = await githubTime(client);
  if (!github)
    io.warning(
      "gitjit could not read GitHub's time: the ledger's records are dated by this runner's clock alone",
      { title: "gitjit: no trusted time" },
    );
  return {
    workspace: context.workspace,
    env,
    branch: inputs.ledgerBranch,
    now: () => new Date(),
    log: io.info,
    warn: (message: string) => io.warning(message, { title: "gitjit: ledger" }),
    policyDir: inputs.policyDir,
    ...(inputs.ledgerRepository ? { repository: inputs.ledgerRepository } : {}),
    ...(inputs.ledgerToken ? { token: inputs.ledgerToken } : {}),
    ...(github ? { trustedNow: clockFrom(github) } : {}),
  };
}

/** One clear line for the person reading the run; the stack only in the debug log. */
export function failWith(io: ActionIO, error: unknown): void {
  if (error instanceof InputError || error instanceof ConfigError) {
    io.fail(`gitjit: ${error.message}`);
    return;
  }
  if (error instanceof ServiceError) {
    io.fail(`gitjit: ${error.code}: ${error.message}`);
    return;
  }
  if (error instanceof ProviderError) {
    io.fail(`gitjit: ${error.code}: ${error.message}`);
    return;
  }
  if (error instanceof LedgerUnverified) {
    for (const problem of error.problems.slice(0, 50))
      io.error(renderBroken(problem), { title: "gitjit: the ledger failed verification" });
    io.fail(
      `gitjit: ledger-failed-verification: ${error.message}. Nothing was done: repair the ledger (git log ${error.commit.slice(0, 12)}), then re-run this workflow`,
    );
    return;
  }
  if (error instanceof LedgerError) {
    io.fail(`gitjit: ${error.code}: ${error.message}`);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.fail(`gitjit: internal error: ${message}. This is a bug in gitjit, not in your files.`);
  if (error instanceof Error && error.stack) io.debug(error.stack);
}
