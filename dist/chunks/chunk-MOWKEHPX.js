import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  DEFAULT_JUSTIFICATION_MIN,
  scheduleHorizon
} from "./chunk-7APOGDFR.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-35Q76FXJ.js";
import {
  ServiceError
} from "./chunk-XO5CDKIS.js";
import {
  expiryEnforcement
} from "./chunk-EI2MP62G.js";

// src/core/approval/pull-request-check.ts
function checkPullRequest(report, pull, governanceErrors = [], plans = {}, impact) {
  const invalid = report.problems.length > 0 || governanceErrors.length > 0 || report.subjects.some((s) => s.errors.length > 0 || s.kind === "request" && !s.request);
  const approved = !invalid && report.satisfied;
  const verdict = invalid ? "invalid" : report.subjects.length === 0 ? "nothing" : approved ? "approved" : "waiting";
  const [governanceError] = governanceErrors;
  const status = governanceError && report.problems.length === 0 ? `Invalid governance change: ${governanceError.file} ${governanceError.code}${governanceErrors.length > 1 ? ` (+${governanceErrors.length - 1} more)` : ""}` : report.summary;
  return {
    report,
    ...pull,
    governanceErrors,
    valid: !invalid,
    approved,
    verdict,
    status,
    plans,
    ...impact ? { impact } : {}
  };
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

// src/core/render/plan-output.ts
var longestRun = (text2) => Math.max(0, ...[...text2.matchAll(/`+/g)].map((m) => m[0].length));
function fence(text2, info = "") {
  const ticks = "`".repeat(Math.max(3, longestRun(text2) + 1));
  return `${ticks}${info}
${text2}
${ticks}`;
}

// src/core/policy/impact-people.ts
var isTeamToken = (key) => key.startsWith("@");
function teamLookup(members) {
  const folded = /* @__PURE__ */ new Map();
  for (const [team, logins] of members ?? []) folded.set(team.toLowerCase(), logins);
  return (team) => folded.get(team.toLowerCase());
}
function groupSpec(groupNames, policy) {
  let known = specs.get(policy);
  if (!known) {
    known = /* @__PURE__ */ new Map();
    specs.set(policy, known);
  }
  const key = JSON.stringify(groupNames);
  let spec = known.get(key);
  if (spec === void 0) {
    spec = specOf(groupNames, policy);
    known.set(key, spec);
  }
  return spec;
}
var specs = /* @__PURE__ */ new WeakMap();
function specOf(groupNames, policy) {
  const members = /* @__PURE__ */ new Set();
  const teams = /* @__PURE__ */ new Set();
  for (const name of groupNames) {
    const group = policy.groups.get(name);
    if (!group) continue;
    for (const m of group.members) members.add(m.toLowerCase());
    for (const t of group.teams) teams.add(t.toLowerCase());
  }
  return JSON.stringify([[...members].sort(), [...teams].sort()]);
}
function teamsOf(groupNames, policy) {
  return groupNames.flatMap((name) => policy.groups.get(name)?.teams ?? []);
}
var PeopleResolver = class {
  constructor(lookup) {
    this.lookup = lookup;
  }
  lookup;
  /** Teams asked for whose members were not known, in the order first asked. */
  unresolved = /* @__PURE__ */ new Map();
  peopleOf(groupNames, policy) {
    const people = /* @__PURE__ */ new Map();
    for (const name of groupNames) {
      const group = policy.groups.get(name);
      if (!group) continue;
      for (const m of group.members) if (!people.has(m.toLowerCase())) people.set(m.toLowerCase(), m);
      for (const team of group.teams) {
        const members = this.lookup(team);
        if (members === void 0) {
          people.set(team.toLowerCase(), team);
          if (!this.unresolved.has(team.toLowerCase())) this.unresolved.set(team.toLowerCase(), team);
          continue;
        }
        for (const m of members) if (!people.has(m.toLowerCase())) people.set(m.toLowerCase(), m);
      }
    }
    return people;
  }
};
function difference(before, after) {
  const only = (a, b) => [...a.keys()].filter((k) => !b.has(k)).sort().map((k) => a.get(k));
  return { added: only(after, before), removed: only(before, after) };
}

// src/core/policy/impact-rules.ts
var NAMES_SHOWN = 10;
var names = (list2, max = NAMES_SHOWN) => {
  const parts = [];
  list2.slice(0, max).forEach((name, i) => {
    if (i > 0) parts.push(", ");
    parts.push({ code: name });
  });
  if (list2.length > max) parts.push(` and ${list2.length - max} more`);
  return parts;
};
var ms = (text2) => {
  if (text2 === void 0) return void 0;
  const parsed = parseDuration(text2);
  return parsed.ok ? parsed.ms : void 0;
};
var shown = (value) => formatDuration(value);
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function compareProfile(name, base, head, sides) {
  const items = [];
  const emitter = (area) => (direction, says) => items.push({ direction, area, subject: name, subjectKind: "profile", says });
  compareSteps(base.approval.steps, head.approval.steps, sides, emitter("approval"));
  compareApprovalFlags(base, head, emitter("approval"));
  compareDurations(base, head, emitter("duration"));
  compareSchedule(base, head, emitter("schedule"));
  compareTicket(base, head, emitter("ticket"));
  const minB = base.justification?.minLength ?? DEFAULT_JUSTIFICATION_MIN;
  const minH = head.justification?.minLength ?? DEFAULT_JUSTIFICATION_MIN;
  if (minH !== minB)
    emitter("justification")(minH < minB ? "loosened" : "tightened", [
      `a justification needs ${plural(minH, "character")} instead of ${minB}`
    ]);
  compareGrant(base, head, emitter("grant"));
  return items;
}
function compareAdmins(sides) {
  const items = [];
  const step = (p) => p.admins ? [{ groups: [...p.admins.groups], count: p.admins.count }] : [];
  compareSteps(
    step(sides.base),
    step(sides.head),
    sides,
    (direction, says) => items.push({ direction, area: "approval", subject: "admins", subjectKind: "admins", says }),
    () => "a governance change"
  );
  return items;
}
var stepKey = (s) => JSON.stringify([[...s.groups].sort(), s.count]);
var stepWords = (s) => [
  `${plural(s.count, "approval")} from `,
  ...names(s.groups)
];
function compareSteps(base, head, sides, emit, label = stepLabel) {
  const anchors = commonSubsequence(base.map(stepKey), head.map(stepKey));
  let i = 0;
  let j = 0;
  for (const [ai, aj] of [...anchors, [base.length, head.length]]) {
    const pendingBase = [];
    const pendingHead = [];
    for (; i < ai; i++) pendingBase.push(i);
    for (; j < aj; j++) pendingHead.push(j);
    const paired = Math.min(pendingBase.length, pendingHead.length);
    for (let k = 0; k < paired; k++) {
      const bi = pendingBase[k];
      const hj = pendingHead[k];
      compareStep(label(bi, hj), base[bi], head[hj], sides, emit);
    }
    for (const bi of pendingBase.slice(paired))
      emit("loosened", [
        `step ${bi + 1} of the base (`,
        ...stepWords(base[bi]),
        `) is removed: ${plural(head.length, "step")} instead of ${base.length}`
      ]);
    for (const hj of pendingHead.slice(paired))
      emit("tightened", [
        `step ${hj + 1} (`,
        ...stepWords(head[hj]),
        `) is added: ${plural(head.length, "step")} instead of ${base.length}`
      ]);
    if (ai < base.length && aj < head.length)
      compareStep(label(ai, aj), base[ai], head[aj], sides, emit);
    i = ai + 1;
    j = aj + 1;
  }
}
var stepLabel = (bi, hj) => bi === hj ? `step ${hj + 1}` : `step ${hj + 1} (step ${bi + 1} of the base)`;
function compareStep(label, b, h, sides, emit) {
  if (h.count !== b.count)
    emit(h.count < b.count ? "loosened" : "tightened", [
      `${label} needs ${plural(h.count, "approval")} instead of ${b.count}`
    ]);
  const groupsChanged = stepKey({ ...b, count: 0 }) !== stepKey({ ...h, count: 0 });
  const regrouped = groupsChanged ? [" (groups ", ...names(h.groups), " instead of ", ...names(b.groups), ")"] : [];
  if (groupSpec(b.groups, sides.base) === groupSpec(h.groups, sides.head)) {
    if (groupsChanged) emit("neutral", [`${label} names other groups of the same people`, ...regrouped]);
    return;
  }
  const { added, removed } = difference(
    sides.resolver.peopleOf(b.groups, sides.base),
    sides.resolver.peopleOf(h.groups, sides.head)
  );
  if (added.length > 0) emit("loosened", [`${label} may now be approved by `, ...names(added), ...regrouped]);
  if (removed.length > 0)
    emit("tightened", [`${label} may no longer be approved by `, ...names(removed), ...regrouped]);
  if (added.length === 0 && removed.length === 0 && groupsChanged)
    emit("neutral", [`${label} names other groups of the same people`, ...regrouped]);
}
function commonSubsequence(a, b) {
  const table2 = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table2[i][j] = a[i] === b[j] ? table2[i + 1][j + 1] + 1 : Math.max(table2[i + 1][j], table2[i][j + 1]);
  const pairs = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table2[i + 1][j] >= table2[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}
function compareApprovalFlags(base, head, emit) {
  const selfB = base.approval.selfApproval === true;
  const selfH = head.approval.selfApproval === true;
  if (selfH && !selfB) emit("loosened", ["self-approval is turned on: the requester counts as an approver"]);
  if (selfB && !selfH) emit("tightened", ["self-approval is turned off"]);
  const any = Number.POSITIVE_INFINITY;
  const autoB = base.approval.autoApprove ? ms(base.approval.autoApprove.upTo) ?? any : void 0;
  const autoH = head.approval.autoApprove ? ms(head.approval.autoApprove.upTo) ?? any : void 0;
  const upTo = (v) => v === any ? "of any duration" : `up to ${shown(v)}`;
  if (autoH !== void 0 && autoB === void 0)
    emit("loosened", [`auto-approval is turned on: requests ${upTo(autoH)} need no approver`]);
  else if (autoB !== void 0 && autoH === void 0) emit("tightened", ["auto-approval is turned off"]);
  else if (autoB !== void 0 && autoH !== void 0 && autoB !== autoH)
    emit(autoH > autoB ? "loosened" : "tightened", [
      `auto-approves requests ${upTo(autoH)} instead of ${upTo(autoB)}`
    ]);
}
function compareDurations(base, head, emit) {
  for (const which of ["max", "default"]) {
    const b = ms(base.duration[which]);
    const h = ms(head.duration[which]);
    if (b !== void 0 && h !== void 0 && b !== h)
      emit(h > b ? "loosened" : "tightened", [
        `the ${which === "max" ? "maximum" : "default"} duration is ${shown(h)} instead of ${shown(b)}`
      ]);
  }
  const cumulativeB = base.duration.cumulative === true;
  const cumulativeH = head.duration.cumulative === true;
  if (cumulativeB && !cumulativeH)
    emit("loosened", ["extensions no longer count toward the maximum: a grant may be extended without end"]);
  if (cumulativeH && !cumulativeB) emit("tightened", ["extensions now count toward the maximum"]);
}
function compareSchedule(base, head, emit) {
  const allowedB = base.schedule?.allowed === true;
  const allowedH = head.schedule?.allowed === true;
  const horizonB = ms(scheduleHorizon(base));
  const horizonH = ms(scheduleHorizon(head));
  if (allowedH && !allowedB)
    emit("loosened", [
      `a scheduled start is allowed, up to ${horizonH !== void 0 ? shown(horizonH) : "7d"} ahead`
    ]);
  else if (allowedB && !allowedH) emit("tightened", ["a scheduled start is no longer allowed"]);
  else if (allowedB && allowedH && horizonB !== void 0 && horizonH !== void 0 && horizonB !== horizonH)
    emit(horizonH > horizonB ? "loosened" : "tightened", [
      `a scheduled start may be up to ${shown(horizonH)} ahead instead of ${shown(horizonB)}`
    ]);
}
function compareTicket(base, head, emit) {
  const requiredB = base.ticket?.required === true;
  const requiredH = head.ticket?.required === true;
  if (requiredB && !requiredH) emit("loosened", ["a ticket is no longer required"]);
  if (requiredH && !requiredB) emit("tightened", ["a ticket is now required"]);
  const patternB = base.ticket?.pattern;
  const patternH = head.ticket?.pattern;
  if (patternB === patternH) return;
  if (patternH === void 0)
    emit("loosened", ["a ticket no longer has to match ", { code: patternB ?? "" }]);
  else if (patternB === void 0) emit("tightened", ["a ticket must match ", { code: patternH }]);
  else
    emit("loosened", [
      "a ticket must match ",
      { code: patternH },
      " instead of ",
      { code: patternB },
      ": it may accept tickets the old pattern refused"
    ]);
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(",")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  return JSON.stringify(value);
}
var sameGrant = (a, b) => canonical(a) === canonical(b);
var valueText = (value) => value === void 0 ? "(not set)" : typeof value === "string" ? value : JSON.stringify(value);
function compareGrant(base, head, emit) {
  if (sameGrant(base.grant, head.grant)) return;
  if (base.grant.provider !== head.grant.provider) {
    emit("loosened", [
      "grants through ",
      { code: head.grant.provider },
      " instead of ",
      { code: base.grant.provider },
      ": ",
      { code: canonical(head.grant) }
    ]);
    return;
  }
  const b = base.grant;
  const h = head.grant;
  for (const key of [.../* @__PURE__ */ new Set([...Object.keys(b), ...Object.keys(h)])].sort()) {
    if (canonical(b[key]) === canonical(h[key])) continue;
    emit("loosened", [
      "the grant's ",
      { code: key },
      " is ",
      { code: valueText(h[key]) },
      " instead of ",
      { code: valueText(b[key]) }
    ]);
  }
}

// src/core/render/policy-impact.ts
var LOOSENS = "\u26A0\uFE0F";
function words(s) {
  const flat = s.replace(/[\p{Cc}]+/gu, " ");
  const lead = /^ */.exec(flat)?.[0] ?? "";
  const trail = flat.trim() === "" ? "" : / *$/.exec(flat)?.[0] ?? "";
  return `${lead}${text(flat)}${trail}`;
}
var renderParts = (parts) => parts.map((p) => typeof p === "string" ? words(p) : code(p.code)).join("");
function subject(item) {
  switch (item.subjectKind) {
    case "admins":
      return "the admins' rule";
    case "profile":
      return `profile ${code(item.subject)}`;
    case "team":
      return `team ${code(item.subject)}`;
    case "person":
      return code(item.subject);
    case "ledger-key":
      return `ledger key ${code(item.subject)}`;
  }
}
var mark = (direction) => direction === "loosened" ? `${LOOSENS} ` : "";
function itemLine(item) {
  return `- ${mark(item.direction)}**${item.area}** \xB7 ${subject(item)}: ${renderParts(item.says)}`;
}
function personLine(p, direction) {
  const profiles = direction === "loosened" ? p.gains : p.loses;
  const verb = direction === "loosened" ? " becomes eligible for " : " is no longer eligible for ";
  return `- ${mark(direction)}**eligibility** \xB7 ${renderParts([{ code: p.login }, verb, ...names(profiles)])}`;
}
function capped(lines, limit, more) {
  if (lines.length <= limit) return [...lines];
  return [...lines.slice(0, limit), `- \u2026 and ${lines.length - limit} more${more}`];
}
var HEADINGS = {
  loosened: `##### ${LOOSENS} Loosens: the head allows what the base did not`,
  tightened: "##### Tightens: the base allowed what the head does not",
  neutral: "##### Changes nothing allowed"
};
function impactCounts(impact) {
  const count = (d) => impact.items.filter((i) => i.direction === d).length;
  return {
    loosened: count("loosened") + impact.people.filter((p) => p.gains.length > 0).length,
    tightened: count("tightened") + impact.people.filter((p) => p.loses.length > 0).length,
    neutral: count("neutral")
  };
}
function renderPolicyImpact(impact, options = {}) {
  const limit = options.limit ?? 50;
  const more = options.base !== void 0 && options.head !== void 0 ? ` (all of them: ${code(`gitjit impact --base ${options.base} --head ${options.head}`)})` : "";
  const counts = impactCounts(impact);
  const lines = ["#### What this change does to the policy", ""];
  if (counts.loosened + counts.tightened + counts.neutral === 0)
    lines.push(
      "Nothing the policy allows changes: who may request what, who approves, for how long and what is granted stay as they are."
    );
  else
    lines.push(
      `From the base policy to the head's: ${counts.loosened > 0 ? `**${LOOSENS} ${counts.loosened} loosening**` : "nothing loosens"} \xB7 ${counts.tightened} tightening \xB7 ${counts.neutral} neutral.`
    );
  for (const direction of ["loosened", "tightened", "neutral"]) {
    const items = impact.items.filter((i) => i.direction === direction).map(itemLine);
    const people = direction === "neutral" ? [] : impact.people.filter((p) => (direction === "loosened" ? p.gains : p.loses).length > 0).map((p) => personLine(p, direction));
    if (items.length + people.length === 0) continue;
    lines.push("", HEADINGS[direction], "", ...capped(items, limit, more), ...capped(people, limit, more));
  }
  if (impact.unresolvedTeams.length > 0)
    lines.push(
      "",
      `_Teams whose members could not be read: ${renderParts(names(impact.unresolvedTeams))}. A change through them is named by team, not per person, and someone listed by name may already have been eligible through one of them._`
    );
  lines.push(...renderGrants(impact, limit, more), ...renderCodeowners(impact, limit));
  return lines;
}
function renderGrants(impact, limit, more) {
  const grants = impact.grants;
  if (!grants) return [];
  const lines = [];
  if (grants.touched.length > 0) {
    const rows = grants.touched.map((g) => [
      code(g.id),
      code(g.profile),
      `${code(g.requester)} \u2192 ${code(g.principal)}`,
      text(g.expiresAt),
      g.reasons.map(renderParts).join("; ")
    ]);
    lines.push(
      "",
      "##### Active grants this change touches",
      "",
      "The change does not end them: each keeps what it was given until it ends. A pull request adding `revokes/<grant id>.yaml` ends one early.",
      "",
      ...table(["grant", "profile", "requester \u2192 principal", "ends", "what changes"], rows.slice(0, limit))
    );
    if (rows.length > limit) lines.push("", `\u2026 and ${rows.length - limit} more${more}`);
  }
  if (grants.unread > 0)
    lines.push(
      "",
      `_${grants.unread} more grant${grants.unread === 1 ? "" : "s"} the ledger holds ${grants.unread === 1 ? "was" : "were"} not read (${grants.read} were), so ${grants.unread === 1 ? "it is" : "they are"} not checked here._`
    );
  return lines;
}
var CODEOWNERS_LINE = 200;
function renderCodeowners(impact, limit) {
  const changes = impact.codeowners;
  if (changes.length === 0) return [];
  const line = (sign, pattern, owners) => {
    const full = `${sign} ${pattern}  ${owners.length > 0 ? owners.join(" ") : "(no owners)"}`;
    if (full.length <= CODEOWNERS_LINE) return { text: full, cut: false };
    const space = full.lastIndexOf(" ", CODEOWNERS_LINE);
    const shown2 = full.slice(0, space > 0 ? space : CODEOWNERS_LINE);
    return { text: `${shown2} \u2026 (${owners.length} owners)`, cut: true };
  };
  const lines = [];
  for (const c of changes.slice(0, limit)) {
    const before = c.before && line("-", c.pattern, c.before);
    const after = c.after && line("+", c.pattern, c.after);
    if (before) lines.push(before.text);
    if (after) lines.push(after.text);
    if (c.before && c.after && (before?.cut || after?.cut)) {
      const was = new Set(c.before.map((o) => o.toLowerCase()));
      const is = new Set(c.after.map((o) => o.toLowerCase()));
      const adds = c.after.filter((o) => !was.has(o.toLowerCase()));
      const drops = c.before.filter((o) => !is.has(o.toLowerCase()));
      lines.push(`#   ${c.pattern} adds ${list(adds)}; drops ${list(drops)}`);
    }
  }
  if (changes.length > limit) lines.push(`# \u2026 and ${changes.length - limit} more`);
  return [
    "",
    `<details><summary>CODEOWNERS: the owners of ${changes.length} pattern${changes.length === 1 ? "" : "s"} in the generated gitjit section change</summary>`,
    "",
    fence(lines.join("\n"), "diff"),
    "",
    "</details>"
  ];
}
var list = (owners) => owners.length === 0 ? "nobody" : `${owners.slice(0, 10).join(" ")}${owners.length > 10 ? ` and ${owners.length - 10} more` : ""}`;

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
var IMPACT_FIT = {
  comment: { limits: [50, 20, 10, 5], chars: 4e4 },
  summary: { limits: [500, 100, 50], chars: 5e5 }
};
function renderPullRequestComment(check, context = {}) {
  return fitComment(
    [STICKY_MARKER, ...renderBody(check, context, IMPACT_FIT.comment)].join("\n"),
    "_The rest is cut: GitHub limits a comment's length. The job summary of the run has everything._"
  );
}
function renderPullRequestSummary(check, context = {}) {
  return renderBody(check, context, IMPACT_FIT.summary).join("\n");
}
function renderBody(check, context, fit) {
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
  for (const subject2 of report.subjects)
    lines.push("", ...renderSubject(subject2, report.approvers ?? {}, check.plans[subject2.subject]));
  if (check.impact) lines.push("", ...fittedImpact(check, fit));
  if (warnings.length > 0) lines.push("", "#### Warnings", "", ...warnings.map(problemLine));
  lines.push(
    "",
    `<sub>${text(report.summary)}${context.runUrl ? ` \xB7 <a href="${encodeURI(context.runUrl)}">workflow run</a>` : ""}</sub>`
  );
  return lines;
}
function fittedImpact(check, fit) {
  const commits = { base: check.report.baseSha.slice(0, 12), head: check.report.headSha.slice(0, 12) };
  let lines = [];
  for (const limit of fit.limits) {
    lines = check.impact ? renderPolicyImpact(check.impact, { limit, ...commits }) : [];
    if (lines.join("\n").length <= fit.chars) break;
  }
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
async function upsertSticky(forge, pr, content, marker = STICKY_MARKER, create = true) {
  const me = (await forge.viewer())?.toLowerCase();
  const mine = (await forge.comments(pr)).filter(
    (c) => c.body.startsWith(marker) && (me !== void 0 ? c.author.toLowerCase() === me : c.authorType === "Bot")
  );
  const [existing] = mine;
  const body = typeof content === "string" ? content : content(existing?.body);
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
  isTeamToken,
  teamLookup,
  groupSpec,
  teamsOf,
  PeopleResolver,
  difference,
  names,
  compareProfile,
  compareAdmins,
  sameGrant,
  checkPullRequest,
  problemsOf,
  text,
  code,
  fitComment,
  fence,
  EXPIRY_WORDS,
  renderPullRequestComment,
  renderPullRequestSummary,
  tryWrite,
  upsertSticky,
  setStatus
};
