import { streamNotifier } from "../adapters/notify.js";
import { workTreeFiles } from "../adapters/repo-files.js";
import { checkCron, runEvery, type ScheduleError } from "../commands/every.js";
import { ledgerTrust } from "../commands/ledger-trust.js";
import { sweep } from "../commands/sweep.js";
import { loadPolicy } from "../commands/validate.js";
import { parseDuration } from "../core/duration.js";
import type { Grant } from "../core/model/schema.js";
import { needsAttention, renderSweepJson, renderSweepText } from "../core/render/sweep-output.js";
import { loadProvider } from "../providers/registry.js";
import { parse, parseFormat, parseNow, repoPath } from "./args.js";
import { type CliIO, EXIT, UsageError } from "./io.js";
import {
  causesAt,
  LEDGER_HELP,
  LEDGER_OPTIONS,
  ledgerLocation,
  MAIN_HELP,
  openStore,
} from "./ledger-options.js";

export const sweepHelp = `Usage: gitjit sweep [options]

Removes every grant past its expiry from its platform and records it in the ledger; finds
privileges gitjit tagged that the ledger does not hold (orphans), removes and records them;
warns ahead of expiry. Safe to run twice at once, and to re-run after a crash.

The ledger is verified first (its chain, the signatures of the policy's ledger keys, and the
causes of the grants it holds on the default branch). A ledger that fails is not acted on:
nothing is recorded or reconciled, and only what had expired by the last state that verified is
removed. Commits are signed with GITJIT_LEDGER_SIGNING_KEY when the policy lists ledger keys.

Options:
  --now ISO            sweep as of this time (default: now)
  --dry-run            show what would be done; change nothing
  --every CRON         keep running on this cron schedule (e.g. "*/2 * * * *"); a run
                       never starts while the previous one is still going
  --warn-before DUR    warn this long before a grant expires (default: 1h)
  --concurrency N      platform calls at once (default: 8)
  --attempts N         tries per platform call before a grant is marked revoke-failing (default: 5)
  --policy DIR         also reconcile every scope of this policy's profiles (default: policies)
  --no-reconcile       skip looking for orphans
${MAIN_HELP}
${LEDGER_HELP}
  --format FORMAT      text (default) or json
  -h, --help           show this help

Exit status: 0 done, 1 something needs attention (a revoke failing, an orphan that could not
be removed, a provider that could not be used), 2 usage or configuration error, 3 the ledger or
a platform could not be reached.`;

export async function sweepCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    now: { type: "string" },
    "dry-run": { type: "boolean" },
    every: { type: "string" },
    "warn-before": { type: "string" },
    concurrency: { type: "string" },
    attempts: { type: "string" },
    policy: { type: "string" },
    "no-reconcile": { type: "boolean" },
    format: { type: "string" },
    main: { type: "string" },
    ...LEDGER_OPTIONS,
  });
  if (values.help) {
    io.stdout(sweepHelp);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  if (values.every !== undefined && values.now !== undefined)
    throw new UsageError("--every and --now cannot be used together");
  if (values.every !== undefined) {
    try {
      checkCron(values.every);
    } catch (error) {
      throw new UsageError(`--every: ${(error as ScheduleError).message}`);
    }
  }
  const fixedNow = values.now === undefined ? undefined : parseNow(values.now);
  const format = parseFormat(values.format);
  const warnLead = parseDuration(values["warn-before"] ?? "1h");
  if (!warnLead.ok) throw new UsageError(`--warn-before: ${warnLead.reason}`);
  const concurrency = count("--concurrency", values.concurrency, 8, 64);
  const attempts = count("--attempts", values.attempts, 5, 20);
  const location = await ledgerLocation(values, io);
  const now = () => fixedNow ?? new Date();
  const policyDir = repoPath(io.cwd, values.policy ?? "policies");
  const notices = format === "json" ? io.stderr : io.stdout;
  const { trust, warnings } = await ledgerTrust(workTreeFiles(io.cwd), policyDir, io.env);
  for (const warning of warnings) notices(`warning: ${warning}`);
  const store = openStore(location, now, trust);
  const causes = await causesAt(location.repo, values.main);

  const once = async (): Promise<number> => {
    const at = now();
    const scopes = values["no-reconcile"]
      ? undefined
      : await policyScopes(io, policyDir, values.policy !== undefined);
    const report = await sweep(
      {
        now: at,
        dryRun: values["dry-run"] === true,
        concurrency,
        attempts,
        backoff: { baseMs: 500, maxMs: 20_000 },
        warnLeadMs: warnLead.ms,
        reconcile: scopes === undefined ? false : { scopes },
      },
      {
        store,
        provider: (id) => loadProvider(id, { env: io.env, now, log: io.stderr }),
        notifier: streamNotifier(notices),
        random: Math.random,
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        log: io.stderr,
        causes,
      },
    );
    io.stdout(format === "json" ? renderSweepJson(report) : renderSweepText(report, store.location));
    return needsAttention(report) ? EXIT.invalid : EXIT.ok;
  };

  if (values.every === undefined) return once();
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  io.stderr(`sweeping on the schedule "${values.every}"; stop with Ctrl-C`);
  try {
    await runEvery(values.every, async () => void (await once()), { signal: stop.signal, log: io.stderr });
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  return EXIT.ok;
}

function count(flag: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`${flag} ${value}: expected a whole number from 1 to ${max}`);
  return n;
}

/** Every profile's scope, so reconcile also looks where the ledger holds nothing right now. */
async function policyScopes(io: CliIO, dir: string, asked: boolean): Promise<Grant[]> {
  const files = workTreeFiles(io.cwd);
  if (!asked && (await files.list(dir)).length === 0) return [];
  const compiled = await loadPolicy(files, dir);
  if (compiled.errors.length > 0) {
    io.stderr(`warning: the policy in ${dir}/ has errors; reconciling only the scopes the ledger holds`);
    return [];
  }
  return [...compiled.policy.profiles.values()].map((p) => p.grant);
}
