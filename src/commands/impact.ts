/**
 * The impact of a policy change between two commits: both policies loaded, the teams whose members
 * decide a per-person answer looked up where the caller can, and the ledger's held grants read
 * when the change could touch them. The comparing itself is core/policy/impact.ts.
 */
import { ConfigError, type RepoFiles } from "../adapters/repo-files.js";
import type { FileDiagnostic } from "../core/diagnostics.js";
import { heldGrantsMatter, type PolicyImpact, policyImpact, teamsToResolve } from "../core/policy/impact.js";
import { listHeldGrants } from "./held-grants.js";
import { loadPolicy } from "./validate.js";

/** Held grants read at most, by default: through the forge each is one request. */
export const MAX_HELD_READ = 200;

export interface ImpactSources {
  base: RepoFiles;
  head: RepoFiles;
  policyDir: string;
  /** A team's members ("@org/team"), or undefined when they cannot be read here. */
  teamMembers?: (team: string) => Promise<readonly string[] | undefined>;
  /** The ledger branch's files; without them, active grants are not looked at. */
  ledger?: RepoFiles;
  maxHeld?: number;
}

export type ImpactResult =
  | { ok: true; impact: PolicyImpact }
  | { ok: false; side: "base" | "head"; errors: FileDiagnostic[] };

export async function impactBetween(sources: ImpactSources): Promise<ImpactResult> {
  const load = async (files: RepoFiles) => {
    try {
      return await loadPolicy(files, sources.policyDir);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      const missing = { file: sources.policyDir, code: "policy-missing", message: error.message };
      return { policy: undefined, errors: [{ ...missing, line: 1, column: 1 }] };
    }
  };
  const [base, head] = await Promise.all([load(sources.base), load(sources.head)]);
  if (base.errors.length > 0 || !base.policy) return { ok: false, side: "base", errors: base.errors };
  if (head.errors.length > 0 || !head.policy) return { ok: false, side: "head", errors: head.errors };

  const teams = teamsToResolve(base.policy, head.policy);
  const lookup = sources.teamMembers;
  const members = lookup ? await Promise.all(teams.map((t) => lookup(t))) : [];
  const teamMembers = new Map<string, readonly string[]>();
  teams.forEach((team, i) => {
    const found = members[i];
    if (found) teamMembers.set(team, found);
  });
  const options = { policyDir: sources.policyDir, teamMembers };
  const first = policyImpact(base.policy, head.policy, options);
  if (!sources.ledger || !heldGrantsMatter(first)) return { ok: true, impact: first };
  const held = await listHeldGrants(sources.ledger, { max: sources.maxHeld ?? MAX_HELD_READ });
  return { ok: true, impact: policyImpact(base.policy, head.policy, { ...options, held }) };
}
