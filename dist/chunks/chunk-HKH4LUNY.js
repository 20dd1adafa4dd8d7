import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  MAX_YAML_BYTES,
  REQUESTS_DIR,
  REVOKES_DIR,
  approvals,
  evaluateApproval,
  governancePaths,
  latestReviews,
  loadPolicy,
  reviewsOf,
  stepsFor,
  trimSlashes
} from "./chunk-7APOGDFR.js";
import {
  ConfigError,
  GOVERNANCE_SUBJECT,
  gitRefFiles,
  readChain
} from "./chunk-35Q76FXJ.js";

// src/commands/governance.ts
import { execFile as execFile2 } from "node:child_process";
import { createHash } from "node:crypto";
import { promisify as promisify2 } from "node:util";

// src/core/governance/trust.ts
var GovernanceTrust = class {
  constructor(anchor) {
    this.anchor = anchor;
    this.lastCleanCommit = anchor;
  }
  anchor;
  trusted = /* @__PURE__ */ new Map();
  /** Tainted file → the unapproved change that tainted it. */
  tainted = /* @__PURE__ */ new Map();
  lastCleanCommit;
  /** Every governance file holds the content the admins approved. */
  get clean() {
    return this.tainted.size === 0;
  }
  /** The newest commit at which the state was clean: its policy's admins judge while it is not. */
  get lastClean() {
    return this.lastCleanCommit;
  }
  apply(change, verdict) {
    for (const p of change.paths) {
      if (!this.trusted.has(p.path)) this.trusted.set(p.path, p.before);
      const trusted = this.trusted.get(p.path) ?? null;
      if (p.after === trusted) this.tainted.delete(p.path);
      else if (verdict.approved && !this.tainted.has(p.path)) this.trusted.set(p.path, p.after);
      else if (!verdict.approved)
        this.tainted.set(p.path, {
          commit: change.commit,
          ...verdict.pr !== void 0 ? { pr: verdict.pr } : {},
          missing: verdict.missing
        });
    }
    if (this.clean) this.lastCleanCommit = change.commit;
  }
  /** The unapproved changes that keep files tainted, oldest first. */
  unapproved() {
    const byCommit = /* @__PURE__ */ new Map();
    for (const [path, taint] of this.tainted) {
      const known = byCommit.get(taint.commit);
      if (known) known.paths.push(path);
      else
        byCommit.set(taint.commit, {
          commit: taint.commit,
          ...taint.pr !== void 0 ? { pr: taint.pr } : {},
          missing: taint.missing,
          paths: [path]
        });
    }
    return [...byCommit.values()].map((u) => ({ ...u, paths: u.paths.sort() }));
  }
};
function describeUnapproved(changes) {
  const parts = changes.map((c) => {
    const where = c.pr !== void 0 ? `pull request #${c.pr}, commit ${c.commit.slice(0, 12)}` : `commit ${c.commit.slice(0, 12)}`;
    const files = c.paths.length <= 3 ? c.paths.join(", ") : `${c.paths.slice(0, 3).join(", ")} and ${c.paths.length - 3} more`;
    return `${where} changed ${files} without the admins' approval (${c.missing.join("; ") || "not approved"})`;
  });
  return `${parts.join("; ")}: granting is frozen until the admins approve ${changes.length === 1 ? "that change" : "those changes"} on ${changes.length === 1 ? "its" : "their"} pull request or revert ${changes.length === 1 ? "it" : "them"} through an approved pull request`;
}

