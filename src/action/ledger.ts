/**
 * The ledger as apply and sweep open it: on the checkout's origin, or in a repository of its own
 * (`ledger-repository`); pushed with the ledger writer's own token (`ledger-token`: a GitHub App's,
 * minted in the protected `jit` environment) rather than the checkout's; verified with the policy's
 * ledger keys and signed with GITJIT_LEDGER_SIGNING_KEY; its records dated within the run's
 * trusted time.
 */
import * as core from "@actions/core";
import { git, runGit } from "../adapters/git/git.js";
import { GitLedgerStore } from "../adapters/git/ledger-store.js";
import { workTreeFiles } from "../adapters/repo-files.js";
import { ledgerLocation } from "../cli/ledger-options.js";
import { ledgerTrust, SIGNING_KEY_ENV } from "../commands/ledger-trust.js";
import { DEFAULT_POLICY_DIR } from "../core/layout.js";
import { LedgerError } from "../core/ledger/store.js";
import { clockProblem } from "../core/ledger/time.js";

export interface ActionLedgerOptions {
  workspace: string;
  env: Readonly<Record<string, string | undefined>>;
  branch: string;
  now: () => Date;
  log: (message: string) => void;
  /** A warning for the run's annotations (the ledger is unsigned, a key is set but unused). */
  warn?: (message: string) => void;
  /** owner/name of a repository of its own that holds the ledger; absent: the checkout's origin. */
  repository?: string;
  /** The token the ledger is fetched and pushed with; absent: the checkout's credentials. */
  token?: string;
  /** The policy folder, whose ledger.keys the ledger is verified with. */
  policyDir?: string;
  /** GitHub's time, as this run knows it. */
  trustedNow?: () => Date;
}

/** The remote a ledger kept in a repository of its own is fetched from and pushed to. */
export const LEDGER_REMOTE = "gitjit-ledger";

export async function openActionLedger(options: ActionLedgerOptions): Promise<GitLedgerStore> {
  const { workspace, env, branch } = options;
  const io = { cwd: workspace, env, stdout: options.log, stderr: options.log };
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  let location = await ledgerLocation({ ledger: branch }, io);
  if (options.repository) {
    const url = `${server}/${options.repository}.git`;
    const current = await runGit(location.repo, ["remote", "get-url", LEDGER_REMOTE]);
    if (current.code !== 0) await git(location.repo, ["remote", "add", LEDGER_REMOTE, url]);
    else if (current.stdout.toString("utf8").trim() !== url)
      await git(location.repo, ["remote", "set-url", LEDGER_REMOTE, url]);
    location = { ...location, remote: LEDGER_REMOTE };
  }
  const secret = env[SIGNING_KEY_ENV];
  if (secret) {
    // The runner masks a value line by line best: a PEM's lines too, not only the whole.
    core.setSecret(secret);
    for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 16) core.setSecret(line.trim());
  }
  const { trust, warnings } = await ledgerTrust(
    workTreeFiles(workspace),
    options.policyDir ?? DEFAULT_POLICY_DIR,
    env,
    options.trustedNow,
  );
  for (const warning of warnings) (options.warn ?? options.log)(warning);
  // A runner whose clock is far from GitHub's acts on nothing: it would judge expiry by it, too.
  if (options.trustedNow) {
    const off = clockProblem(options.now(), options.trustedNow());
    if (off) throw new LedgerError(off.message, off.code);
  }
  return new GitLedgerStore({
    ...location,
    now: options.now,
    trust,
    ...(options.token && location.remote !== undefined
      ? {
          remoteEnv: tokenEnv(
            (await git(location.repo, ["remote", "get-url", location.remote])).trim(),
            options.token,
          ),
        }
      : {}),
  });
}

/**
 * git's configuration, as GIT_CONFIG_* environment entries, that sends `token` to the remote at
 * `url` and nothing else: the header actions/checkout may have left for that server is cleared first
 * (an empty value resets http.extraHeader), so the ledger is written as the ledger's writer only.
 */
export function tokenEnv(url: string, token: string): Record<string, string> {
  const origin = /^(https?:\/\/[^/]+)\//.exec(url)?.[1] ?? url;
  const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  core.setSecret(token);
  core.setSecret(basic);
  const key = `http.${origin}/.extraheader`;
  return {
    GIT_CONFIG_COUNT: "2",
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: "",
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
  };
}
