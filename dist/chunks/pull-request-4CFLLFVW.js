import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  expiryNote,
  planGrant
} from "./chunk-JY4UCXZK.js";
import {
  planMembership
} from "./chunk-6HZA633I.js";
import {
  gcpGrantFor,
  notes as notes3,
  planGcp
} from "./chunk-2E4KOLLY.js";
import {
  notes as notes2,
  planPim,
  planRoleAssignment
} from "./chunk-4R4DJJRS.js";
import {
  PeopleResolver,
  checkPullRequest,
  compareAdmins,
  compareProfile,
  difference,
  groupSpec,
  isTeamToken,
  names,
  problemsOf,
  renderPullRequestComment,
  renderPullRequestSummary,
  sameGrant,
  setStatus,
  teamLookup,
  teamsOf,
  tryWrite,
  upsertSticky
} from "./chunk-MOWKEHPX.js";
import {
  APPROVAL_CONTEXT,
  CODEOWNERS_LOCATIONS,
  IDENTITY_KIND,
  MAX_CODEOWNERS_BYTES,
  approvals,
  byteLength,
  currentMainPolicy,
  generateSection,
  listHeldGrants,
  loadPolicy,
  overriddenRules,
  spliceSection
} from "./chunk-7APOGDFR.js";
import {
  ConfigError,
  cachedFiles,
  formatDuration,
  parseDuration
} from "./chunk-35Q76FXJ.js";
import {
  ServiceError
} from "./chunk-XO5CDKIS.js";
import {
  notes,
  planIdentityCenter,
  planInline,
  planManaged
} from "./chunk-4XLXXECO.js";
import {
  grantSpecFor
} from "./chunk-XNTRT226.js";
import {
  expiryEnforcement,
  startEnforcement
} from "./chunk-EI2MP62G.js";
import {
  ProviderError
} from "./chunk-6DV6XXR4.js";
import "./chunk-2I45JTVB.js";

// src/commands/codeowners.ts
var READ_LIMIT = 4 * MAX_CODEOWNERS_BYTES;
async function codeowners(options, files, write) {
  const { path, text: existing } = await findCodeowners(files);
  const compiled = await loadPolicy(files, options.policyDir);
  if (compiled.errors.length > 0)
    return { path, status: "not-generated", warnings: [], overridden: [], policyErrors: compiled.errors };
  const section = generateSection(compiled.policy, options.policyDir);
  const spliced = spliceSection(existing, section.lines);
  if (!spliced.ok) throw new ConfigError(`${path}: ${spliced.code}: ${spliced.message}`);
  const size = byteLength(spliced.text);
  if (size >= MAX_CODEOWNERS_BYTES)
    throw new ConfigError(
      `${path}: codeowners-too-large: the file would be ${size} bytes; GitHub ignores a CODEOWNERS file of 3 MB or more`
    );
  const overridden = overriddenRules(spliced.text, section);
  const result = { path, warnings: section.warnings, overridden, policyErrors: [] };
  const same = spliced.text === existing;
  if (options.check) return { ...result, status: same ? "fresh" : "stale" };
  if (!same) await write(path, spliced.text);
  return { ...result, status: same ? "unchanged" : "written" };
}
async function findCodeowners(files) {
  for (const path of CODEOWNERS_LOCATIONS) {
    const read = await files.read(path, READ_LIMIT);
    if (read.kind === "missing") continue;
    if (read.kind === "too-large")
      throw new ConfigError(`${path}: the file is ${read.size} bytes, too large`);
    if (read.kind === "not-a-file") throw new ConfigError(`${path}: not a regular file`);
    return { path, text: new TextDecoder("utf-8", { fatal: false }).decode(read.bytes) };
  }
  return { path: CODEOWNERS_LOCATIONS[0], text: void 0 };
}

