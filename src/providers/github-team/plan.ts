/**
 * What the GitHub team provider sends: one membership call. Pure and free of Octokit, so planning
 * (and validating) never loads it.
 *
 * GitHub has nowhere to tag a membership with a grant id, so the sweep ends memberships by the
 * ledger. Reconcile can find strays only in a team marked `exclusive` (everyone in it is there
 * through gitjit): there, a member with no active grant is removed.
 */
import type { GrantSpec } from "../../core/grant.js";
import type { Grant } from "../../core/model/schema.js";
import { type Operation, ProviderError } from "../provider.js";

export type GithubTeamGrant = Extract<Grant, { provider: "github-team" }>;

export function githubTeamGrant(grant: GrantSpec): GithubTeamGrant {
  if (grant.grant.provider !== "github-team")
    throw new ProviderError(
      `grant ${grant.id} is for ${grant.grant.provider}, not github-team`,
      "wrong-provider",
    );
  return grant.grant;
}

export const membershipPath = (team: GithubTeamGrant, login: string) =>
  `/orgs/${encodeURIComponent(team.org)}/teams/${encodeURIComponent(team.team)}/memberships/${encodeURIComponent(login)}`;

export function planMembership(grant: GrantSpec): Operation[] {
  const team = githubTeamGrant(grant);
  return [{ api: `PUT ${membershipPath(team, grant.principal)}`, body: { role: team.role ?? "member" } }];
}

/** The same membership as another grant gives: same organisation, team and login (GitHub ignores case). */
export function sameMembership(a: GrantSpec, b: GrantSpec): boolean {
  if (a.grant.provider !== "github-team" || b.grant.provider !== "github-team") return false;
  const key = (g: GrantSpec & { grant: GithubTeamGrant }) =>
    `${g.grant.org}/${g.grant.team}/${g.principal}`.toLowerCase();
  return (
    key(a as GrantSpec & { grant: GithubTeamGrant }) === key(b as GrantSpec & { grant: GithubTeamGrant })
  );
}
