/**
 * Judges one access request against the policy: every rule it breaks, each with a stable code
 * and the place in the file, plus what would be granted and who must approve. Pure: the clock,
 * the author and GitHub team memberships are passed in.
 */
import { requestJsonSchema, validateRequest } from "../../generated/validators.js";
import type { Diagnostic } from "../diagnostics.js";
import { formatDuration, parseDuration } from "../duration.js";
import type { JsonPath } from "../load/yaml.js";
import { LoginIndex, matchLogin } from "../login.js";
import { fieldsAt } from "../model/fields.js";
import type { AccessRequest, Grant, IdentityKind, ProfilePolicy, ProviderId } from "../model/schema.js";
import { type Group, type Policy, scheduleHorizon } from "../policy/policy.js";
import { type Locate, schemaDiagnostics } from "../schema-errors.js";
import { describeVisibleLength, pathControlCharacter, visibleLength } from "../text.js";

export const IDENTITY_KIND: Record<ProviderId, IdentityKind | "github"> = {
  "aws-iam": "aws",
  "aws-iam-managed": "aws",
  "aws-identity-center": "awsIdentityCenter",
  "gcp-iam": "gcp",
  "azure-pim": "azure",
  "azure-role-assignment": "azure",
  "github-team": "github",
  postgres: "postgres",
};

export const DEFAULT_JUSTIFICATION_MIN = 10;

export interface RequestInput {
  /** Path from the repository root, with forward slashes: requests/<profile>/<login>-<slug>.yaml. */
  path: string;
  /** The loaded YAML (not yet trusted to match the schema). */
  value: Record<string, unknown>;
  locate: Locate;
  policy: Policy;
  now: Date;
  /** The pull request's author; when absent (a local check) the requester is not compared. */
  author?: string;
  /** Members of GitHub teams, where known (the action resolves them; offline they are unknown). */
  teamMembers?: ReadonlyMap<string, readonly string[]>;
}

export interface ApprovalRequirement {
  auto: boolean;
  selfApproval: boolean;
  steps: readonly { groups: readonly string[]; count: number }[];
}

export interface RequestSummary {
  profile: string;
  requester: string;
  provider: ProviderId;
  grant: Grant;
  principal: string;
  startsAt: string;
  expiresAt: string;
  duration: string;
  scheduled: boolean;
  justification: string;
  ticket?: string;
  approval: ApprovalRequirement;
  /** The active grant this request extends (its expiry moves by `duration`); see core/ledger/lifecycle.ts. */
  extends?: string;
}

export interface Evaluation {
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** Present when the request is valid: what it would grant. */
  summary?: RequestSummary;
}

export function evaluateRequest(input: RequestInput): Evaluation {
  const { value, locate, policy, now } = input;
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const fail = (code: string, message: string, path: JsonPath = [], which: "key" | "value" = "value") =>
    errors.push({ code, message, path, ...locate(path, which) });
  const warn = (code: string, message: string, path: JsonPath = []) =>
    warnings.push({ code, message, path, ...locate(path) });

  if (!validateRequest(value)) {
    errors.push(...schemaDiagnostics(validateRequest.errors, locate, (p) => fieldsAt(requestJsonSchema, p)));
  }
  // Go on with every field whose type is right, so one run reports every broken rule.
  const text = (key: keyof AccessRequest) =>
    typeof value[key] === "string" ? (value[key] as string) : undefined;
  const profileName = text("profile");
  const requester = text("requester");

  checkPath(input.path, profileName, requester, fail);

  if (requester !== undefined && input.author !== undefined) {
    const match = matchLogin(requester, input.author);
    if (match === "case-only")
      fail(
        "requester-case-mismatch",
        `requester "${requester}" must be written exactly as the author's login "${input.author}"`,
        ["requester"],
      );
    else if (match === "none")
      fail(
        "requester-not-author",
        `requester "${requester}" is not the pull request's author "${input.author}"`,
        ["requester"],
      );
  }

  const profile = profileName === undefined ? undefined : policy.profiles.get(profileName);
  if (profileName !== undefined && !profile) {
    const known = [...policy.profiles.keys()].filter((p) => p.toLowerCase() === profileName.toLowerCase());
    fail(
      "unknown-profile",
      `profile "${profileName}" is not in the policy${known.length ? `; did you mean "${known[0]}"?` : ""}`,
      ["profile"],
    );
  }
  if (!profile) return { errors, warnings };

  let principal: string | undefined;
  if (requester !== undefined) {
    checkEligibility(requester, profileName as string, profile, policy.groups, input.teamMembers, fail, warn);
    principal = resolvePrincipal(requester, profile.grant, policy, fail);
  }

  const duration = checkDuration(value.duration, profile, fail);
  const start = checkStart(value.start, profile, now, fail);
  checkJustification(value.justification, profile, fail);
  checkTicket(value.ticket, profile, fail);
  const extendsId = text("extends");
  if (extendsId !== undefined && value.start !== undefined)
    fail("extends-with-start", "an extension starts when the grant it extends expires; remove `start`", [
      "start",
    ]);

  if (errors.length > 0 || principal === undefined || duration === undefined || start === undefined) {
    return { errors, warnings };
  }
  const autoUpTo = profile.approval.autoApprove
    ? parseDuration(profile.approval.autoApprove.upTo ?? "366d")
    : undefined;
  const auto = autoUpTo?.ok === true && duration <= autoUpTo.ms;
  return {
    errors,
    warnings,
    summary: {
      profile: profileName as string,
      requester: requester as string,
      provider: profile.grant.provider,
      grant: profile.grant,
      principal,
      startsAt: start.at.toISOString(),
      expiresAt: new Date(start.at.getTime() + duration).toISOString(),
      duration: formatDuration(duration),
      scheduled: start.scheduled,
      justification: (text("justification") as string).trim(),
      ...(text("ticket") !== undefined ? { ticket: text("ticket") as string } : {}),
      ...(extendsId === undefined ? {} : { extends: extendsId }),
      approval: {
        auto,
        selfApproval: profile.approval.selfApproval === true,
        steps: auto ? [] : profile.approval.steps,
      },
    },
  };
}

