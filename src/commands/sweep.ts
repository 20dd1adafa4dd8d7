/**
 * `gitjit sweep`: removes every grant past its expiry from its platform and records it; finds and
 * removes tagged privileges the ledger does not hold (orphans); warns ahead of expiry. Safe to run
 * twice at once and to kill at any step: every platform call is idempotent, and what is recorded is
 * decided against the newest ledger.
 */
import { crashPoint } from "../adapters/crash-points.js";
import { type Backoff, pool, retry } from "../core/async.js";
import { formatDuration } from "../core/duration.js";
import type { GrantSpec } from "../core/grant.js";
import { type CauseIndex, heldWithoutCause } from "../core/ledger/causes.js";
import { LedgerUnverified } from "../core/ledger/guard.js";
import type { AuditRecord, LedgerEntry } from "../core/ledger/records.js";
import { toSpec } from "../core/ledger/records.js";
import { isPastExpiry } from "../core/ledger/state.js";
import type { LedgerSnapshot, LedgerStore } from "../core/ledger/store.js";
import type { Grant, ProviderId } from "../core/model/schema.js";
import type { Notice, Notifier } from "../core/notify.js";
import { renderBroken } from "../core/render/audit-output.js";
import {
  decideSweep,
  type Found,
  findOrphans,
  orphanKey,
  orphanSpec,
  planSweep,
  reconcileScopes,
  SWEEP_ACTOR,
  type SweepOutcome,
} from "../core/sweep.js";
import { type Provider, ProviderError, type SealedCredential } from "../providers/provider.js";
import type { CredentialDelivery } from "./credentials.js";
import { describe } from "./describe-error.js";
import { applyGrant } from "./lifecycle.js";

export interface SweepOptions {
  now: Date;
  dryRun: boolean;
  /** Platform calls in flight at once. */
  concurrency: number;
  /** Tries per platform call in one run. */
  attempts: number;
  backoff: Backoff;
  /** Warn this long ahead of a grant's expiry. */
  warnLeadMs: number;
  /** Scopes to reconcile besides those the ledger holds (the policy's profiles); none skips reconcile. */
  reconcile: { scopes: readonly Grant[] } | false;
}

export interface SweepDeps {
  store: LedgerStore;
  /** How a credential a scheduled grant issues at its start reaches its requester alone. */
  delivery?: CredentialDelivery;
  /** Called with each scheduled grant started, and the credential it issued, to tell its requester. */
  started?(entry: LedgerEntry, credential: SealedCredential | undefined): Promise<void>;
  /** Loads a provider; called only for providers some grant or scope needs. */
  provider(id: ProviderId): Promise<Provider>;
  notifier: Notifier;
  random(): number;
  sleep(ms: number): Promise<void>;
  log(message: string): void;
  /**
   * The default branch's history, for the request and revoke files the held grants name: each held
   * grant and extension must have been caused by a merged pull request. Absent: not checked.
   */
  causes?(paths: ReadonlySet<string>): Promise<{ index: CauseIndex } | { unavailable: string }>;
}

export interface SweepReport {
  dryRun: boolean;
  now: string;
  due: LedgerEntry[];
  removed: LedgerEntry[];
  failing: { id: string; principal: string; attempts: number; error: string }[];
  orphans: { grantId: string; principal: string; location: string; provider: ProviderId }[];
  orphansFailed: { grantId: string; error: string }[];
  warned: LedgerEntry[];
  stuck: LedgerEntry[];
  /** Scheduled grants written on their platform by this sweep, at their start. */
  activated: LedgerEntry[];
  /** Scheduled grants whose window passed before any sweep could start them: nothing was written. */
  lapsed: LedgerEntry[];
  /** Problems that are not about one grant (a provider that cannot load, a listing that failed). */
  problems: { code: string; message: string }[];
  recorded: AuditRecord[];
  commit?: string;
}

/** Problems the sweep reports for a ledger it does not act on, at most this many findings each. */
const FINDINGS_SHOWN = 20;

