import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  ProviderError
} from "./chunk-6DV6XXR4.js";

// src/providers/github-team/plan.ts
function githubTeamGrant(grant) {
  if (grant.grant.provider !== "github-team")
    throw new ProviderError(
      `grant ${grant.id} is for ${grant.grant.provider}, not github-team`,
      "wrong-provider"
    );
  return grant.grant;
}
var membershipPath = (team, login) => `/orgs/${encodeURIComponent(team.org)}/teams/${encodeURIComponent(team.team)}/memberships/${encodeURIComponent(login)}`;
function planMembership(grant) {
  const team = githubTeamGrant(grant);
  return [{ api: `PUT ${membershipPath(team, grant.principal)}`, body: { role: team.role ?? "member" } }];
}
function sameMembership(a, b) {
  if (a.grant.provider !== "github-team" || b.grant.provider !== "github-team") return false;
  const key = (g) => `${g.grant.org}/${g.grant.team}/${g.principal}`.toLowerCase();
  return key(a) === key(b);
}

export {
  githubTeamGrant,
  membershipPath,
  planMembership,
  sameMembership
};