type Fail = (code: string, message: string, path?: JsonPath, which?: "key" | "value") => void;

const REQUEST_FILE = /^requests\/([^/]+)\/([^/]+)\.ya?ml$/;

function checkPath(path: string, profile: string | undefined, requester: string | undefined, fail: Fail) {
  const control = pathControlCharacter(path);
  if (control) return void fail(control.code, control.message);
  const match = REQUEST_FILE.exec(path);
  if (!match) {
    fail(
      "not-a-request-path",
      `${path} is not a request file; requests live at requests/<profile>/<login>-<slug>.yaml`,
    );
    return;
  }
  const [, folder, name] = match as unknown as [string, string, string];
  if (profile !== undefined && folder !== profile)
    fail(
      "wrong-folder",
      `a request for profile "${profile}" must be in requests/${profile}/, not requests/${folder}/`,
      ["profile"],
    );
  if (requester !== undefined && !(name.startsWith(`${requester}-`) && name.length > requester.length + 1))
    fail(
      "file-name-mismatch",
      `the file name must start with the requester's login: ${requester}-<slug>.yaml`,
      ["requester"],
    );
}

function checkEligibility(
  requester: string,
  profileName: string,
  profile: ProfilePolicy,
  groups: ReadonlyMap<string, Group>,
  teamMembers: ReadonlyMap<string, readonly string[]> | undefined,
  fail: Fail,
  warn: (code: string, message: string, path?: JsonPath) => void,
) {
  let caseOnly: string | undefined;
  const unresolvedTeams: string[] = [];
  for (const groupName of profile.eligible) {
    const group = groups.get(groupName);
    if (!group) continue;
    const direct = group.memberIndex.find(requester);
    if (direct.match === "exact") return;
    if (direct.match === "case-only") caseOnly = direct.entry;
    for (const team of group.teams) {
      const members = teamMembers?.get(team);
      if (!members) {
        unresolvedTeams.push(team);
        continue;
      }
      // Team membership comes from GitHub, which reports the login's canonical spelling.
      const viaTeam = new LoginIndex(members).find(requester);
      if (viaTeam.match === "exact") return;
      if (viaTeam.match === "case-only") caseOnly = viaTeam.entry;
    }
  }
  if (caseOnly !== undefined) {
    fail(
      "login-case-mismatch",
      `"${requester}" is not eligible as written; the policy knows this login as "${caseOnly}"`,
      ["requester"],
    );
  } else if (unresolvedTeams.length > 0) {
    warn(
      "eligibility-unverified",
      `"${requester}" is not listed by name for "${profileName}"; eligibility through ${unresolvedTeams.join(", ")} is checked against GitHub`,
      ["requester"],
    );
  } else {
    fail(
      "not-eligible",
      `"${requester}" is not in any group eligible for "${profileName}" (${profile.eligible.join(", ")})`,
      ["requester"],
    );
  }
}