export async function sweep(options: SweepOptions, deps: SweepDeps): Promise<SweepReport> {
  const { now } = options;
  let start: LedgerSnapshot;
  try {
    start = await deps.store.read();
  } catch (error) {
    if (!(error instanceof LedgerUnverified)) throw error;
    return verifiedOnly(options, deps, {
      problems: [
        {
          code: "ledger-failed-verification",
          message: `${error.message}; recording nothing and revoking only what had expired by the last state that verified (record ${error.verified.seq})`,
        },
        ...error.problems
          .slice(0, FINDINGS_SHOWN)
          .map((p) => ({ code: "ledger-finding", message: renderBroken(p) })),
      ],
      verified: error.verified.entries,
      claimed: error.claimed,
    });
  }
  const uncaused = await causeCheck(start, deps);
  if (uncaused) return verifiedOnly(options, deps, uncaused);
  const plan = planSweep(start.entries.values(), now, options.warnLeadMs);
  const report: SweepReport = {
    dryRun: options.dryRun,
    now: now.toISOString(),
    due: plan.due,
    removed: [],
    failing: [],
    orphans: [],
    orphansFailed: [],
    warned: plan.warn,
    stuck: plan.stuck,
    activated: [],
    lapsed: [],
    problems: [],
    recorded: [],
  };
  const providers = providerCache(deps, report);
  const call = <T>(fn: () => Promise<T>) =>
    retry(fn, {
      attempts: options.attempts,
      backoff: options.backoff,
      random: deps.random,
      sleep: deps.sleep,
      retryable: (e) => !(e instanceof ProviderError) || e.retryable,
    });

  const outcome: SweepOutcome = { removed: [], failed: [], orphans: [], warned: [] };
  if (!options.dryRun) {
    await pool(plan.due, options.concurrency, async (entry) => {
      const provider = await providers(entry.grant.provider);
      const stillActive = plan.stillActive.get(entry.grant.provider) ?? [];
      if (provider) crashPoint("before-platform-revoke");
      const result = provider
        ? await call(() => provider.revoke(toSpec(entry), stillActive))
        : { ok: false as const, error: new Error("provider unavailable"), attempts: 0 };
      if (result.ok) crashPoint("after-platform-revoke");
      if (result.ok) outcome.removed.push(entry);
      else outcome.failed.push({ entry, attempts: result.attempts, error: describe(result.error) });
    });
  }

  if (!options.dryRun) await startScheduled(plan, deps, providers, report, now);
  else report.activated = plan.activate;

  if (options.reconcile) {
    const found = await listEverything(
      options.reconcile.scopes,
      start,
      providers,
      call,
      report,
      options.concurrency,
    );
    // Read the ledger again after listing: an apply records its intent before writing to the
    // platform, so anything it wrote by now is visible here and is not taken for an orphan.
    const fresh = options.dryRun ? start : await deps.store.read();
    let orphans = findOrphans(found, fresh.entries);
    if (fresh.commit === undefined && orphans.length > 0) {
      // No ledger at all, yet gitjit's tags on a platform: most likely the wrong --ledger or
      // --remote. Taking everything for an orphan would revoke every grant in place.
      report.problems.push({
        code: "ledger-missing",
        message: `${deps.store.location} does not exist, yet ${orphans.length} privilege(s) carry gitjit's tag; not removing them (check --ledger and --remote)`,
      });
      orphans = [];
    }
    if (options.dryRun) outcome.orphans.push(...orphans);
    else
      await pool(orphans, options.concurrency, async (orphan) => {
        const provider = await providers(orphan.scope.provider);
        if (!provider) return;
        const stillActive = [...fresh.entries.values()]
          .filter(
            (e) =>
              e.grant.provider === orphan.scope.provider &&
              e.state !== "scheduled" &&
              Date.parse(e.expiresAt) > now.getTime(),
          )
          .map(toSpec);
        crashPoint("before-platform-revoke");
        const result = await call(() => provider.revoke(orphanSpec(orphan, now), stillActive));
        if (result.ok) crashPoint("after-platform-revoke");
        if (result.ok) outcome.orphans.push(orphan);
        else report.orphansFailed.push({ grantId: orphan.managed.grantId, error: describe(result.error) });
      });
  }
  outcome.warned.push(...plan.warn);
  report.removed = outcome.removed;
  report.failing = outcome.failed.map((f) => ({
    id: f.entry.id,
    principal: f.entry.principal,
    attempts: f.attempts,
    error: f.error,
  }));
  report.orphans = outcome.orphans.map((o) => ({
    grantId: o.managed.grantId,
    principal: o.managed.principal,
    location: o.managed.location,
    provider: o.scope.provider,
  }));
  if (options.dryRun) return report;

  let reapply: LedgerEntry[] = [];
  const result = await deps.store.update((fresh) => {
    const decision = decideSweep(fresh, outcome, now, orphansRecordedSince(fresh, start));
    reapply = decision.reapply;
    return decision.drafts;
  });
  report.recorded = result.records;
  report.commit = result.commit;
  // Extended while this sweep removed it: put the access back (it is held, and approved).
  for (const entry of reapply) {
    const provider = await providers(entry.grant.provider);
    if (provider) crashPoint("before-platform-apply");
    const again = provider ? await call(() => provider.apply(toSpec(entry))) : undefined;
    if (again?.ok) crashPoint("after-platform-apply");
    if (!again?.ok)
      report.problems.push({
        code: "reapply-failed",
        message: `${entry.id} was extended during the sweep and could not be restored`,
      });
  }
  await sendNotices(report, deps);
  return report;
}

