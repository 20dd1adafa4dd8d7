/**
 * The policy: every YAML file of policies/ loaded, schema-checked, merged and checked as a whole.
 * Pure: it takes file texts, so the same code judges the work tree and a base commit.
 */
import { policyJsonSchema, validatePolicyFile } from "../../generated/validators.js";
import { at, type FileDiagnostic } from "../diagnostics.js";
import { MAX_DURATION_MS, parseDuration } from "../duration.js";
import { startEnforcement } from "../grant.js";
import { type LedgerKeyPolicy, parsePublicKey } from "../ledger/keys.js";
import { type JsonPath, loadYaml, MAX_POLICY_BYTES } from "../load/yaml.js";
import { LoginIndex } from "../login.js";
import { fieldsAt } from "../model/fields.js";
import type { IdentityEntry, PolicyFile, ProfilePolicy } from "../model/schema.js";
import { type Locate, schemaDiagnostics } from "../schema-errors.js";

export interface PolicySourceFile {
  path: string;
  content: string | Uint8Array;
}

export interface Group {
  members: readonly string[];
  memberIndex: LoginIndex;
  teams: readonly string[];
}

/** Where a named entry was defined, for error reports that point into the right file. */
interface Origin {
  file: string;
  locate: Locate;
  path: JsonPath;
}

export interface Policy {
  admins?: { groups: readonly string[]; count: number; origin: Origin };
  identities: ReadonlyMap<string, IdentityEntry>;
  identityIndex: LoginIndex;
  groups: ReadonlyMap<string, Group>;
  profiles: ReadonlyMap<string, ProfilePolicy>;
  /** The keys that may sign the ledger (ledger.keys), current and retired; none when the ledger is not signed. */
  ledgerKeys: readonly LedgerKeyPolicy[];
  /** The files the policy was read from, in order. */
  files: readonly string[];
}

export interface CompiledPolicy {
  policy: Policy;
  /** Problems in the policy files; a policy with any of these must not judge a request. */
  errors: FileDiagnostic[];
  /** Things the admins should know that do not stop the policy from judging. */
  warnings?: FileDiagnostic[];
}

const BASIC_GCP_ROLES = new Set(["roles/owner", "roles/editor", "roles/viewer"]);
const DEFAULT_HORIZON = "7d";

