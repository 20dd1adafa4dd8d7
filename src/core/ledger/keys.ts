/**
 * The keys that may sign the ledger. Their public halves, each with the period it is valid for,
 * live in the policy (`ledger.keys`, under governance: only the admins change them); the private
 * half of the current one is a secret of the protected `jit` environment, which only apply and
 * sweep on the default branch receive. Ed25519, through node:crypto.
 *
 * Rotation: add the new key with `from`, give the old one an `until`, and never remove or rename a
 * key that signed something: records stay verifiable for as long as the policy lists their key.
 */
import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign } from "node:crypto";

/** A ledger key as the policy writes it. */
export interface LedgerKeyPolicy {
  id: string;
  /** Ed25519 public key: PEM (SPKI), or the base64 of its DER. */
  publicKey: string;
  /** From when it may sign (inclusive), RFC 3339. */
  from: string;
  /** Until when it may sign (exclusive); absent: no end yet. */
  until?: string;
}

export interface LedgerKey {
  id: string;
  publicKey: KeyObject;
  /** base64 of the DER (SPKI) form: the same key written in PEM or base64 compares equal. */
  spki: string;
  from: number;
  until?: number;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function der(text: string): Buffer | undefined {
  const compact = text.replace(/\s+/g, "");
  return BASE64.test(compact) ? Buffer.from(compact, "base64") : undefined;
}

export function parsePublicKey(text: string): Parsed<{ key: KeyObject; spki: string }> {
  let key: KeyObject;
  try {
    if (text.trim().startsWith("-----BEGIN")) key = createPublicKey({ key: text.trim(), format: "pem" });
    else {
      const bytes = der(text);
      if (!bytes) return { ok: false, reason: "neither PEM nor base64" };
      key = createPublicKey({ key: bytes, format: "der", type: "spki" });
    }
  } catch (error) {
    return { ok: false, reason: `not a public key (${(error as Error).message})` };
  }
  if (key.asymmetricKeyType !== "ed25519")
    return { ok: false, reason: `a ${key.asymmetricKeyType ?? "unknown"} key; ledger keys are Ed25519` };
  return { ok: true, value: { key, spki: spkiOf(key) } };
}

const spkiOf = (key: KeyObject) => key.export({ format: "der", type: "spki" }).toString("base64");

/** A short fingerprint of a public key, for messages: the first 16 hex digits of its SPKI's SHA-256. */
export const fingerprint = (key: LedgerKey) =>
  createHash("sha256").update(Buffer.from(key.spki, "base64")).digest("hex").slice(0, 16);

/** The policy's keys, ready to verify with; a key that does not parse is left out (the policy reports it). */
export function ledgerKeys(policy: readonly LedgerKeyPolicy[]): LedgerKey[] {
  const keys: LedgerKey[] = [];
  for (const k of policy) {
    const parsed = parsePublicKey(k.publicKey);
    const from = Date.parse(k.from);
    const until = k.until === undefined ? undefined : Date.parse(k.until);
    if (!parsed.ok || Number.isNaN(from) || (until !== undefined && Number.isNaN(until))) continue;
    keys.push({
      id: k.id,
      publicKey: parsed.value.key,
      spki: parsed.value.spki,
      from,
      ...(until === undefined ? {} : { until }),
    });
  }
  return keys;
}

export const keyValidAt = (key: LedgerKey, at: string | number) => {
  const t = typeof at === "number" ? at : Date.parse(at);
  return key.from <= t && (key.until === undefined || t < key.until);
};

export const describePeriod = (key: LedgerKey) =>
  `from ${new Date(key.from).toISOString()}${key.until === undefined ? "" : ` until ${new Date(key.until).toISOString()}`}`;

/** What signs a ledger commit: one of the policy's keys, with its private half kept inside. */
export interface Signer {
  /** The policy's entries for this key's public half (one, unless the policy lists it for several periods). */
  keys: readonly LedgerKey[];
  /** An Ed25519 signature over `message`, base64. */
  sign(message: Uint8Array): string;
}

/** The entry a signer signs as at `at`, if its key is valid then. */
export const signingKeyAt = (signer: Signer, at: string | number) =>
  signer.keys.find((k) => keyValidAt(k, at));

/**
 * The signer for a private key (PEM, or the base64 of its PKCS#8 DER), which must be the private
 * half of one of the policy's keys.
 */
export function signerFor(privateKey: string, keys: readonly LedgerKey[]): Parsed<Signer> {
  let key: KeyObject;
  try {
    if (privateKey.trim().startsWith("-----BEGIN"))
      key = createPrivateKey({ key: privateKey.trim(), format: "pem" });
    else {
      const bytes = der(privateKey);
      if (!bytes) return { ok: false, reason: "the signing key is neither PEM nor base64" };
      key = createPrivateKey({ key: bytes, format: "der", type: "pkcs8" });
    }
  } catch (error) {
    return { ok: false, reason: `the signing key is not a private key (${(error as Error).message})` };
  }
  if (key.asymmetricKeyType !== "ed25519")
    return {
      ok: false,
      reason: `the signing key is a ${key.asymmetricKeyType ?? "unknown"} key, not Ed25519`,
    };
  const spki = spkiOf(createPublicKey(key));
  const match = keys.filter((k) => k.spki === spki);
  if (match.length === 0)
    return {
      ok: false,
      reason: "the signing key's public half is not one of the policy's ledger keys (ledger.keys)",
    };
  return { ok: true, value: { keys: match, sign: (message) => sign(null, message, key).toString("base64") } };
}
