/** The GitHub test server's endpoints: each reads or changes the in-memory state and answers as GitHub does. */

import { conversationRoutes } from "./conversation-routes.js";
import * as json from "./objects.js";
import type { GitHubState, Repo, TokenIdentity } from "./state.js";
import { teamMembershipRoutes } from "./team-routes.js";

export type Reply = { status: number; body: unknown; headers?: Record<string, string> };
export type Handler = (ctx: Ctx) => Reply;
export interface Ctx {
  params: string[];
  query: URLSearchParams;
  body: unknown;
  accept: string;
  api: string;
  /** Path and query of this request, for pagination links. */
  self: URL;
  /** Who the request's token acts as. */
  identity: TokenIdentity;
}

export const DOCS = "https://docs.github.com/rest";
export const notFound = (): Reply => ({
  status: 404,
  body: { message: "Not Found", documentation_url: DOCS, status: "404" },
});
export const invalid = (message: string): Reply => ({
  status: 422,
  body: {
    message: "Validation Failed",
    errors: [{ message, code: "invalid" }],
    documentation_url: DOCS,
    status: "422",
  },
});

export function buildRoutes(state: GitHubState): [string, RegExp, Handler][] {
  const seg = "([^/]+)";
  const repoOf = (ctx: Ctx) => state.repo(ctx.params[0] as string, ctx.params[1] as string);
  const withRepo =
    (handler: (repo: Repo, ctx: Ctx) => Reply): Handler =>
    (ctx) => {
      const repo = repoOf(ctx);
      return repo ? handler(repo, ctx) : notFound();
    };
  const withPull = (handler: (repo: Repo, pull: ReturnType<Repo["pull"]>, ctx: Ctx) => Reply) =>
    withRepo((repo, ctx) => {
      const number = Number(ctx.params[2]);
      return repo.pulls.has(number) ? handler(repo, repo.pull(number), ctx) : notFound();
    });
  const R = `^/repos/${seg}/${seg}`;

  return [
    ["GET", /^\/rate_limit$/, () => ok(json.rateLimit())],
    ...teamMembershipRoutes(state),
    ...conversationRoutes(state),
    [
      "GET",
      new RegExp(`${R}/pulls/(\\d+)$`),
      withPull((repo, pull, ctx) => ok(json.pullRequest(ctx.api, repo, pull))),
    ],
    [
      "GET",
      new RegExp(`${R}/pulls/(\\d+)/files$`),
      withPull((repo, pull, ctx) =>
        // GitHub lists at most 3000 files of a pull request.
        page(
          ctx,
          pull
            .files()
            .slice(0, 3000)
            .map((f) => json.diffEntry(ctx.api, repo, pull.headSha, f)),
        ),
      ),
    ],
    [
      "GET",
      new RegExp(`${R}/pulls/(\\d+)/reviews$`),
      withPull((repo, pull, ctx) =>
        page(
          ctx,
          pull.record.reviews.map((r) => json.review(ctx.api, repo, pull.number, r)),
        ),
      ),
    ],
    [
      "GET",
      new RegExp(`^/orgs/${seg}/teams/${seg}/members$`),
      (ctx) => {
        const team = state.teams.get(`${ctx.params[0]}/${ctx.params[1]}`.toLowerCase());
        if (!team) return notFound();
        return page(
          ctx,
          team.members.map((id) => json.simpleUser(ctx.api, state.userById(id))),
        );
      },
    ],
    [
      "GET",
      new RegExp(`^/users/${seg}/keys$`),
      (ctx) => {
        // Anyone may read a user's verified public keys; an unknown login is not found.
        const user = state.users.get((ctx.params[0] as string).toLowerCase());
        if (user?.type !== "User") return notFound();
        return page(ctx, (state.sshKeys.get(user.id) ?? []).map(json.keySimple));
      },
    ],
    [
      "GET",
      new RegExp(`${R}/collaborators/${seg}/permission$`),
      withRepo((repo, ctx) => {
        const user = state.users.get((ctx.params[2] as string).toLowerCase());
        if (!user) return notFound();
        return ok(json.collaboratorPermission(ctx.api, user, repo.permissionOf(user)));
      }),
    ],
    ["GET", new RegExp(`${R}/contents/?(.*)$`), withRepo(contents)],
    [
      "POST",
      new RegExp(`${R}/statuses/([0-9a-f]{40})$`),
      withRepo((repo, ctx) => {
        const body = (ctx.body ?? {}) as Record<string, unknown>;
        const sha = ctx.params[2] as string;
        if (!repo.commits.has(sha)) return invalid(`No commit found for SHA: ${sha}`);
        if (!["error", "failure", "pending", "success"].includes(body.state as string))
          return invalid("state is not included in the list");
        if (typeof body.description === "string" && body.description.length > 140)
          return invalid("description is too long (maximum is 140 characters)");
        const record = {
          id: state.nextId(),
          sha,
          state: body.state as string,
          description: (body.description as string | undefined) ?? null,
          context: (body.context as string | undefined) ?? "default",
          targetUrl: (body.target_url as string | undefined) ?? null,
          creator: state.user("github-actions[bot]"),
          createdAt: state.tick(),
        };
        repo.statuses.push(record);
        return { status: 201, body: json.status(ctx.api, repo, record) };
      }),
    ],
    [
      "GET",
      new RegExp(`${R}/commits/${seg}/statuses$`),
      withRepo((repo, ctx) =>
        page(
          ctx,
          repo.statuses
            .filter((s) => s.sha === ctx.params[2])
            .reverse()
            .map((s) => json.status(ctx.api, repo, s)),
        ),
      ),
    ],
    [
      "POST",
      new RegExp(`${R}/check-runs$`),
      withRepo((repo, ctx) => {
        const body = (ctx.body ?? {}) as Record<string, unknown>;
        const output = (body.output ?? {}) as Record<string, string>;
        if (typeof body.name !== "string" || typeof body.head_sha !== "string")
          return invalid("name and head_sha");
        const conclusion = (body.conclusion as string | undefined) ?? null;
        const record = {
          id: state.nextId(),
          headSha: body.head_sha,
          name: body.name,
          status: conclusion ? "completed" : ((body.status as string | undefined) ?? "queued"),
          conclusion,
          title: output.title ?? "",
          summary: output.summary ?? "",
          startedAt: state.tick(),
          completedAt: conclusion ? state.tick() : null,
        };
        repo.checkRuns.push(record);
        return { status: 201, body: json.checkRun(ctx.api, repo, record) };
      }),
    ],
    [
      "GET",
      new RegExp(`${R}/commits/${seg}/check-runs$`),
      withRepo((repo, ctx) => {
        const runs = repo.checkRuns.filter((c) => c.headSha === ctx.params[2]);
        return ok({ total_count: runs.length, check_runs: runs.map((c) => json.checkRun(ctx.api, repo, c)) });
      }),
    ],
  ];
}

