/** Team memberships as GitHub's REST API serves them: read, add or change role, remove. */
import { type Handler, invalid, notFound, ok, type Reply } from "./routes.js";
import type { GitHubState } from "./state.js";

const seg = "([^/]+)";
const MEMBERSHIP = new RegExp(`^/orgs/${seg}/teams/${seg}/memberships/${seg}$`);

export function teamMembershipRoutes(state: GitHubState): [string, RegExp, Handler][] {
  const locate = (params: string[]) => {
    const team = state.teams.get(`${params[0]}/${params[1]}`.toLowerCase());
    const user = state.users.get((params[2] as string).toLowerCase());
    return { team, user };
  };
  const membership = (api: string, org: string, slug: string, login: string, role: string): Reply =>
    ok({
      url: `${api}/orgs/${org}/teams/${slug}/memberships/${login}`,
      role,
      state: "active",
    });

  return [
    [
      "GET",
      MEMBERSHIP,
      (ctx) => {
        const { team, user } = locate(ctx.params);
        if (!team || !user || !team.members.includes(user.id)) return notFound();
        const role = team.maintainers.has(user.id) ? "maintainer" : "member";
        return membership(ctx.api, team.org.login, team.slug, user.login, role);
      },
    ],
    [
      "PUT",
      MEMBERSHIP,
      (ctx) => {
        const { team } = locate(ctx.params);
        if (!team) return notFound();
        const role = ((ctx.body ?? {}) as { role?: string }).role ?? "member";
        if (role !== "member" && role !== "maintainer") return invalid("role is not included in the list");
        const user = state.user(ctx.params[2] as string);
        if (!team.members.includes(user.id)) team.members.push(user.id);
        if (role === "maintainer") team.maintainers.add(user.id);
        else team.maintainers.delete(user.id);
        return membership(ctx.api, team.org.login, team.slug, user.login, role);
      },
    ],
    [
      "DELETE",
      MEMBERSHIP,
      (ctx) => {
        const { team, user } = locate(ctx.params);
        if (!team || !user || !team.members.includes(user.id)) return notFound();
        team.members.splice(team.members.indexOf(user.id), 1);
        team.maintainers.delete(user.id);
        return { status: 204, body: undefined };
      },
    ],
  ];
}
