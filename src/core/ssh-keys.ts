/**
 * A person's public SSH keys, as GitHub lists them (`GET /users/{username}/keys`: one
 * "<type> <base64>" line per key), read for what age can encrypt to: ssh-ed25519 and ssh-rsa.
 * Pure: parsing and fingerprints only (the encryption itself is age's, see adapters/age.ts).
 */
import { createHash } from "node:crypto";

/** The SSH key types age encrypts to (its ssh-ed25519 and ssh-rsa recipient types). */
export const AGE_SSH_TYPES = ["ssh-ed25519", "ssh-rsa"] as const;
export type AgeSshType = (typeof AGE_SSH_TYPES)[number];

export interface SshPublicKey {
  type: string;
  /** "<type> <base64>", without any comment: what age takes as a recipient. */
  recipient: string;
  /** SHA256:…, as `ssh-keygen -l` prints it. */
  fingerprint: string;
}

/**
 * Every well-formed key of the list, in its order, once each; a line that does not parse (or
 * whose blob names another type than its line) is left out. `ageCanUse` says which age takes.
 */
export function parseSshKeys(lines: readonly string[]): SshPublicKey[] {
  const seen = new Set<string>();
  const keys: SshPublicKey[] = [];
  for (const line of lines) {
    const [type, data] = line.trim().split(/\s+/);
    if (!type || !data || !/^[A-Za-z0-9+/]+={0,2}$/.test(data)) continue;
    const blob = Buffer.from(data, "base64");
    if (blobType(blob) !== type) continue;
    const recipient = `${type} ${data}`;
    if (seen.has(recipient)) continue;
    seen.add(recipient);
    keys.push({ type, recipient, fingerprint: fingerprint(blob) });
  }
  return keys;
}

export const ageCanUse = (key: SshPublicKey): boolean =>
  (AGE_SSH_TYPES as readonly string[]).includes(key.type);

/** The key type a public key blob starts with (SSH wire format: a length-prefixed string). */
function blobType(blob: Buffer): string | undefined {
  if (blob.length < 4) return undefined;
  const length = blob.readUInt32BE(0);
  if (length === 0 || length > 64 || 4 + length > blob.length) return undefined;
  return blob.subarray(4, 4 + length).toString("latin1");
}

function fingerprint(blob: Buffer): string {
  return `SHA256:${createHash("sha256").update(blob).digest("base64").replace(/=+$/, "")}`;
}
