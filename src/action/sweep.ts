/**
 * Schedule mode (schedule, workflow_dispatch): the sweep — revoke what has expired, reconcile
 * what gitjit wrote on a platform against the ledger, warn ahead of expiry. The policy comes
 * from the checkout of the default branch, for the scopes to reconcile.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Forge } from "../adapters/forge.js";
import { mainHistory } from "../adapters/git/main-history.js";
import { streamNotifier } from "../adapters/notify.js";
import { workTreeFiles } from "../adapters/repo-files.js";
import { checkGovernance, governanceVerdicts, recordGovernance } from "../commands/governance.js";
import { sweep } from "../commands/sweep.js";
import { loadPolicy } from "../commands/validate.js";
import { HOUR } from "../core/duration.js";
import { describeUnapproved } from "../core/governance/trust.js";
import type { LedgerStore } from "../core/ledger/store.js";
import type { Grant } from "../core/model/schema.js";
import { fence } from "../core/render/plan-output.js";
import { needsAttention, renderSweepText } from "../core/render/sweep-output.js";
import { SWEEP_ACTOR } from "../core/sweep.js";
import { loadProvider } from "../providers/registry.js";
import { openLedger } from "./granting.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionIO } from "./io.js";
import type { ActionLedgerOptions } from "./ledger.js";

const run = promisify(execFile);

/** The sweep's problems that say the ledger failed verification: each is an alert of its own. */
const UNVERIFIED = new Set([
  "ledger-failed-verification",
  "ledger-finding",
  "ledger-uncaused",
  "no-cause",
  "cause-mismatch",
]);

export interface SweepModeOptions {
  inputs: ActionInputs;
  workspace: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The time the sweep judges expiry by. */
  now: Date;
  /** Where the ledger is and who writes it (main.ts); absent, the checkout's origin with its credentials. */
  ledger?: Omit<ActionLedgerOptions, "now">;
}

export async function sweepMode(options: SweepModeOptions, io: ActionIO, forge?: Forge) {
  const { inputs, workspace, env, now } = options;
  const clock = () => now;
  // Records are dated when they are made; what is due is judged as of the sweep's start.
  const store = await openLedger({
    workspace,
    env,
    branch: inputs.ledgerBranch,
    log: io.info,
    policyDir: inputs.policyDir,
    ...options.ledger,
    now: () => new Date(),
  });
  // The sweep revokes whatever the policy's state: an unapproved policy only raises the alarm.
  const governance = forge ? await governanceAlarm(workspace, inputs, store, forge, io) : "clean";
  const report = await sweep(
    {
      now,
      dryRun: inputs.dryRun,
      concurrency: 8,
      attempts: 5,
      backoff: { baseMs: 500, maxMs: 20_000 },
      warnLeadMs: HOUR,
      reconcile: { scopes: await policyScopes(workspace, inputs.policyDir, io) },
    },
    {
      store,
      provider: (id) => loadProvider(id, { env, now: clock, log: io.info }),
      notifier: streamNotifier((line) => io.info(line)),
      random: Math.random,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      log: io.info,
      // The checkout is the default branch (fetch-depth: 0): the held grants' causes are in its history.
      causes: (paths) => mainHistory(workspace, "HEAD", paths),
    },
  );
  for (const problem of report.problems)
    if (UNVERIFIED.has(problem.code))
      io.error(`${problem.code}: ${problem.message}`, { title: "gitjit: the ledger failed verification" });
  const text = renderSweepText(report, store.location);
  io.info(text);
  await io.appendSummary(`### gitjit sweep${inputs.dryRun ? " (dry run)" : ""}\n\n${fence(text)}`);
  io.setOutput(
    "revoked",
    JSON.stringify([...report.removed.map((e) => e.id), ...report.orphans.map((o) => o.grantId)]),
  );
  if (needsAttention(report))
    io.fail("gitjit sweep: some grants or platforms need attention (see the summary)");
  else if (governance !== "clean")
    io.fail(
      governance === "unapproved"
        ? "gitjit sweep: the policy on the default branch holds a change the admins have not approved: granting is frozen (see the annotations)"
        : "gitjit sweep: the policy's approvals could not be checked (see the annotations)",
    );
  return report;
}

/** Checks governance provenance up to the checkout's HEAD, records new verdicts, and alerts. */
async function governanceAlarm(
  workspace: string,
  inputs: ActionInputs,
  store: LedgerStore,
  forge: Forge,
  io: ActionIO,
): Promise<"clean" | "unapproved" | "unchecked"> {
  try {
    const head = (await run("git", ["rev-parse", "HEAD"], { cwd: workspace })).stdout.trim();
    const report = await checkGovernance(
      { root: workspace, head, policyDir: inputs.policyDir, known: await governanceVerdicts(store) },
      forge,
    );
    if (!inputs.dryRun) await recordGovernance(store, report.fresh, SWEEP_ACTOR);
    if (report.clean) return "clean";
    io.error(`policy-unapproved: ${describeUnapproved(report.unapproved)}`, {
      title: "gitjit: the policy on the default branch is not approved",
    });
    return "unapproved";
  } catch (error) {
    io.warning(
      `gitjit could not check that every change to the policy was approved: ${error instanceof Error ? error.message : String(error)}`,
      { title: "gitjit: governance unchecked" },
    );
    return "unchecked";
  }
}

/** Every profile's scope, so reconcile also looks where the ledger holds nothing right now. */
async function policyScopes(workspace: string, policyDir: string, io: ActionIO): Promise<Grant[]> {
  const compiled = await loadPolicy(workTreeFiles(workspace), policyDir);
  if (compiled.errors.length === 0) return [...compiled.policy.profiles.values()].map((p) => p.grant);
  io.warning(`the policy in ${policyDir}/ has errors; reconciling only the scopes the ledger holds`);
  return [];
}
