/**
 * Who a list of groups stands for, under one policy: the people named in the groups' members and,
 * where a team's members are known, the people in its teams. A team whose members are not known
 * stands for itself ("@org/team"), so a change through it is still seen, just not per person.
 * Pure: team members are passed in.
 */
import type { Policy } from "./policy.js";

/** Lowercased login (or "@org/team" for a team not read) → the spelling to show. */
export type People = Map<string, string>;

export const isTeamToken = (key: string) => key.startsWith("@");

/** The teams' members, looked up without regard to case; undefined when not known. */
export type TeamLookup = (team: string) => readonly string[] | undefined;

export function teamLookup(members: ReadonlyMap<string, readonly string[]> | undefined): TeamLookup {
  const folded = new Map<string, readonly string[]>();
  for (const [team, logins] of members ?? []) folded.set(team.toLowerCase(), logins);
  return (team) => folded.get(team.toLowerCase());
}

/**
 * What the groups are made of, whoever is in the teams: equal specs stand for the same people
 * under any team membership, so only groups whose spec changes need their teams read.
 */
export function groupSpec(groupNames: readonly string[], policy: Policy): string {
  // Many profiles name the same groups: each list of groups is worked out once per policy.
  let known = specs.get(policy);
  if (!known) {
    known = new Map();
    specs.set(policy, known);
  }
  const key = JSON.stringify(groupNames);
  let spec = known.get(key);
  if (spec === undefined) {
    spec = specOf(groupNames, policy);
    known.set(key, spec);
  }
  return spec;
}

const specs = new WeakMap<Policy, Map<string, string>>();

function specOf(groupNames: readonly string[], policy: Policy): string {
  const members = new Set<string>();
  const teams = new Set<string>();
  for (const name of groupNames) {
    const group = policy.groups.get(name);
    if (!group) continue;
    for (const m of group.members) members.add(m.toLowerCase());
    for (const t of group.teams) teams.add(t.toLowerCase());
  }
  return JSON.stringify([[...members].sort(), [...teams].sort()]);
}

/** The teams the groups name. */
export function teamsOf(groupNames: readonly string[], policy: Policy): string[] {
  return groupNames.flatMap((name) => policy.groups.get(name)?.teams ?? []);
}

export class PeopleResolver {
  /** Teams asked for whose members were not known, in the order first asked. */
  readonly unresolved = new Map<string, string>();

  constructor(private readonly lookup: TeamLookup) {}

  peopleOf(groupNames: readonly string[], policy: Policy): People {
    const people: People = new Map();
    for (const name of groupNames) {
      const group = policy.groups.get(name);
      if (!group) continue;
      for (const m of group.members) if (!people.has(m.toLowerCase())) people.set(m.toLowerCase(), m);
      for (const team of group.teams) {
        const members = this.lookup(team);
        if (members === undefined) {
          people.set(team.toLowerCase(), team);
          if (!this.unresolved.has(team.toLowerCase())) this.unresolved.set(team.toLowerCase(), team);
          continue;
        }
        for (const m of members) if (!people.has(m.toLowerCase())) people.set(m.toLowerCase(), m);
      }
    }
    return people;
  }
}

/** Who is in `after` and not in `before`, and the other way round, each sorted by key. */
export function difference(before: People, after: People): { added: string[]; removed: string[] } {
  const only = (a: People, b: People) =>
    [...a.keys()]
      .filter((k) => !b.has(k))
      .sort()
      .map((k) => a.get(k) as string);
  return { added: only(after, before), removed: only(before, after) };
}
