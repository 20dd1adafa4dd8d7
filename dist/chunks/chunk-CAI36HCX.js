import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  fence
} from "./chunk-CIW6PEP5.js";
import {
  ServiceError
} from "./chunk-ZA6GFXEH.js";
import {
  expiryEnforcement
} from "./chunk-GPPQHAHS.js";

// src/core/approval/pull-request-check.ts
function checkPullRequest(report, pull, governanceErrors = [], plans = {}) {
  const invalid = report.problems.length > 0 || governanceErrors.length > 0 || report.subjects.some((s) => s.errors.length > 0 || s.kind === "request" && !s.request);
  const approved = !invalid && report.satisfied;
  const verdict = invalid ? "invalid" : report.subjects.length === 0 ? "nothing" : approved ? "approved" : "waiting";
  const [governanceError] = governanceErrors;
  const status = governanceError && report.problems.length === 0 ? `Invalid governance change: ${governanceError.file} ${governanceError.code}${governanceErrors.length > 1 ? ` (+${governanceErrors.length - 1} more)` : ""}` : report.summary;
  return { report, ...pull, governanceErrors, valid: !invalid, approved, verdict, status, plans };
}
var place = (file, d, severity) => ({
  code: d.code,
  message: d.message,
  file,
  line: d.line,
  column: d.column,
  severity
});
function problemsOf(check) {
  const { report } = check;
  const errors = [
    ...report.problems.map(
      (p) => ({
        code: p.code,
        message: p.message,
        ...p.path !== void 0 ? { file: p.path } : {},
        severity: "error"
      })
    ),
    ...check.governanceErrors.map((d) => place(d.file, d, "error")),
    ...report.subjects.flatMap((s) => s.errors.map((d) => place(s.subject, d, "error")))
  ];
  const warnings = [
    ...report.subjects.flatMap((s) => (s.warnings ?? []).map((d) => place(s.subject, d, "warning"))),
    ...report.warnings.map((message) => ({ code: "warning", message, severity: "warning" }))
  ];
  return [...errors, ...warnings];
}

