/**
 * Grant, extend and revoke, each recorded in the ledger in an order that survives a crash at any
 * step: the intent is recorded before the platform is touched (so reconcile never mistakes a grant
 * being applied for an orphan), and the outcome after. Re-running any of them converges.
 * The merge-time flow (finding the files a push added, checking approvals) calls these.
 */
import { crashPoint } from "../adapters/crash-points.js";
import { expiryEnforcement, type GrantSpec, issuesCredential, startEnforcement } from "../core/grant.js";
import { readChain } from "../core/ledger/chain.js";
import { type Approval, type EventDraft, type LedgerEntry, toSpec } from "../core/ledger/records.js";
import { isPastExpiry } from "../core/ledger/state.js";
import type { LedgerStore } from "../core/ledger/store.js";
import type { Provider, Seal, SealedCredential } from "../providers/provider.js";
import type { CredentialDelivery } from "./credentials.js";
import { describe } from "./describe-error.js";

export const APPLY_ACTOR = "gitjit-apply";

export type LifecycleOutcome =
  /** `credential`: what the grant issued, sealed for its requester alone (never recorded). */
  | { status: "done"; entry?: LedgerEntry; credential?: SealedCredential }
  /** Recorded to start later: its platform cannot hold a start time, so the sweep writes it then. */
  | { status: "scheduled"; entry: LedgerEntry }
  /** Nothing to do: a re-run of something already recorded. */
  | { status: "already" }
  | { status: "refused"; code: string; message: string }
  | { status: "failed"; code: string; message: string };

const draft = (
  event: EventDraft["event"],
  grant: string,
  data: Record<string, unknown>,
  actor = APPLY_ACTOR,
) => ({
  event,
  grant,
  actor,
  data,
});

/** Other held grants of the same provider, not yet past expiry: what a revoke must not take away. */
function othersActive(
  entries: Iterable<LedgerEntry>,
  except: string,
  provider: string,
  now: Date,
): GrantSpec[] {
  return [...entries]
    .filter(
      (e) =>
        e.id !== except && e.grant.provider === provider && e.state !== "scheduled" && !isPastExpiry(e, now),
    )
    .map(toSpec);
}

/**
 * Whether the log has ever recorded this grant as granted or ended (a re-run must not grant it
 * again). A failed apply is not an end: a later run tries again, until the window closes.
 */
async function seenBefore(store: LedgerStore, id: string): Promise<boolean> {
  const { records } = readChain((await store.contents({ anchors: false })).auditFiles);
  return records.some(
    (r) =>
      r.record.grant === id &&
      ["granted", "break-glass", "expired", "revoked", "refused", "lapsed"].includes(r.record.event),
  );
}

export interface GrantInput {
  spec: GrantSpec;
  approval: Approval;
  now: Date;
  /**
   * For a grant that issues a credential (a temporary database login): how it reaches the
   * requester alone. Asked before anything is written; without it such a grant fails
   * (credential-undeliverable) with nothing written.
   */
  delivery?: CredentialDelivery;
}

export async function applyGrant(
  store: LedgerStore,
  provider: Provider,
  input: GrantInput,
): Promise<LifecycleOutcome> {
  const { spec, approval, now } = input;
  const intent: LedgerEntry = {
    ...spec,
    state: "applying",
    expiry: expiryEnforcement(spec.grant),
    approval,
    refs: {},
  };
  const before = await store.read(); // bring the ledger in, so the history check below sees the newest records
  if (await seenBefore(store, spec.id)) return { status: "already" };
  // Nothing is written on a platform before the grant's start, unless the platform holds the start.
  if (startEnforcement(spec.grant) === "sweep" && Date.parse(spec.startsAt) > now.getTime()) {
    const scheduled: LedgerEntry = { ...intent, state: "scheduled" };
    let recorded = false;
    await store.update((snapshot) => {
      recorded = !snapshot.entries.has(spec.id);
      return recorded ? [draft("scheduled", spec.id, { entry: scheduled })] : [];
    });
    return recorded ? { status: "scheduled", entry: scheduled } : { status: "already" };
  }

  // Abandons the grant: removes whatever was written (an earlier run may have written it) and records why.
  const abandon = async (error: unknown, written: GrantSpec = spec) => {
    let cleanedUp = true;
    try {
      const others = othersActive((await store.read()).entries.values(), spec.id, spec.grant.provider, now);
      crashPoint("before-platform-revoke");
      await provider.revoke(written, others);
      crashPoint("after-platform-revoke");
    } catch {
      cleanedUp = false; // the sweep keeps trying: the entry stays as revoke-failing
    }
    await store.update((snapshot) =>
      snapshot.entries.get(spec.id)?.state === "applying"
        ? [draft("apply-failed", spec.id, { cleanedUp, error: { message: describe(error) } })]
        : [],
    );
  };

  // A credential the grant issues must have a way to its requester alone before anything is
  // written, in the ledger or on the platform. A failure to find one (GitHub down) writes nothing.
  let seal: Seal | undefined;
  if (issuesCredential(spec.grant) && input.delivery) {
    const prepared = await input.delivery(spec);
    if ("refused" in prepared) {
      // An earlier run cut short may have left the login: it goes, with its undeliverable password.
      if (before.entries.get(spec.id)?.state === "applying")
        await abandon(new Error(`${prepared.refused.code}: ${prepared.refused.message}`));
      return { status: "refused", ...prepared.refused };
    }
    seal = prepared.seal;
  }

  let state: LedgerEntry["state"] = "applying";
  // What the ledger holds as being applied: what is written on the platform.
  let recorded: LedgerEntry = intent;
  await store.update((snapshot) => {
    const held = snapshot.entries.get(spec.id);
    state = held?.state ?? "applying";
    recorded = held ?? intent;
    if (held?.state === "scheduled") {
      if (Date.parse(held.startsAt) > now.getTime()) return [];
      // Its start has come: the write begins now, and access begins when it lands.
      state = "applying";
      recorded = { ...held, state: "applying", startsAt: isoSeconds(now) };
      return [draft("apply-started", spec.id, { entry: recorded })];
    }
    return held ? [] : [draft("apply-started", spec.id, { entry: intent })];
  });
  // Applying: ours, or an earlier run's that was cut short, which this run finishes — as that run
  // recorded it (a re-run judges the start from its own clock; the ledger already says when it began).
  if (state !== "applying") return { status: "already" };
  const write = toSpec(recorded);

  let refs: Record<string, string>;
  let credential: SealedCredential | undefined;
  try {
    // Nothing an earlier, cut-short run issued reached the requester (its result was never
    // recorded, nor commented): a login it left gets a new password, delivered by this run.
    crashPoint("before-platform-apply");
    ({ refs, credential } = await provider.apply(write, { ...(seal ? { seal } : {}), reissue: true }));
    crashPoint("after-platform-apply");
  } catch (error) {
    await abandon(error, write);
    return { status: "failed", code: "apply-failed", message: describe(error) };
  }
  const event = approval.mode === "break-glass" ? "break-glass" : "granted";
  let entry: LedgerEntry | undefined;
  await store.update((snapshot) => {
    const held = snapshot.entries.get(spec.id);
    if (held?.state !== "applying") return [];
    entry = { ...held, state: "active", refs };
    return [draft(event, spec.id, { entry })];
  });
  return { status: "done", entry, ...(credential ? { credential } : {}) };
}

