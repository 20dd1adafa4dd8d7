/**
 * What the sweep measurement sweeps: many held grants, a few of them past expiry, recorded in a
 * real ledger (the real GitLedgerStore, one commit) and present on the platform's test server as
 * apply would have left them.
 */
import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { join } from "node:path";
import { GitLedgerStore } from "../src/adapters/git/ledger-store.js";
import { expiryEnforcement, grantId } from "../src/core/grant.js";
import type { LedgerTrust } from "../src/core/ledger/guard.js";
import { ledgerKeys, signerFor } from "../src/core/ledger/keys.js";
import type { EventDraft, LedgerEntry } from "../src/core/ledger/records.js";
import type { Grant } from "../src/core/model/schema.js";
import { type InlineGrant, inlinePolicyDocument, inlinePolicyName } from "../src/providers/aws/plan.js";
import { ACCOUNT, type AwsTestServer } from "../test/support/aws-server.js";
import type { GitHubState } from "../test/support/github/state.js";

export const LEDGER_BRANCH = "gitjit-ledger";

export interface SweepSize {
  /** Grants held and not yet expired. */
  active: number;
  /** Grants past their expiry, due for removal. */
  expired: number;
  /** Profiles the grants are spread over: distinct scopes (AWS statements, GitHub teams). */
  profiles: number;
}

export type Platform = "aws-iam" | "github-team";

const HOUR = 3600_000;

/** The grants, every (active / expired)-th one past its expiry. */
export function heldGrants(platform: Platform, size: SweepSize, now: Date): LedgerEntry[] {
  const total = size.active + size.expired;
  const every = Math.floor(total / size.expired);
  return Array.from({ length: total }, (_, i) => {
    const expired = i % every === every - 1 && Math.floor(i / every) < size.expired;
    const profile = `profile-${i % size.profiles}`;
    const login = `user-${i}`;
    const grant: Grant =
      platform === "aws-iam"
        ? {
            provider: "aws-iam",
            account: ACCOUNT,
            statements: [
              { actions: ["s3:GetObject"], resources: [`arn:aws:s3:::bucket-${i % size.profiles}/*`] },
            ],
          }
        : { provider: "github-team", org: "acme", team: `team-${i % size.profiles}`, exclusive: true };
    const requestPath = `requests/${profile}/${login}-r${i}.yaml`;
    return {
      id: grantId(requestPath, 10_000 + i),
      requestPath,
      pr: 10_000 + i,
      requester: login,
      principal: platform === "aws-iam" ? `arn:aws:iam::${ACCOUNT}:user/${login}` : login,
      profile,
      grant,
      startsAt: new Date(now.getTime() - 3 * HOUR).toISOString(),
      // Active ones expire well after the warning lead time, so the sweep only removes.
      expiresAt: new Date(now.getTime() + (expired ? -0.25 : 4) * HOUR).toISOString(),
      justification: `Synthetic grant ${i} for the sweep benchmark`,
      state: "active",
      expiry: expiryEnforcement(grant),
      approval: { mode: "reviewed", approvers: [{ login: "lead-1", reviewId: 500_000 + i }] },
      refs: {},
    };
  });
}

/** Puts each grant on the AWS test server as apply does: an inline policy named for the grant. */
export function plantAws(server: AwsTestServer, entries: readonly LedgerEntry[]) {
  for (const entry of entries) {
    const name = entry.principal.split("/").pop() as string;
    const user = server.principals.get(`user/${name}`) ?? server.addPrincipal("user", name);
    user.inline.set(inlinePolicyName(entry), JSON.stringify(inlinePolicyDocument(entry as InlineGrant)));
  }
}

/** Puts each grant on the GitHub test server: its principal is a member of the team. */
export function plantTeams(state: GitHubState, entries: readonly LedgerEntry[]) {
  const teams = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.grant.provider !== "github-team") continue;
    const key = `@${entry.grant.org}/${entry.grant.team}`;
    teams.set(key, [...(teams.get(key) ?? []), entry.principal]);
  }
  for (const [team, members] of teams) state.addTeam(team, members);
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();

/**
 * A bare repository holding the ledger (as GitHub would) and a clone the sweep runs in. The
 * grants are recorded through the real store in one commit; returns that commit, to go back to.
 */
export async function seedLedger(
  dir: string,
  entries: readonly LedgerEntry[],
  at: Date,
  /** Signs the seed commit, as apply's signing key would have. */
  trust?: LedgerTrust,
): Promise<{ clone: string; remote: string; seed: string }> {
  const remote = join(dir, "ledger.git");
  const clone = join(dir, "runner");
  execFileSync("git", ["init", "--quiet", "--bare", remote]);
  execFileSync("git", ["init", "--quiet", clone]);
  git(clone, "remote", "add", "origin", remote);
  const store = new GitLedgerStore({
    repo: clone,
    branch: LEDGER_BRANCH,
    remote: "origin",
    now: () => at,
    ...(trust ? { trust } : {}),
  });
  const drafts = entries.map(
    (entry): EventDraft => ({ event: "granted", grant: entry.id, actor: "gitjit-apply", data: { entry } }),
  );
  await store.update(() => drafts);
  return { clone, remote, seed: git(remote, "rev-parse", `refs/heads/${LEDGER_BRANCH}`) };
}

/** Moves the ledger back to the seeded commit, undoing what a sweep recorded. */
export function resetLedger(remote: string, seed: string) {
  git(remote, "update-ref", `refs/heads/${LEDGER_BRANCH}`, seed);
}

/**
 * A ledger signing key made for one benchmark run, as a repository that uses gitjit would have it:
 * the policy part listing its public half (policies/ledger-keys.yaml), the private half apply and
 * sweep sign with (GITJIT_LEDGER_SIGNING_KEY), and the store's trust for seeding.
 */
export function benchSigningKey(from: Date): { policyFile: string; privateKey: string; trust: LedgerTrust } {
  const pair = generateKeyPairSync("ed25519");
  const publicKey = pair.publicKey.export({ format: "der", type: "spki" }).toString("base64");
  const privateKey = pair.privateKey.export({ format: "pem", type: "pkcs8" }).toString();
  const keys = ledgerKeys([{ id: "bench", publicKey, from: from.toISOString() }]);
  const signer = signerFor(privateKey, keys);
  if (!signer.ok) throw new Error(signer.reason);
  return {
    policyFile: `version: 1\nledger:\n  keys:\n    - id: bench\n      publicKey: ${publicKey}\n      from: ${from.toISOString()}\n`,
    privateKey,
    trust: { keys, signer: signer.value },
  };
}
