import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  CODEOWNERS_LOCATIONS,
  MAX_YAML_BYTES,
  REQUESTS_DIR,
  REVOKES_DIR,
  evaluateRequest,
  fence,
  governancePaths,
  isUnder,
  loadPolicy,
  loadYaml,
  trimSlashes
} from "./chunk-P43FLCLS.js";
import {
  DEFAULT_LEDGER_BRANCH,
  REVOKE_FILE,
  checkExtension,
  evaluateRevokeFile,
  heldGrantsIn
} from "./chunk-LTKJ3TKB.js";
import {
  ServiceError
} from "./chunk-ZA6GFXEH.js";
import {
  expiryEnforcement
} from "./chunk-GPPQHAHS.js";

// src/core/approval/matching.ts
function assignApprovers(eligible, seats) {
  const seatStep = seats.flatMap((n, step) => Array.from({ length: n }, () => step));
  const seatHolder = seatStep.map(() => void 0);
  const personSeat = eligible.map(() => void 0);
  const tryPlace = (person, visited) => {
    const steps = eligible[person] ?? [];
    for (let seat = 0; seat < seatStep.length; seat++) {
      if (!steps.includes(seatStep[seat]) || visited.has(seat)) continue;
      visited.add(seat);
      const holder = seatHolder[seat];
      if (holder === void 0 || tryPlace(holder, visited)) {
        seatHolder[seat] = person;
        personSeat[person] = seat;
        return true;
      }
    }
    return false;
  };
  for (let person = 0; person < eligible.length; person++) tryPlace(person, /* @__PURE__ */ new Set());
  return personSeat.map((seat) => seat === void 0 ? void 0 : seatStep[seat]);
}

