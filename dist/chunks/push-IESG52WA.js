import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  addedRequests,
  checkGovernance,
  describeUnapproved,
  judgeMerged
} from "./chunk-HJCF7MYS.js";
import {
  EXPIRY_WORDS,
  code,
  fitComment,
  text,
  tryWrite,
  upsertSticky
} from "./chunk-KCYLYICL.js";
import "./chunk-CIW6PEP5.js";
import {
  MAX_YAML_BYTES
} from "./chunk-DZM7CMSQ.js";
import {
  ConfigError,
  gitRefFiles
} from "./chunk-4K5Z72Y7.js";
import {
  ServiceError
} from "./chunk-ZA6GFXEH.js";
import "./chunk-GPPQHAHS.js";
import {
  ProviderError
} from "./chunk-45KOD4DP.js";
import "./chunk-UVXFV62D.js";

// src/action/push.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";

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
var run = promisify(execFile);
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
  const provenance = await governanceOf(context.workspace, after, inputs.policyDir, forge, io, granting);
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
        const unapproved = frozenFor(provenance, request);
        const verdict = await judgeMerged(forge, request, {
          policyDir: inputs.policyDir,
          now: options.now,
          content,
          ledgerBranch: inputs.ledgerBranch,
          ...granting ? { held: granting.held } : {},
          ...request.parent ? { mainAtMerge: await gitRefFiles(context.workspace, request.parent) } : {},
          ...unapproved ? { policyUnapproved: unapproved } : {}
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
  const refused = all.filter((o) => o.status === "refused").length;
  const failed = all.filter((o) => o.status === "failed").length;
  if (refused + failed > 0)
    io.fail(
      `gitjit apply: ${[refused ? `${refused} refused` : "", failed ? `${failed} failed` : ""].filter(Boolean).join(", ")} (see the annotations)`
    );
  return all;
}
async function governanceOf(root, head, policyDir, forge, io, granting) {
  try {
    const report2 = await checkGovernance(
      { root, head, policyDir, known: await granting?.governanceVerdicts() ?? /* @__PURE__ */ new Map() },
      forge
    );
    await granting?.recordGovernance(report2.fresh);
    if (!report2.clean)
      io.error(`policy-unapproved: ${describeUnapproved(report2.unapproved)}`, {
        title: "gitjit: the policy on the default branch is not approved"
      });
    return report2;
  } catch (error) {
    return { error };
  }
}
function frozenFor(provenance, request) {
  if (request.kind !== "request") return void 0;
  if ("error" in provenance) throw provenance.error;
  if (!provenance.clean)
    return { code: "policy-unapproved", message: describeUnapproved(provenance.unapproved) };
  if (!provenance.cleanAt(request.parent))
    return {
      code: "policy-unapproved",
      message: `it merged while the default branch's policy held a change the admins had not approved (commit ${request.parent.slice(0, 12)}); open a new pull request`
    };
  return void 0;
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
  const { stdout } = await run("git", ["cat-file", "blob", `${commit}:${path}`], {
    cwd: root,
    encoding: "buffer",
    maxBuffer: MAX_YAML_BYTES + 1
  });
  return new Uint8Array(stdout);
}
export {
  applyMode
};