// src/core/policy/impact.ts
var RANK = { loosened: 0, tightened: 1, neutral: 2 };
var IDENTITY_KINDS = ["aws", "awsIdentityCenter", "gcp", "azure", "postgres"];
function policyImpact(base, head, options) {
  const resolver = new PeopleResolver(teamLookup(options.teamMembers));
  const sides = { base, head, resolver };
  const items = [...compareAdmins(sides)];
  for (const name of profileNames(base, head)) {
    const b = base.profiles.get(name);
    const h = head.profiles.get(name);
    const profile = (direction, says) => items.push({ direction, area: "profile", subject: name, subjectKind: "profile", says });
    if (h && !b)
      profile("loosened", [
        "a new profile: it grants through ",
        { code: h.grant.provider },
        " to groups ",
        ...names(h.eligible)
      ]);
    else if (b && !h) profile("tightened", ["the profile is removed: nobody can request it any more"]);
    else if (b && h) items.push(...compareProfile(name, b, h, sides));
  }
  const people = eligibility(sides, items);
  items.push(...identityChanges(base, head));
  items.push(...ledgerKeyChanges(base, head));
  const impact = {
    items: items.map((item, i) => ({ item, i })).sort((a, b) => RANK[a.item.direction] - RANK[b.item.direction] || a.i - b.i).map((x) => x.item),
    people,
    unresolvedTeams: [...resolver.unresolved.values()].sort(),
    codeowners: codeownersChanges(base, head, options.policyDir)
  };
  if (options.held) impact.grants = touchedGrants(options.held, base, head, people);
  return impact;
}
function heldGrantsMatter(impact) {
  return impact.people.some((p) => p.loses.length > 0) || impact.items.some(
    (i) => i.area === "identity" || i.area === "grant" || i.area === "profile" && i.direction === "tightened" || i.area === "duration" && i.direction === "tightened"
  );
}
function teamsToResolve(base, head) {
  const teams = /* @__PURE__ */ new Map();
  const add = (groups, policy) => {
    for (const t of teamsOf(groups, policy)) if (!teams.has(t.toLowerCase())) teams.set(t.toLowerCase(), t);
  };
  const steps = (list, policy) => JSON.stringify(list.map((s) => [groupSpec(s.groups, policy), s.count]));
  const both = (b, h) => {
    add(b, base);
    add(h, head);
  };
  const adminsB = base.admins?.groups ?? [];
  const adminsH = head.admins?.groups ?? [];
  if (groupSpec(adminsB, base) !== groupSpec(adminsH, head)) both(adminsB, adminsH);
  for (const name of profileNames(base, head)) {
    const b = base.profiles.get(name);
    const h = head.profiles.get(name);
    if (groupSpec(b?.eligible ?? [], base) !== groupSpec(h?.eligible ?? [], head))
      both(b?.eligible ?? [], h?.eligible ?? []);
    const stepsB = b?.approval.steps ?? [];
    const stepsH = h?.approval.steps ?? [];
    if (steps(stepsB, base) !== steps(stepsH, head))
      both(
        stepsB.flatMap((s) => s.groups),
        stepsH.flatMap((s) => s.groups)
      );
  }
  return [...teams.values()].sort();
}
function profileNames(base, head) {
  return [.../* @__PURE__ */ new Set([...base.profiles.keys(), ...head.profiles.keys()])].sort();
}
function eligibility(sides, items) {
  const { base, head, resolver } = sides;
  const people = /* @__PURE__ */ new Map();
  const person = (login) => {
    let known = people.get(login.toLowerCase());
    if (!known) {
      known = { login, gains: [], loses: [] };
      people.set(login.toLowerCase(), known);
    }
    return known;
  };
  for (const name of profileNames(base, head)) {
    const b = base.profiles.get(name)?.eligible ?? [];
    const h = head.profiles.get(name)?.eligible ?? [];
    if (groupSpec(b, base) === groupSpec(h, head)) continue;
    const { added, removed } = difference(resolver.peopleOf(b, base), resolver.peopleOf(h, head));
    const team = (who, direction, what) => items.push({
      direction,
      area: "eligibility",
      subject: who,
      subjectKind: "team",
      says: [
        `the team's members ${what} `,
        { code: name },
        " (its members could not be read, so they are not listed)"
      ]
    });
    for (const who of added)
      if (isTeamToken(who)) team(who, "loosened", "become eligible for");
      else person(who).gains.push(name);
    for (const who of removed)
      if (isTeamToken(who)) team(who, "tightened", "are no longer eligible for");
      else person(who).loses.push(name);
  }
  return [...people.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, p]) => p);
}
function identityChanges(base, head) {
  const fold = (p) => new Map([...p.identities].map(([login, entry]) => [login.toLowerCase(), { login, entry }]));
  const b = fold(base);
  const h = fold(head);
  const items = [];
  for (const key of [.../* @__PURE__ */ new Set([...b.keys(), ...h.keys()])].sort()) {
    const login = (h.get(key) ?? b.get(key))?.login;
    const emit = (direction, says) => items.push({ direction, area: "identity", subject: login, subjectKind: "person", says });
    for (const kind of IDENTITY_KINDS) {
      const before = b.get(key)?.entry[kind];
      const after = h.get(key)?.entry[kind];
      if (before === after) continue;
      if (before === void 0) emit("loosened", [`gets the ${kind} principal `, { code: after }]);
      else if (after === void 0)
        emit("tightened", [`no longer has a ${kind} principal (it was `, { code: before }, ")"]);
      else
        emit("loosened", [
          `is mapped to the ${kind} principal `,
          { code: after },
          " instead of ",
          { code: before },
          ": what they are granted from now on goes there"
        ]);
    }
  }
  return items;
}
function ledgerKeyChanges(base, head) {
  const items = [];
  const b = new Map(base.ledgerKeys.map((k) => [k.id, k]));
  const h = new Map(head.ledgerKeys.map((k) => [k.id, k]));
  const period = (k) => [
    "from ",
    { code: k.from },
    ...k.until === void 0 ? [" on"] : [" until ", { code: k.until }]
  ];
  const time = (iso) => iso === void 0 ? Number.POSITIVE_INFINITY : Date.parse(iso);
  for (const id of [.../* @__PURE__ */ new Set([...b.keys(), ...h.keys()])].sort()) {
    const before = b.get(id);
    const after = h.get(id);
    const emit = (direction, says) => items.push({ direction, area: "ledger", subject: id, subjectKind: "ledger-key", says });
    if (after && !before) emit("loosened", ["a new key may sign the ledger, ", ...period(after)]);
    else if (before && !after)
      emit("tightened", ["the key is removed: the records it signed no longer verify"]);
    else if (before && after) {
      if (before.publicKey.replace(/\s+/g, "") !== after.publicKey.replace(/\s+/g, ""))
        emit("loosened", ["another public key under the same name may sign the ledger, ", ...period(after)]);
      else if (time(after.from) < time(before.from) || time(after.until) > time(before.until))
        emit("loosened", [
          "may sign the ledger for longer: ",
          ...period(after),
          " instead of ",
          ...period(before)
        ]);
      else if (after.from !== before.from || after.until !== before.until)
        emit("tightened", [
          "may sign the ledger for less long: ",
          ...period(after),
          " instead of ",
          ...period(before)
        ]);
    }
  }
  return items;
}
function principalIn(policy, login, provider) {
  const kind = IDENTITY_KIND[provider];
  if (kind === "github") return login;
  const found = policy.identityIndex.find(login).entry;
  return found === void 0 ? void 0 : policy.identities.get(found)?.[kind];
}
function touchedGrants(held, base, head, people) {
  const loses = new Map(people.map((p) => [p.login.toLowerCase(), new Set(p.loses)]));
  const touched = [];
  for (const entry of held.entries) {
    if (typeof entry.requester !== "string" || typeof entry.profile !== "string") continue;
    const reasons = [];
    const b = base.profiles.get(entry.profile);
    const h = head.profiles.get(entry.profile);
    if (b && !h) reasons.push(["its profile is removed"]);
    if (b && h && !sameGrant(b.grant, h.grant))
      reasons.push(["what its profile grants changes; this grant keeps what it was given"]);
    if (loses.get(entry.requester.toLowerCase())?.has(entry.profile))
      reasons.push(["its requester is no longer eligible for its profile"]);
    const provider = entry.grant?.provider;
    if (provider !== void 0 && IDENTITY_KIND[provider] !== void 0) {
      const before = principalIn(base, entry.requester, provider);
      const after = principalIn(head, entry.requester, provider);
      if (before !== after)
        reasons.push(
          after === void 0 ? [`its requester has no ${IDENTITY_KIND[provider]} principal under the head policy`] : [
            "its requester's principal becomes ",
            { code: after },
            "; the grant stays with ",
            { code: entry.principal }
          ]
        );
    }
    const maxB = b && parseDuration(b.duration.max);
    const maxH = h && parseDuration(h.duration.max);
    const lasts = Date.parse(entry.expiresAt) - Date.parse(entry.startsAt);
    if (maxB?.ok && maxH?.ok && maxH.ms < maxB.ms && lasts > maxH.ms)
      reasons.push([`it lasts longer than the profile's new maximum of ${formatDuration(maxH.ms)}`]);
    if (reasons.length > 0)
      touched.push({
        id: entry.id,
        profile: entry.profile,
        requester: entry.requester,
        principal: entry.principal,
        expiresAt: entry.expiresAt,
        reasons
      });
  }
  touched.sort((x, y) => x.expiresAt < y.expiresAt ? -1 : x.expiresAt > y.expiresAt ? 1 : 0);
  return { touched, read: held.entries.length, unread: held.unread };
}
function codeownersChanges(base, head, policyDir) {
  const owners = (p) => new Map(generateSection(p, policyDir).rules.map((r) => [r.pattern, r.owners]));
  const before = owners(base);
  const after = owners(head);
  const changes = [];
  for (const pattern of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(pattern);
    const a = after.get(pattern);
    if (b && a && b.join(" ") === a.join(" ")) continue;
    changes.push({ pattern, ...b ? { before: b } : {}, ...a ? { after: a } : {} });
  }
  return changes;
}