// src/core/approval/engine.ts
var DECISIVE = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
var short = (sha) => (sha ?? "unknown").slice(0, 7);
var lower = (s) => s.toLowerCase();
var isBot = (login, bot) => bot || login.endsWith("[bot]");
function latestReviews(reviews) {
  const ordered = reviews.filter((r) => DECISIVE.has(r.state)).map((r, index) => ({ r, index })).sort((a, b) => {
    const at2 = (a.r.submittedAt ?? "").localeCompare(b.r.submittedAt ?? "");
    return at2 !== 0 ? at2 : a.r.id - b.r.id || a.index - b.index;
  });
  const latest = /* @__PURE__ */ new Map();
  for (const { r } of ordered) latest.set(r.userId !== void 0 ? `id:${r.userId}` : lower(r.login), r);
  return [...latest.values()];
}
function stepsFor(login, bot, steps, groups, teamMembers) {
  const me = lower(login);
  const inGroup = (name) => {
    const group = groups.get(name);
    if (!group) return false;
    if (group.members.some((m) => lower(m) === me)) return true;
    if (isBot(login, bot)) return false;
    return group.teams.some((team) => (teamMembers.get(team) ?? []).some((m) => lower(m) === me));
  };
  return steps.flatMap((step, i) => step.groups.some(inGroup) ? [i] : []);
}
function evaluateApproval(rule, context) {
  const steps = rule.steps;
  if (rule.auto) return { satisfied: true, auto: true, steps: [], blockedBy: [], ignored: [], missing: [] };
  const ignored = [];
  const blockedBy = [];
  const candidates = [];
  const ignore = (login, code2, message) => ignored.push({ login, code: code2, message });
  const canWrite = (login) => context.writeAccess.get(lower(login)) === true;
  const author = lower(context.author);
  for (const review of latestReviews(context.reviews)) {
    const { login } = review;
    const mine = stepsFor(login, review.bot, steps, context.groups, context.teamMembers);
    const approving = review.state === "APPROVED";
    const verb = approving ? "approved" : review.state === "DISMISSED" ? "had a review dismissed" : "requested changes";
    if (lower(login) === author) {
      if (!rule.selfApproval)
        ignore(
          login,
          "self-approval",
          `${login} ${verb} but wrote the pull request; the author never counts`
        );
      continue;
    }
    if (mine.length === 0) {
      if (isBot(login, review.bot))
        ignore(
          login,
          "bot-not-named",
          `${login} ${verb} but is a bot, and bots count only when a group names them`
        );
      else
        ignore(
          login,
          "not-an-approver",
          `${login} ${verb} but is not in ${groupList(steps.flatMap((s) => s.groups))}`
        );
      continue;
    }
    if (!isBot(login, review.bot) && !canWrite(login)) {
      ignore(
        login,
        "no-write-access",
        `${login} ${verb} but cannot write to the repository, so does not count`
      );
      continue;
    }
    if (review.state === "CHANGES_REQUESTED") blockedBy.push(login);
    else if (approving && review.commitId !== context.headSha)
      ignore(
        login,
        "stale-approval",
        `${login} approved commit ${short(review.commitId)}, not the latest commit ${short(context.headSha)}; approve again`
      );
    else if (approving) candidates.push({ login, steps: mine });
  }
  if (rule.selfApproval && canWrite(context.author)) {
    const mine = stepsFor(context.author, false, steps, context.groups, context.teamMembers);
    if (mine.length > 0) candidates.push({ login: context.author, steps: mine });
  }
  const assigned = assignApprovers(
    candidates.map((c) => c.steps),
    steps.map((s) => s.count)
  );
  const tallies = steps.map((s) => ({
    groups: s.groups,
    count: s.count,
    approvedBy: [],
    missing: 0
  }));
  candidates.forEach((c, i) => {
    const step = assigned[i];
    if (step !== void 0) tallies[step]?.approvedBy.push(c.login);
    else
      ignore(c.login, "not-needed", `${c.login} approved, but the steps ${c.login} can fill are already met`);
  });
  const missing = [];
  tallies.forEach((t, i) => {
    t.missing = t.count - t.approvedBy.length;
    if (t.missing <= 0) return;
    const elsewhere = candidates.flatMap((c, k) => {
      const step = assigned[k];
      return c.steps.includes(i) && step !== void 0 && step !== i ? [`${c.login} already counts toward step ${step + 1}`] : [];
    });
    missing.push(
      `step ${i + 1}${steps.length > 1 ? ` of ${steps.length}` : ""}: ${t.missing} more approval${t.missing === 1 ? "" : "s"} of the latest commit from ${groupList(t.groups)}` + (elsewhere.length > 0 ? ` (${elsewhere.join("; ")}, and one person counts toward one step only)` : "")
    );
  });
  for (const login of blockedBy)
    missing.push(`${login} requested changes; that blocks until ${login} approves the latest commit`);
  return {
    satisfied: steps.length > 0 && missing.length === 0,
    auto: false,
    steps: tallies,
    blockedBy,
    ignored,
    missing
  };
}
function groupList(names) {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return `group ${unique[0] ?? "(none)"}`;
  return `groups ${unique.slice(0, -1).join(", ")} or ${unique[unique.length - 1]}`;
}

// src/core/approval/any-of.ts
function evaluateAnyOf(alternatives, context) {
  for (const alternative of alternatives) alternative.verdict = evaluateApproval(alternative.rule, context);
  const met = alternatives.find((a) => a.verdict?.satisfied);
  if (met?.verdict) return met.verdict;
  if (alternatives.length === 0)
    return {
      satisfied: false,
      auto: false,
      steps: [],
      blockedBy: [],
      ignored: [],
      missing: [
        "the policy names nobody who may approve this (no approval steps in the profile, and no admins)"
      ]
    };
  const verdicts = alternatives.map((a) => a.verdict);
  return {
    satisfied: false,
    auto: false,
    steps: verdicts[0]?.steps ?? [],
    blockedBy: [...new Set(verdicts.flatMap((v) => v.blockedBy))],
    // A review is ignored only when no alternative counted it.
    ignored: (verdicts[0]?.ignored ?? []).filter(
      (i) => verdicts.every((v) => v.ignored.some((j) => j.login === i.login))
    ),
    missing: alternatives.map(
      (a, i) => `${i === 0 ? "either" : "or"} ${a.label}: ${(a.verdict?.missing ?? []).join("; ")}`
    )
  };
}

