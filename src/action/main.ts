/**
 * The action: reads its inputs and the run once, picks the mode from the event, and tells a
 * user's problem (a bad input, an invalid request) from a system's (GitHub down, a bug) —
 * each fails the step with a clear message and never a stack trace.
 */
import * as core from "@actions/core";
import { ServiceError } from "../adapters/forge.js";
import { ConfigError } from "../adapters/repo-files.js";
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
            workspace: context.workspace,
            env,
            branch: inputs.ledgerBranch,
            now,
            log: io.info,
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
          ...(retryBaseMs !== undefined ? { retryBaseMs } : {}),
        },
        io,
        forge,
      );
      return;
    }
  }
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
  const message = error instanceof Error ? error.message : String(error);
  io.fail(`gitjit: internal error: ${message}. This is a bug in gitjit, not in your files.`);
  if (error instanceof Error && error.stack) io.debug(error.stack);
}
