import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  createGitHubClient
} from "./chunk-CDZXNDWR.js";
import {
  githubTeamGrant,
  membershipPath,
  planMembership,
  sameMembership
} from "./chunk-6HZA633I.js";
import {
  EXPIRY_ENFORCEMENT
} from "./chunk-EI2MP62G.js";
import {
  ProviderError
} from "./chunk-6DV6XXR4.js";
import "./chunk-2I45JTVB.js";

// src/providers/github-team/index.ts
var TOKEN_VARIABLES = ["GITJIT_GITHUB_TOKEN", "GITHUB_TOKEN"];
var createGithubTeamProvider = (context) => new GithubTeamProvider(context);
var github_team_default = createGithubTeamProvider;
var GithubTeamProvider = class {
  constructor(context) {
    this.context = context;
  }
  context;
  id = "github-team";
  expiry = EXPIRY_ENFORCEMENT["github-team"];
  client;
  plan(grant) {
    return planMembership(grant);
  }
  async apply(grant) {
    const team = githubTeamGrant(grant);
    if (Date.parse(grant.expiresAt) <= this.context.now().getTime())
      throw new ProviderError(
        `grant ${grant.id} ended at ${grant.expiresAt}; nothing was applied`,
        "grant-ended"
      );
    const role = team.role ?? "member";
    const current = await this.membership(grant);
    if (current && (current.role === role || current.role === "maintainer")) {
      this.context.log(
        `github-team: ${grant.principal} is already in ${team.org}/${team.team} (${grant.id})`
      );
      return { changed: false, refs: { org: team.org, team: team.team, login: grant.principal, role } };
    }
    await this.call(
      grant,
      () => this.github().request(`PUT ${membershipPath(team, grant.principal)}`, { role })
    );
    this.context.log(
      `github-team: added ${grant.principal} to ${team.org}/${team.team} as ${role} until ${grant.expiresAt} (${grant.id})`
    );
    return { changed: true, refs: { org: team.org, team: team.team, login: grant.principal, role } };
  }
  async revoke(grant, stillActive) {
    const team = githubTeamGrant(grant);
    const covering = stillActive.find((other) => other.id !== grant.id && sameMembership(grant, other));
    if (covering) {
      this.context.log(
        `github-team: ${grant.principal} stays in ${team.org}/${team.team}: grant ${covering.id} is still active`
      );
      return;
    }
    try {
      await this.call(grant, () => this.github().request(`DELETE ${membershipPath(team, grant.principal)}`));
    } catch (error) {
      if (error instanceof ProviderError && error.code === "github-team-not-found") return;
      throw error;
    }
    this.context.log(`github-team: removed ${grant.principal} from ${team.org}/${team.team} (${grant.id})`);
  }
  async listManaged(scopes) {
    const teams = /* @__PURE__ */ new Map();
    for (const scope of scopes) {
      if (scope.provider === "github-team" && scope.exclusive)
        teams.set(`${scope.org}/${scope.team}`.toLowerCase(), scope);
    }
    const found = [];
    for (const { org, team } of teams.values()) {
      const members = await this.github().paginate("GET /orgs/{org}/teams/{team_slug}/members", {
        org,
        team_slug: team,
        role: "all",
        per_page: 100
      });
      for (const member of members) {
        found.push({
          grantId: "",
          principal: member.login,
          location: `${org}/${team}`,
          ref: { org, team, login: member.login }
        });
      }
    }
    return found;
  }
  async membership(grant) {
    const team = githubTeamGrant(grant);
    try {
      const response = await this.call(
        grant,
        () => this.github().request(`GET ${membershipPath(team, grant.principal)}`)
      );
      return response.data;
    } catch (error) {
      if (error instanceof ProviderError && error.code === "github-team-not-found") return void 0;
      throw error;
    }
  }
  /** Runs one API call, turning GitHub's answers into errors that say what to fix. */
  async call(grant, request) {
    const team = githubTeamGrant(grant);
    try {
      return await request();
    } catch (error) {
      if (error instanceof ProviderError) throw error;
      const status = error.status;
      const where = `${team.org}/${team.team}`;
      if (status === 404)
        throw new ProviderError(
          `team ${where} or its membership for ${grant.principal} was not found`,
          "github-team-not-found"
        );
      if (status === 401 || status === 403)
        throw new ProviderError(
          `the token cannot manage team ${where}: it needs the organisation's "members: write" permission (set GITJIT_GITHUB_TOKEN to a GitHub App installation token)`,
          "github-team-forbidden"
        );
      if (status === 422)
        throw new ProviderError(
          `GitHub refused the membership of ${grant.principal} in ${where}: ${error.message}`,
          "github-team-refused"
        );
      throw new ProviderError(
        `GitHub did not answer for team ${where}: ${error.message}`,
        "github-unavailable",
        true
      );
    }
  }
  github() {
    if (this.client) return this.client;
    const name = TOKEN_VARIABLES.find((v) => this.context.env[v]);
    if (!name)
      throw new ProviderError(
        `no GitHub token: set ${TOKEN_VARIABLES.join(" or ")} to a token with the organisation's "members: write" permission`,
        "github-credentials-missing"
      );
    this.client = createGitHubClient({
      token: this.context.env[name],
      baseUrl: this.context.env.GITHUB_API_URL,
      warn: (message) => this.context.log(`github-team: ${message}`)
    });
    return this.client;
  }
};
export {
  TOKEN_VARIABLES,
  github_team_default as default
};
