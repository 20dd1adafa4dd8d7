/**
 * GCP IAM bindings gitjit writes, built and edited without the SDK: a conditional binding that
 * the platform stops honouring at the expiry, its condition title carrying the grant id. The
 * edits only touch gitjit's own bindings; every other binding passes through as it was read.
 */
import type { Static } from "@sinclair/typebox";
import type { GrantSpec } from "../../core/grant.js";
import type { GcpIamGrant } from "../../core/model/schema.js";
import { grantOrigin } from "../../core/plan/grant-spec.js";
import { type Operation, ProviderError } from "../provider.js";

export type GcpGrantSpec = GrantSpec & { grant: Static<typeof GcpIamGrant> };

/** GCP allows at most this many conditional bindings for one role and principal. */
export const MAX_CONDITIONAL_BINDINGS = 20;
export const POLICY_VERSION = 3;
const TITLE = /^gitjit (gj-[0-9a-f]{20})$/;

export interface IamCondition {
  title?: string | null;
  description?: string | null;
  expression?: string | null;
  location?: string | null;
}
export interface IamBinding {
  role?: string | null;
  members?: string[] | null;
  condition?: IamCondition | null;
}
export interface IamPolicy {
  version?: number | null;
  bindings?: IamBinding[] | null;
  etag?: Uint8Array | string | null;
  [other: string]: unknown;
}

export const conditionTitle = (grantId: string) => `gitjit ${grantId}`;

export function grantBinding(grant: GcpGrantSpec): Required<Pick<IamBinding, "role" | "members">> & {
  condition: Required<Pick<IamCondition, "title" | "description" | "expression">>;
} {
  const description = `${grantOrigin(grant)}; ends ${grant.expiresAt}`;
  return {
    role: grant.grant.role,
    members: [grant.principal],
    condition: {
      title: conditionTitle(grant.id),
      description: description.length > 256 ? `${description.slice(0, 255)}…` : description,
      expression: `request.time >= timestamp("${grant.startsAt}") && request.time < timestamp("${grant.expiresAt}")`,
    },
  };
}

/** The grant id of a binding gitjit wrote, or undefined for everyone else's. */
export function bindingGrantId(binding: IamBinding): string | undefined {
  return TITLE.exec(binding.condition?.title ?? "")?.[1];
}

export function bindingExpiry(binding: IamBinding): string | undefined {
  return /request\.time < timestamp\("([^"]+)"\)/.exec(binding.condition?.expression ?? "")?.[1];
}

const resourceKind = (resource: string) => resource.slice(0, resource.indexOf("/"));

export function planGcp(grant: GcpGrantSpec): Operation[] {
  const kind = resourceKind(grant.grant.resource);
  return [
    {
      api: `cloudresourcemanager.${kind}.getIamPolicy`,
      body: { resource: grant.grant.resource, options: { requestedPolicyVersion: POLICY_VERSION } },
    },
    { api: `cloudresourcemanager.${kind}.setIamPolicy`, body: grantBinding(grant) },
  ];
}

export function notes(grant: GcpGrantSpec): string[] {
  return [
    `GCP itself stops honouring the binding at ${grant.expiresAt} (condition on request.time); the sweep deletes it afterwards.`,
    `setIamPolicy sends the policy read by getIamPolicy, at version 3 and with its etag, with this binding added; every other binding is sent back unchanged, except gitjit's own expired bindings for ${grant.principal} and ${grant.grant.role}, which are removed.`,
  ];
}

/**
 * The policy with the grant's binding added (and expired gitjit bindings of the same principal
 * and role removed); a binding of the grant's whose condition no longer matches it (an extension
 * moved the expiry) is replaced. `changed`: the policy must be written; `added`: the grant's
 * binding, as it is now, is new.
 */
export function withGrant(
  policy: IamPolicy,
  grant: GcpGrantSpec,
  now: Date,
): { policy: IamPolicy; changed: boolean; added: boolean } {
  const wanted = grantBinding(grant);
  const bindings = policy.bindings ?? [];
  const ours = (b: IamBinding) => bindingGrantId(b) === grant.id;
  // Its binding as the grant is now: an extension moves the expiry in the condition.
  const current = (b: IamBinding) =>
    ours(b) &&
    b.role === wanted.role &&
    b.members?.includes(grant.principal) === true &&
    b.condition?.expression === wanted.condition.expression;
  const present = bindings.some(current);
  const expired = (b: IamBinding) => {
    const id = bindingGrantId(b);
    const end = bindingExpiry(b);
    return (
      id !== undefined &&
      id !== grant.id &&
      b.role === wanted.role &&
      b.members?.length === 1 &&
      b.members[0] === grant.principal &&
      end !== undefined &&
      new Date(end).getTime() <= now.getTime()
    );
  };
  // Gone: the principal's expired gitjit bindings of the role, and this grant's own if it is not as it should be.
  const kept = bindings.filter((b) => !expired(b) && !(ours(b) && !current(b)));
  if (present && kept.length === bindings.length) return { policy, changed: false, added: false };
  const next = present ? kept : [...kept, wanted];
  const conditional = next.filter(
    (b) => b.role === wanted.role && b.condition && b.members?.includes(grant.principal),
  ).length;
  if (conditional > MAX_CONDITIONAL_BINDINGS)
    throw new ProviderError(
      `${grant.principal} would have ${conditional} conditional bindings of ${wanted.role} on ${grant.grant.resource}; GCP allows ${MAX_CONDITIONAL_BINDINGS}`,
      "gcp-condition-limit",
    );
  return { policy: { ...policy, version: POLICY_VERSION, bindings: next }, changed: true, added: !present };
}

/** The policy without the grant's binding; other grants' bindings (even for the same role) stay. */
export function withoutGrant(policy: IamPolicy, grantId: string): { policy: IamPolicy; changed: boolean } {
  const bindings = policy.bindings ?? [];
  const kept = bindings.filter((b) => bindingGrantId(b) !== grantId);
  if (kept.length === bindings.length) return { policy, changed: false };
  return { policy: { ...policy, version: POLICY_VERSION, bindings: kept }, changed: true };
}

export function gcpGrantFor(grant: GrantSpec): GcpGrantSpec {
  if (grant.grant.provider !== "gcp-iam")
    throw new ProviderError(
      `${grant.id} is a ${grant.grant.provider} grant, not gcp-iam`,
      "provider-mismatch",
    );
  return grant as GcpGrantSpec;
}
