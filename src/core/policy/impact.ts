/**
 * The impact of a policy change, from the base policy to the head's: what a governance pull
 * request would allow that the base did not (loosened), what it would no longer allow
 * (tightened), and what changes without changing what is allowed (neutral). Per person, who
 * becomes eligible for which profile and who stops; per profile and for the admins, the approval
 * rule, durations, scheduling, ticket and justification rules and the grant; identities
 * re-mapped; the active grants the change touches; the generated CODEOWNERS lines that change.
 * Pure and plain data: team members and held grants are passed in, nothing is read here.
 */
import { generateSection } from "../codeowners/generate.js";
import { formatDuration, parseDuration } from "../duration.js";
import type { LedgerEntry } from "../ledger/records.js";
import type { IdentityKind, ProviderId } from "../model/schema.js";
import { IDENTITY_KIND } from "../request/evaluate.js";
import { difference, groupSpec, isTeamToken, PeopleResolver, teamLookup, teamsOf } from "./impact-people.js";
import { compareAdmins, compareProfile, names, type Sides, sameGrant } from "./impact-rules.js";
import type { Policy } from "./policy.js";

export type Direction = "loosened" | "tightened" | "neutral";
export type ImpactArea =
  | "eligibility"
  | "approval"
  | "duration"
  | "schedule"
  | "ticket"
  | "justification"
  | "profile"
  | "grant"
  | "identity"
  | "ledger";

/** A piece of a sentence: gitjit's own words, or a value from the policy (untrusted: shown as code). */
export type Part = string | { code: string };

export interface ImpactItem {
  direction: Direction;
  area: ImpactArea;
  /** What the item is about: a profile's name, "admins", a login or a team. */
  subject: string;
  subjectKind: "profile" | "admins" | "person" | "team" | "ledger-key";
  says: Part[];
}

/** One person whose eligibility changes: profiles they become eligible for, and those they stop being. */
export interface PersonImpact {
  login: string;
  gains: string[];
  loses: string[];
}

/** An active grant the change touches: it keeps what it was given until it ends. */
export interface TouchedGrant {
  id: string;
  profile: string;
  requester: string;
  principal: string;
  expiresAt: string;
  reasons: Part[][];
}

export interface PolicyImpact {
  /** Loosening first, then tightening, then neutral. */
  items: ImpactItem[];
  /** Sorted by login. */
  people: PersonImpact[];
  /** Teams in changed groups whose members were not known: changes through them are named by team. */
  unresolvedTeams: string[];
  /** Absent when the ledger was not read. `unread`: held grants there that were not read. */
  grants?: { touched: TouchedGrant[]; read: number; unread: number };
  /** Patterns of the generated CODEOWNERS section whose owners change, in the section's order. */
  codeowners: CodeownersChange[];
}

/** One line of the generated CODEOWNERS section: its owners at the base and at the head (absent: no such line). */
export interface CodeownersChange {
  pattern: string;
  before?: string[];
  after?: string[];
}

export interface ImpactOptions {
  policyDir: string;
  /** "@org/team" → its members, for the teams that could be read. */
  teamMembers?: ReadonlyMap<string, readonly string[]>;
  /** The grants the ledger holds, and how many more it holds that were not read. */
  held?: { entries: readonly LedgerEntry[]; unread: number };
}

const RANK: Record<Direction, number> = { loosened: 0, tightened: 1, neutral: 2 };
const IDENTITY_KINDS: readonly IdentityKind[] = ["aws", "awsIdentityCenter", "gcp", "azure", "postgres"];

export function policyImpact(base: Policy, head: Policy, options: ImpactOptions): PolicyImpact {
  const resolver = new PeopleResolver(teamLookup(options.teamMembers));
  const sides: Sides = { base, head, resolver };
  const items: ImpactItem[] = [...compareAdmins(sides)];
  for (const name of profileNames(base, head)) {
    const b = base.profiles.get(name);
    const h = head.profiles.get(name);
    const profile = (direction: Direction, says: Part[]) =>
      items.push({ direction, area: "profile", subject: name, subjectKind: "profile", says });
    if (h && !b)
      profile("loosened", [
        "a new profile: it grants through ",
        { code: h.grant.provider },
        " to groups ",
        ...names(h.eligible),
      ]);
    else if (b && !h) profile("tightened", ["the profile is removed: nobody can request it any more"]);
    else if (b && h) items.push(...compareProfile(name, b, h, sides));
  }
  const people = eligibility(sides, items);
  items.push(...identityChanges(base, head));
  items.push(...ledgerKeyChanges(base, head));
  const impact: PolicyImpact = {
    items: items
      .map((item, i) => ({ item, i }))
      .sort((a, b) => RANK[a.item.direction] - RANK[b.item.direction] || a.i - b.i)
      .map((x) => x.item),
    people,
    unresolvedTeams: [...resolver.unresolved.values()].sort(),
    codeowners: codeownersChanges(base, head, options.policyDir),
  };
  if (options.held) impact.grants = touchedGrants(options.held, base, head, people);
  return impact;
}

