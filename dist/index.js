import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  require_core
} from "./chunks/chunk-HFQ4PYHV.js";
import {
  RETRY_BASE_MS
} from "./chunks/chunk-LQUFDZGF.js";
import {
  ConfigError,
  LedgerError,
  LedgerUnverified,
  renderBroken
} from "./chunks/chunk-35Q76FXJ.js";
import {
  ServiceError
} from "./chunks/chunk-XO5CDKIS.js";
import {
  ProviderError
} from "./chunks/chunk-6DV6XXR4.js";
import {
  __toESM
} from "./chunks/chunk-2I45JTVB.js";

// src/action/index.ts
import { format } from "node:util";

// src/action/io.ts
var core = __toESM(require_core(), 1);

// src/action/workflow-commands.ts
var BREAK = "\u200B";
var LINE_BREAKS = /(\r\n|[\n\v\f\r\u0085\u2028\u2029])/;
var COMMAND_AT_START = /^([\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]*):(?=:)/u;
var LEGACY_COMMAND = /##\[/g;
function neutraliseLine(line) {
  return line.replace(LEGACY_COMMAND, `#${BREAK}#[`).replace(COMMAND_AT_START, `$1:${BREAK}`);
}
function neutraliseWorkflowCommands(text) {
  return text.split(LINE_BREAKS).map((part, i) => i % 2 === 1 ? part : neutraliseLine(part)).join("");
}

// src/action/io.ts
var properties = (where = {}) => ({
  ...where.title !== void 0 ? { title: neutraliseWorkflowCommands(where.title) } : {},
  ...where.file !== void 0 ? { file: where.file } : {},
  ...where.line !== void 0 ? { startLine: where.line } : {},
  ...where.column !== void 0 ? { startColumn: where.column } : {}
});
var actionsIO = {
  info: (message) => core.info(neutraliseWorkflowCommands(message)),
  notice: (message, where) => core.notice(neutraliseWorkflowCommands(message), properties(where)),
  warning: (message, where) => core.warning(neutraliseWorkflowCommands(message), properties(where)),
  error: (message, where) => core.error(neutraliseWorkflowCommands(message), properties(where)),
  // Outputs go to the GITHUB_OUTPUT file, as values for later steps: they must stay exact.
  setOutput: (name, value) => core.setOutput(name, value),
  appendSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
    core.summary.emptyBuffer();
  },
  fail: (message) => core.setFailed(neutraliseWorkflowCommands(message)),
  debug: (message) => core.debug(neutraliseWorkflowCommands(message))
};

// src/action/main.ts
var core2 = __toESM(require_core(), 1);

// src/action/context.ts
import { readFileSync } from "node:fs";
var REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
function readContext(env) {
  const need = (name) => {
    const value = env[name];
    if (!value) throw new ConfigError(`${name} is not set: gitjit runs as a step of a GitHub Actions job`);
    return value;
  };
  const repository = need("GITHUB_REPOSITORY");
  if (!REPOSITORY.test(repository))
    throw new ConfigError(`GITHUB_REPOSITORY is "${repository}"; expected owner/repo`);
  const eventPath = need("GITHUB_EVENT_PATH");
  let event;
  try {
    event = JSON.parse(readFileSync(eventPath, "utf8"));
  } catch (error2) {
    throw new ConfigError(`cannot read the event at GITHUB_EVENT_PATH: ${error2.message}`);
  }
  if (typeof event !== "object" || event === null || Array.isArray(event))
    throw new ConfigError("the event at GITHUB_EVENT_PATH is not a JSON object");
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const runId = env.GITHUB_RUN_ID ?? "";
  return {
    eventName: need("GITHUB_EVENT_NAME"),
    event,
    repository,
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    .../^https?:\/\//.test(server) && /^\d+$/.test(runId) ? { runUrl: `${server.replace(/\/+$/, "")}/${repository}/actions/runs/${runId}` } : {},
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? "1"
  };
}
function pullRequestNumber(context) {
  const pull = context.event.pull_request;
  const number = pull?.number;
  if (typeof number !== "number" || !Number.isInteger(number) || number < 1)
    throw new ConfigError(
      `the ${context.eventName} event holds no pull request: validate runs on pull request events`
    );
  return number;
}