// src/core/approval/changes.ts
var REQUESTS_PREFIX = `${REQUESTS_DIR}/`;
var REVOKES_PREFIX = `${REVOKES_DIR}/`;
var ADDING = /* @__PURE__ */ new Set(["added", "copied"]);
function classifyChanges(files, options) {
  const profiles = [...options.profiles];
  const governance = governancePaths(options.policyDir).map((p) => p.toLowerCase());
  const isGovernance = (path) => governance.some((entry) => isUnder(path.toLowerCase(), entry));
  const out = { requests: [], revokes: [], governance: [], other: [], problems: [] };
  const add = (list2, path) => {
    if (!list2.includes(path)) list2.push(path);
  };
  const merged = (path, how) => out.problems.push({
    code: "merged-request-changed",
    path,
    message: path.startsWith(REVOKES_PREFIX) ? `${path} is a merged revoke and cannot be ${how}: it is part of the record` : `${path} is a merged request and cannot be ${how}: merged requests are immutable (revoke or extend a grant through its own flow)`
  });
  for (const file of files) {
    const { path } = file;
    if (file.status === "renamed" && file.previousPath !== void 0) {
      const from = file.previousPath;
      if (from.startsWith(REQUESTS_PREFIX) || from.startsWith(REVOKES_PREFIX))
        merged(from, `moved to ${path}`);
      else if (isGovernance(from)) add(out.governance, from);
    }
    if (path.startsWith(REQUESTS_PREFIX)) {
      if (ADDING.has(file.status) || file.status === "renamed") {
        add(out.requests, path);
        checkFolderCase(path, profiles, out.problems);
      } else if (file.status !== "unchanged") merged(path, file.status === "removed" ? "deleted" : "edited");
    } else if (path.toLowerCase().startsWith(REQUESTS_PREFIX)) {
      out.problems.push({
        code: "request-path-case",
        path,
        message: `${path} is not under ${REQUESTS_PREFIX}: folder names are case-sensitive, and requests go in ${REQUESTS_PREFIX}<profile>/`
      });
    } else if (path.startsWith(REVOKES_PREFIX)) {
      if (ADDING.has(file.status) || file.status === "renamed") add(out.revokes, path);
      else if (file.status !== "unchanged") merged(path, file.status === "removed" ? "deleted" : "edited");
    } else if (path.toLowerCase().startsWith(REVOKES_PREFIX)) {
      out.problems.push({
        code: "revoke-path-case",
        path,
        message: `${path} is not under ${REVOKES_PREFIX}: folder names are case-sensitive, and revokes go in ${REVOKES_PREFIX}<grant id>.yaml`
      });
    } else if (isGovernance(path)) add(out.governance, path);
    else add(out.other, path);
  }
  const access = [...out.requests, ...out.revokes];
  if (out.revokes.length > 0 && out.requests.length > 0)
    out.problems.push({
      code: "revokes-with-requests",
      message: `this pull request revokes grants (${list(out.revokes)}) and also carries access requests (${list(out.requests)}): a revoke carries only revokes; split it in two`
    });
  if (access.length > 0 && out.governance.length > 0)
    out.problems.push({
      code: "governance-with-requests",
      message: `this pull request changes governance files (${list(out.governance)}) and also carries access requests or revokes (${list(access)}); a governance change may carry neither: split it in two`
    });
  if (access.length > 0 && out.other.length > 0)
    out.problems.push({
      code: "requests-with-other-changes",
      message: `a pull request with access requests or revokes may change nothing else; it also changes ${list(out.other)}`
    });
  return out;
}
function checkFolderCase(path, profiles, problems) {
  const folder = path.slice(REQUESTS_PREFIX.length).split("/")[0] ?? "";
  if (profiles.includes(folder)) return;
  const meant = profiles.find((p) => p.toLowerCase() === folder.toLowerCase());
  if (meant !== void 0)
    problems.push({
      code: "request-folder-case",
      path,
      message: `${path} is in ${REQUESTS_PREFIX}${folder}/, which is not profile "${meant}"'s folder: folder names are case-sensitive (${REQUESTS_PREFIX}${meant}/)`
    });
}
function list(paths) {
  return paths.length <= 3 ? paths.join(", ") : `${paths.slice(0, 3).join(", ")} and ${paths.length - 3} more`;
}

