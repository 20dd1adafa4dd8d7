/**
 * How a credential a grant issues (a temporary database login's password) reaches its requester
 * alone: encrypted with age to the public SSH keys their GitHub account lists, before anything is
 * written on the platform. A requester with no key age can use is refused, so no login is ever
 * made whose password nobody can read.
 */
import type { Age } from "../adapters/age.js";
import type { GrantSpec } from "../core/grant.js";
import { ageCanUse, parseSshKeys, type SshPublicKey } from "../core/ssh-keys.js";
import type { Seal } from "../providers/provider.js";

/** What a grant that issues a credential needs before it is applied: a seal, or the reason there is none. */
export type CredentialDelivery = (
  spec: GrantSpec,
) => Promise<{ seal: Seal } | { refused: { code: string; message: string } }>;

export const NO_SSH_KEY = "requester-no-ssh-key";

export interface SshKeyDeliveryDeps {
  /** The public SSH keys of a GitHub account, every page ("<type> <base64>" each). */
  keys(login: string): Promise<readonly string[]>;
  age: Age;
}

/** Seals for the requester's SSH keys on GitHub (ssh-ed25519, and ssh-rsa of 2048 bits or more). */
export function sshKeyDelivery(deps: SshKeyDeliveryDeps): CredentialDelivery {
  return async (spec) => {
    const listed = parseSshKeys(await deps.keys(spec.requester));
    const usable: SshPublicKey[] = [];
    for (const key of listed.filter(ageCanUse)) if (await deps.age.accepts(key.recipient)) usable.push(key);
    if (usable.length === 0)
      return {
        refused: {
          code: NO_SSH_KEY,
          message:
            `${spec.requester} has no public SSH key on GitHub that the temporary login's password can be encrypted to ` +
            `(${listed.length === 0 ? "none is listed" : `${listed.length} listed, none ssh-ed25519 or ssh-rsa of 2048 bits or more`}); ` +
            "nothing was written on the database. Add one at https://github.com/settings/keys and open a new pull request.",
        },
      };
    const seal: Seal = async (credential) => ({
      username: credential.username,
      expiresAt: credential.expiresAt,
      armored: await deps.age.encrypt(
        usable.map((k) => k.recipient),
        `${credential.secret}\n`,
      ),
      recipients: usable.map((k) => ({ type: k.type, fingerprint: k.fingerprint })),
    });
    return { seal };
  };
}