// src/action/inputs.ts
var MODES = ["auto", "validate", "apply", "sweep"];
var BRANCH = /^(?!-|\/|.*\/\/|.*\.\.|.*@\{|.*\.lock$|.*\/$)[A-Za-z0-9._/-]{1,200}$/;
var REPOSITORY2 = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;
var InputError = class extends Error {
};
function parseInputs(read) {
  const problems = [];
  const choice = (name, allowed, fallback) => {
    const value = read(name).trim() || fallback;
    if (allowed.includes(value)) return value;
    problems.push(`input ${name} is "${value}"; expected one of: ${allowed.join(", ")}`);
    return fallback;
  };
  const flag = (name, fallback) => choice(name, ["true", "false"], String(fallback)) === "true";
  const policyDir = read("policy-dir").trim() || "policies";
  if (policyDir.startsWith("/") || policyDir.split("/").includes(".."))
    problems.push(`input policy-dir is "${policyDir}"; expected a folder inside the repository`);
  const ledgerBranch = read("ledger-branch").trim() || "gitjit-ledger";
  if (!BRANCH.test(ledgerBranch))
    problems.push(`input ledger-branch is "${ledgerBranch}"; expected a branch name such as gitjit-ledger`);
  const ledgerRepository = read("ledger-repository").trim();
  if (ledgerRepository !== "" && !REPOSITORY2.test(ledgerRepository))
    problems.push(`input ledger-repository is "${ledgerRepository}"; expected owner/repo`);
  const ledgerToken = read("ledger-token").trim();
  const inputs = {
    mode: choice("mode", MODES, "auto"),
    token: read("token").trim(),
    policyDir,
    comment: flag("comment", true),
    dryRun: flag("dry-run", false),
    ledgerBranch,
    ...ledgerRepository ? { ledgerRepository } : {},
    ...ledgerToken ? { ledgerToken } : {}
  };
  if (problems.length > 0) throw new InputError(problems.join("\n"));
  return inputs;
}

// src/action/main.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review"]);
var SWEEP_EVENTS = /* @__PURE__ */ new Set(["schedule", "workflow_dispatch"]);
function modeFor(inputs, eventName) {
  if (inputs.mode !== "auto") return inputs.mode;
  if (PULL_REQUEST_EVENTS.has(eventName)) return "validate";
  if (eventName === "push") return "apply";
  if (SWEEP_EVENTS.has(eventName)) return "sweep";
  throw new InputError(
    `mode auto does not know what to do on the ${eventName} event: run gitjit on pull_request, pull_request_review, push, schedule or workflow_dispatch, or set the mode input`
  );
}
async function run(env = process.env, io = actionsIO) {
  try {
    const inputs = parseInputs((name) => core2.getInput(name));
    const context = readContext(env);
    const mode = modeFor(inputs, context.eventName);
    if (!inputs.token) throw new InputError("input token is empty: gitjit needs a GitHub token");
    core2.setSecret(inputs.token);
    if (inputs.ledgerToken) core2.setSecret(inputs.ledgerToken);
    io.info(`gitjit ${mode} on ${context.eventName} in ${context.repository}`);
    await dispatch(mode, inputs, context, env, io);
  } catch (error2) {
    failWith(io, error2);
  }
}
async function dispatch(mode, inputs, context, env, io) {
  const { createGitHubClient } = await import("./chunks/client-D3SKTMRU.js");
  const { githubForge } = await import("./chunks/forge-7IR3KQB2.js");
  const timeScaleMs = /^\d+$/.test(env.GITJIT_RETRY_SCALE_MS ?? "") ? Number(env.GITJIT_RETRY_SCALE_MS) : void 0;
  const retryBaseMs = timeScaleMs !== void 0 ? RETRY_BASE_MS / 1e3 * timeScaleMs : void 0;
  const client = createGitHubClient({
    token: inputs.token,
    baseUrl: context.apiUrl,
    warn: (message) => io.warning(message),
    ...timeScaleMs !== void 0 ? { timeScaleMs } : {}
  });
  const forge = githubForge(client, context.repository);
  switch (mode) {
    case "validate": {
      const { pullRequestMode } = await import("./chunks/pull-request-4CFLLFVW.js");
      await pullRequestMode(
        {
          inputs,
          pr: pullRequestNumber(context),
          now: /* @__PURE__ */ new Date(),
          ...context.runUrl ? { runUrl: context.runUrl } : {}
        },
        forge,
        io
      );
      return;
    }
    case "apply": {
      const [{ applyMode }, { ledgerGranting }, { sshKeyDelivery }, { ageCommand }] = await Promise.all([
        import("./chunks/push-EJBVI23W.js"),
        import("./chunks/granting-WQYGA5K3.js"),
        import("./chunks/credentials-UTCQALBW.js"),
        import("./chunks/age-Y7NQFPQQ.js")
      ]);
      const now = () => /* @__PURE__ */ new Date();
      const granting = inputs.dryRun ? void 0 : await ledgerGranting({
        ...await ledgerOptions(inputs, context, env, io, client),
        now,
        // Nothing is judged, granted or recorded on a ledger that fails verification.
        verifyNow: true,
        // A temporary login's password: encrypted to the requester's SSH keys on GitHub.
        delivery: sshKeyDelivery({
          keys: (login) => forge.publicKeys(login),
          age: ageCommand(env.GITJIT_AGE || "age")
        })
      });
      await applyMode(
        { inputs, context, now: now(), ...retryBaseMs !== void 0 ? { retryBaseMs } : {} },
        forge,
        io,
        granting
      );
      return;
    }
    case "sweep": {
      const { sweepMode } = await import("./chunks/sweep-SSSJLPTL.js");
      await sweepMode(
        {
          inputs,
          workspace: context.workspace,
          env,
          now: /* @__PURE__ */ new Date(),
          ledger: await ledgerOptions(inputs, context, env, io, client),
          ...retryBaseMs !== void 0 ? { retryBaseMs } : {}
        },
        io,
        forge
      );
      return;
    }
  }
}
async function ledgerOptions(inputs, context, env, io, client) {
  const { clockFrom, githubTime } = await import("./chunks/time-ZRIV57L5.js");
  const github = await githubTime(client);
  if (!github)
    io.warning(
      "gitjit could not read GitHub's time: the ledger's records are dated by this runner's clock alone",
      { title: "gitjit: no trusted time" }
    );
  return {
    workspace: context.workspace,
    env,
    branch: inputs.ledgerBranch,
    now: () => /* @__PURE__ */ new Date(),
    log: io.info,
    warn: (message) => io.warning(message, { title: "gitjit: ledger" }),
    policyDir: inputs.policyDir,
    ...inputs.ledgerRepository ? { repository: inputs.ledgerRepository } : {},
    ...inputs.ledgerToken ? { token: inputs.ledgerToken } : {},
    ...github ? { trustedNow: clockFrom(github) } : {}
  };
}
function failWith(io, error2) {
  if (error2 instanceof InputError || error2 instanceof ConfigError) {
    io.fail(`gitjit: ${error2.message}`);
    return;
  }
  if (error2 instanceof ServiceError) {
    io.fail(`gitjit: ${error2.code}: ${error2.message}`);
    return;
  }
  if (error2 instanceof ProviderError) {
    io.fail(`gitjit: ${error2.code}: ${error2.message}`);
    return;
  }
  if (error2 instanceof LedgerUnverified) {
    for (const problem of error2.problems.slice(0, 50))
      io.error(renderBroken(problem), { title: "gitjit: the ledger failed verification" });
    io.fail(
      `gitjit: ledger-failed-verification: ${error2.message}. Nothing was done: repair the ledger (git log ${error2.commit.slice(0, 12)}), then re-run this workflow`
    );
    return;
  }
  if (error2 instanceof LedgerError) {
    io.fail(`gitjit: ${error2.code}: ${error2.message}`);
    return;
  }
  const message = error2 instanceof Error ? error2.message : String(error2);
  io.fail(`gitjit: internal error: ${message}. This is a bug in gitjit, not in your files.`);
  if (error2 instanceof Error && error2.stack) io.debug(error2.stack);
}

// src/action/index.ts
for (const method of ["log", "info", "warn", "error", "debug"])
  console[method] = (...args) => actionsIO.info(format(...args));
await run();
process.exit();