// src/core/codeowners/pattern.ts
var SEGMENT_CHAR = "[^/]";
function compilePattern(pattern) {
  if (pattern.length === 0) return { ok: false, reason: "empty pattern" };
  if (pattern.startsWith("!"))
    return { ok: false, reason: "GitHub does not support negated patterns (!) in CODEOWNERS" };
  if (pattern.startsWith("\\#"))
    return { ok: false, reason: "GitHub does not support escaping # at the start of a pattern" };
  let body = pattern;
  const dirOnly = body.endsWith("/");
  if (dirOnly) body = body.replace(/\/+$/, "");
  const rooted = body.startsWith("/");
  if (rooted) body = body.replace(/^\/+/, "");
  if (body.length === 0) {
    return { ok: true, test: () => true };
  }
  const segments = body.split("/");
  if (segments.some((s) => s.length === 0)) return { ok: false, reason: "empty path segment (//)" };
  const anchored = rooted || segments.length > 1;
  if (dirOnly && segments.length > 1 && segments[segments.length - 1] === "**") segments.pop();
  let regex = anchored ? "^" : "^(?:.*/)?";
  let tail;
  const last = segments.length - 1;
  for (let i = 0; i <= last; i++) {
    const segment = segments[i];
    if (segment === "**") {
      if (i === last) {
        tail = i === 0 ? ".*$" : "/.+$";
        break;
      }
      regex += i === 0 ? "(?:.*/)?" : "/(?:.*/)?";
      continue;
    }
    if (i > 0 && segments[i - 1] !== "**") regex += "/";
    const compiled2 = compileSegment(segment);
    if (!compiled2.ok) return compiled2;
    regex += compiled2.source;
  }
  if (tail !== void 0) regex += tail;
  else if (dirOnly) regex += "/.+$";
  else if (segments[last] === "*" && anchored) regex += "$";
  else regex += "(?:/.*)?$";
  const compiled = new RegExp(regex, "s");
  return { ok: true, test: (path) => compiled.test(path) };
}
function compileSegment(segment) {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "\\") {
      const next = segment[i + 1];
      if (next === void 0) return { ok: false, reason: "a pattern cannot end with a backslash" };
      source += escapeRegex(next);
      i++;
    } else if (c === "*") {
      source += `${SEGMENT_CHAR}*`;
    } else if (c === "?") {
      source += SEGMENT_CHAR;
    } else {
      source += escapeRegex(c);
    }
  }
  return { ok: true, source };
}
var escapeRegex = (c) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

// src/core/codeowners/file.ts
var USER = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$/;
var TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?\/[A-Za-z0-9][A-Za-z0-9._-]*$/;
var EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
var isOwnerToken = (token) => USER.test(token) || TEAM.test(token) || EMAIL.test(token);
function parseCodeowners(text2) {
  const rules = [];
  const problems = [];
  text2.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const tokens = tokenize(raw);
    const [first, ...rest] = tokens;
    if (!first) return;
    const compiled = compilePattern(first.text);
    if (!compiled.ok) {
      problems.push({ line, column: first.column, code: "invalid-pattern", message: compiled.reason });
      return;
    }
    const bad = rest.find((t) => !isOwnerToken(t.text));
    if (bad) {
      problems.push({
        line,
        column: bad.column,
        code: "invalid-owner",
        message: `${JSON.stringify(bad.text)} is not a @user, an @org/team or an email address`
      });
      return;
    }
    rules.push({ line, pattern: first.text, owners: rest.map((t) => t.text), matches: compiled.test });
  });
  return { rules, problems };
}
function ruleFor(codeowners, path) {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i];
    if (rule.matches(path)) return rule;
  }
  return void 0;
}
var ownersOf = (codeowners, path) => ruleFor(codeowners, path)?.owners ?? [];
function tokenize(raw) {
  const tokens = [];
  let i = 0;
  while (i < raw.length) {
    while (i < raw.length && /\s/.test(raw[i])) i++;
    if (i >= raw.length || raw[i] === "#") break;
    const start = i;
    let text2 = "";
    while (i < raw.length && !/\s/.test(raw[i])) {
      if (raw[i] === "\\" && i + 1 < raw.length && /\s/.test(raw[i + 1])) {
        text2 += raw.slice(i, i + 2);
        i += 2;
      } else text2 += raw[i++];
    }
    tokens.push({ text: text2, column: start + 1 });
  }
  return tokens;
}

