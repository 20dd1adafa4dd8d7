import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  ServiceError
} from "./chunk-XO5CDKIS.js";
import "./chunk-2I45JTVB.js";

// src/adapters/github/forge.ts
var PER_PAGE = 100;
var MAX_LISTED_FILES = 3e3;
var WRITERS = /* @__PURE__ */ new Set(["admin", "write"]);
var call = (what, run) => run().catch((e) => rethrow(e, what));
function teamReader(client) {
  const teams = /* @__PURE__ */ new Map();
  return (team) => {
    const key = team.toLowerCase();
    let members = teams.get(key);
    if (!members) {
      const [org, slug] = team.replace(/^@/, "").split("/");
      members = call(`the members of team ${team}`, async () => {
        try {
          const list = await client.paginate(client.rest.teams.listMembersInOrg, {
            org,
            team_slug: slug,
            per_page: PER_PAGE
          });
          return list.map((m) => m.login);
        } catch (error) {
          if (statusOf(error) === 404)
            throw new ServiceError(
              "github-team-not-found",
              `team ${team} was not found, or the token cannot see its members (it needs read access to the organisation's members)`
            );
          throw error;
        }
      });
      teams.set(key, members);
    }
    return members;
  };
}
function githubForge(client, repository) {
  const [owner, repo] = repository.split("/");
  const writers = /* @__PURE__ */ new Map();
  const teamMembers = teamReader(client);
  return {
    repository,
    pull: (number) => call(`pull request #${number} of ${repository}`, async () => {
      const { data } = await client.rest.pulls.get({ owner, repo, pull_number: number });
      const info = {
        number: data.number,
        author: data.user.login,
        headSha: data.head.sha,
        baseSha: data.base.sha,
        baseRef: data.base.ref,
        defaultBranch: data.base.repo.default_branch,
        state: data.state === "open" ? "open" : "closed",
        merged: data.merged,
        changedFiles: data.changed_files,
        url: data.html_url,
        title: data.title,
        headRef: data.head.ref,
        mergeCommitSha: data.merge_commit_sha ?? null
      };
      return info;
    }),
    pullFiles: (number) => call(`the files of pull request #${number}`, async () => {
      const files = await client.paginate(client.rest.pulls.listFiles, {
        owner,
        repo,
        pull_number: number,
        per_page: PER_PAGE
      });
      if (files.length >= MAX_LISTED_FILES)
        throw new ServiceError(
          "github-too-many-files",
          `pull request #${number} changes ${MAX_LISTED_FILES} files or more; GitHub does not list them all, so it cannot be judged`
        );
      return files.map(
        (f) => ({
          path: f.filename,
          status: f.status,
          ...f.previous_filename !== void 0 ? { previousPath: f.previous_filename } : {}
        })
      );
    }),
    reviews: (number) => call(`the reviews of pull request #${number}`, async () => {
      const reviews = await client.paginate(client.rest.pulls.listReviews, {
        owner,
        repo,
        pull_number: number,
        per_page: PER_PAGE
      });
      return reviews.flatMap(
        (r) => r.user ? [
          {
            id: r.id,
            login: r.user.login,
            userId: r.user.id,
            bot: r.user.type === "Bot",
            state: r.state,
            commitId: r.commit_id,
            submittedAt: r.submitted_at ?? null
          }
        ] : []
      );
    }),
    dismissals: (number) => call(`the review dismissals of pull request #${number}`, async () => {
      const events = await client.paginate(client.rest.issues.listEvents, {
        owner,
        repo,
        issue_number: number,
        per_page: PER_PAGE
      });
      return events.flatMap((e) => {
        if (e.event !== "review_dismissed" || !("dismissed_review" in e) || !e.dismissed_review) return [];
        const actor = e.actor ?? null;
        return [
          {
            reviewId: e.dismissed_review.review_id,
            by: actor ? { login: actor.login, userId: actor.id, bot: actor.type === "Bot" } : null,
            state: String(e.dismissed_review.state).toUpperCase()
          }
        ];
      });
    }),
    teamMembers,
    canWrite(login) {
      const key = login.toLowerCase();
      let answer = writers.get(key);
      if (!answer) {
        answer = call(`${login}'s permission on ${repository}`, async () => {
          try {
            const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
              owner,
              repo,
              username: login
            });
            return WRITERS.has(data.permission);
          } catch (error) {
            if (statusOf(error) === 404) return false;
            throw error;
          }
        });
        writers.set(key, answer);
      }
      return answer;
    },
    files: (ref) => contentsAt(client, owner, repo, ref),
    setStatus: (sha, status) => call(`setting the ${status.context} status`, async () => {
      await client.rest.repos.createCommitStatus({
        owner,
        repo,
        sha,
        state: status.state,
        context: status.context,
        description: oneLine(status.description, 140),
        ...status.targetUrl ? { target_url: status.targetUrl } : {}
      });
    }),
    viewer: () => call("the token's own account", async () => {
      try {
        const { data } = await client.rest.users.getAuthenticated();
        return data.login;
      } catch (error) {
        if (statusOf(error) === 403) return void 0;
        throw error;
      }
    }),
    comments: (number) => call(`the comments of pull request #${number}`, async () => {
      const list = await client.paginate(client.rest.issues.listComments, {
        owner,
        repo,
        issue_number: number,
        per_page: PER_PAGE
      });
      return list.map(toComment);
    }),
    createComment: (number, body) => call(`commenting on pull request #${number}`, async () => {
      const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: number, body });
      return toComment(data);
    }),
    updateComment: (id, body) => call(`updating comment ${id}`, async () => {
      await client.rest.issues.updateComment({ owner, repo, comment_id: id, body });
    }),
    pullsOfCommit: (sha) => call(`the pull requests of commit ${sha.slice(0, 12)}`, async () => {
      const list = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
        owner,
        repo,
        commit_sha: sha,
        per_page: PER_PAGE
      });
      return list.map((p) => p.number);
    }),
    publicKeys: (login) => call(`the public SSH keys of ${login}`, async () => {
      const keys = await client.paginate(client.rest.users.listPublicKeysForUser, {
        username: login,
        per_page: PER_PAGE
      });
      return keys.map((k) => k.key);
    })
  };
}
function toComment(data) {
  return {
    id: data.id,
    author: data.user?.login ?? "",
    authorType: data.user?.type ?? "",
    body: data.body ?? ""
  };
}
function contentsAt(client, owner, repo, ref) {
  const get = (path) => client.rest.repos.getContent({ owner, repo, path, ref }).then(
    (r) => r.data,
    (error) => {
      if (statusOf(error) === 404) return void 0;
      throw error;
    }
  );
  return {
    origin: `commit ${ref.slice(0, 12)}`,
    list: (dir) => call(`${dir}/ at ${ref.slice(0, 12)}`, async () => {
      const out = [];
      const walk = async (path) => {
        const data = await get(path);
        if (!Array.isArray(data)) return;
        for (const entry of data) {
          if (entry.type === "dir") await walk(entry.path);
          else out.push(entry.path);
        }
      };
      await walk(dir.replace(/\/+$/, ""));
      return out.sort();
    }),
    read: (path, maxBytes) => call(`${path} at ${ref.slice(0, 12)}`, async () => {
      const data = await get(path);
      if (data === void 0) return { kind: "missing" };
      if (Array.isArray(data) || data.type !== "file") return { kind: "not-a-file" };
      if (data.size > maxBytes) return { kind: "too-large", size: data.size };
      if ("encoding" in data && data.encoding === "base64")
        return { kind: "file", bytes: new Uint8Array(Buffer.from(data.content, "base64")) };
      const raw = await client.request("GET /repos/{owner}/{repo}/contents/{path}", {
        owner,
        repo,
        path,
        ref,
        mediaType: { format: "raw" }
      });
      return { kind: "file", bytes: rawBytes(raw.data) };
    })
  };
}
function rawBytes(data) {
  if (typeof data === "string") return new TextEncoder().encode(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new ServiceError("github-error", "GitHub sent file content gitjit cannot read");
}
var statusOf = (error) => typeof error?.status === "number" ? error.status : void 0;
function rethrow(error, what) {
  if (error instanceof ServiceError) throw error;
  const status = statusOf(error);
  const detail = error?.message ?? String(error);
  if (status === 401)
    throw new ServiceError("github-auth", `GitHub refused the token while reading ${what} (401)`);
  if (status === 403 || status === 429) {
    const limited = /rate limit/i.test(detail);
    throw new ServiceError(
      limited ? "github-rate-limited" : "github-forbidden",
      `GitHub refused ${what}: ${detail} (${status})`
    );
  }
  if (status === 404) throw new ServiceError("github-not-found", `GitHub found no ${what} (404)`);
  if (status === void 0 || status >= 500)
    throw new ServiceError("github-unavailable", `GitHub could not be reached for ${what}: ${detail}`);
  throw new ServiceError("github-error", `GitHub answered ${status} for ${what}: ${detail}`);
}
function oneLine(text, max) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}\u2026`;
}
export {
  githubForge,
  teamReader
};
