/**
 * The GitHub team provider: temporary membership of a team, for SaaS access that follows GitHub
 * groups (secrets managers, observability, ticketing). The sweep ends it; see ./plan.ts.
 */
import { createGitHubClient, type GitHubClient } from "../../adapters/github/client.js";
import { EXPIRY_ENFORCEMENT, type GrantSpec } from "../../core/grant.js";
import type { ApplyResult, ManagedGrant, Provider } from "../provider.js";
import { ProviderError } from "../provider.js";
import type { ProviderContext, ProviderFactory } from "../registry.js";
import { githubTeamGrant, membershipPath, planMembership, sameMembership } from "./plan.js";

/** The token needs the organisation's "members: write" permission; Actions' own token does not have it. */
export const TOKEN_VARIABLES = ["GITJIT_GITHUB_TOKEN", "GITHUB_TOKEN"] as const;

const createGithubTeamProvider: ProviderFactory = (context) => new GithubTeamProvider(context);
export default createGithubTeamProvider;

class GithubTeamProvider implements Provider {
  readonly id = "github-team" as const;
  readonly expiry = EXPIRY_ENFORCEMENT["github-team"];
  private client?: GitHubClient;

  constructor(private readonly context: ProviderContext) {}

  plan(grant: GrantSpec) {
    return planMembership(grant);
  }

  async apply(grant: GrantSpec): Promise<ApplyResult> {
    const team = githubTeamGrant(grant);
    if (Date.parse(grant.expiresAt) <= this.context.now().getTime())
      throw new ProviderError(
        `grant ${grant.id} ended at ${grant.expiresAt}; nothing was applied`,
        "grant-ended",
      );
    const role = team.role ?? "member";
    const current = await this.membership(grant);
    if (current && (current.role === role || current.role === "maintainer")) {
      this.context.log(
        `github-team: ${grant.principal} is already in ${team.org}/${team.team} (${grant.id})`,
      );
      return { changed: false, refs: { org: team.org, team: team.team, login: grant.principal, role } };
    }
    // PUT is idempotent on GitHub's side: a re-run sets the same role again.
    await this.call(grant, () =>
      this.github().request(`PUT ${membershipPath(team, grant.principal)}`, { role }),
    );
    this.context.log(
      `github-team: added ${grant.principal} to ${team.org}/${team.team} as ${role} until ${grant.expiresAt} (${grant.id})`,
    );
    return { changed: true, refs: { org: team.org, team: team.team, login: grant.principal, role } };
  }

  async revoke(grant: GrantSpec, stillActive: readonly GrantSpec[]): Promise<void> {
    const team = githubTeamGrant(grant);
    const covering = stillActive.find((other) => other.id !== grant.id && sameMembership(grant, other));
    if (covering) {
      this.context.log(
        `github-team: ${grant.principal} stays in ${team.org}/${team.team}: grant ${covering.id} is still active`,
      );
      return;
    }
    try {
      await this.call(grant, () => this.github().request(`DELETE ${membershipPath(team, grant.principal)}`));
    } catch (error) {
      if (error instanceof ProviderError && error.code === "github-team-not-found") return; // already gone
      throw error;
    }
    this.context.log(`github-team: removed ${grant.principal} from ${team.org}/${team.team} (${grant.id})`);
  }

  async listManaged(scopes: readonly GrantSpec["grant"][]): Promise<ManagedGrant[]> {
    const teams = new Map<string, { org: string; team: string }>();
    for (const scope of scopes) {
      if (scope.provider === "github-team" && scope.exclusive)
        teams.set(`${scope.org}/${scope.team}`.toLowerCase(), scope);
    }
    const found: ManagedGrant[] = [];
    for (const { org, team } of teams.values()) {
      const members = await this.github().paginate("GET /orgs/{org}/teams/{team_slug}/members", {
        org,
        team_slug: team,
        role: "all",
        per_page: 100,
      });
      for (const member of members) {
        // No grant id can be stored on GitHub: the grant is known by its membership alone.
        found.push({
          grantId: "",
          principal: member.login,
          location: `${org}/${team}`,
          ref: { org, team, login: member.login },
        });
      }
    }
    return found;
  }

  private async membership(grant: GrantSpec): Promise<{ role: string; state: string } | undefined> {
    const team = githubTeamGrant(grant);
    try {
      const response = await this.call(grant, () =>
        this.github().request(`GET ${membershipPath(team, grant.principal)}`),
      );
      return response.data as { role: string; state: string };
    } catch (error) {
      if (error instanceof ProviderError && error.code === "github-team-not-found") return undefined;
      throw error;
    }
  }

  /** Runs one API call, turning GitHub's answers into errors that say what to fix. */
  private async call<T>(grant: GrantSpec, request: () => Promise<T>): Promise<T> {
    const team = githubTeamGrant(grant);
    try {
      return await request();
    } catch (error) {
      if (error instanceof ProviderError) throw error;
      const status = (error as { status?: number }).status;
      const where = `${team.org}/${team.team}`;
      if (status === 404)
        throw new ProviderError(
          `team ${where} or its membership for ${grant.principal} was not found`,
          "github-team-not-found",
        );
      if (status === 401 || status === 403)
        throw new ProviderError(
          `the token cannot manage team ${where}: it needs the organisation's "members: write" permission (set GITJIT_GITHUB_TOKEN to a GitHub App installation token)`,
          "github-team-forbidden",
        );
      if (status === 422)
        throw new ProviderError(
          `GitHub refused the membership of ${grant.principal} in ${where}: ${(error as Error).message}`,
          "github-team-refused",
        );
      throw new ProviderError(
        `GitHub did not answer for team ${where}: ${(error as Error).message}`,
        "github-unavailable",
        true,
      );
    }
  }

  private github(): GitHubClient {
    if (this.client) return this.client;
    const name = TOKEN_VARIABLES.find((v) => this.context.env[v]);
    if (!name)
      throw new ProviderError(
        `no GitHub token: set ${TOKEN_VARIABLES.join(" or ")} to a token with the organisation's "members: write" permission`,
        "github-credentials-missing",
      );
    this.client = createGitHubClient({
      token: this.context.env[name] as string,
      baseUrl: this.context.env.GITHUB_API_URL,
      warn: (message) => this.context.log(`github-team: ${message}`),
    });
    return this.client;
  }
}
