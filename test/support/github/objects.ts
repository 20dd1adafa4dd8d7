/**
 * The JSON GitHub's REST API returns, built from the test server's state: every field the
 * OpenAPI description requires, with the real types (checked by github-openapi.test.ts).
 */
import { createHash } from "node:crypto";
import type {
  CheckRunRecord,
  CommentRecord,
  IssueEventRecord,
  PullHandle,
  Repo,
  ReviewRecord,
  SshKeyRecord,
  StatusRecord,
  User,
} from "./state.js";

const WEB = "https://github.test";
const nodeId = (kind: string, id: number) => Buffer.from(`${kind}:${id}`).toString("base64");
const blobSha = (text: string) =>
  createHash("sha1")
    .update(`blob ${Buffer.byteLength(text)}\0${text}`)
    .digest("hex");
const CREATED = "2020-01-01T00:00:00Z";

export function simpleUser(api: string, user: User) {
  const u = `${api}/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId("User", user.id),
    avatar_url: `${WEB}/avatars/${user.id}`,
    gravatar_id: "",
    url: u,
    html_url:
      user.type === "Bot" ? `${WEB}/apps/${user.login.replace(/\[bot\]$/, "")}` : `${WEB}/${user.login}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: user.type,
    site_admin: false,
  };
}

/** A public SSH key as GET /users/{username}/keys lists it ("key-simple"). */
export function keySimple(record: SshKeyRecord) {
  return { id: record.id, key: record.key, created_at: record.createdAt, last_used: null };
}

export function repository(api: string, repo: Repo) {
  const r = `${api}/repos/${repo.fullName}`;
  const t = (suffix: string) => `${r}/${suffix}`;
  return {
    id: repo.id,
    node_id: nodeId("Repository", repo.id),
    name: repo.name,
    full_name: repo.fullName,
    owner: simpleUser(api, repo.owner),
    private: true,
    html_url: `${WEB}/${repo.fullName}`,
    description: null,
    fork: false,
    url: r,
    archive_url: t("{archive_format}{/ref}"),
    assignees_url: t("assignees{/user}"),
    blobs_url: t("git/blobs{/sha}"),
    branches_url: t("branches{/branch}"),
    collaborators_url: t("collaborators{/collaborator}"),
    comments_url: t("comments{/number}"),
    commits_url: t("commits{/sha}"),
    compare_url: t("compare/{base}...{head}"),
    contents_url: t("contents/{+path}"),
    contributors_url: t("contributors"),
    deployments_url: t("deployments"),
    downloads_url: t("downloads"),
    events_url: t("events"),
    forks_url: t("forks"),
    git_commits_url: t("git/commits{/sha}"),
    git_refs_url: t("git/refs{/sha}"),
    git_tags_url: t("git/tags{/sha}"),
    git_url: `git://github.test/${repo.fullName}.git`,
    hooks_url: t("hooks"),
    issue_comment_url: t("issues/comments{/number}"),
    issue_events_url: t("issues/events{/number}"),
    issues_url: t("issues{/number}"),
    keys_url: t("keys{/key_id}"),
    labels_url: t("labels{/name}"),
    languages_url: t("languages"),
    merges_url: t("merges"),
    milestones_url: t("milestones{/number}"),
    notifications_url: t("notifications{?since,all,participating}"),
    pulls_url: t("pulls{/number}"),
    releases_url: t("releases{/id}"),
    ssh_url: `git@github.test:${repo.fullName}.git`,
    stargazers_url: t("stargazers"),
    statuses_url: t("statuses/{sha}"),
    subscribers_url: t("subscribers"),
    subscription_url: t("subscription"),
    tags_url: t("tags"),
    teams_url: t("teams"),
    trees_url: t("git/trees{/sha}"),
    clone_url: `${WEB}/${repo.fullName}.git`,
    mirror_url: null,
    svn_url: `${WEB}/${repo.fullName}`,
    homepage: null,
    language: null,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 0,
    default_branch: repo.defaultBranch,
    open_issues: 0,
    open_issues_count: 0,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: false,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: CREATED,
    created_at: CREATED,
    updated_at: CREATED,
  };
}