interface Unverified {
  problems: SweepReport["problems"];
  /** The ledger as far as it verified. */
  verified: ReadonlyMap<string, LedgerEntry>;
  /** What the active files claim, verified or not. */
  claimed: ReadonlyMap<string, LedgerEntry>;
}

/**
 * The sweep's incremental check of causes: every grant the ledger holds, and every extension that
 * keeps one alive, came from a request file a merged pull request added. Undefined when they did (or
 * when the history cannot say); else the ledger as its caused records leave it.
 */
async function causeCheck(start: LedgerSnapshot, deps: SweepDeps): Promise<Unverified | undefined> {
  if (!deps.causes || start.entries.size === 0) return undefined;
  const paths = new Set<string>();
  for (const entry of start.entries.values()) {
    paths.add(entry.requestPath);
    for (const extension of entry.extensions ?? []) paths.add(extension.requestPath);
  }
  const history = await deps.causes(paths);
  if ("unavailable" in history) {
    deps.log(`the causes of held grants were not checked: ${history.unavailable}`);
    return undefined;
  }
  const found = heldWithoutCause(start.entries.values(), history.index);
  if (found.length === 0) return undefined;
  const verified = new Map(start.entries);
  for (const { entry, causedExpiry } of found)
    if (causedExpiry === undefined) verified.delete(entry.id);
    else verified.set(entry.id, { ...entry, expiresAt: causedExpiry });
  return {
    problems: [
      {
        code: "ledger-uncaused",
        message: `${found.length} held grant${found.length === 1 ? "" : "s"} or extension${found.length === 1 ? "" : "s"} no merged pull request caused (checked against ${history.index.ref}); recording nothing and revoking only what had expired by the caused records`,
      },
      ...found.slice(0, FINDINGS_SHOWN).map(({ entry, problem }) => ({
        code: problem.code,
        message: `${entry.id} (${entry.principal}): ${problem.message}`,
      })),
    ],
    verified,
    claimed: start.entries,
  };
}

/**
 * A ledger that did not verify is not acted on: nothing is recorded, nothing is reconciled (what it
 * holds is in doubt, so anything could look like an orphan) and nobody is warned. Only what had
 * certainly expired by the last state that verified is removed; a revoke still keeps whatever any
 * grant the ledger claims gives (an unverified grant is not taken away by accident, either).
 */
