/**
 * The rules for changing a grant after it is made, without I/O: extending it (a new request with
 * `extends:`) and ending it early (a file revokes/<grant id>.yaml). Less privilege is always safe,
 * so a requester may give up their own grant with no approval; ending someone else's needs the
 * profile's approvers or the admins.
 */
import { revokeJsonSchema, validateRevoke } from "../../generated/validators.js";
import type { Diagnostic } from "../diagnostics.js";
import { parseDuration } from "../duration.js";
import type { JsonPath } from "../load/yaml.js";
import { matchLogin } from "../login.js";
import { fieldsAt } from "../model/fields.js";
import type { ProfilePolicy } from "../model/schema.js";
import type { Policy } from "../policy/policy.js";
import type { ApprovalRequirement, RequestSummary } from "../request/evaluate.js";
import { type Locate, schemaDiagnostics } from "../schema-errors.js";
import { describeVisibleLength, pathControlCharacter, visibleLength } from "../text.js";
import { canonicalJson } from "./canonical.js";
import type { LedgerEntry } from "./records.js";
import { isPastExpiry } from "./state.js";

export interface Problem {
  code: string;
  message: string;
}

export interface ExtensionCheck {
  errors: Problem[];
  /** The new expiry, when the extension is allowed: the old expiry plus the requested duration. */
  to?: string;
}

/** Judges an extension against the grant it names, as the ledger holds it now. */
export function checkExtension(
  request: RequestSummary,
  entry: LedgerEntry | undefined,
  profile: ProfilePolicy,
  now: Date,
): ExtensionCheck {
  const id = request.extends as string;
  const errors: Problem[] = [];
  if (!entry) return { errors: [{ code: "extends-not-held", message: `${id} is not an active grant` }] };
  if (entry.state !== "active")
    errors.push({ code: "extends-not-held", message: `${id} is not active (it is ${entry.state})` });
  if (isPastExpiry(entry, now))
    errors.push({
      code: "extends-expired",
      message: `${id} expired at ${entry.expiresAt}; request new access instead`,
    });
  if (entry.profile !== request.profile)
    errors.push({
      code: "extends-other-profile",
      message: `${id} is a grant of profile "${entry.profile}", not "${request.profile}"`,
    });
  if (matchLogin(request.requester, entry.requester) !== "exact")
    errors.push({
      code: "extends-other-requester",
      message: `${id} was requested by ${entry.requester}; only they may extend it`,
    });
  // The grant is extended as it was made; the policy must still make it the same way, to the same
  // principal, or the approvers would be asked to extend access the policy no longer gives.
  const sameRequester = matchLogin(request.requester, entry.requester) === "exact";
  if (sameRequester && entry.principal !== request.principal)
    errors.push({
      code: "extends-other-principal",
      message: `${id} was granted to ${entry.principal}, but the policy now maps ${request.requester} to ${request.principal}: extending would keep access for an identity the policy no longer holds; request new access instead`,
    });
  else if (
    sameRequester &&
    entry.profile === request.profile &&
    canonicalJson(entry.grant) !== canonicalJson(request.grant)
  )
    errors.push({
      code: "extends-grant-changed",
      message: `${id} grants what profile "${request.profile}" granted when it was made, and the profile now grants something else; request new access instead`,
    });
  const duration = parseDuration(request.duration);
  if (!duration.ok) errors.push({ code: "duration-invalid", message: duration.reason });
  if (errors.length > 0 || !duration.ok) return { errors };
  const to = new Date(Date.parse(entry.expiresAt) + duration.ms).toISOString();
  const max = parseDuration(profile.duration.max);
  if (profile.duration.cumulative && max.ok && Date.parse(to) - Date.parse(entry.startsAt) > max.ms)
    errors.push({
      code: "extends-over-total",
      message: `extended to ${to}, ${id} would last longer than the profile's maximum of ${profile.duration.max} in total`,
    });
  return errors.length > 0 ? { errors } : { errors, to };
}

export type RevokeAuthority =
  | { kind: "self" }
  /** Met when any one of these requirements is met (the profile's rule, or the admins'). */
  | { kind: "approval"; anyOf: ApprovalRequirement[] };

export function revokeAuthority(entry: LedgerEntry, author: string, policy: Policy): RevokeAuthority {
  if (matchLogin(author, entry.requester) === "exact") return { kind: "self" };
  const anyOf: ApprovalRequirement[] = [];
  const profile = policy.profiles.get(entry.profile);
  if (profile && profile.approval.steps.length > 0)
    anyOf.push({ auto: false, selfApproval: false, steps: profile.approval.steps });
  if (policy.admins)
    anyOf.push({
      auto: false,
      selfApproval: false,
      steps: [{ groups: policy.admins.groups, count: policy.admins.count }],
    });
  return { kind: "approval", anyOf };
}

export const REVOKE_FILE = /^revokes\/(gj-[0-9a-f]{20})\.ya?ml$/;

/**
 * A revoke's reason needs only to say something (the schema's minimum, judged on what a reader
 * can see): less privilege is always safe, and giving up one's own grant needs no approval.
 */
export const REVOKE_REASON_MIN = 1;

export interface RevokeFileInput {
  path: string;
  value: Record<string, unknown>;
  locate: Locate;
  /** The pull request's author (absent for a local check). */
  author?: string;
  /** The grant as the ledger holds it, if it does. */
  entry?: LedgerEntry;
  policy: Policy;
}

export interface RevokeEvaluation {
  errors: Diagnostic[];
  grantId?: string;
  authority?: RevokeAuthority;
}

export function evaluateRevokeFile(input: RevokeFileInput): RevokeEvaluation {
  const errors: Diagnostic[] = [];
  const fail = (code: string, message: string, path: JsonPath = []) =>
    errors.push({ code, message, path, ...input.locate(path) });
  if (!validateRevoke(input.value))
    errors.push(
      ...schemaDiagnostics(validateRevoke.errors, input.locate, (p) => fieldsAt(revokeJsonSchema, p)),
    );
  const reason = input.value.reason;
  if (typeof reason === "string" && visibleLength(reason) < REVOKE_REASON_MIN)
    fail(
      "reason-too-short",
      `the reason has ${describeVisibleLength(reason)}; a revoke needs at least ${REVOKE_REASON_MIN}`,
      ["reason"],
    );
  const control = pathControlCharacter(input.path);
  if (control) {
    fail(control.code, control.message);
    return { errors };
  }
  const match = REVOKE_FILE.exec(input.path);
  if (!match) {
    fail("not-a-revoke-path", `${input.path} is not a revoke file; name it revokes/<grant id>.yaml`);
    return { errors };
  }
  const grantId = match[1] as string;
  const requester = typeof input.value.requester === "string" ? input.value.requester : undefined;
  if (
    requester !== undefined &&
    input.author !== undefined &&
    matchLogin(requester, input.author) !== "exact"
  )
    fail(
      "requester-not-author",
      `requester "${requester}" is not the pull request's author "${input.author}"`,
      ["requester"],
    );
  if (!input.entry || input.entry.state === "applying") {
    fail("revoke-not-held", `${grantId} is not an active grant (already ended, or never granted)`);
    return { errors, grantId };
  }
  if (errors.length > 0 || requester === undefined) return { errors, grantId };
  return { errors, grantId, authority: revokeAuthority(input.entry, requester, input.policy) };
}
