import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  EXPIRY_WORDS,
  approvals,
  code,
  fitComment,
  text,
  tryWrite,
  upsertSticky
} from "./chunk-UYW4KYYS.js";
import {
  MAX_YAML_BYTES,
  REQUESTS_DIR,
  REVOKES_DIR
} from "./chunk-P43FLCLS.js";
import "./chunk-LTKJ3TKB.js";
import {
  ConfigError
} from "./chunk-OKDEPWAF.js";
import {
  ServiceError
} from "./chunk-ZA6GFXEH.js";
import "./chunk-GPPQHAHS.js";
import {
  ProviderError
} from "./chunk-45KOD4DP.js";
import "./chunk-UVXFV62D.js";

// src/action/push.ts
import { execFile as execFile2 } from "node:child_process";
import { promisify as promisify2 } from "node:util";

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
    "--format=%x00%H",
    `${before}..${after}`,
    "--",
    `${REQUESTS_DIR}/`,
    `${REVOKES_DIR}/`
  ]);
  const added = [];
  let commit = "";
  for (const field of log.split("\0").map((f) => f.trim())) {
    if (/^[0-9a-f]{40}$/.test(field)) commit = field;
    else if (field && (isRequest(field) || isRevoke(field)) && !added.some((a) => a.path === field))
      added.push({ path: field, kind: isRevoke(field) ? "revoke" : "request", commit });
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
  const report2 = await approvals(
    {
      pr: pull.number,
      policyDir: options.policyDir,
      now: options.now,
      report: false,
      ...options.held ? { held: options.held } : {},
      ...options.ledgerBranch ? { ledgerBranch: options.ledgerBranch } : {}
    },
    forge
  );
  const reasons = report2.problems.map((p) => ({ code: p.code, message: p.message }));
  const subject = report2.subjects.find((s) => s.kind === added.kind && s.subject === path);
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
      report: report2
    };
  if (reasons.length > 0 || !subject?.request || !subject.verdict) return refused(path, pull, ...reasons);
  return {
    status: "grant",
    path,
    pull,
    summary: subject.request,
    approvedBy,
    auto: subject.verdict.auto,
    report: report2,
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

// src/core/render/apply-comment.ts
var APPLY_MARKER = "<!-- gitjit:apply-result -->";
var HEADLINE = {
  granted: "\u2705 granted",
  approved: "\u2705 approved (dry run: nothing applied)",
  extended: "\u2705 extended",
  revoked: "\u2705 revoked",
  "revoke-approved": "\u2705 approved (dry run: nothing revoked)",
  already: "\u2705 already done",
  refused: "\u274C refused: nothing granted",
  failed: "\u26A0\uFE0F failed: nothing granted"
};
function renderApplyComment(outcomes, context = {}) {
  const lines = [APPLY_MARKER, "### gitjit apply"];
  for (const o of outcomes) {
    const headline = o.status === "already" ? `\u2705 already ${o.done ?? "granted"}` : HEADLINE[o.status];
    lines.push("", `#### ${code(o.path)}: ${headline}`, "");
    switch (o.status) {
      case "granted":
        lines.push(
          `Grant ${code(o.grantId)} to ${code(o.principal)} until ${text(o.expiresAt)}.`,
          "",
          `Expiry: ${EXPIRY_WORDS[o.expiry]}.`
        );
        break;
      case "approved":
        lines.push(`Would be granted to ${code(o.principal)}.`);
        break;
      case "extended":
        lines.push(
          `Grant ${code(o.grantId)} now ends at ${text(o.expiresAt)}: the same grant, with no gap.`,
          "",
          `Expiry: ${EXPIRY_WORDS[o.expiry]}.`
        );
        break;
      case "revoked":
        lines.push(
          `Grant ${code(o.grantId)} has ended: removed from the platform and recorded in the ledger.`
        );
        break;
      case "revoke-approved":
        lines.push(`Grant ${code(o.grantId)} would be revoked.`);
        break;
      case "already":
        lines.push(
          `Grant ${code(o.grantId)} was ${o.done ?? "granted"} by an earlier run; nothing was applied again.`
        );
        break;
      case "refused":
        lines.push(...o.reasons.map((r) => `- **${text(r.code)}**: ${text(r.message)}`));
        break;
      case "failed":
        lines.push(
          `**${text(o.code)}**: ${text(o.message)}`,
          "",
          "The other requests of this merge went on; re-running the workflow retries this one."
        );
        break;
    }
  }
  if (context.runUrl) lines.push("", `<sub><a href="${encodeURI(context.runUrl)}">workflow run</a></sub>`);
  return fitComment(lines.join("\n"), "_The rest is cut: GitHub limits a comment's length._");
}

// src/action/push.ts
var run2 = promisify2(execFile2);
async function applyMode(options, forge, io, granting) {
  const { context, inputs } = options;
  const event = context.event;
  const branch = event.repository?.default_branch;
  if (typeof branch !== "string" || event.ref !== `refs/heads/${branch}`)
    throw new ConfigError(`apply runs on pushes to the default branch; this push is to ${String(event.ref)}`);
  const after = String(event.after ?? "");
  const added = await addedRequests(context.workspace, String(event.before ?? ""), after);
  io.info(
    `gitjit apply: ${added.length} request or revoke file${added.length === 1 ? "" : "s"} added by this push`
  );
  const outcomes = [];
  for (const request of added) {
    let pr;
    let outcome;
    try {
      const earlier = await granting?.earlier(request);
      if (earlier) {
        pr = earlier.pr;
        outcome = earlier.outcome;
      } else {
        const content = await fileAt(context.workspace, after, request.path);
        const verdict = await judgeMerged(forge, request, {
          policyDir: inputs.policyDir,
          now: options.now,
          content,
          ledgerBranch: inputs.ledgerBranch,
          ...granting ? { held: granting.held } : {}
        });
        pr = verdict.pull?.number;
        outcome = await settle(verdict, granting);
      }
    } catch (error) {
      outcome = { status: "failed", path: request.path, ...failure(error) };
    }
    outcomes.push({ added: request, ...pr !== void 0 ? { pr } : {}, outcome });
    report(io, outcome);
  }
  const all = outcomes.map((o) => o.outcome);
  for (const pr of new Set(outcomes.flatMap((o) => o.pr !== void 0 ? [o.pr] : []))) {
    const body = renderApplyComment(
      outcomes.filter((o) => o.pr === pr).map((o) => o.outcome),
      context.runUrl ? { runUrl: context.runUrl } : {}
    );
    await tryWrite(io, `comment the result on pull request #${pr}`, async () => {
      await upsertSticky(forge, pr, body, APPLY_MARKER);
    });
  }
  await io.appendSummary(summary(all));
  io.setOutput("granted", JSON.stringify(all.flatMap((o) => o.status === "granted" ? [o.grantId] : [])));
  io.setOutput("refused", JSON.stringify(all.flatMap((o) => o.status === "refused" ? [o.path] : [])));
  const refused2 = all.filter((o) => o.status === "refused").length;
  const failed = all.filter((o) => o.status === "failed").length;
  if (refused2 + failed > 0)
    io.fail(
      `gitjit apply: ${[refused2 ? `${refused2} refused` : "", failed ? `${failed} failed` : ""].filter(Boolean).join(", ")} (see the annotations)`
    );
  return all;
}
async function settle(verdict, granting) {
  if (verdict.status === "refused") {
    await granting?.refuse(verdict);
    return { status: "refused", path: verdict.path, reasons: verdict.reasons };
  }
  if (verdict.status === "revoke") {
    if (!granting) return { status: "revoke-approved", path: verdict.path, grantId: verdict.grantId };
    return granting.revoke(verdict);
  }
  if (!granting) return { status: "approved", path: verdict.path, principal: verdict.summary.principal };
  return granting.grant(verdict);
}
function failure(error) {
  if (error instanceof ServiceError || error instanceof ProviderError)
    return { code: error.code, message: error.message };
  if (error instanceof ConfigError) return { code: "config-error", message: error.message };
  return { code: "internal-error", message: error instanceof Error ? error.message : String(error) };
}
function report(io, o) {
  const where = { file: o.path, title: `gitjit apply ${o.status}` };
  if (o.status === "refused") io.error(o.reasons.map((r) => `${r.code}: ${r.message}`).join("\n"), where);
  else if (o.status === "failed") io.error(`${o.code}: ${o.message}`, where);
  else io.info(`${o.path}: ${o.status}`);
}
function summary(outcomes) {
  if (outcomes.length === 0) return "### gitjit apply\n\nThis push added no requests and no revokes.";
  return [
    "### gitjit apply",
    "",
    "| request | result |",
    "| --- | --- |",
    ...outcomes.map(
      (o) => `| ${code(o.path)} | ${text(o.status === "failed" || o.status === "refused" ? `${o.status}: ${o.status === "failed" ? o.code : o.reasons.map((r) => r.code).join(", ")}` : o.status)} |`
    )
  ].join("\n");
}
async function fileAt(root, commit, path) {
  const { stdout } = await run2("git", ["cat-file", "blob", `${commit}:${path}`], {
    cwd: root,
    encoding: "buffer",
    maxBuffer: MAX_YAML_BYTES + 1
  });
  return new Uint8Array(stdout);
}
export {
  applyMode
};