// src/commands/impact.ts
var MAX_HELD_READ = 200;
async function impactBetween(sources) {
  const load = async (files) => {
    try {
      return await loadPolicy(files, sources.policyDir);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      const missing = { file: sources.policyDir, code: "policy-missing", message: error.message };
      return { policy: void 0, errors: [{ ...missing, line: 1, column: 1 }] };
    }
  };
  const [base, head] = await Promise.all([load(sources.base), load(sources.head)]);
  if (base.errors.length > 0 || !base.policy) return { ok: false, side: "base", errors: base.errors };
  if (head.errors.length > 0 || !head.policy) return { ok: false, side: "head", errors: head.errors };
  const teams = teamsToResolve(base.policy, head.policy);
  const lookup = sources.teamMembers;
  const members = lookup ? await Promise.all(teams.map((t) => lookup(t))) : [];
  const teamMembers = /* @__PURE__ */ new Map();
  teams.forEach((team, i) => {
    const found = members[i];
    if (found) teamMembers.set(team, found);
  });
  const options = { policyDir: sources.policyDir, teamMembers };
  const first = policyImpact(base.policy, head.policy, options);
  if (!sources.ledger || !heldGrantsMatter(first)) return { ok: true, impact: first };
  const held = await listHeldGrants(sources.ledger, { max: sources.maxHeld ?? MAX_HELD_READ });
  return { ok: true, impact: policyImpact(base.policy, head.policy, { ...options, held }) };
}