/** Whether held grants could be touched: a profile removed or changed, or a person's identity or eligibility. */
export function heldGrantsMatter(impact: PolicyImpact): boolean {
  return (
    impact.people.some((p) => p.loses.length > 0) ||
    impact.items.some(
      (i) =>
        i.area === "identity" ||
        i.area === "grant" ||
        (i.area === "profile" && i.direction === "tightened") ||
        (i.area === "duration" && i.direction === "tightened"),
    )
  );
}

/**
 * The teams whose members decide a per-person answer: those in groups whose make-up changes
 * (eligibility, approval steps, admins). Teams only in unchanged groups need not be read.
 */
export function teamsToResolve(base: Policy, head: Policy): string[] {
  const teams = new Map<string, string>();
  const add = (groups: readonly string[], policy: Policy) => {
    for (const t of teamsOf(groups, policy)) if (!teams.has(t.toLowerCase())) teams.set(t.toLowerCase(), t);
  };
  const steps = (list: readonly { groups: readonly string[]; count: number }[], policy: Policy) =>
    JSON.stringify(list.map((s) => [groupSpec(s.groups, policy), s.count]));
  const both = (b: readonly string[], h: readonly string[]) => {
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
        stepsH.flatMap((s) => s.groups),
      );
  }
  return [...teams.values()].sort();
}

function profileNames(base: Policy, head: Policy): string[] {
  return [...new Set([...base.profiles.keys(), ...head.profiles.keys()])].sort();
}

/** Who becomes eligible for which profile, and who stops; teams not read are items of their own. */
function eligibility(sides: Sides, items: ImpactItem[]): PersonImpact[] {
  const { base, head, resolver } = sides;
  const people = new Map<string, PersonImpact>();
  const person = (login: string) => {
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
    const team = (who: string, direction: Direction, what: string) =>
      items.push({
        direction,
        area: "eligibility",
        subject: who,
        subjectKind: "team",
        says: [
          `the team's members ${what} `,
          { code: name },
          " (its members could not be read, so they are not listed)",
        ],
      });
    for (const who of added)
      if (isTeamToken(who)) team(who, "loosened", "become eligible for");
      else person(who).gains.push(name);
    for (const who of removed)
      if (isTeamToken(who)) team(who, "tightened", "are no longer eligible for");
      else person(who).loses.push(name);
  }
  return [...people.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, p]) => p);
}

/** Each login's principal on each platform, base to head; logins compared without regard to case. */
function identityChanges(base: Policy, head: Policy): ImpactItem[] {
  const fold = (p: Policy) =>
    new Map([...p.identities].map(([login, entry]) => [login.toLowerCase(), { login, entry }]));
  const b = fold(base);
  const h = fold(head);
  const items: ImpactItem[] = [];
  for (const key of [...new Set([...b.keys(), ...h.keys()])].sort()) {
    const login = (h.get(key) ?? b.get(key))?.login as string;
    const emit = (direction: Direction, says: Part[]) =>
      items.push({ direction, area: "identity", subject: login, subjectKind: "person", says });
    for (const kind of IDENTITY_KINDS) {
      const before = b.get(key)?.entry[kind];
      const after = h.get(key)?.entry[kind];
      if (before === after) continue;
      if (before === undefined) emit("loosened", [`gets the ${kind} principal `, { code: after as string }]);
      else if (after === undefined)
        emit("tightened", [`no longer has a ${kind} principal (it was `, { code: before }, ")"]);
      else
        emit("loosened", [
          `is mapped to the ${kind} principal `,
          { code: after },
          " instead of ",
          { code: before },
          ": what they are granted from now on goes there",
        ]);
    }
  }
  return items;
}

