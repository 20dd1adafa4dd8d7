/**
 * How a writer verifies and signs the ledger: the policy's ledger keys (ledger.keys, governance)
 * and, for apply and sweep, the private half of the current one from GITJIT_LEDGER_SIGNING_KEY (a
 * secret of the protected `jit` environment). Shared by the CLI and the action.
 */
import type { RepoFiles } from "../adapters/repo-files.js";
import type { LedgerTrust } from "../core/ledger/guard.js";
import { type LedgerKey, ledgerKeys, signerFor } from "../core/ledger/keys.js";
import { loadPolicy } from "./validate.js";

export const SIGNING_KEY_ENV = "GITJIT_LEDGER_SIGNING_KEY";

/** The policy's ledger keys; none when there is no policy here. `warning` says why they may be incomplete. */
export async function policyLedgerKeys(
  files: RepoFiles,
  policyDir: string,
): Promise<{ keys: LedgerKey[]; warning?: string }> {
  const dir = policyDir.replace(/\/+$/, "");
  if ((await files.list(dir)).length === 0) return { keys: [] };
  const compiled = await loadPolicy(files, dir);
  const keys = ledgerKeys(compiled.policy.ledgerKeys);
  if (compiled.errors.length > 0 && keys.length === 0)
    return {
      keys,
      warning: `the policy in ${dir}/ has errors, and no ledger keys could be read from it: a signed ledger will not verify`,
    };
  return { keys };
}

export interface TrustSetup {
  trust: LedgerTrust;
  /** What a person should know: the ledger is not signed, a key is set but not used. */
  warnings: string[];
}

export async function ledgerTrust(
  files: RepoFiles,
  policyDir: string,
  env: Readonly<Record<string, string | undefined>>,
  trustedNow?: () => Date,
): Promise<TrustSetup> {
  const { keys, warning } = await policyLedgerKeys(files, policyDir);
  const warnings = warning ? [warning] : [];
  const trust: LedgerTrust = { keys, ...(trustedNow ? { trustedNow } : {}) };
  const secret = env[SIGNING_KEY_ENV];
  if (secret) {
    const signer = signerFor(secret, keys);
    if (signer.ok) trust.signer = signer.value;
    else trust.signerProblem = `${SIGNING_KEY_ENV}: ${signer.reason}`;
    if (keys.length === 0)
      warnings.push(
        `${SIGNING_KEY_ENV} is set, but the policy lists no ledger keys (ledger.keys): the ledger is written unsigned`,
      );
  } else if (keys.length === 0)
    warnings.push(
      "the ledger is not signed: the policy lists no ledger keys (ledger.keys), so anyone who can push to the ledger branch can add records that verify",
    );
  return { trust, warnings };
}