// src/providers/planners.ts
var PLANNERS = {
  "aws-iam": { operations: (g) => planInline(g), notes },
  "aws-iam-managed": { operations: (g) => planManaged(g), notes },
  "aws-identity-center": {
    operations: (g) => planIdentityCenter(g),
    notes
  },
  "gcp-iam": {
    operations: (g) => planGcp(gcpGrantFor(g)),
    notes: (g) => notes3(gcpGrantFor(g))
  },
  "azure-pim": {
    operations: (g) => planPim(g),
    notes: (g) => notes2(g)
  },
  "azure-role-assignment": {
    operations: (g) => planRoleAssignment(g),
    notes: (g) => notes2(g)
  },
  "github-team": {
    operations: planMembership,
    notes: (g) => [
      `Expiry is enforced by gitjit's sweep, which removes the membership after ${g.expiresAt}; GitHub cannot end it by itself.`
    ]
  },
  postgres: { operations: planGrant, notes: (g) => [expiryNote(g).note] }
};
function plannerFor(provider) {
  const planner = PLANNERS[provider];
  if (!planner)
    throw new ProviderError(
      `the ${provider} provider cannot be planned by this build of gitjit`,
      "provider-unavailable"
    );
  return planner;
}

// src/commands/plan.ts
function planGrant2(path, request, pr) {
  const spec = grantSpecFor(path, request, pr);
  const base = {
    request: spec.requestPath,
    id: spec.id,
    provider: spec.grant.provider,
    principal: spec.principal,
    startsAt: spec.startsAt,
    expiresAt: spec.expiresAt,
    expiry: expiryEnforcement(spec.grant),
    ...request.scheduled ? { start: startEnforcement(spec.grant) } : {}
  };
  const waits = request.scheduled && startEnforcement(spec.grant) === "sweep" ? [
    `Nothing is written before ${spec.startsAt}: ${spec.grant.provider} cannot hold a start time, so apply records the grant as scheduled and gitjit's sweep makes these calls at its start \u2014 up to one sweep interval later (5 minutes with the shipped workflow); it still ends at ${spec.expiresAt}.`
  ] : [];
  try {
    const planner = plannerFor(spec.grant.provider);
    return { ...base, operations: planner.operations(spec), notes: [...waits, ...planner.notes(spec)] };
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    return { ...base, operations: [], notes: waits, error: { code: error.code, message: error.message } };
  }
}

