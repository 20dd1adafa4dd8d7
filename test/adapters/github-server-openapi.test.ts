import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGitHubClient, type GitHubClient } from "../../src/adapters/github/client.js";
import { githubTime } from "../../src/adapters/github/time.js";
import { responseValidator, schemaValidator } from "../support/github/openapi.js";
import { type GitHubServer, startGitHubServer } from "../support/github/server.js";
import type { Repo } from "../support/github/state.js";

let server: GitHubServer;
let client: GitHubClient;
let head: string;

beforeAll(async () => {
  server = await startGitHubServer();
  const repo = server.state
    .addRepo("acme/access")
    .collaborator("lead-dana", "write")
    .collaborator("eve", "triage");
  const base = repo.commit({
    "policies/people.yaml": "version: 1\n",
    "requests/prod-db/hubot-old.yaml": "profile: prod-db\n",
    "README.md": "hello\n",
  });
  const pull = repo.openPull({
    author: "octocat",
    base,
    change: {
      "requests/prod-db/octocat-new.yaml": "profile: prod-db\nrequester: octocat\n",
      "requests/prod-db/hubot-old.yaml": null,
      "requests/prod-db/hubot-moved.yaml": "profile: prod-db\n",
      "README.md": "hello again\n",
    },
  });
  pull.review("lead-dana", "APPROVED");
  pull.review("deploy-bot[bot]", "COMMENTED");
  pull.review("lead-dana", "PENDING");
  head = pull.headSha;
  server.state.addTeam("@acme/sre", ["octocat", "hubot"]);
  repo.statuses.length = 0;
  client = createGitHubClient({ token: "t", baseUrl: server.url });
});
afterAll(() => server.close());

const params = { owner: "acme", repo: "access" };

/** Calls the route through Octokit and checks the body against GitHub's own description of it. */
async function conforms(route: string, parameters: Record<string, unknown>, status = 200) {
  const [method, path] = route.split(" ") as [string, string];
  const response = await client.request(route, { ...params, ...parameters });
  expect(response.status).toBe(status);
  const validate = responseValidator(method, path, status);
  const valid = validate(response.data);
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
  expect(valid).toBe(true);
  return response.data as unknown;
}

