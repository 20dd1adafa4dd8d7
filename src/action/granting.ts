/**
 * Merge mode's writes: an approved request is applied through its provider and recorded in the
 * ledger (an extension moves its grant's expiry instead), an approved revoke ends its grant, and
 * a refused one is recorded as refused, once. Crash-safe and idempotent: a re-run of the same
 * merge applies nothing twice.
 */
import type { CredentialDelivery } from "../commands/credentials.js";
import { governanceVerdicts, recordGovernance } from "../commands/governance.js";
import { heldGrantsOf } from "../commands/held-grants.js";
import {
  APPLY_ACTOR,
  applyExtension,
  applyGrant,
  applyRevoke,
  type LifecycleOutcome,
  recordRefused,
} from "../commands/lifecycle.js";
import { type ExpiryEnforcement, expiryEnforcement, grantId } from "../core/grant.js";
import { readChain } from "../core/ledger/chain.js";
import { REVOKE_FILE } from "../core/ledger/lifecycle.js";
import type { Approval, AuditRecord, Extension, LedgerEntry } from "../core/ledger/records.js";
import type { LedgerStore } from "../core/ledger/store.js";
import type { ProviderId } from "../core/model/schema.js";
import { grantSpecFor } from "../core/plan/grant-spec.js";
import type { ApplyOutcome } from "../core/render/apply-comment.js";
import { loadProvider } from "../providers/registry.js";
import { type ActionLedgerOptions, openActionLedger } from "./ledger.js";
import type { Granting } from "./push.js";
import type { Settlement, SettlementState } from "./settle.js";

export interface LedgerGrantingOptions extends ActionLedgerOptions {
  /** Verify the ledger when it is opened, before anything is judged (apply acts on nothing that fails). */
  verifyNow?: boolean;
  /** How a credential a grant issues (a temporary login's password) reaches its requester alone. */
  delivery?: CredentialDelivery;
}

export async function openLedger(
  options: LedgerGrantingOptions,
): Promise<LedgerStore & { location: string }> {
  const store = await openActionLedger(options);
  if (options.verifyNow) {
    await store.read();
    store.assertWritable();
  }
  return store;
}