export function pullRequest(api: string, repo: Repo, pull: PullHandle) {
  const p = pull.record;
  const url = `${api}/repos/${repo.fullName}/pulls/${p.number}`;
  const issue = `${api}/repos/${repo.fullName}/issues/${p.number}`;
  const html = `${WEB}/${repo.fullName}/pull/${p.number}`;
  const files = pull.files();
  const count = (key: "before" | "after") => files.reduce((n, f) => n + lines(f[key]), 0);
  const branch = (ref: string, sha: string) => ({
    label: `${repo.owner.login}:${ref}`,
    ref,
    sha,
    user: simpleUser(api, repo.owner),
    repo: repository(api, repo),
  });
  const link = (href: string) => ({ href });
  return {
    url,
    id: p.id,
    node_id: nodeId("PullRequest", p.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/repos/${repo.fullName}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${api}/repos/${repo.fullName}/statuses/${p.headSha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: simpleUser(api, p.author),
    body: null,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: p.createdAt,
    updated_at: p.mergedAt ?? p.createdAt,
    closed_at: p.mergedAt,
    merged_at: p.mergedAt,
    merge_commit_sha: p.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(p.headRef, p.headSha),
    base: branch(p.baseRef, p.baseSha),
    _links: {
      self: link(url),
      html: link(html),
      issue: link(issue),
      comments: link(`${issue}/comments`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${api}/repos/${repo.fullName}/pulls/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${api}/repos/${repo.fullName}/statuses/${p.headSha}`),
    },
    author_association: repo.permissionOf(p.author) ? "COLLABORATOR" : "CONTRIBUTOR",
    auto_merge: null,
    draft: false,
    merged: p.merged,
    mergeable: p.merged ? null : true,
    rebaseable: p.merged ? null : true,
    mergeable_state: p.merged ? "unknown" : "clean",
    merged_by: p.merged ? simpleUser(api, repo.owner) : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: count("after"),
    deletions: count("before"),
    changed_files: files.length,
  };
}

const lines = (text: string | undefined) => (text === undefined || text === "" ? 0 : text.split("\n").length);

export function diffEntry(api: string, repo: Repo, sha: string, f: ReturnType<PullHandle["files"]>[number]) {
  const additions = f.status === "renamed" ? 0 : lines(f.after);
  const deletions = f.status === "renamed" ? 0 : lines(f.before);
  const path = f.filename.split("/").map(encodeURIComponent).join("/");
  return {
    sha: blobSha(f.after ?? f.before ?? ""),
    filename: f.filename,
    status: f.status,
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `${WEB}/${repo.fullName}/blob/${sha}/${path}`,
    raw_url: `${WEB}/${repo.fullName}/raw/${sha}/${path}`,
    contents_url: `${api}/repos/${repo.fullName}/contents/${path}?ref=${sha}`,
    ...(f.previous !== undefined ? { previous_filename: f.previous } : {}),
  };
}

export function review(api: string, repo: Repo, pullNumber: number, r: ReviewRecord) {
  const html = `${WEB}/${repo.fullName}/pull/${pullNumber}#pullrequestreview-${r.id}`;
  const pullUrl = `${api}/repos/${repo.fullName}/pulls/${pullNumber}`;
  return {
    id: r.id,
    node_id: nodeId("PullRequestReview", r.id),
    user: simpleUser(api, r.user),
    body: r.body,
    state: r.state,
    html_url: html,
    pull_request_url: pullUrl,
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    ...(r.submittedAt !== undefined ? { submitted_at: r.submittedAt } : {}),
    commit_id: r.commitId,
    author_association: repo.permissionOf(r.user) ? "COLLABORATOR" : "NONE",
  };
}

export function collaboratorPermission(api: string, user: User, permission: string | undefined) {
  // `permission` is the legacy field: maintain reads as write, triage as read.
  const legacy = { admin: "admin", maintain: "write", write: "write", triage: "read", read: "read" } as const;
  const role = permission ?? "none";
  return {
    permission: permission === undefined ? "none" : legacy[permission as keyof typeof legacy],
    role_name: role,
    user: { ...simpleUser(api, user), role_name: role },
  };
}

function contentLinks(api: string, repo: Repo, ref: string, path: string, type: string) {
  const self = `${api}/repos/${repo.fullName}/contents/${path}?ref=${ref}`;
  const html = `${WEB}/${repo.fullName}/${type === "dir" ? "tree" : "blob"}/${ref}/${path}`;
  const git = `${api}/repos/${repo.fullName}/git/${type === "dir" ? "trees" : "blobs"}/${ref}`;
  return { url: self, html_url: html, git_url: git, _links: { self, git, html } };
}

/** Over 1 MB, GitHub leaves the content out (encoding "none"): the raw media type has it. */
const INLINE_CONTENT_LIMIT = 1024 * 1024;

export function contentFile(api: string, repo: Repo, ref: string, path: string, text: string) {
  const size = Buffer.byteLength(text);
  const inline = size <= INLINE_CONTENT_LIMIT;
  return {
    type: "file",
    encoding: inline ? "base64" : "none",
    size,
    name: path.split("/").pop() as string,
    path,
    content: inline
      ? Buffer.from(text)
          .toString("base64")
          .replace(/(.{60})/g, "$1\n")
      : "",
    sha: blobSha(text),
    download_url: `${WEB}/${repo.fullName}/raw/${ref}/${path}`,
    ...contentLinks(api, repo, ref, path, "file"),
  };
}

export function contentEntry(
  api: string,
  repo: Repo,
  ref: string,
  path: string,
  type: "file" | "dir",
  size: number,
) {
  return {
    type,
    size,
    name: path.split("/").pop() as string,
    path,
    sha: createHash("sha1").update(`${ref}:${path}`).digest("hex"),
    download_url: type === "file" ? `${WEB}/${repo.fullName}/raw/${ref}/${path}` : null,
    ...contentLinks(api, repo, ref, path, type),
  };
}

export function status(api: string, repo: Repo, s: StatusRecord) {
  return {
    url: `${api}/repos/${repo.fullName}/statuses/${s.sha}`,
    avatar_url: `${WEB}/avatars/${s.creator.id}`,
    id: s.id,
    node_id: nodeId("StatusContext", s.id),
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator: simpleUser(api, s.creator),
  };
}

export function checkRun(api: string, repo: Repo, c: CheckRunRecord) {
  const url = `${api}/repos/${repo.fullName}/check-runs/${c.id}`;
  return {
    id: c.id,
    head_sha: c.headSha,
    node_id: nodeId("CheckRun", c.id),
    external_id: null,
    url,
    html_url: `${WEB}/${repo.fullName}/runs/${c.id}`,
    details_url: null,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.startedAt,
    completed_at: c.completedAt,
    output: {
      title: c.title,
      summary: c.summary,
      text: null,
      annotations_count: 0,
      annotations_url: `${url}/annotations`,
    },
    name: c.name,
    check_suite: { id: c.id + 1 },
    app: null,
    pull_requests: [],
  };
}

export function issueComment(api: string, repo: Repo, c: CommentRecord) {
  const html = `${WEB}/${repo.fullName}/pull/${c.issue}#issuecomment-${c.id}`;
  return {
    id: c.id,
    node_id: nodeId("IssueComment", c.id),
    url: `${api}/repos/${repo.fullName}/issues/comments/${c.id}`,
    html_url: html,
    issue_url: `${api}/repos/${repo.fullName}/issues/${c.issue}`,
    body: c.body,
    user: simpleUser(api, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: repo.permissionOf(c.user) ? "COLLABORATOR" : "NONE",
  };
}

/**
 * One of GET …/issues/{number}/events: "review-dismissed-issue-event" or "renamed-issue-event"
 * in GitHub's OpenAPI description. A dismissal names no commit of its own (commit_id null); its
 * dismissed_review carries the review's id, its state before the dismissal and the message.
 */
export function issueEvent(api: string, repo: Repo, e: IssueEventRecord) {
  const common = {
    id: e.id,
    node_id: nodeId("IssueEvent", e.id),
    url: `${api}/repos/${repo.fullName}/issues/events/${e.id}`,
    actor: simpleUser(api, e.actor),
    event: e.detail.event,
    commit_id: null,
    commit_url: null,
    created_at: e.createdAt,
    performed_via_github_app: null,
  };
  const d = e.detail;
  if (d.event === "renamed") return { ...common, rename: { from: d.from, to: d.to } };
  return {
    ...common,
    dismissed_review: {
      state: d.state,
      review_id: d.reviewId,
      dismissal_message: d.message,
      dismissal_commit_id: d.commitId,
    },
  };
}

/** GET /user for a person's token: the private view of the account. */
export function privateUser(api: string, user: User) {
  return {
    ...simpleUser(api, user),
    user_view_type: "private",
    name: null,
    company: null,
    blog: "",
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: CREATED,
    updated_at: CREATED,
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

/** GET /rate_limit: a fresh limit, as the server's other answers' headers say. */
export function rateLimit() {
  const limit = () => ({
    limit: 5000,
    used: 1,
    remaining: 4999,
    reset: Math.floor(Date.now() / 1000) + 3600,
  });
  return { resources: { core: limit(), search: { ...limit(), limit: 30, remaining: 29 } }, rate: limit() };
}