// src/core/codeowners/generate.ts
var SECTION_BEGIN = "# gitjit:begin (generated by `gitjit codeowners` from the policy: change the policy, not these lines)";
var SECTION_END = "# gitjit:end";
var MAX_CODEOWNERS_BYTES = 3e6;
function generateSection(policy, policyDir) {
  const warnings = [];
  const ownersOfGroups = (groupNames, what) => {
    const owners = [];
    const seen = /* @__PURE__ */ new Set();
    const add = (owner) => {
      if (seen.has(owner.toLowerCase())) return;
      seen.add(owner.toLowerCase());
      owners.push(owner);
    };
    for (const name of groupNames) {
      const group = policy.groups.get(name);
      if (!group) continue;
      for (const team of group.teams) add(team);
      for (const member of group.members) {
        if (member.endsWith("[bot]")) {
          warnings.push({
            code: "bot-not-owner",
            message: `group "${name}" lists ${member}: a GitHub App cannot be a code owner, so it is left out of CODEOWNERS (its approval still counts where the policy names it)`
          });
        } else add(`@${member}`);
      }
    }
    if (owners.length === 0 && groupNames.length > 0)
      warnings.push({
        code: "no-owners",
        message: `${what}: none of ${groupNames.join(", ")} can be written as a code owner, so CODEOWNERS leaves it unowned and only the gitjit/approval check protects it`
      });
    return owners;
  };
  const rules = [];
  const admins = ownersOfGroups(policy.admins?.groups ?? [], "governance paths (admins)");
  rules.push({ pattern: `/${REQUESTS_DIR}/`, owners: admins, sample: `${REQUESTS_DIR}/_unlisted_/x.yaml` });
  for (const name of [...policy.profiles.keys()].sort()) {
    const profile = policy.profiles.get(name);
    if (!profile) continue;
    const groupNames = [...new Set(profile.approval.steps.flatMap((s) => s.groups))];
    rules.push({
      pattern: `/${REQUESTS_DIR}/${name}/`,
      owners: ownersOfGroups(groupNames, `profile "${name}"`),
      sample: `${REQUESTS_DIR}/${name}/x.yaml`
    });
  }
  for (const path of governancePaths(policyDir)) {
    rules.push({
      pattern: `/${path.endsWith("/") ? `${trimSlashes(path)}/` : path}`,
      owners: admins,
      sample: path.endsWith("/") ? `${path}x` : path
    });
  }
  const width = Math.max(...rules.map((r) => r.pattern.length)) + 2;
  const line = (r) => r.owners.length === 0 ? r.pattern : `${r.pattern.padEnd(width)}${r.owners.join(" ")}`;
  const profileCount = policy.profiles.size;
  const lines = [
    SECTION_BEGIN,
    "# Request folders: each profile's approvers. Anything else under requests/: the admins.",
    ...rules.slice(0, profileCount + 1).map(line),
    "# Governance: the policy, the schemas, .github/ (CODEOWNERS and workflows) and the action: the admins.",
    ...rules.slice(profileCount + 1).map(line),
    SECTION_END
  ];
  return { lines, rules, warnings: dedupe(warnings) };
}
function spliceSection(existing, section) {
  const eol = existing?.includes("\r\n") ? "\r\n" : "\n";
  const body = section.join(eol) + eol;
  if (existing === void 0 || existing.length === 0) return { ok: true, text: body, previous: void 0 };
  const lines = existing.split(/\r?\n/);
  const begins = lines.flatMap((l, i) => l.startsWith("# gitjit:begin") ? [i] : []);
  const ends = lines.flatMap((l, i) => l.trim() === SECTION_END ? [i] : []);
  if (begins.length === 0 && ends.length === 0) {
    const separator = existing.endsWith("\n") ? eol : eol + eol;
    return { ok: true, text: `${existing}${separator}${body}`, previous: void 0 };
  }
  const [begin] = begins;
  const [end] = ends;
  if (begins.length !== 1 || ends.length !== 1 || begin === void 0 || end === void 0 || end < begin)
    return {
      ok: false,
      code: "codeowners-markers",
      message: `the gitjit section's marker lines are broken (${begins.length} begin, ${ends.length} end); fix them by hand so that one "# gitjit:begin" line precedes one "${SECTION_END}" line`
    };
  const previous = lines.slice(begin, end + 1).join(eol) + eol;
  const before = lines.slice(0, begin).join(eol);
  const after = lines.slice(end + 1).join(eol);
  return { ok: true, text: `${before ? before + eol : ""}${body}${after}`, previous };
}
function overriddenRules(text2, generated) {
  const file = parseCodeowners(text2);
  const notes = [];
  for (const rule of generated.rules) {
    const effective = ownersOf(file, rule.sample);
    if (effective.join(" ") !== rule.owners.join(" "))
      notes.push({
        code: "codeowners-overridden",
        message: `a line after the gitjit section gives ${rule.sample} the owners "${effective.join(" ")}" instead of "${rule.owners.join(" ")}"; move that line above the section`
      });
  }
  return notes;
}
var byteLength = (text2) => new TextEncoder().encode(text2).length;
function dedupe(notes) {
  const seen = /* @__PURE__ */ new Set();
  return notes.filter((n) => !seen.has(n.message) && seen.add(n.message));
}