// src/commands/merged.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var ZERO = /^0+$/;
var isRequest = (path) => path.startsWith(`${REQUESTS_DIR}/`) && /\.ya?ml$/.test(path);
var isRevoke = (path) => path.startsWith(`${REVOKES_DIR}/`) && /\.ya?ml$/.test(path);
async function addedRequests(root, before, after) {
  const git = async (args) => (await run("git", args, { cwd: root, maxBuffer: 64 * 1024 * 1024 })).stdout;
  for (const [name, sha] of [
    ["before", before],
    ["after", after]
  ]) {
    if (!/^[0-9a-f]{40}$/.test(sha) || ZERO.test(sha))
      throw new ConfigError(
        `the push event's ${name} commit is "${sha}": gitjit applies pushes to an existing branch`
      );
    try {
      await git(["cat-file", "-e", `${sha}^{commit}`]);
    } catch {
      throw new ConfigError(
        `commit ${sha.slice(0, 12)} (the push's ${name}) is not in the checkout: check out with fetch-depth: 0`
      );
    }
  }
  const log = await git([
    "log",
    "--first-parent",
    "--diff-filter=A",
    "--no-renames",
    "--name-only",
    "-z",
    "--format=%x00%H%x20%ct%x20%P",
    `${before}..${after}`,
    "--",
    `${REQUESTS_DIR}/`,
    `${REVOKES_DIR}/`
  ]);
  const added = [];
  let commit = "";
  let parent = "";
  let committedAt = 0;
  for (const field of log.split("\0").map((f) => f.trim())) {
    const header = /^([0-9a-f]{40}) (\d+)(?: ([0-9a-f]{40}))?/.exec(field);
    if (header) {
      commit = header[1];
      committedAt = Number(header[2]) * 1e3;
      parent = header[3] ?? "";
    } else if (field && (isRequest(field) || isRevoke(field)) && !added.some((a) => a.path === field))
      added.push({ path: field, kind: isRevoke(field) ? "revoke" : "request", commit, parent, committedAt });
  }
  return added.reverse();
}
async function judgeMerged(forge, added, options) {
  const { path } = added;
  const pull = await mergedPullOf(forge, added.commit);
  if (!pull)
    return refused(path, void 0, {
      code: "no-pull-request",
      message: `${path} reached the default branch in commit ${added.commit.slice(0, 12)} without a merged pull request`
    });
  const report = await approvals(
    {
      pr: pull.number,
      policyDir: options.policyDir,
      now: options.now,
      report: false,
      ...options.held ? { held: options.held } : {},
      ...options.ledgerBranch ? { ledgerBranch: options.ledgerBranch } : {},
      ...options.mainAtMerge ? {
        governing: () => ({
          files: options.mainAtMerge,
          label: `the default branch's policy when it merged (${options.mainAtMerge.origin})`
        })
      } : {}
    },
    forge
  );
  const reasons = report.problems.map((p) => ({ code: p.code, message: p.message }));
  if (options.policyUnapproved && added.kind === "request") reasons.push(options.policyUnapproved);
  const subject = report.subjects.find((s) => s.kind === added.kind && s.subject === path);
  if (!subject)
    reasons.push({
      code: "not-in-pull-request",
      message: `pull request #${pull.number} does not add ${path}`
    });
  else {
    reasons.push(
      ...subject.errors.map((e) => ({ code: e.code, message: `${e.line}:${e.column} ${e.message}` }))
    );
    if (subject.errors.length === 0 && !subject.verdict?.satisfied)
      reasons.push({
        code: "not-approved",
        message: `merged without the approvals the policy requires: ${(subject.verdict?.missing ?? ["no verdict"]).join("; ")}`
      });
  }
  const reviewed = await forge.files(pull.headSha).read(path, MAX_YAML_BYTES);
  if (reviewed.kind !== "file" || !sameBytes(reviewed.bytes, options.content))
    reasons.push({
      code: "changed-after-review",
      message: `${path} on the default branch is not the file pull request #${pull.number} had at its reviewed head ${pull.headSha.slice(0, 7)}`
    });
  const approvedBy = subject?.verdict?.steps.flatMap((s) => s.approvedBy) ?? [];
  const revoke = subject?.revoke;
  if (reasons.length === 0 && revoke?.grantId && subject?.verdict)
    return {
      status: "revoke",
      path,
      pull,
      grantId: revoke.grantId,
      by: pull.author,
      self: revoke.self,
      approvedBy,
      reason: revoke.reason ?? "",
      report
    };
  if (reasons.length > 0 || !subject?.request || !subject.verdict) return refused(path, pull, ...reasons);
  return {
    status: "grant",
    path,
    pull,
    summary: subject.request,
    approvedBy,
    auto: subject.verdict.auto,
    report,
    ...subject.extension ? { extension: { grantId: subject.extension.grantId, to: subject.extension.to } } : {}
  };
}
function refused(path, pull, ...reasons) {
  return { status: "refused", path, ...pull ? { pull } : {}, reasons };
}
async function mergedPullOf(forge, commit) {
  const pulls = await Promise.all((await forge.pullsOfCommit(commit)).map((n) => forge.pull(n)));
  const merged = pulls.filter((p) => p.merged && p.baseRef === p.defaultBranch);
  return merged.find((p) => p.mergeCommitSha === commit) ?? merged[0];
}
var sameBytes = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