function resolvePrincipal(requester: string, grant: Grant, policy: Policy, fail: Fail): string | undefined {
  const kind = IDENTITY_KIND[grant.provider];
  if (kind === "github") return requester;
  const entry = policy.identityIndex.find(requester);
  if (entry.match === "case-only") {
    fail("login-case-mismatch", `the identity map knows this login as "${entry.entry}", not "${requester}"`, [
      "requester",
    ]);
    return undefined;
  }
  const principal = entry.match === "exact" ? policy.identities.get(requester)?.[kind] : undefined;
  if (!principal) {
    fail(
      "no-identity",
      `"${requester}" has no ${kind} identity in the policy, which ${grant.provider} needs`,
      ["requester"],
    );
    return undefined;
  }
  if (
    (grant.provider === "aws-iam" || grant.provider === "aws-iam-managed") &&
    principal.split(":")[4] !== grant.account
  ) {
    fail(
      "identity-wrong-account",
      `${principal} is not in AWS account ${grant.account}, where this profile grants`,
      ["requester"],
    );
    return undefined;
  }
  return principal;
}

function checkDuration(raw: unknown, profile: ProfilePolicy, fail: Fail): number | undefined {
  const max = parseDuration(profile.duration.max);
  if (raw === undefined) {
    const fallback = parseDuration(profile.duration.default);
    return fallback.ok ? fallback.ms : undefined;
  }
  if (typeof raw !== "string") return undefined; // the schema has said so
  const parsed = parseDuration(raw);
  if (!parsed.ok) return void fail("duration-invalid", parsed.reason, ["duration"]);
  if (parsed.ms <= 0)
    return void fail("duration-not-positive", `${raw} is not a positive duration`, ["duration"]);
  if (max.ok && parsed.ms > max.ms)
    return void fail("duration-over-max", `${raw} exceeds the profile's maximum of ${profile.duration.max}`, [
      "duration",
    ]);
  return parsed.ms;
}

function checkStart(
  raw: unknown,
  profile: ProfilePolicy,
  now: Date,
  fail: Fail,
): { at: Date; scheduled: boolean } | undefined {
  if (raw === undefined) return { at: now, scheduled: false };
  if (typeof raw !== "string" || !/^\d{4}-\d{2}-\d{2}T.*(?:Z|[+-]\d{2}:\d{2})$/.test(raw)) return undefined; // the schema has said so
  const at = new Date(raw);
  if (Number.isNaN(at.getTime()) || !sameCalendarDate(raw, at)) {
    return void fail("start-invalid", `${raw} is not a real date and time`, ["start"]);
  }
  if (!profile.schedule?.allowed)
    return void fail("start-not-allowed", "this profile does not allow a scheduled start", ["start"]);
  if (at.getTime() < now.getTime())
    return void fail("start-in-past", `${raw} is in the past (now is ${now.toISOString()})`, ["start"]);
  const horizon = parseDuration(scheduleHorizon(profile));
  if (horizon.ok && at.getTime() > now.getTime() + horizon.ms)
    return void fail("start-beyond-horizon", `${raw} is more than ${scheduleHorizon(profile)} ahead`, [
      "start",
    ]);
  return { at, scheduled: true };
}

/** Date accepts 2026-02-30 and rolls it into March; a request must name a date that exists. */
function sameCalendarDate(raw: string, parsed: Date): boolean {
  const [, y, m, d, offsetSign, oh, om] =
    /^(\d{4})-(\d{2})-(\d{2})T.*?(?:Z|([+-])(\d{2}):(\d{2}))$/.exec(raw) ?? [];
  if (!y) return false;
  const offset = offsetSign ? (offsetSign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
  const local = new Date(parsed.getTime() + offset * 60_000);
  return (
    local.getUTCFullYear() === Number(y) &&
    local.getUTCMonth() + 1 === Number(m) &&
    local.getUTCDate() === Number(d)
  );
}

function checkJustification(raw: unknown, profile: ProfilePolicy, fail: Fail) {
  if (typeof raw !== "string") return;
  const min = profile.justification?.minLength ?? DEFAULT_JUSTIFICATION_MIN;
  // Zero-width spaces, fillers and combining marks would meet any minimum while saying nothing.
  if (visibleLength(raw) < min)
    fail(
      "justification-too-short",
      `the justification has ${describeVisibleLength(raw)}; this profile needs at least ${min}`,
      ["justification"],
    );
}

function checkTicket(raw: unknown, profile: ProfilePolicy, fail: Fail) {
  const rule = profile.ticket;
  if (raw === undefined) {
    if (rule?.required) fail("ticket-required", "this profile requires a ticket", [], "value");
    return;
  }
  if (typeof raw !== "string" || !rule?.pattern) return;
  let pattern: RegExp;
  try {
    pattern = new RegExp(`^(?:${rule.pattern})$`, "u");
  } catch {
    return; // reported against the policy
  }
  if (!pattern.test(raw))
    fail("ticket-invalid", `ticket "${raw}" does not match the profile's pattern ${rule.pattern}`, [
      "ticket",
    ]);
}
