/**
 * TEST FIXTURES ONLY. Ledger signing keys made fresh by each test run (nothing private is stored
 * anywhere), the policy part that lists them, and forgeries: records someone with push access to
 * the ledger branch appends — validly chained, with active files that agree with them — signed
 * with another key or not at all.
 */
import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { LedgerTrust } from "../../src/core/ledger/guard.js";
import { type LedgerKey, ledgerKeys, type Signer, signerFor } from "../../src/core/ledger/keys.js";
import type { EventDraft, LedgerEntry } from "../../src/core/ledger/records.js";
import { fileHash } from "../../src/core/ledger/seal.js";
import { type LedgerSnapshot, planCommit } from "../../src/core/ledger/store.js";
import { gitSync } from "./git-fixtures.js";

export interface TestKey {
  id: string;
  /** base64 of the DER (SPKI) public key, as the policy holds it. */
  publicKey: string;
  /** PEM (PKCS#8): what GITJIT_LEDGER_SIGNING_KEY holds. Made by this run; never written to the repository. */
  privateKey: string;
  from: string;
  until?: string;
}

export function testKey(id = "ledger-test", from = "2026-01-01T00:00:00Z", until?: string): TestKey {
  const pair = generateKeyPairSync("ed25519");
  return {
    id,
    publicKey: pair.publicKey.export({ format: "der", type: "spki" }).toString("base64"),
    privateKey: pair.privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
    from,
    ...(until ? { until } : {}),
  };
}

/** The policy part that lists `keys` as the ledger's keys (policies/ledger-keys.yaml). */
export function keysFile(...keys: readonly TestKey[]): string {
  return [
    "version: 1",
    "ledger:",
    "  keys:",
    ...keys.flatMap((k) => [
      `    - id: ${k.id}`,
      `      publicKey: ${k.publicKey}`,
      `      from: ${k.from}`,
      ...(k.until ? [`      until: ${k.until}`] : []),
    ]),
    "",
  ].join("\n");
}

export const policyKeys = (...keys: readonly TestKey[]): LedgerKey[] => ledgerKeys(keys);

export function signerOf(key: TestKey, listed: readonly TestKey[] = [key]): Signer {
  const signer = signerFor(key.privateKey, policyKeys(...listed));
  if (!signer.ok) throw new Error(signer.reason);
  return signer.value;
}

/** Verifies with `listed` and signs with `signWith` (default: the first listed key). */
export function trustOf(
  listed: readonly TestKey[],
  signWith: TestKey | null = listed[0] ?? null,
): LedgerTrust {
  return {
    keys: policyKeys(...listed),
    ...(signWith ? { signer: signerOf(signWith, listed) } : {}),
  };
}

/**
 * Someone with push access to the ledger's remote appends `drafts` to the branch as one ordinary
 * commit and pushes it without force: the records chained to the tip, the active files folded from
 * them (or changed by `edit`), signed by `signer` when given, dated `at`.
 */
export function forge(
  remote: string,
  options: {
    drafts?: readonly EventDraft[];
    at: string;
    signer?: Signer;
    /** Changes the active files after the records are planned: a grant edited by hand. */
    edit?: (entries: Map<string, LedgerEntry>) => void;
    branch?: string;
  },
): string {
  const branch = options.branch ?? "gitjit-ledger";
  const dir = mkdtempSync(join(tmpdir(), "gitjit-forger-"));
  try {
    gitSync(dir, ["clone", "--quiet", "--branch", branch, remote, "w"]);
    const work = join(dir, "w");
    gitSync(work, ["config", "user.name", "Mallory"]);
    gitSync(work, ["config", "user.email", "mallory@example.com"]);
    const snapshot = snapshotOf(work);
    const head = gitSync(work, ["rev-parse", "HEAD"]).trim();
    if (options.drafts && options.drafts.length > 0) {
      const plan = planCommit(snapshot, options.drafts, new Date(options.at), {
        ...(options.signer ? { seal: { signer: options.signer, base: head } } : {}),
      });
      for (const change of plan.changes) {
        const file = join(work, change.path);
        if (change.content === undefined) rmSync(file);
        else {
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, change.content);
        }
      }
    }
    if (options.edit) {
      const entries = new Map(snapshotOf(work).entries);
      options.edit(entries);
      for (const [id, entry] of entries)
        writeFileSync(join(work, "ledger/active", `${id}.json`), `${JSON.stringify(entry, null, 2)}\n`);
    }
    gitSync(work, ["add", "-A"]);
    gitSync(work, ["commit", "--quiet", "--allow-empty", "-m", "ledger: fix"]);
    gitSync(work, ["push", "--quiet", "origin", branch]);
    return gitSync(work, ["rev-parse", "HEAD"]).trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The ledger as a work tree of its branch holds it. */
function snapshotOf(work: string): LedgerSnapshot {
  const files = gitSync(work, ["ls-files", "-z"]).split("\0").filter(Boolean);
  const entries = new Map<string, LedgerEntry>();
  const activeHashes = new Map<string, string>();
  for (const path of files.filter((f) => f.startsWith("ledger/active/"))) {
    const text = readFileSync(join(work, path), "utf8");
    const entry = JSON.parse(text) as LedgerEntry;
    entries.set(entry.id, entry);
    activeHashes.set(path, fileHash(text));
  }
  const audit = files.filter((f) => /^audit\/\d{4}\/\d{2}\.jsonl$/.test(f)).sort();
  const last = audit.at(-1);
  if (!last) return { entries, activeHashes };
  const text = readFileSync(join(work, last), "utf8");
  const line = text.trimEnd().split("\n").at(-1) as string;
  const record = JSON.parse(line) as { seq: number; hash: string; at: string };
  return {
    entries,
    activeHashes,
    tip: { seq: record.seq, hash: record.hash, at: record.at },
    lastAuditFile: { path: last, text },
  };
}