// src/core/render/markdown.ts
var MAX_SHOWN = 300;
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
function text(value, max = MAX_SHOWN) {
  const flat = value.replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]+/gu, " ").trim();
  const cut = [...flat].length > max ? `${[...flat].slice(0, max - 1).join("")}\u2026` : flat;
  return cut.replace(/[&<>"]/g, (c) => HTML[c]).replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`).replace(/@/g, "@&#8203;").replace(/:\/\//g, ":&#8203;//").replace(/\bwww\\\./gi, (m) => `${m.slice(0, 3)}&#8203;\\.`);
}
function code(value, max = MAX_SHOWN) {
  return `<code>${text(value, max)}</code>`;
}
function table(header, rows) {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`)
  ];
}
var MAX_COMMENT = 65536;
function fitComment(body, note, max = MAX_COMMENT - 1e3) {
  if (body.length <= max) return body;
  const cut = body.lastIndexOf("\n", max);
  return `${body.slice(0, cut > 0 ? cut : max)}

${note}`;
}

// src/core/render/pull-request-comment.ts
var STICKY_MARKER = "<!-- gitjit:pull-request-report -->";
var HEADLINE = {
  approved: "\u2705 approved: granted when merged",
  waiting: "\u23F3 valid, waiting for approval",
  invalid: "\u274C invalid: fix the problems below",
  nothing: "\u2796 nothing for gitjit to grant"
};
var EXPIRY_WORDS = {
  native: "**native**: the platform itself ends it on time",
  sweep: "**sweep**: gitjit's scheduled sweep removes it (the platform cannot end it by itself)"
};
function renderPullRequestComment(check, context = {}) {
  return fitComment(
    [STICKY_MARKER, ...renderBody(check, context)].join("\n"),
    "_The rest is cut: GitHub limits a comment's length. The job summary of the run has everything._"
  );
}
function renderPullRequestSummary(check, context = {}) {
  return renderBody(check, context).join("\n");
}
function renderBody(check, context) {
  const { report } = check;
  const revokesOnly = report.subjects.length > 0 && report.subjects.every((s) => s.kind === "revoke");
  const headline = check.verdict === "approved" && revokesOnly ? "\u2705 approved: revoked when merged" : HEADLINE[check.verdict];
  const lines = [
    `### gitjit: ${headline}`,
    "",
    `${text(check.title)} \xB7 ${code(check.headRef)} into ${code(check.baseRef)} by ${text(report.author)} \xB7 head ${code(report.headSha.slice(0, 7))} \xB7 policy from the base ${code(report.baseSha.slice(0, 7))}`
  ];
  if (report.judgedAlsoBy)
    lines.push(
      "",
      `> **The base is older than the default branch's policy.** This pull request is judged by both the base's policy and ${text(report.judgedAlsoBy)}; the stricter verdict stands, and at merge the policy of the default branch as it is then decides too. Update the branch to be judged by the current policy alone.`
    );
  const problems = problemsOf(check);
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  if (errors.length > 0) lines.push("", "#### Problems", "", ...errors.map(problemLine));
  for (const subject of report.subjects)
    lines.push("", ...renderSubject(subject, report.approvers ?? {}, check.plans[subject.subject]));
  if (warnings.length > 0) lines.push("", "#### Warnings", "", ...warnings.map(problemLine));
  lines.push(
    "",
    `<sub>${text(report.summary)}${context.runUrl ? ` \xB7 <a href="${encodeURI(context.runUrl)}">workflow run</a>` : ""}</sub>`
  );
  return lines;
}
function problemLine(p) {
  const where = p.file !== void 0 ? `${code(p.line !== void 0 ? `${p.file}:${p.line}:${p.column}` : p.file)} ` : "";
  return `- ${where}**${text(p.code)}**: ${text(p.message)}`;
}
function renderSubject(s, approvers, plan) {
  const lines = s.kind === "governance" ? [
    "#### Governance change",
    "",
    "This pull request changes the policy, the schemas, CODEOWNERS, the workflows or gitjit itself: the admins' approval rule applies, and it carries no access requests."
  ] : [`#### ${code(s.subject)}`];
  if (s.kind === "revoke") return [...lines, ...renderRevoke(s, approvers)];
  if (s.request && (s.request.extends === void 0 || s.extension))
    lines.push("", ...renderPlan(s.request, s.extension), ...plan ? renderOperations(plan) : []);
  else if (s.kind === "request")
    lines.push("", "Not valid: nothing will be granted until the problems above are fixed.");
  lines.push("", ...renderTally(s, approvers));
  return lines;
}
function renderRevoke(s, approvers) {
  const r = s.revoke;
  const entry = r?.entry;
  if (!r || s.errors.length > 0)
    return ["", "Not valid: nothing will be revoked until the problems above are fixed."];
  const lines = [
    "",
    ...table(
      ["revoke", ""],
      [
        ["grant", code(r.grantId ?? "")],
        ...entry ? [
          ["held by", `${code(entry.principal)} (requested by ${text(entry.requester)})`],
          ["profile", code(entry.profile)],
          ["provider", code(entry.grant.provider)],
          ["would end", text(entry.expiresAt)]
        ] : [],
        ["ends", "when this pull request is merged"],
        ["asked by", text(r.requester ?? "")],
        ["reason", text(r.reason ?? "")]
      ]
    ),
    ""
  ];
  if (r.self)
    lines.push(
      `**Approvals**: none needed: ${text(r.requester ?? "")} gives up their own grant, and less access is always safe.`
    );
  else if (s.alternatives) {
    lines.push(
      `**Approvals**: ${s.verdict?.satisfied ? "met" : "not yet met"}; ending someone else's grant needs any one of:`
    );
    for (const a of s.alternatives) lines.push("", ...renderAlternative(a, approvers));
    if (s.alternatives.length === 0 && s.verdict)
      lines.push("", ...s.verdict.missing.map((m) => `- ${text(m)}`));
  }
  return lines;
}
function renderAlternative(a, approvers) {
  const tally = renderTally(
    { subject: a.label, kind: "revoke", errors: [], ...a.verdict ? { verdict: a.verdict } : {} },
    approvers
  );
  return [`##### ${text(a.label)}`, "", ...tally];
}
function renderPlan(r, extension) {
  const where = Object.entries(r.grant).filter(([key]) => key !== "provider").map(([key, value]) => `${text(key)} ${code(typeof value === "string" ? value : JSON.stringify(value))}`).join(", ");
  const expiry = expiryEnforcement(r.grant);
  return table(
    ["grant", ""],
    [
      ["profile", code(r.profile)],
      ["provider", code(r.provider)],
      extension?.principal !== void 0 ? ["to", `${code(extension.principal)} (the principal the grant was made to)`] : ["to", `${code(r.principal)} (from the policy's identities for ${text(r.requester)})`],
      ["where", where || "\u2014"],
      ...extension ? [
        [
          "extends",
          `${code(extension.grantId)}: its expiry moves from ${text(extension.from)}, with no gap and no second grant`
        ],
        ["until", `${text(extension.to)} (${text(r.duration)} more)`]
      ] : [
        ["from", r.scheduled ? text(r.startsAt) : "when the pull request is merged"],
        [
          "until",
          r.scheduled ? `${text(r.expiresAt)} (${text(r.duration)})` : `${text(r.duration)} after that`
        ]
      ],
      ["expiry", EXPIRY_WORDS[expiry]],
      ["justification", text(r.justification)],
      ...r.ticket !== void 0 ? [["ticket", code(r.ticket)]] : []
    ]
  );
}
function renderOperations(plan) {
  const lines = ["", `<details><summary>What apply will do: grant ${code(plan.id)}</summary>`, ""];
  lines.push(...plan.notes.map((n) => `- ${text(n, 1e3)}`));
  if (plan.error)
    lines.push("", `**Cannot be granted** (${code(plan.error.code)}): ${text(plan.error.message)}`);
  plan.operations.forEach((op, i) => {
    const body = typeof op.body === "string" ? fence(op.body, op.api === "sql" ? "sql" : "") : fence(JSON.stringify(op.body, null, 2), "json");
    lines.push("", `${i + 1}. ${code(op.api)}`, "", body);
  });
  lines.push("", "</details>");
  return lines;
}
function renderTally(s, approvers) {
  const v = s.verdict;
  if (!v) return s.errors.length > 0 ? [] : ["Approvals: not judged."];
  if (v.auto) return ["**Approvals**: none needed, the policy approves this automatically."];
  const lines = [
    `**Approvals**: ${v.satisfied ? "met" : "not yet met"}`,
    "",
    ...table(
      ["step", "from", "approved by"],
      v.steps.map((step, i) => [
        `${i + 1}: ${step.approvedBy.length}/${step.count}${step.approvedBy.length >= step.count ? " \u2705" : ""}`,
        step.groups.map((g) => `${code(g)}${approvers[g] ? ` (${approvers[g].map((p) => text(p)).join(", ")})` : ""}`).join(", "),
        step.approvedBy.length > 0 ? step.approvedBy.map((l) => text(l)).join(", ") : "nobody yet"
      ])
    )
  ];
  if (v.missing.length > 0) lines.push("", "Still needed:", "", ...v.missing.map((m) => `- ${text(m)}`));
  if (v.ignored.length > 0)
    lines.push(
      "",
      "<details><summary>Reviews that do not count</summary>",
      "",
      ...v.ignored.map((i) => `- ${text(i.login)} (${text(i.code)}): ${text(i.message)}`),
      "",
      "</details>"
    );
  return lines;
}