export async function ledgerGranting(
  options: LedgerGrantingOptions,
  /** A store the caller already opened (the sweep's), else one is opened. */
  opened?: LedgerStore,
): Promise<Granting> {
  const store = opened ?? (await openLedger(options));
  const { env, now, log } = options;
  const provider = (id: ProviderId) => loadProvider(id, { env, now, log });
  const records = async () => {
    await store.read();
    return readChain((await store.contents({ anchors: false })).auditFiles).records.map((r) => r.record);
  };
  return {
    held: heldGrantsOf(store),

    settlement: async () => settlementOf(await records()),

    async lapse(verdict, reason) {
      const id = verdict.status === "revoke" ? verdict.grantId : grantId(verdict.path, verdict.pull.number);
      if ((await records()).some((r) => r.event === "lapsed" && r.data.requestPath === verdict.path)) return;
      await store.update(() => [
        {
          event: "lapsed",
          grant: id,
          actor: APPLY_ACTOR,
          data: {
            requestPath: verdict.path,
            pr: verdict.pull.number,
            requester: verdict.pull.author,
            reason,
          },
        },
      ]);
    },

    async earlier(added) {
      for (const r of await records()) {
        const pr = typeof r.data.pr === "number" ? { pr: r.data.pr } : {};
        // A refusal is final: nothing that happens on the pull request afterwards grants it.
        if (r.event === "refused" && r.data.requestPath === added.path)
          return {
            outcome: {
              status: "refused",
              path: added.path,
              reasons: [
                ...recordedReasons(r.data.reasons),
                {
                  code: "refused-before",
                  message: `refused at ${r.at} (ledger record ${r.seq}); a refusal is final: open a new pull request`,
                },
              ],
            },
            ...pr,
          };
        if (r.event === "revoked" && r.data.requestPath === added.path)
          return {
            outcome: { status: "already", path: added.path, grantId: r.grant, done: "revoked" },
            ...pr,
          };
        const extension = r.event === "extended" ? (r.data.extension as Extension | undefined) : undefined;
        if (extension?.requestPath === added.path) {
          const pull = extension.pr !== undefined ? { pr: extension.pr } : {};
          const held = (await store.read()).entries.get(r.grant);
          if (!held)
            return {
              outcome: { status: "already", path: added.path, grantId: r.grant, done: "extended" },
              ...pull,
            };
          // Recorded before: make sure the platform's expiry followed (an earlier run may have stopped between).
          const outcome = await applyExtension(store, await provider(held.grant.provider), {
            grantId: r.grant,
            requestPath: added.path,
            ...pull,
            to: extension.to,
            approval: extension.approval,
            now: now(),
          });
          return { outcome: settled(outcome, added.path, r.grant, "extended"), ...pull };
        }
      }
      return undefined;
    },

    async revoke(verdict) {
      const held = (await store.read()).entries.get(verdict.grantId);
      if (!held) return { status: "already", path: verdict.path, grantId: verdict.grantId, done: "revoked" };
      const approval: Approval = verdict.self
        ? { mode: "self", approvers: [] }
        : { mode: "reviewed", approvers: verdict.approvedBy.map((login) => ({ login })) };
      const outcome = await applyRevoke(store, await provider(held.grant.provider), {
        grantId: verdict.grantId,
        by: verdict.by,
        approval,
        requestPath: verdict.path,
        pr: verdict.pull.number,
        reason: verdict.reason,
        now: now(),
      });
      return settled(outcome, verdict.path, verdict.grantId, "revoked");
    },

    async grant(verdict) {
      const approval: Approval = verdict.auto
        ? { mode: "auto", approvers: [] }
        : { mode: "reviewed", approvers: verdict.approvedBy.map((login) => ({ login })) };
      if (verdict.extension) {
        const { grantId: id, to } = verdict.extension;
        const held = (await store.read()).entries.get(id);
        const outcome = await applyExtension(store, await provider(verdict.summary.provider), {
          grantId: id,
          requestPath: verdict.path,
          pr: verdict.pull.number,
          to,
          approval,
          now: now(),
        });
        const result = settled(outcome, verdict.path, id, "extended", {
          to,
          expiry: expiryEnforcement(verdict.summary.grant),
        });
        // A temporary login keeps its password: say where the requester got it.
        if (result.status === "extended" && held?.refs.mode === "temporary-login" && held.refs.role)
          result.login = { username: held.refs.role, ...(held.pr !== undefined ? { pr: held.pr } : {}) };
        return result;
      }
      // Judged as of its merge; access starts now at the earliest (a late run starts it late, and
      // it still ends when the approved window ends).
      const startsAt = new Date(
        Math.max(Date.parse(verdict.summary.startsAt), now().getTime()),
      ).toISOString();
      const spec = grantSpecFor(verdict.path, { ...verdict.summary, startsAt }, verdict.pull.number);
      const outcome = await applyGrant(store, await provider(spec.grant.provider), {
        spec,
        approval,
        now: now(),
        ...(options.delivery ? { delivery: options.delivery } : {}),
      });
      switch (outcome.status) {
        case "done":
          return {
            status: "granted",
            path: verdict.path,
            grantId: spec.id,
            principal: spec.principal,
            expiresAt: spec.expiresAt,
            expiry: expiryEnforcement(spec.grant),
            ...(outcome.credential ? { credential: outcome.credential } : {}),
          };
        case "already":
          return { status: "already", path: verdict.path, grantId: spec.id };
        case "scheduled":
          return {
            status: "scheduled",
            path: verdict.path,
            grantId: spec.id,
            principal: spec.principal,
            startsAt: spec.startsAt,
            expiresAt: spec.expiresAt,
          };
        case "refused": {
          // Final, like every refusal: nothing was written on the platform.
          const reasons = [{ code: outcome.code, message: outcome.message }];
          await recordRefused(store, spec.id, {
            requestPath: verdict.path,
            pr: verdict.pull.number,
            requester: verdict.pull.author,
            reasons,
          });
          return { status: "refused", path: verdict.path, reasons };
        }
        case "failed":
          return { status: "failed", path: verdict.path, code: outcome.code, message: outcome.message };
      }
    },

    governanceVerdicts: () => governanceVerdicts(store),
    recordGovernance: (fresh) => recordGovernance(store, fresh, APPLY_ACTOR),

    async refuse(verdict) {
      // A refused revoke is recorded against the grant it names.
      const id = REVOKE_FILE.exec(verdict.path)?.[1] ?? grantId(verdict.path, verdict.pull?.number);
      // A re-run of the same merge records the refusal once.
      if (
        (await records()).some(
          (r) => r.grant === id && r.event === "refused" && r.data.requestPath === verdict.path,
        )
      )
        return;
      await recordRefused(store, id, {
        requestPath: verdict.path,
        ...(verdict.pull ? { pr: verdict.pull.number } : {}),
        requester: verdict.pull?.author ?? "unknown",
        reasons: verdict.reasons,
      });
    },
  };
}

