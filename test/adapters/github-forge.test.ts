import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Forge, ServiceError } from "../../src/adapters/forge.js";
import { createGitHubClient } from "../../src/adapters/github/client.js";
import { githubForge } from "../../src/adapters/github/forge.js";
import { type GitHubServer, startGitHubServer } from "../support/github/server.js";
import type { Repo } from "../support/github/state.js";

let server: GitHubServer;
let repo: Repo;
let forge: Forge;
let warnings: string[];

beforeEach(async () => {
  server = await startGitHubServer();
  repo = server.state.addRepo("acme/access");
  warnings = [];
  // Waits are scaled from seconds to milliseconds so retries stay fast.
  const client = createGitHubClient({
    token: "t",
    baseUrl: server.url,
    timeScaleMs: 1,
    warn: (m) => warnings.push(m),
  });
  forge = githubForge(client, "acme/access");
});
afterEach(() => server.close());

const calls = (path: string) => server.requests.filter((r) => r.path === path);

describe("the GitHub adapter", () => {
  it("reads every page of a pull request's files and reviews", async () => {
    const base = repo.commit({ "README.md": "x" });
    const change = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`docs/page-${i}.md`, `${i}`]));
    const pull = repo.openPull({ author: "octocat", base, change });
    for (let i = 0; i < 130; i++) pull.review(`reviewer-${i}`, "COMMENTED");
    expect(await forge.pullFiles(pull.number)).toHaveLength(150);
    const reviews = await forge.reviews(pull.number);
    expect(reviews).toHaveLength(130);
    expect(reviews[129]).toMatchObject({
      login: "reviewer-129",
      state: "COMMENTED",
      commitId: pull.headSha,
      bot: false,
    });
    expect(calls("/repos/acme/access/pulls/1/files")).toHaveLength(2);
    expect(calls("/repos/acme/access/pulls/1/reviews")).toHaveLength(2);
  });

  it("reads every page of a pull request's review dismissals, and nothing but dismissals", async () => {
    repo.collaborator("maintainer", "write").collaborator("octocat", "write");
    const base = repo.commit({ "README.md": "x" });
    const pull = repo.openPull({ author: "octocat", base, change: { "a.txt": "a" } });
    const reviews = Array.from({ length: 130 }, (_, i) =>
      pull.review(`reviewer-${i}`, i % 2 === 0 ? "CHANGES_REQUESTED" : "APPROVED"),
    );
    // Other events between the dismissals: renames are listed too, and are no dismissals.
    reviews.forEach((r, i) => {
      if (i % 10 === 0) pull.retitle("octocat", `title ${i}`);
      pull.dismiss(r, i === 129 ? "github-actions[bot]" : i === 128 ? "octocat" : "maintainer");
    });
    const dismissals = await forge.dismissals(pull.number);
    expect(calls("/repos/acme/access/issues/1/events")).toHaveLength(2);
    expect(dismissals).toHaveLength(130);
    expect(dismissals.map((d) => d.reviewId)).toEqual(reviews.map((r) => r.id));
    const maintainer = server.state.user("maintainer");
    expect(dismissals[0]).toEqual({
      reviewId: reviews[0]?.id,
      by: { login: "maintainer", userId: maintainer.id, bot: false },
      state: "CHANGES_REQUESTED",
    });
    expect(dismissals[1]?.state).toBe("APPROVED");
    // The last ones sit on the second page.
    expect(dismissals[128]).toMatchObject({
      by: { login: "octocat", bot: false },
      state: "CHANGES_REQUESTED",
    });
    expect(dismissals[129]).toMatchObject({
      by: { login: "github-actions[bot]", bot: true },
      state: "APPROVED",
    });
  });

  it("refuses to judge a pull request whose files GitHub cannot list in full", async () => {
    const base = repo.commit({});
    const change = Object.fromEntries(Array.from({ length: 3001 }, (_, i) => [`f/${i}`, "x"]));
    const pull = repo.openPull({ author: "octocat", base, change });
    await expect(forge.pullFiles(pull.number)).rejects.toMatchObject({ code: "github-too-many-files" });
  });

  it("reads a team's members once per run", async () => {
    server.state.addTeam("@acme/sre", ["octocat", "hubot"]);
    expect(await forge.teamMembers("@acme/sre")).toEqual(["octocat", "hubot"]);
    expect(await forge.teamMembers("@ACME/sre")).toEqual(["octocat", "hubot"]);
    expect(calls("/orgs/acme/teams/sre/members")).toHaveLength(1);
  });

  it("reads every page of a person's public SSH keys", async () => {
    const keys = Array.from(
      { length: 130 },
      (_, i) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${String(i).padStart(3, "0")}`,
    );
    for (const key of keys) server.state.addSshKey("octocat", key);
    expect(await forge.publicKeys("octocat")).toEqual(keys);
    expect(calls("/users/octocat/keys")).toHaveLength(2);
    server.state.user("hubot");
    expect(await forge.publicKeys("hubot")).toEqual([]);
  });

  it("gives write access to admin, maintain and write, not to triage, read or strangers", async () => {
    const levels = ["admin", "maintain", "write", "triage", "read"] as const;
    for (const level of levels) repo.collaborator(`user-${level}`, level);
    server.state.user("stranger");
    const answers = await Promise.all(
      [...levels.map((l) => `user-${l}`), "stranger", "nobody-at-all"].map((l) => forge.canWrite(l)),
    );
    expect(answers).toEqual([true, true, true, false, false, false, false]);
    await forge.canWrite("USER-admin");
    expect(calls("/repos/acme/access/collaborators/user-admin/permission")).toHaveLength(1);
  });

  it("reads files and folders at a commit, never another commit's", async () => {
    const big = "x".repeat(1024 * 1024 + 10);
    const sha = repo.commit({
      "policies/a.yaml": "a: 1\n",
      "policies/deep/b.yaml": "b: 2\n",
      "BIG.txt": big,
    });
    repo.commit({ "policies/a.yaml": "a: changed\n" });
    const files = forge.files(sha);
    expect(await files.list("policies")).toEqual(["policies/a.yaml", "policies/deep/b.yaml"]);
    expect(await files.list("nowhere")).toEqual([]);
    const a = await files.read("policies/a.yaml", 100);
    expect(a.kind === "file" && new TextDecoder().decode(a.bytes)).toBe("a: 1\n");
    expect(await files.read("policies/a.yaml", 3)).toEqual({ kind: "too-large", size: 5 });
    expect(await files.read("policies/none.yaml", 100)).toEqual({ kind: "missing" });
    expect(await files.read("policies/deep", 100)).toEqual({ kind: "not-a-file" });
    // Over 1 MB GitHub sends no content inline; the raw media type brings it.
    const read = await files.read("BIG.txt", 2 * 1024 * 1024);
    expect(read.kind === "file" && read.bytes.length).toBe(big.length);
  });

  it("waits out a secondary rate limit for as long as Retry-After says, then goes on", async () => {
    const base = repo.commit({});
    const pull = repo.openPull({ author: "octocat", base, change: { "a.txt": "a" } });
    pull.review("lead-dana", "APPROVED");
    server.secondaryRateLimit(/\/reviews$/, 7);
    const reviews = await forge.reviews(pull.number);
    expect(reviews.map((r) => r.login)).toEqual(["lead-dana"]);
    expect(calls("/repos/acme/access/pulls/1/reviews").map((r) => r.status)).toEqual([403, 200]);
    expect(warnings).toEqual([
      expect.stringMatching(/secondary rate limit on GET .*\/reviews.*; retrying in 7s/),
    ]);
  });

  it("gives up on a secondary rate limit that does not lift, with a stable code", async () => {
    const base = repo.commit({});
    const pull = repo.openPull({ author: "octocat", base, change: { "a.txt": "a" } });
    server.secondaryRateLimit(/\/reviews$/, 1, 100);
    const error = await forge.reviews(pull.number).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: "github-rate-limited" });
    expect(calls("/repos/acme/access/pulls/1/reviews")).toHaveLength(4);
  });

  it("retries a server error", async () => {
    const base = repo.commit({});
    const pull = repo.openPull({ author: "octocat", base, change: { "a.txt": "a" } });
    server.inject({ path: /\/pulls\/1$/, times: 2, status: 502, body: { message: "Bad Gateway" } });
    expect((await forge.pull(pull.number)).headSha).toBe(pull.headSha);
    expect(calls("/repos/acme/access/pulls/1").map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it("reports a missing pull request as not found", async () => {
    await expect(forge.pull(42)).rejects.toMatchObject({ code: "github-not-found" });
  });

  it("writes a commit status, kept to one line GitHub accepts", async () => {
    const sha = repo.commit({});
    await forge.setStatus(sha, {
      state: "failure",
      context: "gitjit/approval",
      description: `Waiting:\n${"x".repeat(200)}`,
    });
    const [status] = repo.statuses;
    expect(status?.description).toHaveLength(140);
    expect(status?.description?.startsWith("Waiting: xxx")).toBe(true);
  });
});