/**
 * The ledger's keys, base to head: a key added, a key listed under a name with another public key,
 * or a period made longer lets someone new sign the audit log (loosened); a key removed, or a period
 * made shorter, stops records it signs from verifying (tightened).
 */
function ledgerKeyChanges(base: Policy, head: Policy): ImpactItem[] {
  const items: ImpactItem[] = [];
  const b = new Map(base.ledgerKeys.map((k) => [k.id, k]));
  const h = new Map(head.ledgerKeys.map((k) => [k.id, k]));
  const period = (k: { from: string; until?: string }): Part[] => [
    "from ",
    { code: k.from },
    ...(k.until === undefined ? [" on"] : [" until ", { code: k.until }]),
  ];
  const time = (iso: string | undefined) => (iso === undefined ? Number.POSITIVE_INFINITY : Date.parse(iso));
  for (const id of [...new Set([...b.keys(), ...h.keys()])].sort()) {
    const before = b.get(id);
    const after = h.get(id);
    const emit = (direction: Direction, says: Part[]) =>
      items.push({ direction, area: "ledger", subject: id, subjectKind: "ledger-key", says });
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
          ...period(before),
        ]);
      else if (after.from !== before.from || after.until !== before.until)
        emit("tightened", [
          "may sign the ledger for less long: ",
          ...period(after),
          " instead of ",
          ...period(before),
        ]);
    }
  }
  return items;
}

function principalIn(policy: Policy, login: string, provider: ProviderId): string | undefined {
  const kind = IDENTITY_KIND[provider];
  if (kind === "github") return login;
  const found = policy.identityIndex.find(login).entry;
  return found === undefined ? undefined : policy.identities.get(found)?.[kind];
}

function touchedGrants(
  held: NonNullable<ImpactOptions["held"]>,
  base: Policy,
  head: Policy,
  people: readonly PersonImpact[],
): NonNullable<PolicyImpact["grants"]> {
  const loses = new Map(people.map((p) => [p.login.toLowerCase(), new Set(p.loses)]));
  const touched: TouchedGrant[] = [];
  for (const entry of held.entries) {
    // An entry is the ledger's word, but its fields are checked before they are used.
    if (typeof entry.requester !== "string" || typeof entry.profile !== "string") continue;
    const reasons: Part[][] = [];
    const b = base.profiles.get(entry.profile);
    const h = head.profiles.get(entry.profile);
    if (b && !h) reasons.push(["its profile is removed"]);
    if (b && h && !sameGrant(b.grant, h.grant))
      reasons.push(["what its profile grants changes; this grant keeps what it was given"]);
    if (loses.get(entry.requester.toLowerCase())?.has(entry.profile))
      reasons.push(["its requester is no longer eligible for its profile"]);
    const provider = entry.grant?.provider;
    if (provider !== undefined && IDENTITY_KIND[provider] !== undefined) {
      const before = principalIn(base, entry.requester, provider);
      const after = principalIn(head, entry.requester, provider);
      if (before !== after)
        reasons.push(
          after === undefined
            ? [`its requester has no ${IDENTITY_KIND[provider]} principal under the head policy`]
            : [
                "its requester's principal becomes ",
                { code: after },
                "; the grant stays with ",
                { code: entry.principal },
              ],
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
        reasons,
      });
  }
  touched.sort((x, y) => (x.expiresAt < y.expiresAt ? -1 : x.expiresAt > y.expiresAt ? 1 : 0));
  return { touched, read: held.entries.length, unread: held.unread };
}

function codeownersChanges(base: Policy, head: Policy, policyDir: string): CodeownersChange[] {
  // By pattern, not by line: a longer profile name re-pads every line without changing an owner.
  const owners = (p: Policy) =>
    new Map(generateSection(p, policyDir).rules.map((r) => [r.pattern, r.owners]));
  const before = owners(base);
  const after = owners(head);
  const changes: CodeownersChange[] = [];
  for (const pattern of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(pattern);
    const a = after.get(pattern);
    if (b && a && b.join(" ") === a.join(" ")) continue;
    changes.push({ pattern, ...(b ? { before: b } : {}), ...(a ? { after: a } : {}) });
  }
  return changes;
}