// src/commands/lifecycle-subjects.ts
var at = { line: 1, column: 1 };
async function revokeSubject(path, head, policy, author, held) {
  const subject = { subject: path, kind: "revoke", errors: [] };
  const read = await head.read(path, MAX_YAML_BYTES);
  if (read.kind !== "file") {
    subject.errors.push({
      code: "request-unreadable",
      message: `${path} is not a readable file (${read.kind})`,
      ...at
    });
    return subject;
  }
  const loaded = loadYaml(read.bytes);
  if (!loaded.ok) {
    subject.errors.push(...loaded.errors);
    return subject;
  }
  const id = REVOKE_FILE.exec(path)?.[1];
  const entry = id === void 0 ? void 0 : await held(id);
  const evaluation = evaluateRevokeFile({
    path,
    value: loaded.value,
    locate: loaded.locate,
    ...author !== void 0 ? { author } : {},
    ...entry ? { entry } : {},
    policy
  });
  subject.errors.push(...evaluation.errors);
  const { requester, reason } = loaded.value;
  subject.revoke = {
    ...evaluation.grantId ? { grantId: evaluation.grantId } : {},
    ...entry ? { entry } : {},
    ...typeof requester === "string" ? { requester } : {},
    ...typeof reason === "string" ? { reason: reason.trim() } : {},
    self: evaluation.authority?.kind === "self"
  };
  if (entry) subject.profile = entry.profile;
  const authority = evaluation.authority;
  if (authority?.kind === "self")
    subject.verdict = { satisfied: true, auto: false, steps: [], blockedBy: [], ignored: [], missing: [] };
  else if (authority?.kind === "approval") {
    const profileSteps = entry ? policy.profiles.get(entry.profile)?.approval.steps : void 0;
    subject.alternatives = authority.anyOf.map(
      (rule) => ({
        label: rule.steps === profileSteps ? `the approvers of profile ${entry?.profile}` : "the admins",
        rule: { steps: rule.steps, selfApproval: rule.selfApproval, auto: rule.auto }
      })
    );
  }
  return subject;
}
async function checkExtends(subject, summary, locate, policy, held, now) {
  const id = summary.extends;
  const profile = policy.profiles.get(summary.profile);
  if (id === void 0 || !profile) return;
  const entry = await held(id);
  const check = checkExtension(summary, entry, profile, now);
  const where = locate(["extends"]);
  subject.errors.push(...check.errors.map((e) => ({ ...e, path: ["extends"], ...where })));
  if (check.to && entry) subject.extension = { grantId: id, from: entry.expiresAt, to: check.to };
}
var alternativeGroups = (subjects) => subjects.flatMap((s) => (s.alternatives ?? []).flatMap((a) => a.rule.steps.flatMap((step) => step.groups)));

