/**
 * Which grants the ledger holds, asked one grant at a time: what judging a revoke or an extension
 * needs. Read from the ledger branch's files (through the forge's contents API in a pull request
 * job, which has no ledger checkout and a read-only token; from a local branch offline), or from
 * the ledger store itself at merge time.
 */
import type { RepoFiles } from "../adapters/repo-files.js";
import { GRANT_ID_PATTERN } from "../core/grant.js";
import { activePath, type LedgerEntry } from "../core/ledger/records.js";
import { LedgerError, type LedgerStore } from "../core/ledger/store.js";

/** The grant as the ledger holds it, or undefined when it holds no such grant. */
export type HeldGrants = (id: string) => Promise<LedgerEntry | undefined>;

const MAX_ENTRY_BYTES = 1_000_000;

/** Entries read from the ledger branch's files, ledger/active/<id>.json; each read once. */
export function heldGrantsIn(files: RepoFiles): HeldGrants {
  const cache = new Map<string, Promise<LedgerEntry | undefined>>();
  const readEntry = async (id: string): Promise<LedgerEntry | undefined> => {
    if (!GRANT_ID_PATTERN.test(id)) return undefined;
    const read = await files.read(activePath(id), MAX_ENTRY_BYTES);
    if (read.kind === "missing") return undefined;
    if (read.kind !== "file")
      throw new LedgerError(`${activePath(id)} in the ledger is not a readable file`, "ledger-corrupt");
    let entry: unknown;
    try {
      entry = JSON.parse(new TextDecoder().decode(read.bytes));
    } catch {
      throw new LedgerError(
        `${activePath(id)} in the ledger is not JSON; run gitjit audit verify`,
        "ledger-corrupt",
      );
    }
    if (typeof entry !== "object" || entry === null || (entry as { id?: unknown }).id !== id)
      throw new LedgerError(`${activePath(id)} in the ledger is not the entry of ${id}`, "ledger-corrupt");
    return entry as LedgerEntry;
  };
  return (id) => {
    let known = cache.get(id);
    if (!known) {
      known = readEntry(id);
      cache.set(id, known);
    }
    return known;
  };
}

/** Entries as the store holds them at each question (an earlier change of the same run included). */
export function heldGrantsOf(store: LedgerStore): HeldGrants {
  return async (id) => (await store.read()).entries.get(id);
}

/** No ledger to ask (offline, no ledger branch here): nothing can be known to be held. */
export const UNKNOWN_LEDGER: HeldGrants = async () => undefined;