async function verifiedOnly(
  options: SweepOptions,
  deps: SweepDeps,
  unverified: Unverified,
): Promise<SweepReport> {
  const { now } = options;
  const plan = planSweep(unverified.verified.values(), now, 0);
  const report: SweepReport = {
    dryRun: options.dryRun,
    now: now.toISOString(),
    due: plan.due,
    removed: [],
    failing: [],
    orphans: [],
    orphansFailed: [],
    warned: [],
    stuck: [],
    // Nothing scheduled is started on a ledger in doubt.
    activated: [],
    lapsed: [],
    problems: [...unverified.problems],
    recorded: [],
  };
  const others = new Map<string, LedgerEntry>();
  for (const entries of [unverified.verified, unverified.claimed])
    for (const e of entries.values()) {
      const known = others.get(e.id);
      if (!known || known.expiresAt < e.expiresAt) others.set(e.id, e);
    }
  const stillActive = (entry: LedgerEntry): GrantSpec[] =>
    [...others.values()]
      .filter(
        (e) =>
          e.id !== entry.id &&
          e.grant.provider === entry.grant.provider &&
          e.state !== "scheduled" &&
          !isPastExpiry(e, now),
      )
      .map(toSpec);
  if (!options.dryRun) {
    const providers = providerCache(deps, report);
    await pool(plan.due, options.concurrency, async (entry) => {
      const provider = await providers(entry.grant.provider);
      const result = provider
        ? await retry(() => provider.revoke(toSpec(entry), stillActive(entry)), {
            attempts: options.attempts,
            backoff: options.backoff,
            random: deps.random,
            sleep: deps.sleep,
            retryable: (e) => !(e instanceof ProviderError) || e.retryable,
          })
        : { ok: false as const, error: new Error("provider unavailable"), attempts: 0 };
      if (result.ok) report.removed.push(entry);
      else
        report.failing.push({
          id: entry.id,
          principal: entry.principal,
          attempts: result.attempts,
          error: describe(result.error),
        });
    });
  }
  await sendNotices(report, deps);
  return report;
}

/**
 * Scheduled grants whose platform cannot hold a start time: written now that their start has
 * come, one at a time (each records its intent first, so reconcile never takes it for an orphan);
 * those whose window passed unstarted are recorded as lapsed.
 */
async function startScheduled(
  plan: ReturnType<typeof planSweep>,
  deps: SweepDeps,
  providers: (id: ProviderId) => Promise<Provider | undefined>,
  report: SweepReport,
  now: Date,
) {
  for (const entry of plan.activate) {
    const provider = await providers(entry.grant.provider);
    if (!provider) continue;
    const outcome = await applyGrant(deps.store, provider, {
      spec: toSpec(entry),
      approval: entry.approval,
      now,
      ...(deps.delivery ? { delivery: deps.delivery } : {}),
    });
    if (outcome.status === "done") {
      report.activated.push(outcome.entry ?? entry);
      try {
        await deps.started?.(outcome.entry ?? entry, outcome.credential);
      } catch (error) {
        deps.log(`could not tell the requester of ${entry.id} that it started: ${describe(error)}`);
      }
    } else if (outcome.status === "failed" || outcome.status === "refused")
      report.problems.push({
        code: "scheduled-start-failed",
        message: `${entry.id} (${entry.principal}, ${entry.profile}) could not be started at ${entry.startsAt}: ${outcome.message}; apply or the next sweep tries again`,
      });
  }
  if (plan.lapse.length === 0) return;
  const result = await deps.store.update((fresh) =>
    plan.lapse
      .filter((e) => fresh.entries.get(e.id)?.state === "scheduled")
      .map((e) => ({
        event: "lapsed" as const,
        grant: e.id,
        actor: SWEEP_ACTOR,
        data: {
          requestPath: e.requestPath,
          ...(e.pr !== undefined ? { pr: e.pr } : {}),
          requester: e.requester,
          reason: `its window (${e.startsAt} to ${e.expiresAt}) passed before a sweep could start it; nothing was granted`,
        },
      })),
  );
  report.lapsed = plan.lapse.filter((e) => result.records.some((r) => r.grant === e.id));
}

type Call = <T>(fn: () => Promise<T>) => ReturnType<typeof retry<T>>;