// src/commands/approvals.ts
var APPROVAL_CONTEXT = "gitjit/approval";
async function approvals(options, forge) {
  const pull = await forge.pull(options.pr);
  const base = forge.files(pull.baseSha);
  const [compiled, changed, reviews, codeowners] = await Promise.all([
    loadPolicy(base, options.policyDir),
    forge.pullFiles(pull.number),
    forge.reviews(pull.number),
    readCodeowners(base)
  ]);
  const report = {
    repository: forge.repository,
    pullRequest: pull.number,
    url: pull.url,
    author: pull.author,
    headSha: pull.headSha,
    baseSha: pull.baseSha,
    satisfied: false,
    summary: "",
    problems: [],
    subjects: [],
    files: [],
    warnings: []
  };
  const policy = compiled.policy;
  const classified = classifyChanges(changed, {
    policyDir: options.policyDir,
    profiles: policy.profiles.keys()
  });
  report.files = describeFiles(changed, classified, codeowners?.parsed);
  report.problems.push(...classified.problems);
  if (pull.baseRef !== pull.defaultBranch)
    report.problems.push({
      code: "base-not-default-branch",
      message: `the pull request merges into ${pull.baseRef}, not ${pull.defaultBranch}: gitjit judges only pull requests into the default branch, whose policy is governed`
    });
  if (compiled.errors.length > 0) {
    report.problems.push(
      ...compiled.errors.map((e) => ({
        code: "policy-invalid",
        path: e.file,
        message: `the policy at the base commit has an error: ${e.file}:${e.line}:${e.column} ${e.code}: ${e.message}`
      }))
    );
    return finish(report, options, forge);
  }
  const expected = spliceSection(codeowners?.text, generateSection(policy, options.policyDir).lines);
  if (!expected.ok || expected.text !== codeowners?.text)
    report.warnings.push(
      `the gitjit section of ${codeowners?.path ?? "CODEOWNERS"} at the base commit does not match the policy there; GitHub may ask the wrong reviewers (run gitjit codeowners)`
    );
  const head = forge.files(pull.headSha);
  const held = options.held ?? heldGrantsIn(forge.files(options.ledgerBranch ?? DEFAULT_LEDGER_BRANCH));
  const revokes = [];
  for (const path of classified.revokes)
    revokes.push(await revokeSubject(path, head, policy, pull.author, held));
  const teams = await resolveTeams(
    forge,
    policy,
    classified.requests,
    classified.governance.length > 0,
    alternativeGroups(revokes)
  );
  if (classified.governance.length > 0 && policy.admins) {
    report.subjects.push({
      subject: "governance",
      kind: "governance",
      errors: [],
      rule: {
        steps: [{ groups: policy.admins.groups, count: policy.admins.count }],
        selfApproval: false,
        auto: false
      }
    });
  }
  for (const path of classified.requests) {
    const subject = { subject: path, kind: "request", errors: [] };
    report.subjects.push(subject);
    const read = await head.read(path, MAX_YAML_BYTES);
    if (read.kind !== "file") {
      subject.errors.push({
        code: "request-unreadable",
        message: `${path} is not a readable file (${read.kind})`,
        line: 1,
        column: 1
      });
      continue;
    }
    const loaded = loadYaml(read.bytes);
    if (!loaded.ok) {
      subject.errors.push(...loaded.errors);
      continue;
    }
    const evaluation = evaluateRequest({
      path,
      value: loaded.value,
      locate: loaded.locate,
      policy,
      now: options.now,
      author: pull.author,
      teamMembers: teams
    });
    subject.errors.push(...evaluation.errors);
    if (evaluation.warnings.length > 0) subject.warnings = evaluation.warnings;
    if (evaluation.summary) {
      subject.profile = evaluation.summary.profile;
      subject.rule = evaluation.summary.approval;
      subject.request = evaluation.summary;
      await checkExtends(subject, evaluation.summary, loaded.locate, policy, held, options.now);
    }
  }
  report.subjects.push(...revokes);
  const rules = report.subjects.flatMap(
    (s) => s.errors.length > 0 ? [] : [...s.rule ? [s.rule] : [], ...(s.alternatives ?? []).map((a) => a.rule)]
  );
  const writeAccess = await lookUpWriters(forge, policy, rules, reviews, pull.author, teams);
  const context = {
    author: pull.author,
    headSha: pull.headSha,
    reviews,
    groups: policy.groups,
    teamMembers: teams,
    writeAccess
  };
  for (const subject of report.subjects) {
    if (subject.errors.length > 0) continue;
    const judged = [
      ...subject.rule ? [subject.rule] : [],
      ...(subject.alternatives ?? []).map((a) => a.rule)
    ];
    for (const rule of judged)
      for (const step of rule.steps)
        for (const name of step.groups) {
          const group = policy.groups.get(name);
          if (group) report.approvers = { ...report.approvers, [name]: [...group.members, ...group.teams] };
        }
    if (subject.alternatives) subject.verdict = evaluateAnyOf(subject.alternatives, context);
    else if (subject.rule) subject.verdict = evaluateApproval(subject.rule, context);
  }
  return finish(report, options, forge);
}
async function finish(report, options, forge) {
  const invalid = report.subjects.filter((s) => s.errors.length > 0);
  const waiting = report.subjects.filter((s) => s.verdict && !s.verdict.satisfied);
  report.satisfied = report.problems.length === 0 && invalid.length === 0 && waiting.length === 0;
  report.summary = summarize(report, invalid, waiting);
  if (options.report)
    await forge.setStatus(report.headSha, {
      state: report.satisfied ? "success" : "failure",
      context: APPROVAL_CONTEXT,
      description: report.summary,
      targetUrl: report.url
    });
  return report;
}
function summarize(report, invalid, waiting) {
  const [problem] = report.problems;
  if (problem)
    return `Rejected: ${problem.code}${report.problems.length > 1 ? ` (+${report.problems.length - 1} more)` : ""}`;
  const [bad] = invalid;
  if (bad) return `Invalid request ${bad.subject}: ${bad.errors.map((e) => e.code).join(", ")}`;
  const [first] = waiting;
  if (first) {
    const missing = first.verdict?.missing ?? [];
    const more = waiting.reduce((n, s) => n + (s.verdict?.missing.length ?? 0), 0) - 1;
    return `Waiting: ${missing[0] ?? "approval"}${more > 0 ? ` (+${more} more)` : ""}`;
  }
  if (report.subjects.length === 0)
    return "Nothing for gitjit to approve: no requests, revokes or governance files";
  if (report.subjects.every((s) => s.verdict?.auto)) return "Auto-approved by the policy";
  return `Approved: ${report.subjects.map((s) => s.subject).join(", ")}`;
}
async function resolveTeams(forge, policy, requests, governance, more = []) {
  const groupNames = /* @__PURE__ */ new Set([...governance ? policy.admins?.groups ?? [] : [], ...more]);
  for (const path of requests) {
    const profile = policy.profiles.get(path.split("/")[1] ?? "");
    if (!profile) continue;
    for (const g of profile.eligible) groupNames.add(g);
    for (const step of profile.approval.steps) for (const g of step.groups) groupNames.add(g);
  }
  const teams = [...groupNames].flatMap((g) => policy.groups.get(g)?.teams ?? []);
  const unique = [...new Set(teams)];
  const members = await Promise.all(unique.map((t) => forge.teamMembers(t)));
  return new Map(unique.map((t, i) => [t, members[i]]));
}
async function lookUpWriters(forge, policy, rules, reviews, author, teams) {
  const people = /* @__PURE__ */ new Set();
  for (const review of latestReviews(reviews)) {
    if (review.bot || review.login.endsWith("[bot]")) continue;
    if (rules.some((r) => stepsFor(review.login, false, r.steps, policy.groups, teams).length > 0))
      people.add(review.login);
  }
  if (rules.some((r) => r.selfApproval)) people.add(author);
  const logins = [...people];
  const answers = await Promise.all(logins.map((l) => forge.canWrite(l)));
  return new Map(logins.map((l, i) => [l.toLowerCase(), answers[i] === true]));
}
async function readCodeowners(base) {
  for (const path of CODEOWNERS_LOCATIONS) {
    const read = await base.read(path, 4e6);
    if (read.kind === "file") {
      const text2 = new TextDecoder().decode(read.bytes);
      return { path, text: text2, parsed: parseCodeowners(text2) };
    }
  }
  return void 0;
}
function describeFiles(changed, classified, codeowners) {
  return changed.map((f) => ({
    path: f.path,
    status: f.status,
    kind: classified.requests.includes(f.path) ? "request" : classified.revokes.includes(f.path) ? "revoke" : classified.governance.includes(f.path) ? "governance" : "other",
    owners: [...(codeowners && ruleFor(codeowners, f.path)?.owners) ?? []]
  }));
}

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
      ["to", `${code(r.principal)} (from the policy's identities for ${text(r.requester)})`],
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
  MAX_CODEOWNERS_BYTES,
  generateSection,
  spliceSection,
  overriddenRules,
  byteLength,
  APPROVAL_CONTEXT,
  approvals,
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