function contents(repo: Repo, ctx: Ctx): Reply {
  const path = (ctx.params[2] as string).replace(/\/+$/, "");
  const ref = ctx.query.get("ref") ?? repo.defaultBranch;
  const commit = repo.commits.get(repo.branches.get(ref) ?? ref);
  if (!commit) return notFound();
  const text = commit.files.get(path);
  if (text !== undefined) {
    // application/vnd.github.raw, or .v3.raw as Octokit's mediaType { format: "raw" } asks for it.
    if (/application\/vnd\.github(\.v3)?\.raw/.test(ctx.accept)) return { status: 200, body: text };
    return ok(json.contentFile(ctx.api, repo, ref, path, text));
  }
  const prefix = path === "" ? "" : `${path}/`;
  const entries = new Map<string, "file" | "dir">();
  for (const file of commit.files.keys()) {
    if (!file.startsWith(prefix)) continue;
    const [name, ...rest] = file.slice(prefix.length).split("/");
    entries.set(`${prefix}${name}`, rest.length > 0 ? "dir" : "file");
  }
  if (entries.size === 0) return notFound();
  return ok(
    [...entries]
      .sort()
      .map(([p, type]) =>
        json.contentEntry(
          ctx.api,
          repo,
          ref,
          p,
          type,
          type === "file" ? Buffer.byteLength(commit.files.get(p) ?? "") : 0,
        ),
      ),
  );
}

export const ok = (body: unknown): Reply => ({ status: 200, body });

/** GitHub's pagination: per_page (default 30, at most 100), page, and a Link header. */
export function page(ctx: Ctx, items: unknown[]): Reply {
  const perPage = Math.min(Math.max(Number(ctx.query.get("per_page") ?? 30) || 30, 1), 100);
  const current = Math.max(Number(ctx.query.get("page") ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const url = new URL(ctx.self);
    url.searchParams.set("per_page", String(perPage));
    url.searchParams.set("page", String(n));
    return `<${url}>; rel="${rel}"`;
  };
  const links = [
    ...(current < last ? [link(current + 1, "next"), link(last, "last")] : []),
    ...(current > 1 ? [link(1, "first"), link(current - 1, "prev")] : []),
  ];
  return {
    status: 200,
    body: items.slice((current - 1) * perPage, current * perPage),
    headers: links.length > 0 ? { link: links.join(", ") } : {},
  };
}