export function compilePolicy(sources: readonly PolicySourceFile[]): CompiledPolicy {
  const errors: FileDiagnostic[] = [];
  const identities = new Map<string, IdentityEntry>();
  const identityOrigin = new Map<string, Origin>();
  const groups = new Map<string, Group>();
  const groupOrigin = new Map<string, Origin>();
  const profiles = new Map<string, ProfilePolicy>();
  const profileOrigin = new Map<string, Origin>();
  let admins: Policy["admins"];
  let ledger: { keys: LedgerKeyPolicy[]; origin: Origin } | undefined;

  const sorted = [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (sorted.length === 0) {
    errors.push(
      at("policies/", { code: "policy-missing", message: "no policy files were found", line: 1, column: 1 }),
    );
  }

  for (const source of sorted) {
    const loaded = loadYaml(source.content, { maxBytes: MAX_POLICY_BYTES });
    if (!loaded.ok) {
      errors.push(...loaded.errors.map((d) => at(source.path, d)));
      continue;
    }
    if (!validatePolicyFile(loaded.value)) {
      const found = schemaDiagnostics(validatePolicyFile.errors, loaded.locate, (p) =>
        fieldsAt(policyJsonSchema, p),
      );
      errors.push(...found.map((d) => at(source.path, d)));
      continue;
    }
    const file = loaded.value as PolicyFile;
    const origin = (path: JsonPath): Origin => ({ file: source.path, locate: loaded.locate, path });
    const duplicate = (kind: string, name: string, first: Origin, path: JsonPath) =>
      errors.push(
        at(source.path, {
          code: "duplicate-name",
          message: `${kind} "${name}" is already defined in ${first.file}:${first.locate(first.path, "key").line}`,
          path,
          ...loaded.locate(path, "key"),
        }),
      );

    if (file.admins) {
      if (admins) duplicate("admins", "admins", admins.origin, ["admins"]);
      else admins = { ...file.admins, origin: origin(["admins"]) };
    }
    if (file.ledger) {
      if (ledger) duplicate("ledger", "ledger", ledger.origin, ["ledger"]);
      else ledger = { keys: file.ledger.keys, origin: origin(["ledger"]) };
    }
    for (const [login, identity] of Object.entries(file.identities ?? {})) {
      const path = ["identities", login];
      // GitHub logins ignore case: two spellings of one login would be two entries for one person.
      const key = login.toLowerCase();
      const first = identityOrigin.get(key);
      if (first) duplicate("identity", login, first, path);
      else {
        identityOrigin.set(key, origin(path));
        identities.set(login, identity);
      }
    }
    for (const [name, group] of Object.entries(file.groups ?? {})) {
      const path = ["groups", name];
      const first = groupOrigin.get(name);
      if (first) duplicate("group", name, first, path);
      else {
        groupOrigin.set(name, origin(path));
        const members = group.members ?? [];
        groups.set(name, { members, memberIndex: new LoginIndex(members), teams: group.teams ?? [] });
      }
    }
    for (const [name, profile] of Object.entries(file.profiles ?? {})) {
      const path = ["profiles", name];
      const first = profileOrigin.get(name);
      if (first) duplicate("profile", name, first, path);
      else {
        profileOrigin.set(name, origin(path));
        profiles.set(name, profile);
      }
    }
  }

  const policy: Policy = {
    admins,
    identities,
    identityIndex: new LoginIndex(identities.keys()),
    groups,
    profiles,
    ledgerKeys: ledger?.keys ?? [],
    files: sorted.map((s) => s.path),
  };
  // With a file unreadable, checks of the whole would report what that file may well define.
  if (errors.length > 0 && !errors.every((e) => e.code === "duplicate-name")) return { policy, errors };
  const warnings: FileDiagnostic[] = [];
  const report = (
    o: Origin,
    code: string,
    message: string,
    sub: JsonPath = [],
    which: "key" | "value" = "value",
  ) => {
    const path = [...o.path, ...sub];
    errors.push(at(o.file, { code, message, path, ...o.locate(path, which) }));
  };

  const checkGroupRefs = (o: Origin, names: readonly string[], sub: JsonPath) =>
    names.forEach((name, i) => {
      if (!groups.has(name))
        report(o, "unknown-group", `group "${name}" is not defined in groups`, [...sub, i]);
    });

  for (const [name, group] of groups) {
    const o = groupOrigin.get(name) as Origin;
    if (group.members.length === 0 && group.teams.length === 0)
      report(o, "empty-group", `group "${name}" has neither members nor teams`, [], "key");
    const seen = new Map<string, string>();
    group.members.forEach((member, i) => {
      const other = seen.get(member.toLowerCase());
      if (other !== undefined)
        report(o, "duplicate-member", `"${member}" and "${other}" are the same GitHub login`, ["members", i]);
      seen.set(member.toLowerCase(), member);
    });
  }

  if (!admins) {
    errors.push(
      at(sorted[0]?.path ?? "policies/", {
        code: "admins-missing",
        message: "the policy names no admins: nobody could approve a change to it",
        line: 1,
        column: 1,
      }),
    );
  } else {
    checkGroupRefs(admins.origin, admins.groups, ["groups"]);
    const possible = approverCeiling(admins.groups, groups);
    if (possible !== undefined && possible < admins.count)
      report(
        admins.origin,
        "unapprovable",
        `${admins.count} admins are needed but only ${possible} people are in the admin groups`,
        ["count"],
      );
  }

  if (ledger) checkLedgerKeys(ledger.origin, ledger.keys, report);

  for (const [name, profile] of profiles) {
    const o = profileOrigin.get(name) as Origin;
    checkGroupRefs(o, profile.eligible, ["eligible"]);
    profile.approval.steps.forEach((step, i) => {
      checkGroupRefs(o, step.groups, ["approval", "steps", i, "groups"]);
    });

    const max = checkDuration(o, profile.duration.max, ["duration", "max"], report);
    const fallback = checkDuration(o, profile.duration.default, ["duration", "default"], report);
    if (max !== undefined && fallback !== undefined && fallback > max)
      report(
        o,
        "default-over-max",
        `the default duration ${profile.duration.default} exceeds the maximum ${profile.duration.max}`,
        ["duration", "default"],
      );
    if (profile.schedule?.horizon)
      checkDuration(o, profile.schedule.horizon, ["schedule", "horizon"], report);
    if (profile.schedule?.allowed && startEnforcement(profile.grant) === "sweep") {
      const path = [...o.path, "schedule", "allowed"];
      warnings.push(
        at(o.file, {
          code: "schedule-by-sweep",
          message: `profile "${name}" allows a scheduled start, but ${profile.grant.provider} cannot hold a start time: gitjit's sweep grants it at its start, up to one sweep interval late (the access still ends on time)`,
          path,
          ...o.locate(path, "value"),
        }),
      );
    }
    if (profile.approval.autoApprove?.upTo)
      checkDuration(o, profile.approval.autoApprove.upTo, ["approval", "autoApprove", "upTo"], report);

    if (profile.approval.steps.length === 0 && !profile.approval.autoApprove)
      report(
        o,
        "no-approval-rule",
        `profile "${name}" has no approval steps; add steps or say autoApprove explicitly`,
        ["approval"],
        "key",
      );
    checkApprovable(o, name, profile, groups, report);

    if (profile.ticket?.pattern !== undefined) {
      try {
        new RegExp(profile.ticket.pattern, "u");
      } catch (error) {
        report(
          o,
          "invalid-pattern",
          `ticket pattern is not a valid regular expression: ${(error as Error).message}`,
          ["ticket", "pattern"],
        );
      }
    }
    if (profile.grant.provider === "gcp-iam" && BASIC_GCP_ROLES.has(profile.grant.role))
      report(
        o,
        "gcp-basic-role",
        `${profile.grant.role} is a basic role; IAM conditions do not apply to it, so it cannot expire`,
        ["grant", "role"],
      );
  }

  return { policy, errors, warnings };
}

type Report = (o: Origin, code: string, message: string, sub?: JsonPath) => void;

/** Each ledger key an Ed25519 public key, named once, with a period that ends after it starts. */
function checkLedgerKeys(o: Origin, keys: readonly LedgerKeyPolicy[], report: Report) {
  const ids = new Set<string>();
  keys.forEach((key, i) => {
    if (ids.has(key.id))
      report(o, "duplicate-name", `ledger key "${key.id}" is listed twice`, ["keys", i, "id"]);
    ids.add(key.id);
    const parsed = parsePublicKey(key.publicKey);
    if (!parsed.ok)
      report(o, "ledger-key-invalid", `ledger key "${key.id}": ${parsed.reason}`, ["keys", i, "publicKey"]);
    if (Number.isNaN(Date.parse(key.from)))
      report(o, "ledger-key-period", `ledger key "${key.id}": from is not a time`, ["keys", i, "from"]);
    if (key.until !== undefined && !(Date.parse(key.until) > Date.parse(key.from)))
      report(o, "ledger-key-period", `ledger key "${key.id}": until must be after from`, [
        "keys",
        i,
        "until",
      ]);
  });
}

function checkDuration(o: Origin, text: string, sub: JsonPath, report: Report): number | undefined {
  const parsed = parseDuration(text);
  if (!parsed.ok) return void report(o, "duration-invalid", parsed.reason, sub);
  if (parsed.ms <= 0)
    return void report(o, "duration-not-positive", `${text} is not a positive duration`, sub);
  if (parsed.ms > MAX_DURATION_MS)
    return void report(o, "duration-over-limit", `${text} exceeds gitjit's limit of 366 days`, sub);
  return parsed.ms;
}

/**
 * How many people could approve from these groups, when that is knowable without GitHub:
 * undefined once a team is involved (its size is only known online).
 */
function approverCeiling(
  groupNames: readonly string[],
  groups: ReadonlyMap<string, Group>,
): number | undefined {
  const people = new Set<string>();
  for (const name of groupNames) {
    const group = groups.get(name);
    if (!group) continue;
    if (group.teams.length > 0) return undefined;
    for (const member of group.members) people.add(member.toLowerCase());
  }
  return people.size;
}

/** Each step needs `count` people, and no person counts twice: check the steps can all be met at once. */
function checkApprovable(
  o: Origin,
  name: string,
  profile: ProfilePolicy,
  groups: ReadonlyMap<string, Group>,
  report: Report,
) {
  const steps = profile.approval.steps;
  steps.forEach((step, i) => {
    const ceiling = approverCeiling(step.groups, groups);
    if (ceiling !== undefined && ceiling < step.count)
      report(
        o,
        "unapprovable",
        `step ${i + 1} of "${name}" needs ${step.count} approvers but its groups hold ${ceiling} people`,
        ["approval", "steps", i, "count"],
      );
  });
  const ceilings = steps.map((s) => approverCeiling(s.groups, groups));
  if (steps.length > 1 && ceilings.every((c) => c !== undefined)) {
    const union = approverCeiling(
      steps.flatMap((s) => s.groups),
      groups,
    ) as number;
    const needed = steps.reduce((sum, s) => sum + s.count, 0);
    if (union < needed)
      report(
        o,
        "unapprovable",
        `the steps of "${name}" need ${needed} different people but their groups hold ${union}`,
        ["approval", "steps"],
      );
  }
}

export const scheduleHorizon = (profile: ProfilePolicy): string =>
  profile.schedule?.horizon ?? DEFAULT_HORIZON;