// src/action/writes.ts
async function tryWrite(io, what, write) {
  try {
    await write();
    return "done";
  } catch (error) {
    if (error instanceof ServiceError && error.code === "github-forbidden") {
      io.notice(
        `gitjit could not ${what}: the token may not write here (a pull request from a fork gets a read-only token). The job summary has the full report.`
      );
      return "refused";
    }
    throw error;
  }
}
async function upsertSticky(forge, pr, body, marker = STICKY_MARKER, create = true) {
  const me = (await forge.viewer())?.toLowerCase();
  const mine = (await forge.comments(pr)).filter(
    (c) => c.body.startsWith(marker) && (me !== void 0 ? c.author.toLowerCase() === me : c.authorType === "Bot")
  );
  const [existing] = mine;
  if (!existing) {
    if (!create) return "none";
    await forge.createComment(pr, body);
    return "created";
  }
  if (existing.body === body) return "unchanged";
  await forge.updateComment(existing.id, body);
  return "updated";
}
async function setStatus(io, forge, sha, status) {
  return tryWrite(io, `set the ${status.context} status`, () => forge.setStatus(sha, status));
}

export {
  checkPullRequest,
  problemsOf,
  text,
  code,
  fitComment,
  EXPIRY_WORDS,
  renderPullRequestComment,
  renderPullRequestSummary,
  tryWrite,
  upsertSticky,
  setStatus
};
