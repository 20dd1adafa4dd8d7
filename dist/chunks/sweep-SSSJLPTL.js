import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  applyGrant,
  describe,
  ledgerGranting,
  loadProvider,
  mainHistory,
  openLedger
} from "./chunk-G5SF2ORR.js";
import "./chunk-HFQ4PYHV.js";
import {
  APPLY_MARKER,
  governanceOf,
  renderApplyComment,
  reportSettled,
  settleMerged
} from "./chunk-AHZMYRN2.js";
import {
  governanceVerdicts,
  recordGovernance
} from "./chunk-HKH4LUNY.js";
import "./chunk-LQUFDZGF.js";
import {
  code,
  fence,
  text,
  tryWrite,
  upsertSticky
} from "./chunk-MOWKEHPX.js";
import {
  crashPoint,
  heldWithoutCause,
  loadPolicy,
  pool,
  retry
} from "./chunk-7APOGDFR.js";
import {
  HOUR,
  LedgerUnverified,
  canonicalJson,
  formatDuration,
  isPastExpiry,
  renderBroken,
  resourcesOf,
  toSpec,
  workTreeFiles
} from "./chunk-35Q76FXJ.js";
import "./chunk-XO5CDKIS.js";
import "./chunk-XNTRT226.js";
import "./chunk-EI2MP62G.js";
import {
  ProviderError
} from "./chunk-6DV6XXR4.js";
import "./chunk-2I45JTVB.js";

// src/action/sweep.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";

// src/adapters/notify.ts
var LABEL = { info: "notice", warning: "warning", alert: "ALERT" };
function streamNotifier(write) {
  return {
    async notify(notice) {
      write(`${LABEL[notice.level]} ${notice.code}: ${notice.message}`);
    }
  };
}