const isoSeconds = (at: Date) =>
  new Date(Math.floor(at.getTime() / 1000) * 1000).toISOString().replace(".000Z", "Z");

/** Records a request that was merged but is not granted (policy or approvals not met at merge). */
export async function recordRefused(
  store: LedgerStore,
  id: string,
  data: { requestPath: string; pr?: number; requester: string; reasons: { code: string; message: string }[] },
): Promise<void> {
  await store.update(() => [draft("refused", id, data)]);
}

export interface ExtensionInput {
  grantId: string;
  requestPath: string;
  pr?: number;
  /** The new expiry, from checkExtension. */
  to: string;
  approval: Approval;
  now: Date;
}

/** Moves a grant's expiry: recorded first, then the platform's own expiry follows (apply converges to the spec). */
export async function applyExtension(
  store: LedgerStore,
  provider: Provider,
  input: ExtensionInput,
): Promise<LifecycleOutcome> {
  let refusal: LifecycleOutcome | undefined;
  let extended: LedgerEntry | undefined;
  let rerun = false;
  await store.update((snapshot) => {
    const held = snapshot.entries.get(input.grantId);
    refusal = undefined;
    rerun = held?.extensions?.some((x) => x.requestPath === input.requestPath) === true;
    if (rerun) {
      extended = held; // recorded before: make sure the platform followed
      return [];
    }
    if (held?.state !== "active" || isPastExpiry(held, input.now)) {
      refusal = {
        status: "refused",
        code: "extends-not-held",
        message: `${input.grantId} is no longer active`,
      };
      return [];
    }
    if (input.to <= held.expiresAt) {
      refusal = {
        status: "refused",
        code: "extends-not-later",
        message: `${input.to} is not after ${held.expiresAt}`,
      };
      return [];
    }
    const extension = {
      requestPath: input.requestPath,
      pr: input.pr,
      from: held.expiresAt,
      to: input.to,
      approval: input.approval,
    };
    extended = { ...held, expiresAt: input.to };
    return [draft("extended", input.grantId, { extension, refs: held.refs })];
  });
  if (refusal) return refusal;
  if (!extended) return { status: "already" };
  try {
    crashPoint("before-platform-apply");
    await provider.apply(toSpec(extended));
    crashPoint("after-platform-apply");
  } catch (error) {
    return {
      status: "failed",
      code: "extend-apply-failed",
      message: `recorded, but the platform's expiry did not move: ${describe(error)}`,
    };
  }
  return rerun ? { status: "already" } : { status: "done", entry: extended };
}

export interface RevokeInput {
  grantId: string;
  /** Who asked (the revoke file's author). */
  by: string;
  approval: Approval;
  requestPath: string;
  pr?: number;
  reason: string;
  now: Date;
}

/** Ends a grant early. If the platform refuses, the grant is marked revoke-failing and the sweep keeps trying. */
export async function applyRevoke(
  store: LedgerStore,
  provider: Provider,
  input: RevokeInput,
): Promise<LifecycleOutcome> {
  const snapshot = await store.read();
  const held = snapshot.entries.get(input.grantId);
  if (!held) return { status: "already" };
  const data = {
    by: input.by,
    approval: input.approval,
    requestPath: input.requestPath,
    pr: input.pr,
    reason: input.reason,
  };
  try {
    crashPoint("before-platform-revoke");
    await provider.revoke(
      toSpec(held),
      othersActive(snapshot.entries.values(), held.id, held.grant.provider, input.now),
    );
    crashPoint("after-platform-revoke");
  } catch (error) {
    await store.update((fresh) =>
      fresh.entries.get(held.id)
        ? [
            draft("revoke-failing", held.id, {
              attempts: 1,
              error: describe(error),
              pendingEnd: { event: "revoked", data },
            }),
          ]
        : [],
    );
    return { status: "failed", code: "revoke-failing", message: describe(error) };
  }
  await store.update((fresh) =>
    fresh.entries.has(held.id) ? [draft("revoked", held.id, data, input.by)] : [],
  );
  return { status: "done" };
}