// src/action/pull-request.ts
async function pullRequestMode(options, forge, io) {
  const { inputs, pr } = options;
  const pulls = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  const reading = {
    ...forge,
    pull: (n) => {
      const known = pulls.get(n);
      if (known) return known;
      const pull2 = forge.pull(n);
      pulls.set(n, pull2);
      return pull2;
    },
    files: (ref) => {
      let known = files.get(ref);
      if (!known) {
        known = cachedFiles(forge.files(ref));
        files.set(ref, known);
      }
      return known;
    }
  };
  const report = await approvals(
    {
      pr,
      policyDir: inputs.policyDir,
      now: options.now,
      report: false,
      ledgerBranch: inputs.ledgerBranch,
      // A base older than the default branch's policy is judged by that policy too.
      governing: currentMainPolicy(reading)
    },
    reading
  );
  const pull = await reading.pull(pr);
  const governance = report.subjects.some((s) => s.kind === "governance") && report.problems.length === 0;
  const plans = Object.fromEntries(
    // An extension makes no new grant: its plan is the moved expiry, shown with the request.
    report.subjects.flatMap(
      (s) => s.request && s.request.extends === void 0 ? [[s.subject, planGrant2(s.subject, s.request, pr)]] : []
    )
  );
  const check = checkPullRequest(
    report,
    pull,
    governance ? await governanceErrors(reading, pull.headSha, inputs.policyDir) : [],
    plans,
    governance ? await governanceImpact(reading, pull, inputs) : void 0
  );
  for (const p of problemsOf(check)) {
    const where = { title: `gitjit ${p.code}`, file: p.file, line: p.line, column: p.column };
    if (p.severity === "error") io.error(p.message, where);
    else io.warning(p.message, where);
  }
  const context = options.runUrl ? { runUrl: options.runUrl } : {};
  await io.appendSummary(renderPullRequestSummary(check, context));
  if (inputs.comment) {
    const body = renderPullRequestComment(check, context);
    await tryWrite(io, "comment on the pull request", async () => {
      const done = await upsertSticky(forge, pr, body, void 0, check.verdict !== "nothing");
      io.info(`gitjit comment on #${pr}: ${done}`);
    });
  }
  await setStatus(io, forge, pull.headSha, {
    state: check.approved ? "success" : "failure",
    context: APPROVAL_CONTEXT,
    description: check.status,
    ...options.runUrl ? { targetUrl: options.runUrl } : { targetUrl: pull.url }
  });
  io.setOutput("valid", String(check.valid));
  io.setOutput("approved", String(check.approved));
  io.info(`gitjit: ${check.verdict}: ${check.status}`);
  if (!check.valid) {
    const count = problemsOf(check).filter((p) => p.severity === "error").length;
    io.fail(
      `gitjit: pull request #${pr} is not valid: ${count} problem${count === 1 ? "" : "s"} (see the annotations)`
    );
  }
  return check;
}
async function governanceErrors(forge, headSha, policyDir) {
  const at = { line: 1, column: 1 };
  try {
    const result = await codeowners({ policyDir, check: true }, forge.files(headSha), async () => {
    });
    if (result.policyErrors.length > 0) return result.policyErrors;
    if (result.status === "stale")
      return [
        {
          file: result.path,
          code: "codeowners-stale",
          message: `the gitjit section of ${result.path} does not match the policy this change makes; run gitjit codeowners and commit the result`,
          ...at
        }
      ];
    return result.overridden.map((o) => ({ file: result.path, code: o.code, message: o.message, ...at }));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return [{ file: policyDir, code: "policy-missing", message: error.message, ...at }];
  }
}
async function governanceImpact(forge, pull, inputs) {
  const result = await impactBetween({
    base: forge.files(pull.baseSha),
    head: forge.files(pull.headSha),
    policyDir: inputs.policyDir,
    // A token that may not read a team's members (the job's GITHUB_TOKEN cannot): the team is named, not listed.
    teamMembers: (team) => forge.teamMembers(team).catch((error) => {
      if (error instanceof ServiceError) return void 0;
      throw error;
    }),
    ledger: forge.files(inputs.ledgerBranch)
  });
  return result.ok ? result.impact : void 0;
}
export {
  pullRequestMode
};
