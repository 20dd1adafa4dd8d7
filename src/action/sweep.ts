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
import { governanceVerdicts, recordGovernance } from "../commands/governance.js";
import { sweep } from "../commands/sweep.js";
import { loadPolicy } from "../commands/validate.js";
import { HOUR } from "../core/duration.js";
import type { LedgerEntry } from "../core/ledger/records.js";
import type { LedgerStore } from "../core/ledger/store.js";
import type { Grant } from "../core/model/schema.js";
import { APPLY_MARKER, type ApplyOutcome, renderApplyComment } from "../core/render/apply-comment.js";
import { code, text } from "../core/render/markdown.js";
import { fence } from "../core/render/plan-output.js";
import { needsAttention, renderSweepText } from "../core/render/sweep-output.js";
import { SWEEP_ACTOR } from "../core/sweep.js";
import type { SealedCredential } from "../providers/provider.js";
import { loadProvider } from "../providers/registry.js";
import { ledgerGranting, openLedger } from "./granting.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionIO } from "./io.js";
import type { ActionLedgerOptions } from "./ledger.js";
import { reportSettled } from "./push.js";
import { governanceOf, type Provenance, settleMerged } from "./settle.js";
import { tryWrite, upsertSticky } from "./writes.js";

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
  /** The first wait before a failed platform write is tried again; only tests shrink it. */
  retryBaseMs?: number;
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
  const judged = forge ? await governanceAlarm(workspace, inputs, store, forge, io) : undefined;
  const governance = judged?.status ?? "clean";
  // Whatever a skipped, cancelled or failed apply left unsettled is settled first.
  const settled =
    forge && judged && !inputs.dryRun ? await catchUp(options, store, forge, io, judged.provenance) : [];
  const delivery = forge ? await credentialDelivery(forge, env) : undefined;
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
      ...(delivery ? { delivery } : {}),
      ...(forge ? { started: startedOnPullRequest(forge, io) } : {}),
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
  await io.appendSummary(
    `### gitjit sweep${inputs.dryRun ? " (dry run)" : ""}\n\n${fence(text)}${settledSummary(settled)}`,
  );
  io.setOutput(
    "revoked",
    JSON.stringify([...report.removed.map((e) => e.id), ...report.orphans.map((o) => o.grantId)]),
  );
  if (needsAttention(report))
    io.fail("gitjit sweep: some grants or platforms need attention (see the summary)");
  else if (settled.some((o) => o.status === "failed"))
    io.fail("gitjit sweep: a merged request could not be applied yet; it is retried (see the annotations)");
  else if (governance !== "clean")
    io.fail(
      governance === "unapproved"
        ? "gitjit sweep: the policy on the default branch holds a change the admins have not approved: granting is frozen (see the annotations)"
        : "gitjit sweep: the policy's approvals could not be checked (see the annotations)",
    );
  return report;
}

/** Settles what the default branch merged and no apply settled (a dropped, cancelled or failed run). */
async function catchUp(
  options: SweepModeOptions,
  store: LedgerStore,
  forge: Forge,
  io: ActionIO,
  provenance: Provenance,
): Promise<ApplyOutcome[]> {
  const { inputs, workspace, env, now } = options;
  try {
    const head = (await run("git", ["rev-parse", "HEAD"], { cwd: workspace })).stdout.trim();
    const granting = await ledgerGranting(
      {
        workspace,
        env,
        branch: inputs.ledgerBranch,
        now: () => new Date(),
        log: io.info,
        delivery: await credentialDelivery(forge, env),
      },
      store,
    );
    const settled = await settleMerged(
      {
        root: workspace,
        head,
        policyDir: inputs.policyDir,
        ledgerBranch: inputs.ledgerBranch,
        now,
        provenance,
        ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
      },
      forge,
      io,
      granting,
    );
    return await reportSettled(settled, { forge, io, what: "sweep" });
  } catch (error) {
    io.warning(`gitjit could not settle what the default branch merged: ${describeError(error)}`, {
      title: "gitjit: merged requests unsettled",
    });
    return [{ status: "failed", path: "requests/", code: "settle-failed", message: describeError(error) }];
  }
}

/** A temporary login's password: encrypted to the requester's SSH keys on GitHub, as apply does. */
async function credentialDelivery(forge: Forge, env: Readonly<Record<string, string | undefined>>) {
  const [{ sshKeyDelivery }, { ageCommand }] = await Promise.all([
    import("../commands/credentials.js"),
    import("../adapters/age.js"),
  ]);
  return sshKeyDelivery({
    keys: (login) => forge.publicKeys(login),
    age: ageCommand(env.GITJIT_AGE || "age"),
  });
}

/** A scheduled grant the sweep started: its pull request's apply comment says so, with any credential. */
function startedOnPullRequest(forge: Forge, io: ActionIO) {
  return async (entry: LedgerEntry, credential: SealedCredential | undefined) => {
    if (entry.pr === undefined) return;
    const pr = entry.pr;
    const outcome: ApplyOutcome = {
      status: "granted",
      path: entry.requestPath,
      grantId: entry.id,
      principal: entry.principal,
      expiresAt: entry.expiresAt,
      expiry: entry.expiry,
      ...(credential ? { credential } : {}),
    };
    await tryWrite(io, `comment the start of ${entry.id} on pull request #${pr}`, async () => {
      await upsertSticky(
        forge,
        pr,
        (previous) => renderApplyComment([outcome], previous ? { previous } : {}),
        APPLY_MARKER,
      );
    });
  };
}

function settledSummary(outcomes: readonly ApplyOutcome[]): string {
  if (outcomes.length === 0) return "";
  const rows = outcomes.map(
    (o) => `| ${code(o.path)} | ${text(o.status === "failed" ? `failed: ${o.code}` : o.status)} |`,
  );
  return `\n\n#### Merged requests settled by this sweep\n\n| request | result |\n| --- | --- |\n${rows.join("\n")}`;
}

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Governance provenance up to the checkout's HEAD, verdicts recorded (not in a dry run), alarmed on. */
async function governanceAlarm(
  workspace: string,
  inputs: ActionInputs,
  store: LedgerStore,
  forge: Forge,
  io: ActionIO,
): Promise<{ status: "clean" | "unapproved" | "unchecked"; provenance: Provenance }> {
  const head = (await run("git", ["rev-parse", "HEAD"], { cwd: workspace })).stdout.trim();
  const recording = {
    governanceVerdicts: () => governanceVerdicts(store),
    recordGovernance: async (fresh: Parameters<typeof recordGovernance>[1]) => {
      if (!inputs.dryRun) await recordGovernance(store, fresh, SWEEP_ACTOR);
    },
  };
  const provenance = await governanceOf(workspace, head, inputs.policyDir, forge, io, recording);
  if ("error" in provenance) {
    io.warning(
      `gitjit could not check that every change to the policy was approved: ${describeError(provenance.error)}`,
      {
        title: "gitjit: governance unchecked",
      },
    );
    return { status: "unchecked", provenance };
  }
  return { status: provenance.clean ? "clean" : "unapproved", provenance };
}
/** Every profile's scope, so reconcile also looks where the ledger holds nothing right now. */
async function policyScopes(workspace: string, policyDir: string, io: ActionIO): Promise<Grant[]> {
  const compiled = await loadPolicy(workTreeFiles(workspace), policyDir);
  if (compiled.errors.length === 0) return [...compiled.policy.profiles.values()].map((p) => p.grant);
  io.warning(`the policy in ${policyDir}/ has errors; reconciling only the scopes the ledger holds`);
  return [];
}
