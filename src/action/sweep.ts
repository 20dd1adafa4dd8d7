/**
 * Schedule mode (schedule, workflow_dispatch): the sweep — revoke what has expired, reconcile
 * what gitjit wrote on a platform against the ledger, warn ahead of expiry. The policy comes
 * from the checkout of the default branch, for the scopes to reconcile.
 */
import { streamNotifier } from "../adapters/notify.js";
import { workTreeFiles } from "../adapters/repo-files.js";
import { sweep } from "../commands/sweep.js";
import { loadPolicy } from "../commands/validate.js";
import { HOUR } from "../core/duration.js";
import type { Grant } from "../core/model/schema.js";
import { fence } from "../core/render/plan-output.js";
import { needsAttention, renderSweepText } from "../core/render/sweep-output.js";
import { loadProvider } from "../providers/registry.js";
import { openLedger } from "./granting.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionIO } from "./io.js";

export interface SweepModeOptions {
  inputs: ActionInputs;
  workspace: string;
  env: Readonly<Record<string, string | undefined>>;
  now: Date;
}

export async function sweepMode(options: SweepModeOptions, io: ActionIO) {
  const { inputs, workspace, env, now } = options;
  const clock = () => now;
  const store = await openLedger({ workspace, env, branch: inputs.ledgerBranch, now: clock, log: io.info });
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
    },
  );
  const text = renderSweepText(report, store.location);
  io.info(text);
  await io.appendSummary(`### gitjit sweep${inputs.dryRun ? " (dry run)" : ""}\n\n${fence(text)}`);
  io.setOutput(
    "revoked",
    JSON.stringify([...report.removed.map((e) => e.id), ...report.orphans.map((o) => o.grantId)]),
  );
  if (needsAttention(report))
    io.fail("gitjit sweep: some grants or platforms need attention (see the summary)");
  return report;
}

/** Every profile's scope, so reconcile also looks where the ledger holds nothing right now. */
async function policyScopes(workspace: string, policyDir: string, io: ActionIO): Promise<Grant[]> {
  const compiled = await loadPolicy(workTreeFiles(workspace), policyDir);
  if (compiled.errors.length === 0) return [...compiled.policy.profiles.values()].map((p) => p.grant);
  io.warning(`the policy in ${policyDir}/ has errors; reconciling only the scopes the ledger holds`);
  return [];
}
