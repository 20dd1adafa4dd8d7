/**
 * A pull request's conversation and the token's own account, as GitHub's REST API serves them:
 * issue comments (listed, written, edited), issue events (listed), GET /user, and the pull
 * requests of a commit.
 */
import * as json from "./objects.js";
import { type Ctx, type Handler, invalid, notFound, ok, page, type Reply } from "./routes.js";
import type { GitHubState, Repo } from "./state.js";

const seg = "([^/]+)";
const R = `^/repos/${seg}/${seg}`;

export function conversationRoutes(state: GitHubState): [string, RegExp, Handler][] {
  const withRepo = (ctx: Ctx, handler: (repo: Repo) => Reply): Reply => {
    const repo = state.repo(ctx.params[0] as string, ctx.params[1] as string);
    return repo ? handler(repo) : notFound();
  };
  return [
    [
      "GET",
      new RegExp(`${R}/issues/(\\d+)/comments$`),
      (ctx) =>
        withRepo(ctx, (repo) =>
          page(
            ctx,
            repo.comments
              .filter((c) => c.issue === Number(ctx.params[2]))
              .map((c) => json.issueComment(ctx.api, repo, c)),
          ),
        ),
    ],
    [
      "GET",
      new RegExp(`${R}/issues/(\\d+)/events$`),
      (ctx) =>
        withRepo(ctx, (repo) => {
          const number = Number(ctx.params[2]);
          if (!repo.pulls.has(number)) return notFound();
          return page(
            ctx,
            repo.issueEvents.filter((e) => e.issue === number).map((e) => json.issueEvent(ctx.api, repo, e)),
          );
        }),
    ],
    [
      "POST",
      new RegExp(`${R}/issues/(\\d+)/comments$`),
      (ctx) =>
        withRepo(ctx, (repo) => {
          const number = Number(ctx.params[2]);
          const body = (ctx.body ?? {}) as Record<string, unknown>;
          if (!repo.pulls.has(number)) return notFound();
          if (typeof body.body !== "string" || body.body === "") return invalid("body is missing");
          if (body.body.length > 65536) return invalid("body is too long (maximum is 65536 characters)");
          const record = repo.addComment(number, ctx.identity.user, body.body);
          return { status: 201, body: json.issueComment(ctx.api, repo, record) };
        }),
    ],
    [
      "PATCH",
      new RegExp(`${R}/issues/comments/(\\d+)$`),
      (ctx) =>
        withRepo(ctx, (repo) => {
          const record = repo.comments.find((c) => c.id === Number(ctx.params[2]));
          const body = (ctx.body ?? {}) as Record<string, unknown>;
          if (!record) return notFound();
          if (typeof body.body !== "string" || body.body === "") return invalid("body is missing");
          if (body.body.length > 65536) return invalid("body is too long (maximum is 65536 characters)");
          // Like GitHub, a token that can write to the repository may edit anyone's comment.
          record.body = body.body;
          record.updatedAt = state.tick();
          return ok(json.issueComment(ctx.api, repo, record));
        }),
    ],
    [
      "GET",
      /^\/user$/,
      (ctx) =>
        ctx.identity.app
          ? {
              status: 403,
              body: {
                message: "Resource not accessible by integration",
                documentation_url: "https://docs.github.com/rest/users/users#get-the-authenticated-user",
                status: "403",
              },
            }
          : ok(json.privateUser(ctx.api, ctx.identity.user)),
    ],
    [
      "GET",
      new RegExp(`${R}/commits/([0-9a-f]{40})/pulls$`),
      (ctx) =>
        withRepo(ctx, (repo) => {
          const sha = ctx.params[2] as string;
          if (!repo.commits.has(sha)) return invalid(`No commit found for SHA: ${sha}`);
          // The pull requests a commit belongs to: merged with it, or carrying it as their head.
          const pulls = [...repo.pulls.values()].filter((p) => p.mergeCommitSha === sha || p.headSha === sha);
          return page(
            ctx,
            pulls.map((p) => json.pullRequest(ctx.api, repo, repo.pull(p.number))),
          );
        }),
    ],
  ];
}
