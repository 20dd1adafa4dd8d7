/**
 * Which grants the ledger holds, asked one grant at a time (what judging a revoke or an extension
 * needs), or listed (what the impact of a policy change on active grants needs). Read from the
 * ledger branch's files (through the forge's contents API in a pull request job, which has no
 * ledger checkout and a read-only token; from a local branch offline), or from the ledger store
 * itself at merge time.
 */
import type { RepoFiles } from "../adapters/repo-files.js";
import { pool } from "../core/async.js";
import { GRANT_ID_PATTERN } from "../core/grant.js";
import { ACTIVE_DIR, activePath, type LedgerEntry } from "../core/ledger/records.js";
import { isActivePath, LedgerError, type LedgerStore } from "../core/ledger/store.js";

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

export interface HeldListing {
  /** The entries read, in the order of their ids. */
  entries: LedgerEntry[];
  /** Entries the ledger holds beyond `max`, not read. */
  unread: number;
}

/**
 * Every grant the ledger's files hold (ledger/active/<id>.json), at most `max` of them read, a few
 * at a time: through the forge each entry is one request.
 */
export async function listHeldGrants(
  files: RepoFiles,
  options: { max: number; concurrency?: number },
): Promise<HeldListing> {
  const ids = (await files.list(ACTIVE_DIR)).flatMap((path) => {
    const id = path.slice(ACTIVE_DIR.length + 1, -".json".length);
    return isActivePath(path) && GRANT_ID_PATTERN.test(id) ? [id] : [];
  });
  const chosen = ids.slice(0, Math.max(0, options.max));
  const read = heldGrantsIn(files);
  const entries = await pool(chosen, options.concurrency ?? 8, (id) => read(id));
  return {
    entries: entries.filter((e): e is LedgerEntry => e !== undefined),
    unread: ids.length - chosen.length,
  };
}

/** Entries as the store holds them at each question (an earlier change of the same run included). */
export function heldGrantsOf(store: LedgerStore): HeldGrants {
  return async (id) => (await store.read()).entries.get(id);
}

/** No ledger to ask (offline, no ledger branch here): nothing can be known to be held. */
export const UNKNOWN_LEDGER: HeldGrants = async () => undefined;
