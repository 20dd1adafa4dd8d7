/** The options every ledger command shares: which branch holds the ledger, and which remote it is published to. */

import { git, runGit } from "../adapters/git/git.js";
import { DEFAULT_LEDGER_BRANCH, GitLedgerStore } from "../adapters/git/ledger-store.js";
import { defaultBranchRef, type History, mainHistory } from "../adapters/git/main-history.js";
import { ConfigError } from "../adapters/repo-files.js";
import type { LedgerTrust } from "../core/ledger/guard.js";
import type { CliIO } from "./io.js";

export const LEDGER_OPTIONS = {
  ledger: { type: "string" },
  remote: { type: "string" },
} as const;

export const LEDGER_HELP = `  --ledger BRANCH   the branch holding the ledger and audit log
                    (default: $GITJIT_LEDGER_BRANCH, else ${DEFAULT_LEDGER_BRANCH})
  --remote NAME     the remote the ledger is published to, or "none" to keep it in this
                    repository only (default: $GITJIT_LEDGER_REMOTE, else origin if it exists)`;

export interface LedgerLocation {
  repo: string;
  branch: string;
  remote?: string;
}

export async function ledgerLocation(
  values: { ledger?: string; remote?: string },
  io: CliIO,
): Promise<LedgerLocation> {
  const inside = await runGit(io.cwd, ["rev-parse", "--git-dir"]);
  if (inside.code !== 0) throw new ConfigError(`${io.cwd} is not in a git repository`);
  const repo = (await git(io.cwd, ["rev-parse", "--show-toplevel"]).catch(() => io.cwd)).trim() || io.cwd;
  const branch = values.ledger ?? io.env.GITJIT_LEDGER_BRANCH ?? DEFAULT_LEDGER_BRANCH;
  const asked = values.remote ?? io.env.GITJIT_LEDGER_REMOTE;
  if (asked === "none") return { repo, branch };
  const remotes = (await git(repo, ["remote"])).split("\n").filter(Boolean);
  if (asked !== undefined) {
    if (!remotes.includes(asked)) throw new ConfigError(`--remote ${asked}: no such remote in ${repo}`);
    return { repo, branch, remote: asked };
  }
  return remotes.includes("origin") ? { repo, branch, remote: "origin" } : { repo, branch };
}

export function openStore(location: LedgerLocation, now: () => Date, trust?: LedgerTrust): GitLedgerStore {
  return new GitLedgerStore({ ...location, now, ...(trust ? { trust } : {}) });
}

export const MAIN_HELP = `  --main REF        the default branch, whose first-parent history holds the request and
                    revoke files that caused the ledger's records (default: origin/HEAD,
                    else HEAD; not checked when neither exists)`;

/** The default branch's history as the ledger's causes: `--main REF`, else origin/HEAD, else HEAD. */
export async function causesAt(
  repo: string,
  asked: string | undefined,
): Promise<(paths?: ReadonlySet<string> | (() => ReadonlySet<string>)) => Promise<History>> {
  const ref = asked ?? (await defaultBranchRef(repo));
  return async (paths) => {
    if (ref === undefined)
      return { unavailable: "no default branch here (no origin/HEAD, no HEAD commit; --main REF)" };
    const history = await mainHistory(repo, ref, typeof paths === "function" ? paths() : paths);
    if ("unavailable" in history && asked !== undefined)
      throw new ConfigError(`--main ${asked}: ${history.unavailable}`);
    return history;
  };
}
