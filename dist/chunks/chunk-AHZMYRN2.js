import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  addedRequests,
  checkGovernance,
  describeUnapproved,
  judgeMerged
} from "./chunk-HKH4LUNY.js";
import {
  nextAttempt
} from "./chunk-LQUFDZGF.js";
import {
  EXPIRY_WORDS,
  code,
  fitComment,
  text,
  tryWrite,
  upsertSticky
} from "./chunk-MOWKEHPX.js";
import {
  MAX_YAML_BYTES,
  trimSlashes
} from "./chunk-7APOGDFR.js";
import {
  ConfigError,
  gitRefFiles
} from "./chunk-35Q76FXJ.js";
import {
  ServiceError
} from "./chunk-XO5CDKIS.js";
import {
  GRANT_ID_PATTERN
} from "./chunk-EI2MP62G.js";
import {
  ProviderError
} from "./chunk-6DV6XXR4.js";

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
  lapsed: "\u231B lapsed: nothing granted",
  scheduled: "\u23F3 scheduled",
  failed: "\u26A0\uFE0F failed: nothing granted"
};
function renderApplyComment(outcomes, context = {}) {
  const delivered = context.previous === void 0 ? /* @__PURE__ */ new Map() : credentialsIn(context.previous);
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
        if (o.credential) lines.push("", ...renderCredential(o.grantId, o.credential));
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
        if (o.login)
          lines.push(
            "",
            `The temporary login ${code(o.login.username)} keeps its password${o.login.pr !== void 0 ? ` (delivered on pull request #${o.login.pr})` : ""}: only the time it is valid until moved.`
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
        {
          const credential = (o.done ?? "granted") === "granted" ? delivered.get(o.grantId) : void 0;
          if (credential) lines.push("", ...renderCredential(o.grantId, credential));
        }
        break;
      case "refused":
        lines.push(...o.reasons.map((r) => `- **${text(r.code)}**: ${text(r.message)}`));
        break;
      case "lapsed":
        lines.push(text(o.reason));
        break;
      case "scheduled":
        lines.push(
          `Grant ${code(o.grantId)} to ${code(o.principal)} from ${text(o.startsAt)} until ${text(o.expiresAt)}.`,
          "",
          "Nothing is on the platform yet: its platform cannot hold a start time, so gitjit's sweep grants it at its start (up to one sweep interval later) and the access still ends at the time above."
        );
        break;
      case "failed":
        lines.push(
          `**${text(o.code)}**: ${text(o.message)}`,
          "",
          "The other requests of this merge went on; the next apply or sweep retries this one until it lands or its window ends."
        );
        break;
    }
  }
  if (context.runUrl) lines.push("", `<sub><a href="${encodeURI(context.runUrl)}">workflow run</a></sub>`);
  return fitComment(lines.join("\n"), "_The rest is cut: GitHub limits a comment's length._");
}
var CREDENTIAL_MARKER = "<!-- gitjit:credential ";
var CREDENTIAL_END = "<!-- gitjit:credential-end -->";
var ARMOR = /^-----BEGIN AGE ENCRYPTED FILE-----\n(?:[A-Za-z0-9+/=]{1,64}\n)+-----END AGE ENCRYPTED FILE-----\n?$/;
function renderCredential(grantId, c) {
  const file = `${grantId}.age`;
  const key = c.recipients.some((r) => r.type === "ssh-ed25519") ? "~/.ssh/id_ed25519" : "~/.ssh/id_rsa";
  const about = {
    grant: grantId,
    username: c.username,
    expiresAt: c.expiresAt,
    recipients: c.recipients.map((r) => ({ type: r.type, fingerprint: r.fingerprint }))
  };
  const hidden = JSON.stringify(about).replace(
    /[<>&]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  return [
    `${CREDENTIAL_MARKER}${hidden} -->`,
    `**Your temporary login** ${code(c.username)}, valid until ${text(c.expiresAt)}. Its password is encrypted to your public SSH keys on GitHub (${c.recipients.map((r) => `${code(r.fingerprint)} ${text(r.type)}`).join(", ")}): only the holder of one of their private keys can read it, and gitjit keeps no other copy. Extending this grant keeps the same password.`,
    "",
    `Save the block below as ${code(file)}, then connect (with your private key's path after \`-i\`, e.g. \`~/.ssh/id_rsa\` for an RSA key):`,
    "",
    "```sh",
    `psql "$(age -d -i ${key} ${file})"`,
    "```",
    "",
    "It decrypts to a libpq connection string (server, database, user and password), which any libpq client takes as it is.",
    "",
    "```",
    ARMOR.test(c.armored) ? c.armored.replace(/\n$/, "") : "(not shown: the ciphertext is not an age file)",
    "```",
    CREDENTIAL_END
  ];
}
function credentialsIn(comment) {
  const body = comment.replace(/\r\n/g, "\n");
  const found = /* @__PURE__ */ new Map();
  let at = body.indexOf(CREDENTIAL_MARKER);
  while (at >= 0) {
    const end = body.indexOf(CREDENTIAL_END, at);
    if (end < 0) break;
    const section = body.slice(at, end);
    at = body.indexOf(CREDENTIAL_MARKER, end);
    const hidden = /^<!-- gitjit:credential (\{.*\}) -->\n/.exec(section)?.[1];
    const armored = /\n```\n(-----BEGIN AGE ENCRYPTED FILE-----\n[\s\S]*?\n-----END AGE ENCRYPTED FILE-----)\n```\n$/.exec(
      section
    )?.[1];
    if (hidden === void 0 || armored === void 0 || !ARMOR.test(`${armored}
`)) continue;
    let about;
    try {
      about = JSON.parse(hidden);
    } catch {
      continue;
    }
    const a = about;
    if (typeof a.grant !== "string" || !GRANT_ID_PATTERN.test(a.grant) || typeof a.username !== "string" || typeof a.expiresAt !== "string" || !Array.isArray(a.recipients) || !a.recipients.every(
      (r) => typeof r?.type === "string" && typeof r?.fingerprint === "string"
    ))
      continue;
    found.set(a.grant, {
      username: a.username,
      expiresAt: a.expiresAt,
      armored: `${armored}
`,
      recipients: a.recipients.map((r) => ({
        type: r.type,
        fingerprint: r.fingerprint
      }))
    });
  }
  return found;
}

// src/action/settle.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
async function settleMerged(options, forge, io, granting) {
  const { root, head, policyDir, now } = options;
  const provenance = options.provenance ?? await governanceOf(root, head, policyDir, forge, io, granting);
  const candidates = await filesToSettle(options, granting);
  if (candidates.length > 0)
    io.info(
      `gitjit: ${candidates.length} request or revoke file${candidates.length === 1 ? "" : "s"} to settle`
    );
  const settlement = await granting?.settlement() ?? /* @__PURE__ */ new Map();
  const out = [];
  for (const added of candidates) {
    let pr;
    let outcome;
    try {
      const earlier = await granting?.earlier(added);
      const state = settlement.get(added.path);
      const retryAt = state?.state === "failing" ? nextAttempt(state, options.retryBaseMs) : void 0;
      if (earlier) {
        pr = earlier.pr;
        outcome = earlier.outcome;
      } else if (retryAt && retryAt > now.getTime() && state?.state === "failing") {
        outcome = {
          status: "failed",
          path: added.path,
          code: "apply-failing",
          message: `the platform refused ${state.attempts} time${state.attempts === 1 ? "" : "s"} (last: ${state.message}); tried again after ${new Date(retryAt).toISOString()}`
        };
      } else {
        const content = await fileAt(root, added.commit, added.path);
        const unapproved = frozenFor(provenance, added);
        const mergedAt = new Date(Math.min(added.committedAt, now.getTime()));
        const verdict = await judgeMerged(forge, added, {
          policyDir,
          now: mergedAt,
          content,
          ledgerBranch: options.ledgerBranch,
          ...granting ? { held: granting.held } : {},
          ...added.parent ? { mainAtMerge: await gitRefFiles(root, added.parent) } : {},
          ...unapproved ? { policyUnapproved: unapproved } : {}
        });
        pr = verdict.pull?.number;
        outcome = await settle(verdict, granting, now);
      }
    } catch (error) {
      outcome = { status: "failed", path: added.path, ...failure(error) };
    }
    out.push({ added, ...pr !== void 0 ? { pr } : {}, outcome });
  }
  return out;
}
async function filesToSettle(options, granting) {
  const { root, head, pushed } = options;
  const own = pushed ? await addedRequests(root, pushed.before, pushed.after) : [];
  if (!granting) return own;
  const anchor = await firstPolicyCommit(root, head, options.policyDir);
  const all = await addedRequests(root, anchor, head);
  const settlement = await granting.settlement();
  const ownPaths = new Set(own.map((a) => a.path));
  return all.filter((a) => ownPaths.has(a.path) || settlement.get(a.path)?.state !== "settled");
}
async function firstPolicyCommit(root, head, policyDir) {
  const { stdout } = await run(
    "git",
    ["rev-list", "--first-parent", "--reverse", head, "--", `:(icase)${trimSlashes(policyDir)}/`],
    { cwd: root, maxBuffer: 256 * 1024 * 1024 }
  );
  const anchor = stdout.split("\n").find(Boolean);
  if (!anchor)
    throw new ConfigError(
      `no commit of the default branch's history adds ${trimSlashes(policyDir)}/: check out with fetch-depth: 0`
    );
  return anchor;
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
async function settle(verdict, granting, now) {
  if (verdict.status === "refused") {
    await granting?.refuse(verdict);
    return { status: "refused", path: verdict.path, reasons: verdict.reasons };
  }
  if (verdict.status === "revoke") {
    if (!granting) return { status: "revoke-approved", path: verdict.path, grantId: verdict.grantId };
    const outcome = await granting.revoke(verdict);
    if (outcome.status === "already")
      await granting.lapse(verdict, `${verdict.grantId} had already ended when the revoke was applied`);
    return recordRefusal(outcome, verdict, granting);
  }
  const window = verdict.extension ? void 0 : verdict.summary;
  if (window && Date.parse(window.expiresAt) <= now.getTime()) {
    const reason = `its window (${window.startsAt} to ${window.expiresAt}) had ended before it could be applied; nothing was granted late`;
    await granting?.lapse(verdict, reason);
    return { status: "lapsed", path: verdict.path, reason };
  }
  if (!granting) return { status: "approved", path: verdict.path, principal: verdict.summary.principal };
  return recordRefusal(await granting.grant(verdict), verdict, granting);
}
async function recordRefusal(outcome, verdict, granting) {
  if (outcome.status === "refused")
    await granting.refuse({
      status: "refused",
      path: verdict.path,
      pull: verdict.pull,
      reasons: outcome.reasons
    });
  return outcome;
}
function failure(error) {
  if (error instanceof ServiceError || error instanceof ProviderError)
    return { code: error.code, message: error.message };
  if (error instanceof ConfigError) return { code: "config-error", message: error.message };
  return { code: "internal-error", message: error instanceof Error ? error.message : String(error) };
}
async function fileAt(root, commit, path) {
  const { stdout } = await run("git", ["cat-file", "blob", `${commit}:${path}`], {
    cwd: root,
    encoding: "buffer",
    maxBuffer: MAX_YAML_BYTES + 1
  });
  return new Uint8Array(stdout);
}

// src/action/push.ts
async function applyMode(options, forge, io, granting) {
  const { context, inputs } = options;
  const event = context.event;
  const branch = event.repository?.default_branch;
  if (typeof branch !== "string" || event.ref !== `refs/heads/${branch}`)
    throw new ConfigError(`apply runs on pushes to the default branch; this push is to ${String(event.ref)}`);
  const before = String(event.before ?? "");
  const after = String(event.after ?? "");
  const settled = await settleMerged(
    {
      root: context.workspace,
      head: after,
      pushed: { before, after },
      policyDir: inputs.policyDir,
      ledgerBranch: inputs.ledgerBranch,
      now: options.now,
      ...options.retryBaseMs !== void 0 ? { retryBaseMs: options.retryBaseMs } : {}
    },
    forge,
    io,
    granting
  );
  return reportSettled(settled, {
    forge,
    io,
    ...context.runUrl ? { runUrl: context.runUrl } : {},
    what: "apply"
  });
}
async function reportSettled(settled, options) {
  const { forge, io } = options;
  for (const s of settled) report(io, s.outcome);
  const all = settled.map((o) => o.outcome);
  for (const pr of new Set(settled.flatMap((o) => o.pr !== void 0 ? [o.pr] : []))) {
    const body = (previous) => renderApplyComment(
      settled.filter((o) => o.pr === pr).map((o) => o.outcome),
      { ...options.runUrl ? { runUrl: options.runUrl } : {}, ...previous ? { previous } : {} }
    );
    await tryWrite(io, `comment the result on pull request #${pr}`, async () => {
      await upsertSticky(forge, pr, body, APPLY_MARKER);
    });
  }
  if (options.what === "sweep") return all;
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

export {
  APPLY_MARKER,
  renderApplyComment,
  settleMerged,
  governanceOf,
  applyMode,
  reportSettled
};
