/**
 * Signed commits. A signing writer records version 2 records; the last record of each commit it
 * makes carries a seal — the commit it was built on and a digest of ledger/active/ after it, and
 * the run's trusted time — and an Ed25519 signature over that record's hash. The hash covers the
 * seal and, through `prev`, every record before it, so one signature per commit vouches for the
 * whole log up to it and for the active files it leaves.
 *
 * A signature is checked against the policy's ledger keys: the key it names must be valid at the
 * record's time. Nothing here reads or writes anything.
 */
import { createHash, verify } from "node:crypto";
import { canonicalJson } from "./canonical.js";
import {
  describePeriod,
  fingerprint,
  keyValidAt,
  type LedgerKey,
  type Signer,
  signingKeyAt,
} from "./keys.js";
import { type AuditRecord, recordHash, type Seal } from "./records.js";

/** What is signed: a fixed prefix (so a signature means nothing elsewhere) and the record's hash. */
export const signedMessage = (hash: string) => Buffer.from(`gitjit ledger seal v1\n${hash}`, "utf8");

/** sha256, hex, of a file's bytes (an active file as stored). */
export function fileHash(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/**
 * The digest of ledger/active/: sha256 over "path NUL sha256(bytes) LF" for each file, by path.
 * `hashes` maps each active file's path to fileHash of its bytes.
 */
export function stateDigest(hashes: ReadonlyMap<string, string>): string {
  const digest = createHash("sha256");
  for (const path of [...hashes.keys()].sort()) digest.update(`${path}\0${hashes.get(path)}\n`);
  return digest.digest("hex");
}

export class SealError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** The record with its seal, hashed again, and signed. */
export function sealRecord(record: AuditRecord, seal: Seal, signer: Signer): AuditRecord {
  const key = signingKeyAt(signer, record.at);
  if (!key)
    throw new SealError(
      `the signing key is not valid at ${record.at} (${signer.keys.map(describePeriod).join("; ")}): rotate to a key the policy lists as valid now`,
      "ledger-key-not-valid",
    );
  const { hash: _hash, sig: _sig, ...rest } = record;
  const sealed = { ...rest, v: 2 as const, seal: JSON.parse(canonicalJson(seal)) as Seal };
  const hash = recordHash(sealed);
  return { ...sealed, hash, sig: { key: key.id, value: signer.sign(signedMessage(hash)) } };
}

export interface SignatureProblem {
  code: "unknown-key" | "key-not-valid" | "bad-signature";
  message: string;
}

/** Whether a sealed record's signature is good: a key of the policy, valid at the record's time, signed its hash. */
export function signatureProblem(
  record: AuditRecord,
  keys: readonly LedgerKey[],
): SignatureProblem | undefined {
  const sig = record.sig;
  if (!sig) return { code: "bad-signature", message: "sealed but not signed" };
  const named = keys.filter((k) => k.id === sig.key);
  if (named.length === 0)
    return {
      code: "unknown-key",
      message: `signed with key "${sig.key}", which the policy's ledger keys do not list`,
    };
  let bytes: Buffer;
  try {
    bytes = Buffer.from(sig.value, "base64");
  } catch {
    return { code: "bad-signature", message: "its signature is not base64" };
  }
  const good = named.filter((k) => verify(null, signedMessage(record.hash), k.publicKey, bytes));
  if (good.length === 0)
    return {
      code: "bad-signature",
      message: `its signature is not key "${sig.key}"'s (${named.map(fingerprint).join(", ")}): it was not made by the ledger's writer`,
    };
  if (!good.some((k) => keyValidAt(k, record.at)))
    return {
      code: "key-not-valid",
      message: `signed with key "${sig.key}", which is not valid at ${record.at} (${good.map(describePeriod).join("; ")})`,
    };
  return undefined;
}