// src/core/sweep.ts
var STUCK_APPLY_MS = 30 * 6e4;
function planSweep(entries, now, warnLeadMs) {
  const plan = { due: [], warn: [], stillActive: /* @__PURE__ */ new Map(), stuck: [], activate: [], lapse: [] };
  const t = now.getTime();
  for (const entry of entries) {
    if (entry.state === "scheduled") {
      if (isPastExpiry(entry, now)) plan.lapse.push(entry);
      else if (Date.parse(entry.startsAt) <= t) plan.activate.push(entry);
      continue;
    }
    if (isPastExpiry(entry, now) || entry.state === "revoke-failing") {
      plan.due.push(entry);
      continue;
    }
    const list = plan.stillActive.get(entry.grant.provider) ?? [];
    list.push(toSpec(entry));
    plan.stillActive.set(entry.grant.provider, list);
    if (entry.state === "applying" && t - Date.parse(entry.startsAt) > STUCK_APPLY_MS) plan.stuck.push(entry);
    if (entry.state === "active" && !entry.warnedAt && Date.parse(entry.expiresAt) - t <= warnLeadMs)
      plan.warn.push(entry);
  }
  const byExpiry = (a, b) => a.expiresAt < b.expiresAt ? -1 : a.expiresAt > b.expiresAt ? 1 : 0;
  plan.due.sort(byExpiry);
  plan.warn.sort(byExpiry);
  return plan;
}
function reconcileScopes(grants) {
  const seen = /* @__PURE__ */ new Set();
  const out = /* @__PURE__ */ new Map();
  for (const grant of grants) {
    const key = canonicalJson(grant);
    if (seen.has(key)) continue;
    seen.add(key);
    out.set(grant.provider, [...out.get(grant.provider) ?? [], grant]);
  }
  return out;
}
var UNTAGGED = "untagged";
var membershipKey = (grant, principal) => `${grant.provider}
${(resourcesOf(grant)[0] ?? "").toLowerCase()}
${principal.toLowerCase()}`;
function heldMemberships(entries) {
  const keys = /* @__PURE__ */ new Set();
  for (const entry of entries.values())
    if (entry.state !== "scheduled") keys.add(membershipKey(entry.grant, entry.principal));
  return keys;
}
function isHeld(found, entries, memberships) {
  if (found.managed.grantId !== "") return entries.has(found.managed.grantId);
  const key = membershipKey(found.scope, found.managed.principal);
  if (memberships) return memberships.has(key);
  for (const entry of entries.values())
    if (entry.state !== "scheduled" && membershipKey(entry.grant, entry.principal) === key) return true;
  return false;
}
var orphanKey = (grant, location, principal) => `${grant}
${location}
${principal}`;
function findOrphans(found, held) {
  const seen = /* @__PURE__ */ new Set();
  const memberships = heldMemberships(held);
  return found.filter((f) => {
    const key = orphanKey(f.managed.grantId, f.managed.location, f.managed.principal);
    if (isHeld(f, held, memberships) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function orphanSpec(found, now) {
  const at = now.toISOString();
  return {
    id: found.managed.grantId,
    requestPath: "",
    requester: "",
    principal: found.managed.principal,
    profile: "",
    grant: found.scope,
    startsAt: at,
    expiresAt: at,
    justification: "orphan found by reconcile"
  };
}
var SWEEP_ACTOR = "gitjit-sweep";
function decideSweep(fresh, outcome, now, alreadyRecordedOrphans) {
  const drafts = [];
  const reapply = [];
  const draft = (event, grant, data) => drafts.push({ event, grant, actor: SWEEP_ACTOR, data });
  for (const removed of outcome.removed) {
    const current = fresh.entries.get(removed.id);
    if (!current) continue;
    if (!isPastExpiry(current, now) && current.state !== "revoke-failing") {
      reapply.push(current);
      continue;
    }
    const after = current.state === "revoke-failing" ? { afterFailing: true } : {};
    if (current.pendingEnd)
      draft(current.pendingEnd.event, current.id, { ...current.pendingEnd.data, ...after });
    else draft("expired", current.id, { expiresAt: current.expiresAt, ...after });
  }
  for (const { entry, attempts, error } of outcome.failed) {
    const current = fresh.entries.get(entry.id);
    if (!current || current.state === "revoke-failing") continue;
    draft("revoke-failing", current.id, { attempts, error });
  }
  const memberships = outcome.orphans.length > 0 ? heldMemberships(fresh.entries) : void 0;
  for (const orphan of outcome.orphans) {
    const { managed, scope } = orphan;
    const grant = managed.grantId || UNTAGGED;
    if (isHeld(orphan, fresh.entries, memberships) || alreadyRecordedOrphans.has(orphanKey(grant, managed.location, managed.principal)))
      continue;
    draft("orphan-revoked", grant, {
      provider: scope.provider,
      principal: managed.principal,
      location: managed.location,
      ref: managed.ref,
      scope
    });
  }
  for (const warned of outcome.warned) {
    const current = fresh.entries.get(warned.id);
    if (!current || current.warnedAt || current.expiresAt !== warned.expiresAt) continue;
    draft("expiry-warned", current.id, { expiresAt: current.expiresAt });
  }
  return { drafts, reapply };
}

// src/commands/sweep.ts
var FINDINGS_SHOWN = 20;
async function sweep(options, deps) {
  const { now } = options;
  let start;
  try {
    start = await deps.store.read();
  } catch (error) {
    if (!(error instanceof LedgerUnverified)) throw error;
    return verifiedOnly(options, deps, {
      problems: [
        {
          code: "ledger-failed-verification",
          message: `${error.message}; recording nothing and revoking only what had expired by the last state that verified (record ${error.verified.seq})`
        },
        ...error.problems.slice(0, FINDINGS_SHOWN).map((p) => ({ code: "ledger-finding", message: renderBroken(p) }))
      ],
      verified: error.verified.entries,
      claimed: error.claimed
    });
  }
  const uncaused = await causeCheck(start, deps);
  if (uncaused) return verifiedOnly(options, deps, uncaused);
  const plan = planSweep(start.entries.values(), now, options.warnLeadMs);
  const report = {
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
    recorded: []
  };
  const providers = providerCache(deps, report);
  const call = (fn) => retry(fn, {
    attempts: options.attempts,
    backoff: options.backoff,
    random: deps.random,
    sleep: deps.sleep,
    retryable: (e) => !(e instanceof ProviderError) || e.retryable
  });
  const outcome = { removed: [], failed: [], orphans: [], warned: [] };
  if (!options.dryRun) {
    await pool(plan.due, options.concurrency, async (entry) => {
      const provider = await providers(entry.grant.provider);
      const stillActive = plan.stillActive.get(entry.grant.provider) ?? [];
      if (provider) crashPoint("before-platform-revoke");
      const result2 = provider ? await call(() => provider.revoke(toSpec(entry), stillActive)) : { ok: false, error: new Error("provider unavailable"), attempts: 0 };
      if (result2.ok) crashPoint("after-platform-revoke");
      if (result2.ok) outcome.removed.push(entry);
      else outcome.failed.push({ entry, attempts: result2.attempts, error: describe(result2.error) });
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
      options.concurrency
    );
    const fresh = options.dryRun ? start : await deps.store.read();
    let orphans = findOrphans(found, fresh.entries);
    if (fresh.commit === void 0 && orphans.length > 0) {
      report.problems.push({
        code: "ledger-missing",
        message: `${deps.store.location} does not exist, yet ${orphans.length} privilege(s) carry gitjit's tag; not removing them (check --ledger and --remote)`
      });
      orphans = [];
    }
    if (options.dryRun) outcome.orphans.push(...orphans);
    else
      await pool(orphans, options.concurrency, async (orphan) => {
        const provider = await providers(orphan.scope.provider);
        if (!provider) return;
        const stillActive = [...fresh.entries.values()].filter(
          (e) => e.grant.provider === orphan.scope.provider && e.state !== "scheduled" && Date.parse(e.expiresAt) > now.getTime()
        ).map(toSpec);
        crashPoint("before-platform-revoke");
        const result2 = await call(() => provider.revoke(orphanSpec(orphan, now), stillActive));
        if (result2.ok) crashPoint("after-platform-revoke");
        if (result2.ok) outcome.orphans.push(orphan);
        else report.orphansFailed.push({ grantId: orphan.managed.grantId, error: describe(result2.error) });
      });
  }
  outcome.warned.push(...plan.warn);
  report.removed = outcome.removed;
  report.failing = outcome.failed.map((f) => ({
    id: f.entry.id,
    principal: f.entry.principal,
    attempts: f.attempts,
    error: f.error
  }));
  report.orphans = outcome.orphans.map((o) => ({
    grantId: o.managed.grantId,
    principal: o.managed.principal,
    location: o.managed.location,
    provider: o.scope.provider
  }));
  if (options.dryRun) return report;
  let reapply = [];
  const result = await deps.store.update((fresh) => {
    const decision = decideSweep(fresh, outcome, now, orphansRecordedSince(fresh, start));
    reapply = decision.reapply;
    return decision.drafts;
  });
  report.recorded = result.records;
  report.commit = result.commit;
  for (const entry of reapply) {
    const provider = await providers(entry.grant.provider);
    if (provider) crashPoint("before-platform-apply");
    const again = provider ? await call(() => provider.apply(toSpec(entry))) : void 0;
    if (again?.ok) crashPoint("after-platform-apply");
    if (!again?.ok)
      report.problems.push({
        code: "reapply-failed",
        message: `${entry.id} was extended during the sweep and could not be restored`
      });
  }
  await sendNotices(report, deps);
  return report;
}
async function causeCheck(start, deps) {
  if (!deps.causes || start.entries.size === 0) return void 0;
  const paths = /* @__PURE__ */ new Set();
  for (const entry of start.entries.values()) {
    paths.add(entry.requestPath);
    for (const extension of entry.extensions ?? []) paths.add(extension.requestPath);
  }
  const history = await deps.causes(paths);
  if ("unavailable" in history) {
    deps.log(`the causes of held grants were not checked: ${history.unavailable}`);
    return void 0;
  }
  const found = heldWithoutCause(start.entries.values(), history.index);
  if (found.length === 0) return void 0;
  const verified = new Map(start.entries);
  for (const { entry, causedExpiry } of found)
    if (causedExpiry === void 0) verified.delete(entry.id);
    else verified.set(entry.id, { ...entry, expiresAt: causedExpiry });
  return {
    problems: [
      {
        code: "ledger-uncaused",
        message: `${found.length} held grant${found.length === 1 ? "" : "s"} or extension${found.length === 1 ? "" : "s"} no merged pull request caused (checked against ${history.index.ref}); recording nothing and revoking only what had expired by the caused records`
      },
      ...found.slice(0, FINDINGS_SHOWN).map(({ entry, problem }) => ({
        code: problem.code,
        message: `${entry.id} (${entry.principal}): ${problem.message}`
      }))
    ],
    verified,
    claimed: start.entries
  };
}
async function verifiedOnly(options, deps, unverified) {
  const { now } = options;
  const plan = planSweep(unverified.verified.values(), now, 0);
  const report = {
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
    recorded: []
  };
  const others = /* @__PURE__ */ new Map();
  for (const entries of [unverified.verified, unverified.claimed])
    for (const e of entries.values()) {
      const known = others.get(e.id);
      if (!known || known.expiresAt < e.expiresAt) others.set(e.id, e);
    }
  const stillActive = (entry) => [...others.values()].filter(
    (e) => e.id !== entry.id && e.grant.provider === entry.grant.provider && e.state !== "scheduled" && !isPastExpiry(e, now)
  ).map(toSpec);
  if (!options.dryRun) {
    const providers = providerCache(deps, report);
    await pool(plan.due, options.concurrency, async (entry) => {
      const provider = await providers(entry.grant.provider);
      const result = provider ? await retry(() => provider.revoke(toSpec(entry), stillActive(entry)), {
        attempts: options.attempts,
        backoff: options.backoff,
        random: deps.random,
        sleep: deps.sleep,
        retryable: (e) => !(e instanceof ProviderError) || e.retryable
      }) : { ok: false, error: new Error("provider unavailable"), attempts: 0 };
      if (result.ok) report.removed.push(entry);
      else
        report.failing.push({
          id: entry.id,
          principal: entry.principal,
          attempts: result.attempts,
          error: describe(result.error)
        });
    });
  }
  await sendNotices(report, deps);
  return report;
}
async function startScheduled(plan, deps, providers, report, now) {
  for (const entry of plan.activate) {
    const provider = await providers(entry.grant.provider);
    if (!provider) continue;
    const outcome = await applyGrant(deps.store, provider, {
      spec: toSpec(entry),
      approval: entry.approval,
      now,
      ...deps.delivery ? { delivery: deps.delivery } : {}
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
        message: `${entry.id} (${entry.principal}, ${entry.profile}) could not be started at ${entry.startsAt}: ${outcome.message}; apply or the next sweep tries again`
      });
  }
  if (plan.lapse.length === 0) return;
  const result = await deps.store.update(
    (fresh) => plan.lapse.filter((e) => fresh.entries.get(e.id)?.state === "scheduled").map((e) => ({
      event: "lapsed",
      grant: e.id,
      actor: SWEEP_ACTOR,
      data: {
        requestPath: e.requestPath,
        ...e.pr !== void 0 ? { pr: e.pr } : {},
        requester: e.requester,
        reason: `its window (${e.startsAt} to ${e.expiresAt}) passed before a sweep could start it; nothing was granted`
      }
    }))
  );
  report.lapsed = plan.lapse.filter((e) => result.records.some((r) => r.grant === e.id));
}
async function listEverything(policyScopes2, start, providers, call, report, concurrency) {
  const scopes = reconcileScopes([...policyScopes2, ...[...start.entries.values()].map((e) => e.grant)]);
  const all = [...scopes.values()].flat();
  const listed = await pool(all, concurrency, async (scope) => {
    const provider = await providers(scope.provider);
    if (!provider) return [];
    const result = await call(() => provider.listManaged([scope]));
    if (result.ok) return result.value.map((managed) => ({ managed, scope }));
    return describe(result.error);
  });
  const found = [];
  listed.forEach((outcome, i) => {
    if (typeof outcome !== "string") found.push(...outcome);
    else
      report.problems.push({
        code: "reconcile-list-failed",
        message: `could not list what gitjit manages in a ${all[i].provider} scope: ${outcome}`
      });
  });
  return found;
}
function providerCache(deps, report) {
  const loaded = /* @__PURE__ */ new Map();
  return (id) => {
    let provider = loaded.get(id);
    if (!provider) {
      provider = deps.provider(id).catch((error) => {
        report.problems.push({ code: "provider-unavailable", message: `${id}: ${describe(error)}` });
        return void 0;
      });
      loaded.set(id, provider);
    }
    return provider;
  };
}
function orphansRecordedSince(fresh, start) {
  const since = start.tip?.seq ?? 0;
  const keys = /* @__PURE__ */ new Set();
  for (const line of fresh.lastAuditFile?.text.split("\n") ?? []) {
    if (!line.includes('"orphan-revoked"')) continue;
    const record = JSON.parse(line);
    if (record.seq > since && record.event === "orphan-revoked")
      keys.add(orphanKey(record.grant, String(record.data.location), String(record.data.principal)));
  }
  return keys;
}
async function sendNotices(report, deps) {
  const notices = [];
  const warnedNow = new Set(report.recorded.filter((r) => r.event === "expiry-warned").map((r) => r.grant));
  for (const entry of report.warned)
    if (warnedNow.has(entry.id))
      notices.push({
        level: "info",
        code: "expiring-soon",
        grant: entry.id,
        message: `${entry.principal}'s ${entry.profile} access (${entry.id}) expires at ${entry.expiresAt}, in ${formatDuration(Date.parse(entry.expiresAt) - Date.parse(report.now))}`
      });
  for (const f of report.failing)
    notices.push({
      level: "alert",
      code: "revoke-failing",
      grant: f.id,
      message: `could not remove ${f.principal}'s expired access (${f.id}) after ${f.attempts} attempts: ${f.error}`
    });
  for (const o of report.orphans)
    notices.push({
      level: "warning",
      code: "orphan-revoked",
      grant: o.grantId,
      message: `removed access the ledger does not hold: ${o.principal} at ${o.location} (${o.grantId})`
    });
  for (const o of report.orphansFailed)
    notices.push({
      level: "alert",
      code: "orphan-revoke-failing",
      grant: o.grantId,
      message: `could not remove orphan ${o.grantId}: ${o.error}`
    });
  for (const s of report.stuck)
    notices.push({
      level: "warning",
      code: "apply-interrupted",
      grant: s.id,
      message: `apply of ${s.id} started at ${s.startsAt} and never finished; re-run apply`
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

// src/core/render/sweep-output.ts
var where = (e) => `${e.principal} on ${resourcesOf(e.grant).join(", ")}`;
function renderSweepText(report, location) {
  const lines = [
    `sweep as of ${report.now}, ledger ${location}${report.dryRun ? " (dry run: nothing changed)" : ""}`
  ];
  if (report.dryRun) {
    for (const e of report.due) lines.push(`would remove  ${e.id}  ${where(e)} (expired ${e.expiresAt})`);
    for (const o of report.orphans)
      lines.push(`would remove  ${o.grantId}  orphan: ${o.principal} at ${o.location}`);
    for (const e of report.warned) lines.push(`would warn    ${e.id}  ${where(e)} expires ${e.expiresAt}`);
    for (const e of report.activated)
      lines.push(`would start   ${e.id}  ${where(e)} (scheduled from ${e.startsAt})`);
  } else {
    for (const e of report.activated)
      lines.push(`started       ${e.id}  ${where(e)} (scheduled; until ${e.expiresAt})`);
    for (const e of report.lapsed)
      lines.push(`lapsed        ${e.id}  ${where(e)} (scheduled ${e.startsAt}, window passed unstarted)`);
    for (const e of report.removed) lines.push(`removed       ${e.id}  ${where(e)} (expired ${e.expiresAt})`);
    for (const f of report.failing)
      lines.push(`FAILING       ${f.id}  ${f.principal}: ${f.error} (${f.attempts} attempts)`);
    for (const o of report.orphans)
      lines.push(`orphan        ${o.grantId}  ${o.principal} at ${o.location}: removed`);
    for (const o of report.orphansFailed) lines.push(`FAILING       ${o.grantId}  orphan: ${o.error}`);
  }
  for (const s of report.stuck)
    lines.push(`interrupted   ${s.id}  apply began ${s.startsAt} and never finished`);
  for (const p of report.problems) lines.push(`error ${p.code}: ${p.message}`);
  if (!report.dryRun)
    lines.push(
      report.recorded.length === 0 ? "nothing to record" : `recorded ${report.recorded.length} event${report.recorded.length === 1 ? "" : "s"} (${report.recorded[0]?.seq}\u2013${report.recorded.at(-1)?.seq}) in ${report.commit?.slice(0, 12)}`
    );
  return lines.join("\n");
}
var needsAttention = (r) => r.failing.length > 0 || r.orphansFailed.length > 0 || r.problems.length > 0;

// src/action/sweep.ts
var run = promisify(execFile);
var UNVERIFIED = /* @__PURE__ */ new Set([
  "ledger-failed-verification",
  "ledger-finding",
  "ledger-uncaused",
  "no-cause",
  "cause-mismatch"
]);
async function sweepMode(options, io, forge) {
  const { inputs, workspace, env, now } = options;
  const clock = () => now;
  const store = await openLedger({
    workspace,
    env,
    branch: inputs.ledgerBranch,
    log: io.info,
    policyDir: inputs.policyDir,
    ...options.ledger,
    now: () => /* @__PURE__ */ new Date()
  });
  const judged = forge ? await governanceAlarm(workspace, inputs, store, forge, io) : void 0;
  const governance = judged?.status ?? "clean";
  const settled = forge && judged && !inputs.dryRun ? await catchUp(options, store, forge, io, judged.provenance) : [];
  const delivery = forge ? await credentialDelivery(forge, env) : void 0;
  const report = await sweep(
    {
      now,
      dryRun: inputs.dryRun,
      concurrency: 8,
      attempts: 5,
      backoff: { baseMs: 500, maxMs: 2e4 },
      warnLeadMs: HOUR,
      reconcile: { scopes: await policyScopes(workspace, inputs.policyDir, io) }
    },
    {
      store,
      ...delivery ? { delivery } : {},
      ...forge ? { started: startedOnPullRequest(forge, io) } : {},
      provider: (id) => loadProvider(id, { env, now: clock, log: io.info }),
      notifier: streamNotifier((line) => io.info(line)),
      random: Math.random,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      log: io.info,
      // The checkout is the default branch (fetch-depth: 0): the held grants' causes are in its history.
      causes: (paths) => mainHistory(workspace, "HEAD", paths)
    }
  );
  for (const problem of report.problems)
    if (UNVERIFIED.has(problem.code))
      io.error(`${problem.code}: ${problem.message}`, { title: "gitjit: the ledger failed verification" });
  const text2 = renderSweepText(report, store.location);
  io.info(text2);
  await io.appendSummary(
    `### gitjit sweep${inputs.dryRun ? " (dry run)" : ""}

${fence(text2)}${settledSummary(settled)}`
  );
  io.setOutput(
    "revoked",
    JSON.stringify([...report.removed.map((e) => e.id), ...report.orphans.map((o) => o.grantId)])
  );
  if (needsAttention(report))
    io.fail("gitjit sweep: some grants or platforms need attention (see the summary)");
  else if (settled.some((o) => o.status === "failed"))
    io.fail("gitjit sweep: a merged request could not be applied yet; it is retried (see the annotations)");
  else if (governance !== "clean")
    io.fail(
      governance === "unapproved" ? "gitjit sweep: the policy on the default branch holds a change the admins have not approved: granting is frozen (see the annotations)" : "gitjit sweep: the policy's approvals could not be checked (see the annotations)"
    );
  return report;
}
async function catchUp(options, store, forge, io, provenance) {
  const { inputs, workspace, env, now } = options;
  try {
    const head = (await run("git", ["rev-parse", "HEAD"], { cwd: workspace })).stdout.trim();
    const granting = await ledgerGranting(
      {
        workspace,
        env,
        branch: inputs.ledgerBranch,
        now: () => /* @__PURE__ */ new Date(),
        log: io.info,
        delivery: await credentialDelivery(forge, env)
      },
      store
    );
    const settled = await settleMerged(
      {
        root: workspace,
        head,
        policyDir: inputs.policyDir,
        ledgerBranch: inputs.ledgerBranch,
        now,
        provenance,
        ...options.retryBaseMs !== void 0 ? { retryBaseMs: options.retryBaseMs } : {}
      },
      forge,
      io,
      granting
    );
    return await reportSettled(settled, { forge, io, what: "sweep" });
  } catch (error) {
    io.warning(`gitjit could not settle what the default branch merged: ${describeError(error)}`, {
      title: "gitjit: merged requests unsettled"
    });
    return [{ status: "failed", path: "requests/", code: "settle-failed", message: describeError(error) }];
  }
}
async function credentialDelivery(forge, env) {
  const [{ sshKeyDelivery }, { ageCommand }] = await Promise.all([
    import("./credentials-UTCQALBW.js"),
    import("./age-Y7NQFPQQ.js")
  ]);
  return sshKeyDelivery({
    keys: (login) => forge.publicKeys(login),
    age: ageCommand(env.GITJIT_AGE || "age")
  });
}
function startedOnPullRequest(forge, io) {
  return async (entry, credential) => {
    if (entry.pr === void 0) return;
    const pr = entry.pr;
    const outcome = {
      status: "granted",
      path: entry.requestPath,
      grantId: entry.id,
      principal: entry.principal,
      expiresAt: entry.expiresAt,
      expiry: entry.expiry,
      ...credential ? { credential } : {}
    };
    await tryWrite(io, `comment the start of ${entry.id} on pull request #${pr}`, async () => {
      await upsertSticky(
        forge,
        pr,
        (previous) => renderApplyComment([outcome], previous ? { previous } : {}),
        APPLY_MARKER
      );
    });
  };
}
function settledSummary(outcomes) {
  if (outcomes.length === 0) return "";
  const rows = outcomes.map(
    (o) => `| ${code(o.path)} | ${text(o.status === "failed" ? `failed: ${o.code}` : o.status)} |`
  );
  return `

#### Merged requests settled by this sweep

| request | result |
| --- | --- |
${rows.join("\n")}`;
}
var describeError = (error) => error instanceof Error ? error.message : String(error);
async function governanceAlarm(workspace, inputs, store, forge, io) {
  const head = (await run("git", ["rev-parse", "HEAD"], { cwd: workspace })).stdout.trim();
  const recording = {
    governanceVerdicts: () => governanceVerdicts(store),
    recordGovernance: async (fresh) => {
      if (!inputs.dryRun) await recordGovernance(store, fresh, SWEEP_ACTOR);
    }
  };
  const provenance = await governanceOf(workspace, head, inputs.policyDir, forge, io, recording);
  if ("error" in provenance) {
    io.warning(
      `gitjit could not check that every change to the policy was approved: ${describeError(provenance.error)}`,
      {
        title: "gitjit: governance unchecked"
      }
    );
    return { status: "unchecked", provenance };
  }
  return { status: provenance.clean ? "clean" : "unapproved", provenance };
}
async function policyScopes(workspace, policyDir, io) {
  const compiled = await loadPolicy(workTreeFiles(workspace), policyDir);
  if (compiled.errors.length === 0) return [...compiled.policy.profiles.values()].map((p) => p.grant);
  io.warning(`the policy in ${policyDir}/ has errors; reconciling only the scopes the ledger holds`);
  return [];
}
export {
  sweepMode
};