// src/commands/governance.ts
var run2 = promisify2(execFile2);
var ZERO_BLOB = /^0{40}$/;
var MAX_COMPARED_BYTES = 100 * 1024 * 1024;
async function checkGovernance(options, forge) {
  const { root, head, policyDir } = options;
  const git = async (args) => (await run2("git", args, { cwd: root, maxBuffer: 256 * 1024 * 1024 })).stdout;
  const specs = pathspecs(policyDir);
  const anchor = (await git(["rev-list", "--first-parent", "--reverse", head, "--", `:(icase)${trimSlashes(policyDir)}/`])).split("\n").find(Boolean);
  if (!anchor)
    throw new ConfigError(
      `no commit of the default branch's history adds ${trimSlashes(policyDir)}/: check out with fetch-depth: 0`
    );
  const changes = parseChanges(
    await git([
      "log",
      "--first-parent",
      "--diff-merges=first-parent",
      "--reverse",
      "--raw",
      "--no-abbrev",
      "--no-renames",
      "-z",
      "--format=%x00%H%x20%P",
      `${anchor}..${head}`,
      "--",
      ...specs
    ])
  );
  const chain = (await git(["rev-list", "--first-parent", head])).split("\n").filter(Boolean);
  const position = new Map(chain.map((sha, i) => [sha, i]));
  const judge = changeJudge(root, policyDir, forge);
  const trust = new GovernanceTrust(anchor);
  const fresh = [];
  const cleanAfter = [];
  for (const change of changes) {
    const known = options.known.get(change.commit);
    let verdict = known;
    if (!known?.approved) {
      verdict = await judge(change, trust.clean ? [] : [trust.lastClean]);
      if (!known || known.approved !== verdict.approved) fresh.push({ commit: change.commit, verdict });
    }
    trust.apply(change, verdict);
    cleanAfter.push({ index: position.get(change.commit) ?? -1, clean: trust.clean });
  }
  return {
    anchor,
    clean: trust.clean,
    unapproved: trust.unapproved(),
    fresh,
    cleanAt(commit) {
      const index = position.get(commit);
      if (index === void 0) return false;
      let clean = true;
      for (const c of cleanAfter) if (c.index >= index) clean = c.clean;
      return clean;
    }
  };
}
function pathspecs(policyDir) {
  return governancePaths(policyDir).map(
    (entry) => entry.startsWith("**/") ? `:(glob,icase)${entry}` : `:(icase)${entry}`
  );
}
function parseChanges(log) {
  const out = [];
  const tokens = log.split("\0");
  let current;
  for (let i = 0; i < tokens.length; i++) {
    const token = (tokens[i] ?? "").replace(/^\n/, "");
    const header = /^([0-9a-f]{40}) ?([0-9a-f]{40})?/.exec(token);
    if (token.startsWith(":")) {
      const [oldMode, newMode, oldSha, newSha] = token.slice(1).split(" ");
      const path = tokens[++i] ?? "";
      current?.paths.push({
        path,
        before: ZERO_BLOB.test(oldSha ?? "") ? null : `${oldMode}:${oldSha}`,
        after: ZERO_BLOB.test(newSha ?? "") ? null : `${newMode}:${newSha}`
      });
    } else if (header) {
      current = { commit: header[1], parent: header[2] ?? "", paths: [] };
      out.push(current);
    }
  }
  return out.filter((c) => c.paths.length > 0);
}
function blobId(bytes) {
  const hash = createHash("sha1");
  hash.update(`blob ${bytes.length}\0`);
  hash.update(bytes);
  return hash.digest("hex");
}
function changeJudge(root, policyDir, forge) {
  const rules = /* @__PURE__ */ new Map();
  const adminsAt = (commit) => {
    let known = rules.get(commit);
    if (!known) {
      known = (async () => {
        const compiled = await loadPolicy(await gitRefFiles(root, commit), policyDir).catch(
          (error2) => error2 instanceof ConfigError ? error2.message : Promise.reject(error2)
        );
        if (typeof compiled === "string") return compiled;
        const [error] = compiled.errors;
        if (error)
          return `the policy at ${commit.slice(0, 12)} has errors (${error.file}:${error.line} ${error.code})`;
        const admins = compiled.policy.admins;
        if (!admins) return `the policy at ${commit.slice(0, 12)} names no admins`;
        return { groups: admins.groups, count: admins.count, policy: compiled.policy };
      })();
      rules.set(commit, known);
    }
    return known;
  };
  return async (change, alsoJudgedBy) => {
    const unapproved = (missing2, pull2) => ({
      approved: false,
      ...pull2 ? { pr: pull2.number } : {},
      approvers: [],
      missing: missing2
    });
    const pull = await mergedPullOf(forge, change.commit);
    if (!pull) return unapproved(["it reached the default branch without a merged pull request"]);
    const missing = [];
    let approvers;
    const reviews = await reviewsOf(forge, pull.number);
    for (const at of [.../* @__PURE__ */ new Set([change.parent, ...alsoJudgedBy])]) {
      const rule = await adminsAt(at);
      if (typeof rule === "string") {
        missing.push(`no admins' rule to judge it by: ${rule}`);
        continue;
      }
      const verdict = await judgeReviews(forge, pull, reviews, rule);
      if (!verdict.satisfied)
        missing.push(
          ...verdict.missing.map(
            (m) => at === change.parent ? m : `by the last approved policy (${at.slice(0, 12)}): ${m}`
          )
        );
      approvers = [.../* @__PURE__ */ new Set([...approvers ?? [], ...verdict.steps.flatMap((s) => s.approvedBy)])];
    }
    if (pull.mergeCommitSha === change.commit) {
      const reviewed = forge.files(pull.headSha);
      for (const p of change.paths) {
        const read = await reviewed.read(p.path, MAX_COMPARED_BYTES);
        const atHead = read.kind === "file" ? blobId(read.bytes) : read.kind === "missing" ? null : "unreadable";
        const landed = p.after === null ? null : p.after.split(":")[1] ?? "";
        if (atHead !== landed)
          missing.push(
            `${p.path} on the default branch is not the file pull request #${pull.number} had at its reviewed head ${pull.headSha.slice(0, 7)}`
          );
      }
    }
    if (missing.length > 0) return unapproved(missing, pull);
    return { approved: true, pr: pull.number, approvers: approvers ?? [], missing: [] };
  };
}
async function judgeReviews(forge, pull, { reviews, dismissals }, rule) {
  const steps = [{ groups: rule.groups, count: rule.count }];
  const teams = [...new Set(rule.groups.flatMap((g) => rule.policy.groups.get(g)?.teams ?? []))];
  const teamMembers = new Map(
    await Promise.all(teams.map(async (t) => [t, await forge.teamMembers(t)]))
  );
  const writeAccess = /* @__PURE__ */ new Map();
  for (const review of latestReviews(reviews))
    if (stepsFor(review.login, review.bot, steps, rule.policy.groups, teamMembers).length > 0)
      writeAccess.set(review.login.toLowerCase(), await forge.canWrite(review.login));
  return evaluateApproval(
    { steps, selfApproval: false, auto: false },
    {
      author: pull.author,
      headSha: pull.headSha,
      reviews,
      dismissals,
      groups: rule.policy.groups,
      teamMembers,
      writeAccess
    }
  );
}
async function governanceVerdicts(store) {
  await store.read();
  const { records } = readChain((await store.contents({ anchors: false })).auditFiles);
  const verdicts = /* @__PURE__ */ new Map();
  for (const { record: r } of records) {
    if (r.grant !== GOVERNANCE_SUBJECT || typeof r.data.commit !== "string") continue;
    verdicts.set(r.data.commit, {
      approved: r.event === "governance-approved",
      ...typeof r.data.pr === "number" ? { pr: r.data.pr } : {},
      approvers: Array.isArray(r.data.approvers) ? r.data.approvers.map(String) : [],
      missing: Array.isArray(r.data.missing) ? r.data.missing.map(String) : []
    });
  }
  return verdicts;
}
async function recordGovernance(store, fresh, actor) {
  if (fresh.length === 0) return;
  await store.update(
    () => fresh.map(({ commit, verdict }) => ({
      event: verdict.approved ? "governance-approved" : "governance-unapproved",
      grant: GOVERNANCE_SUBJECT,
      actor,
      data: {
        commit,
        ...verdict.pr !== void 0 ? { pr: verdict.pr } : {},
        approvers: verdict.approvers,
        missing: verdict.missing
      }
    }))
  );
}

export {
  describeUnapproved,
  addedRequests,
  judgeMerged,
  checkGovernance,
  governanceVerdicts,
  recordGovernance
};