/**
 * What the log says of each request and revoke file: settled (granted, extended, revoked, refused,
 * lapsed), or failing (its platform write failed, and nothing has landed since).
 */
export function settlementOf(log: readonly AuditRecord[]): Settlement {
  const out = new Map<string, SettlementState>();
  const pathOf = new Map<string, string>();
  // Scheduled is settled for now, but its write at the start may still fail and be retried.
  const final = new Set<string>();
  const settle = (path: string, isFinal = true) => {
    out.set(path, { state: "settled" });
    if (isFinal) final.add(path);
  };
  for (const r of log) {
    const entry = r.data.entry as LedgerEntry | undefined;
    switch (r.event) {
      case "apply-started":
        if (entry) {
          pathOf.set(r.grant, entry.requestPath);
          // A scheduled grant's write has begun at its start: unsettled again until it lands, so
          // the next apply or sweep finishes a start that was cut short (killed, cancelled).
          if (out.get(entry.requestPath)?.state === "settled" && !final.has(entry.requestPath))
            out.delete(entry.requestPath);
        }
        break;
      case "scheduled":
        if (entry) {
          pathOf.set(r.grant, entry.requestPath);
          settle(entry.requestPath, false);
        }
        break;
      case "granted":
      case "break-glass":
        if (entry) settle(entry.requestPath);
        break;
      case "apply-failed": {
        const path = pathOf.get(r.grant);
        if (!path || final.has(path)) break;
        const before = out.get(path);
        const error = r.data.error as { message?: unknown } | undefined;
        out.set(path, {
          state: "failing",
          attempts: (before?.state === "failing" ? before.attempts : 0) + 1,
          at: r.at,
          message: String(error?.message ?? "the platform refused"),
        });
        break;
      }
      case "refused":
      case "lapsed":
      case "revoked":
        if (typeof r.data.requestPath === "string") settle(r.data.requestPath);
        break;
      case "extended": {
        const extension = r.data.extension as Extension | undefined;
        if (extension?.requestPath) settle(extension.requestPath);
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/** The reasons a refusal record holds, as far as they are well-formed. */
function recordedReasons(reasons: unknown): { code: string; message: string }[] {
  if (!Array.isArray(reasons)) return [];
  return reasons.flatMap((r) =>
    typeof r?.code === "string" && typeof r?.message === "string"
      ? [{ code: r.code, message: r.message }]
      : [],
  );
}

/** A revoke's or an extension's outcome, as apply reports it. */
function settled(
  outcome: LifecycleOutcome,
  path: string,
  id: string,
  done: "extended" | "revoked",
  extended?: { to: string; expiry: ExpiryEnforcement },
): ApplyOutcome {
  switch (outcome.status) {
    case "done":
      if (done === "revoked") return { status: "revoked", path, grantId: id };
      return {
        status: "extended",
        path,
        grantId: id,
        expiresAt: outcome.entry?.expiresAt ?? extended?.to ?? "",
        expiry: outcome.entry?.expiry ?? extended?.expiry ?? "sweep",
      };
    case "already":
    case "scheduled":
      return { status: "already", path, grantId: id, done };
    case "refused":
      return { status: "refused", path, reasons: [{ code: outcome.code, message: outcome.message }] };
    case "failed":
      return { status: "failed", path, code: outcome.code, message: outcome.message };
  }
}
