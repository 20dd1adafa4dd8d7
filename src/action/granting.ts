/**
 * Merge mode's writes: an approved request is applied through its provider and recorded in the
 * ledger (crash-safe and idempotent: a re-run of the same merge applies nothing twice), and a
 * refused one is recorded as refused, once.
 */
import { ledgerLocation, openStore } from "../cli/ledger-options.js";
import { applyGrant, recordRefused } from "../commands/lifecycle.js";
import { expiryEnforcement, grantId } from "../core/grant.js";
import { readChain } from "../core/ledger/chain.js";
import type { Approval } from "../core/ledger/records.js";
import type { LedgerStore } from "../core/ledger/store.js";
import { grantSpecFor } from "../core/plan/grant-spec.js";
import { loadProvider } from "../providers/registry.js";
import type { Granting } from "./push.js";

export interface LedgerGrantingOptions {
  workspace: string;
  env: Readonly<Record<string, string | undefined>>;
  branch: string;
  now: () => Date;
  log: (message: string) => void;
}

export async function openLedger(
  options: LedgerGrantingOptions,
): Promise<LedgerStore & { location: string }> {
  const location = await ledgerLocation(
    { ledger: options.branch },
    { cwd: options.workspace, env: options.env, stdout: options.log, stderr: options.log },
  );
  return openStore(location, options.now);
}

export async function ledgerGranting(options: LedgerGrantingOptions): Promise<Granting> {
  const store = await openLedger(options);
  const { env, now, log } = options;
  return {
    async grant(verdict) {
      const spec = grantSpecFor(verdict.path, verdict.summary, verdict.pull.number);
      const provider = await loadProvider(spec.grant.provider, { env, now, log });
      const approval: Approval = verdict.auto
        ? { mode: "auto", approvers: [] }
        : { mode: "reviewed", approvers: verdict.approvedBy.map((login) => ({ login })) };
      const outcome = await applyGrant(store, provider, { spec, approval, now: now() });
      switch (outcome.status) {
        case "done":
          return {
            status: "granted",
            path: verdict.path,
            grantId: spec.id,
            principal: spec.principal,
            expiresAt: spec.expiresAt,
            expiry: expiryEnforcement(spec.grant),
          };
        case "already":
          return { status: "already", path: verdict.path, grantId: spec.id };
        case "refused":
          return {
            status: "refused",
            path: verdict.path,
            reasons: [{ code: outcome.code, message: outcome.message }],
          };
        case "failed":
          return { status: "failed", path: verdict.path, code: outcome.code, message: outcome.message };
      }
    },

    async refuse(verdict) {
      const id = grantId(verdict.path, verdict.pull?.number);
      await store.read();
      const { records } = readChain((await store.contents()).auditFiles);
      // A re-run of the same merge records the refusal once.
      if (records.some((r) => r.record.grant === id && r.record.event === "refused")) return;
      await recordRefused(store, id, {
        requestPath: verdict.path,
        ...(verdict.pull ? { pr: verdict.pull.number } : {}),
        requester: verdict.pull?.author ?? "unknown",
        reasons: verdict.reasons,
      });
    },
  };
}