describe("the GitHub test server speaks GitHub's API as its OpenAPI description defines it", () => {
  it("pull requests", async () => {
    const pull = (await conforms("GET /repos/{owner}/{repo}/pulls/{pull_number}", { pull_number: 1 })) as {
      changed_files: number;
      head: { sha: string };
    };
    expect(pull.head.sha).toBe(head);
    expect(pull.changed_files).toBe(3);
  });

  it("a pull request's files, with a rename detected", async () => {
    const files = (await conforms("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
      pull_number: 1,
    })) as {
      filename: string;
      status: string;
      previous_filename?: string;
    }[];
    expect(files.map((f) => [f.filename, f.status, f.previous_filename])).toEqual([
      ["README.md", "modified", undefined],
      ["requests/prod-db/hubot-moved.yaml", "renamed", "requests/prod-db/hubot-old.yaml"],
      ["requests/prod-db/octocat-new.yaml", "added", undefined],
    ]);
  });

  it("reviews, pending ones included", async () => {
    const reviews = (await conforms("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
      pull_number: 1,
    })) as { state: string; user: { type: string } }[];
    expect(reviews.map((r) => [r.state, r.user.type])).toEqual([
      ["APPROVED", "User"],
      ["COMMENTED", "Bot"],
      ["PENDING", "User"],
    ]);
  });

  it("team members", async () => {
    await conforms("GET /orgs/{org}/teams/{team_slug}/members", { org: "acme", team_slug: "sre" });
  });

  it("team memberships: added, read, and removed", async () => {
    const route = "/orgs/{org}/teams/{team_slug}/memberships/{username}";
    const at = { org: "acme", team_slug: "sre", username: "monalisa" };
    await conforms(`PUT ${route}`, { ...at, role: "maintainer" });
    expect(await conforms(`GET ${route}`, at)).toMatchObject({ role: "maintainer", state: "active" });
    const removed = await client.request(`DELETE ${route}`, { ...params, ...at });
    expect(removed.status).toBe(204);
    await expect(client.request(`GET ${route}`, { ...params, ...at })).rejects.toMatchObject({ status: 404 });
  });

  it("collaborator permissions, for writers, triagers and strangers", async () => {
    for (const [username, permission] of [
      ["lead-dana", "write"],
      ["eve", "read"],
      ["octocat", "none"],
    ]) {
      const data = (await conforms("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
        username,
      })) as { permission: string };
      expect(data.permission).toBe(permission);
    }
  });

  it("contents: a file and a directory at a commit", async () => {
    const file = (await conforms("GET /repos/{owner}/{repo}/contents/{path}", {
      path: "requests/prod-db/octocat-new.yaml",
      ref: head,
    })) as { content: string };
    expect(Buffer.from(file.content, "base64").toString()).toBe("profile: prod-db\nrequester: octocat\n");
    const dir = (await conforms("GET /repos/{owner}/{repo}/contents/{path}", {
      path: "requests",
      ref: head,
    })) as {
      type: string;
    }[];
    expect(dir.map((e) => e.type)).toEqual(["dir"]);
  });

  it("commit statuses, written and listed", async () => {
    await conforms(
      "POST /repos/{owner}/{repo}/statuses/{sha}",
      { sha: head, state: "success", context: "gitjit/approval", description: "ok" },
      201,
    );
    const list = (await conforms("GET /repos/{owner}/{repo}/commits/{ref}/statuses", {
      ref: head,
    })) as unknown[];
    expect(list).toHaveLength(1);
  });

  it("check runs, written and listed", async () => {
    await conforms(
      "POST /repos/{owner}/{repo}/check-runs",
      {
        name: "gitjit/approval",
        head_sha: head,
        conclusion: "success",
        output: { title: "ok", summary: "ok" },
      },
      201,
    );
    await conforms("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", { ref: head });
  });

  it("issue comments: listed over pages, written and edited", async () => {
    const pull = server.state.repo("acme", "access")?.pull(1);
    for (let i = 0; i < 3; i++) pull?.comment("lead-dana", `comment ${i}`);
    const created = (await conforms(
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { issue_number: 1, body: "<!-- marker -->\nhello" },
      201,
    )) as { id: number; user: { login: string; type: string } };
    expect(created.user).toMatchObject({ login: "github-actions[bot]", type: "Bot" });
    const updated = (await conforms("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
      comment_id: created.id,
      body: "edited",
    })) as { body: string };
    expect(updated.body).toBe("edited");
    const first = (await conforms("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      issue_number: 1,
      per_page: 2,
    })) as unknown[];
    expect(first).toHaveLength(2);
    const all = await client.paginate(client.rest.issues.listComments, {
      ...params,
      issue_number: 1,
      per_page: 2,
    });
    expect(all.map((c) => c.body)).toEqual(["comment 0", "comment 1", "comment 2", "edited"]);
  });

  it("issue events: review dismissals and renames, listed over pages, each as its own schema says", async () => {
    const repo = (server.state.repo("acme", "access") as Repo).collaborator("mona", "write");
    const pull = repo.openPull({
      author: "mona",
      base: repo.pull(1).record.baseSha,
      change: { "y.txt": "y" },
    });
    const veto = pull.review("lead-dana", "CHANGES_REQUESTED");
    const approval = pull.review("lead-dana", "APPROVED");
    pull.retitle("mona", "A better title");
    pull.dismiss(veto, "mona", "Addressed");
    pull.dismiss(approval, "github-actions[bot]");
    // What GitHub refuses: a review dismissed twice, a comment, and anyone without write access.
    expect(() => pull.dismiss(veto, "lead-dana")).toThrow(/Can not dismiss a dismissed pull request review/);
    expect(() => pull.dismiss(pull.review("lead-dana", "COMMENTED"), "lead-dana")).toThrow(/commented/);
    const other = pull.review("lead-dana", "CHANGES_REQUESTED");
    expect(() => pull.dismiss(other, "eve")).toThrow(/no write access/);

    const first = (await conforms("GET /repos/{owner}/{repo}/issues/{issue_number}/events", {
      issue_number: pull.number,
      per_page: 2,
    })) as unknown[];
    expect(first).toHaveLength(2);
    const events = await client.paginate(client.rest.issues.listEvents, {
      ...params,
      issue_number: pull.number,
      per_page: 2,
    });
    expect(events.map((e) => e.event)).toEqual(["renamed", "review_dismissed", "review_dismissed"]);
    for (const event of events) {
      const validate = schemaValidator(
        event.event === "renamed" ? "renamed-issue-event" : "review-dismissed-issue-event",
      );
      expect(validate(event), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
    expect(events[0]).toMatchObject({
      rename: { from: `Pull request ${pull.number}`, to: "A better title" },
    });
    expect(events[1]).toMatchObject({
      actor: { login: "mona", type: "User" },
      commit_id: null,
      dismissed_review: {
        state: "changes_requested",
        review_id: veto.id,
        dismissal_message: "Addressed",
        dismissal_commit_id: pull.headSha,
      },
    });
    expect(events[2]).toMatchObject({
      actor: { login: "github-actions[bot]", type: "Bot" },
      dismissed_review: { state: "approved", review_id: approval.id },
    });
    // The reviews list shows a dismissed review as DISMISSED, as GitHub does; the rest are untouched.
    const reviews = (await conforms("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
      pull_number: pull.number,
    })) as { id: number; state: string }[];
    expect(reviews.map((r) => r.state)).toEqual(["DISMISSED", "DISMISSED", "COMMENTED", "CHANGES_REQUESTED"]);
    await expect(client.rest.issues.listEvents({ ...params, issue_number: 999 })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("the token's own account: a person's, and an App's refusal", async () => {
    server.state.token("pat", "octocat");
    const personal = createGitHubClient({ token: "pat", baseUrl: server.url });
    const response = await personal.request("GET /user");
    const validate = responseValidator("GET", "/user", 200);
    expect(validate(response.data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(response.data.login).toBe("octocat");
    await expect(client.request("GET /user")).rejects.toMatchObject({ status: 403 });
  });

  it("the pull requests of a merge commit", async () => {
    const repo = server.state.repo("acme", "access");
    const pull = repo?.openPull({
      author: "octocat",
      base: repo.pull(1).record.baseSha,
      change: { "x.txt": "x" },
    });
    const merge = pull?.merge() as string;
    const pulls = (await conforms("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", {
      commit_sha: merge,
    })) as { number: number; merged_at: string | null }[];
    expect(pulls.map((p) => p.number)).toEqual([pull?.number]);
  });

  it("the rate limit, and GitHub's time in every answer's Date header, which may be set off this machine's", async () => {
    await conforms("GET /rate_limit", {});
    const ahead = 2 * 3600_000;
    server.clockOffsetMs = ahead;
    try {
      const told = await githubTime(client);
      expect(Math.abs((told as Date).getTime() - (Date.now() + ahead))).toBeLessThan(5000);
      // An error answer carries the time too.
      server.inject({ path: /^\/rate_limit$/, times: 1, status: 404, body: { message: "Not Found" } });
      const fromError = await githubTime(client);
      expect(Math.abs((fromError as Date).getTime() - (Date.now() + ahead))).toBeLessThan(5000);
    } finally {
      server.clockOffsetMs = 0;
    }
  });

  it("a user's public SSH keys, listed over pages; an unknown user is not found", async () => {
    const keys = [
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHc6I2tFZ7Jc4yQm2Kp2D4H0b3nVnIu5yXb1mQk2m0m5 mona@laptop",
      "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7",
      "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTY=",
    ];
    for (const key of keys) server.state.addSshKey("mona", key);
    const first = (await conforms("GET /users/{username}/keys", { username: "mona", per_page: 2 })) as {
      key: string;
    }[];
    expect(first).toHaveLength(2);
    const all = await client.paginate(client.rest.users.listPublicKeysForUser, {
      username: "mona",
      per_page: 2,
    });
    // GitHub keeps a key's type and base64, not its comment.
    expect(all.map((k) => k.key)).toEqual(keys.map((k) => k.split(" ").slice(0, 2).join(" ")));
    expect(await conforms("GET /users/{username}/keys", { username: "hubot" })).toEqual([]);
    await expect(
      client.request("GET /users/{username}/keys", { username: "nobody-here" }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it("a read-only token reads but cannot write", async () => {
    server.state.token("fork", "github-actions[bot]", { readOnly: true });
    const forkClient = createGitHubClient({ token: "fork", baseUrl: server.url, retries: 0 });
    await forkClient.rest.pulls.get({ ...params, pull_number: 1 });
    await expect(
      forkClient.rest.issues.createComment({ ...params, issue_number: 1, body: "hi" }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("errors: not found, and a refused token", async () => {
    await expect(
      client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...params, pull_number: 9 }),
    ).rejects.toMatchObject({
      status: 404,
    });
    server.state.tokens.add("right");
    try {
      await expect(client.rest.pulls.get({ ...params, pull_number: 1 })).rejects.toMatchObject({
        status: 401,
      });
    } finally {
      server.state.tokens.clear();
    }
  });
});