/** Lists every scope, several at once; what was found keeps the scopes' order, whatever answers first. */
async function listEverything(
  policyScopes: readonly Grant[],
  start: LedgerSnapshot,
  providers: (id: ProviderId) => Promise<Provider | undefined>,
  call: Call,
  report: SweepReport,
  concurrency: number,
): Promise<Found[]> {
  const scopes = reconcileScopes([...policyScopes, ...[...start.entries.values()].map((e) => e.grant)]);
  const all = [...scopes.values()].flat();
  const listed = await pool(all, concurrency, async (scope) => {
    const provider = await providers(scope.provider);
    if (!provider) return [];
    const result = await call(() => provider.listManaged([scope]));
    if (result.ok) return result.value.map((managed): Found => ({ managed, scope }));
    return describe(result.error);
  });
  const found: Found[] = [];
  listed.forEach((outcome, i) => {
    if (typeof outcome !== "string") found.push(...outcome);
    else
      report.problems.push({
        code: "reconcile-list-failed",
        message: `could not list what gitjit manages in a ${(all[i] as Grant).provider} scope: ${outcome}`,
      });
  });
  return found;
}

function providerCache(deps: SweepDeps, report: SweepReport) {
  const loaded = new Map<ProviderId, Promise<Provider | undefined>>();
  return (id: ProviderId) => {
    let provider = loaded.get(id);
    if (!provider) {
      provider = deps.provider(id).catch((error: unknown) => {
        report.problems.push({ code: "provider-unavailable", message: `${id}: ${describe(error)}` });
        return undefined;
      });
      loaded.set(id, provider);
    }
    return provider;
  };
}

/** Orphans other sweeps recorded after this one started, so one found by both is recorded once. */
function orphansRecordedSince(fresh: LedgerSnapshot, start: LedgerSnapshot): Set<string> {
  const since = start.tip?.seq ?? 0;
  const keys = new Set<string>();
  for (const line of fresh.lastAuditFile?.text.split("\n") ?? []) {
    if (!line.includes('"orphan-revoked"')) continue;
    const record = JSON.parse(line) as AuditRecord;
    if (record.seq > since && record.event === "orphan-revoked")
      keys.add(orphanKey(record.grant, String(record.data.location), String(record.data.principal)));
  }
  return keys;
}

async function sendNotices(report: SweepReport, deps: SweepDeps) {
  const notices: Notice[] = [];
  const warnedNow = new Set(report.recorded.filter((r) => r.event === "expiry-warned").map((r) => r.grant));
  for (const entry of report.warned)
    if (warnedNow.has(entry.id))
      notices.push({
        level: "info",
        code: "expiring-soon",
        grant: entry.id,
        message: `${entry.principal}'s ${entry.profile} access (${entry.id}) expires at ${entry.expiresAt}, in ${formatDuration(Date.parse(entry.expiresAt) - Date.parse(report.now))}`,
      });
  for (const f of report.failing)
    notices.push({
      level: "alert",
      code: "revoke-failing",
      grant: f.id,
      message: `could not remove ${f.principal}'s expired access (${f.id}) after ${f.attempts} attempts: ${f.error}`,
    });
  for (const o of report.orphans)
    notices.push({
      level: "warning",
      code: "orphan-revoked",
      grant: o.grantId,
      message: `removed access the ledger does not hold: ${o.principal} at ${o.location} (${o.grantId})`,
    });
  for (const o of report.orphansFailed)
    notices.push({
      level: "alert",
      code: "orphan-revoke-failing",
      grant: o.grantId,
      message: `could not remove orphan ${o.grantId}: ${o.error}`,
    });
  for (const s of report.stuck)
    notices.push({
      level: "warning",
      code: "apply-interrupted",
      grant: s.id,
      message: `apply of ${s.id} started at ${s.startsAt} and never finished; re-run apply`,
    });
  for (const p of report.problems) notices.push({ level: "alert", code: p.code, message: p.message });
  for (const notice of notices) {
    try {
      await deps.notifier.notify(notice);
    } catch (error) {
      deps.log(`notification failed (${notice.code}): ${describe(error)}`);
    }
  }
}
