/**
 * The sweep's decisions, without I/O: which grants are due for removal, whose expiry is near, and
 * — once the platform calls are done — which events to record against the newest ledger.
 */

import type { ManagedGrant } from "../providers/provider.js";
import type { GrantSpec } from "./grant.js";
import { canonicalJson } from "./ledger/canonical.js";
import { type EventDraft, type LedgerEntry, toSpec } from "./ledger/records.js";
import { resourcesOf } from "./ledger/resources.js";
import { isPastExpiry } from "./ledger/state.js";
import type { LedgerSnapshot } from "./ledger/store.js";
import type { Grant, ProviderId } from "./model/schema.js";

export interface SweepPlan {
  /** Past expiry, or left behind by a failed apply: to be removed from the platform. */
  due: LedgerEntry[];
  /** Expiring within the lead time and not yet warned about. */
  warn: LedgerEntry[];
  /** Every other held grant, by provider: what a revoke must not take away. */
  stillActive: Map<ProviderId, GrantSpec[]>;
  /** Apply began but never finished, long ago: someone should re-run apply. */
  stuck: LedgerEntry[];
  /** Scheduled grants whose start has come: the sweep writes them on the platform now. */
  activate: LedgerEntry[];
  /** Scheduled grants whose window passed before any sweep started them: recorded, nothing written. */
  lapse: LedgerEntry[];
}

export const STUCK_APPLY_MS = 30 * 60_000;

export function planSweep(entries: Iterable<LedgerEntry>, now: Date, warnLeadMs: number): SweepPlan {
  const plan: SweepPlan = { due: [], warn: [], stillActive: new Map(), stuck: [], activate: [], lapse: [] };
  const t = now.getTime();
  for (const entry of entries) {
    // Not on the platform yet: nothing to remove, nothing a revoke must keep.
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
  const byExpiry = (a: LedgerEntry, b: LedgerEntry) =>
    a.expiresAt < b.expiresAt ? -1 : a.expiresAt > b.expiresAt ? 1 : 0;
  plan.due.sort(byExpiry);
  plan.warn.sort(byExpiry);
  return plan;
}

/** Every distinct scope to reconcile, by provider: the policy's profiles and what the ledger holds. */
export function reconcileScopes(grants: Iterable<Grant>): Map<ProviderId, Grant[]> {
  const seen = new Set<string>();
  const out = new Map<ProviderId, Grant[]>();
  for (const grant of grants) {
    const key = canonicalJson(grant);
    if (seen.has(key)) continue;
    seen.add(key);
    out.set(grant.provider, [...(out.get(grant.provider) ?? []), grant]);
  }
  return out;
}

/** A tagged privilege found on a platform, the scope it was listed under. */
export interface Found {
  managed: ManagedGrant;
  scope: Grant;
}

/** The id recorded for an orphan the platform could not tag with one (a GitHub team membership). */
export const UNTAGGED = "untagged";

const membershipKey = (grant: Grant, principal: string) =>
  `${grant.provider}\n${(resourcesOf(grant)[0] ?? "").toLowerCase()}\n${principal.toLowerCase()}`;

/** The memberships the held grants give, for finding untagged privileges among them at once. */
function heldMemberships(entries: ReadonlyMap<string, LedgerEntry>): Set<string> {
  const keys = new Set<string>();
  for (const entry of entries.values())
    if (entry.state !== "scheduled") keys.add(membershipKey(entry.grant, entry.principal));
  return keys;
}

/**
 * Whether the ledger holds what was found: by its grant id, or — where the platform keeps no id —
 * by a held grant of the same principal on the same resource. `memberships` (from heldMemberships)
 * saves going through every held grant again for each thing found.
 */
export function isHeld(
  found: Found,
  entries: ReadonlyMap<string, LedgerEntry>,
  memberships?: ReadonlySet<string>,
): boolean {
  if (found.managed.grantId !== "") return entries.has(found.managed.grantId);
  const key = membershipKey(found.scope, found.managed.principal);
  if (memberships) return memberships.has(key);
  for (const entry of entries.values())
    if (entry.state !== "scheduled" && membershipKey(entry.grant, entry.principal) === key) return true;
  return false;
}

export const orphanKey = (grant: string, location: string, principal: string) =>
  `${grant}\n${location}\n${principal}`;

/** What a platform holds with gitjit's tag (or, untagged, in a scope only gitjit fills) and the ledger does not. */
export function findOrphans(found: readonly Found[], held: ReadonlyMap<string, LedgerEntry>): Found[] {
  const seen = new Set<string>();
  const memberships = heldMemberships(held);
  return found.filter((f) => {
    const key = orphanKey(f.managed.grantId, f.managed.location, f.managed.principal);
    if (isHeld(f, held, memberships) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The spec a provider needs to remove an orphan: what the platform says, in the scope it was found. */
export function orphanSpec(found: Found, now: Date): GrantSpec {
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
    justification: "orphan found by reconcile",
  };
}

export interface SweepOutcome {
  removed: LedgerEntry[];
  failed: { entry: LedgerEntry; attempts: number; error: string }[];
  orphans: Found[];
  warned: LedgerEntry[];
}

export interface SweepDecision {
  drafts: EventDraft[];
  /** Removed by this sweep, but extended meanwhile: to be put back. */
  reapply: LedgerEntry[];
}

export const SWEEP_ACTOR = "gitjit-sweep";

/**
 * The events to record, judged against the newest ledger: a grant another sweep already recorded
 * is left alone, so two sweeps at once record each event once.
 */
export function decideSweep(
  fresh: LedgerSnapshot,
  outcome: SweepOutcome,
  now: Date,
  alreadyRecordedOrphans: ReadonlySet<string>,
): SweepDecision {
  const drafts: EventDraft[] = [];
  const reapply: LedgerEntry[] = [];
  const draft = (event: EventDraft["event"], grant: string, data: Record<string, unknown>) =>
    drafts.push({ event, grant, actor: SWEEP_ACTOR, data });
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
  const memberships = outcome.orphans.length > 0 ? heldMemberships(fresh.entries) : undefined;
  for (const orphan of outcome.orphans) {
    const { managed, scope } = orphan;
    const grant = managed.grantId || UNTAGGED;
    if (
      isHeld(orphan, fresh.entries, memberships) ||
      alreadyRecordedOrphans.has(orphanKey(grant, managed.location, managed.principal))
    )
      continue;
    draft("orphan-revoked", grant, {
      provider: scope.provider,
      principal: managed.principal,
      location: managed.location,
      ref: managed.ref,
      scope,
    });
  }
  for (const warned of outcome.warned) {
    const current = fresh.entries.get(warned.id);
    if (!current || current.warnedAt || current.expiresAt !== warned.expiresAt) continue;
    draft("expiry-warned", current.id, { expiresAt: current.expiresAt });
  }
  return { drafts, reapply };
}
