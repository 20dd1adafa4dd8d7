/**
 * What gitjit sends to Azure RBAC, built without the SDK: PIM role assignment schedule requests
 * (the platform ends them at the expiration) and plain role assignments for tenants without PIM.
 * Names are GUIDs derived from the grant id, so a retried request names the same thing.
 */
import { createHash } from "node:crypto";
import type { Static } from "@sinclair/typebox";
import type { GrantSpec } from "../../core/grant.js";
import type { AzurePimGrant, AzureRoleAssignmentGrant } from "../../core/model/schema.js";
import { grantOrigin } from "../../core/plan/grant-spec.js";
import type { Operation } from "../provider.js";

export type AzureGrantSpec = GrantSpec & {
  grant: Static<typeof AzurePimGrant> | Static<typeof AzureRoleAssignmentGrant>;
};

const AUTHORIZATION = "providers/Microsoft.Authorization";
const JUSTIFICATION_MAX = 500;
const TAGGED = /^gitjit (gj-[0-9a-f]{20})\b/;

/** A name-based GUID (RFC 4122 version 5 layout) of the grant id and what the name is for. */
export function deterministicGuid(grantId: string, purpose: string): string {
  const hex = createHash("sha1").update(`gitjit\n${purpose}\n${grantId}`).digest("hex").slice(0, 32);
  const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A request's name: the grant's own assignment, its removal, or a change of the schedule's end. */
export const requestName = (grant: GrantSpec, purpose: "assign" | "remove" | `extend ${string}`) =>
  deterministicGuid(grant.id, purpose);

/** The full role definition id: subscription-level under a subscription, tenant-level elsewhere. */
export function roleDefinitionId(scope: string, roleGuid: string): string {
  const subscription = /^\/subscriptions\/[^/]+/.exec(scope)?.[0];
  return `${subscription ?? ""}/${AUTHORIZATION}/roleDefinitions/${roleGuid.toLowerCase()}`;
}

/** The role GUID at the end of a role definition id. */
export const roleGuidOf = (id: string | undefined) => id?.split("/").pop()?.toLowerCase();

/** The grant id in a justification or description gitjit wrote. */
export const taggedGrantId = (text: string | undefined | null) => TAGGED.exec(text ?? "")?.[1];

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function justification(grant: GrantSpec, action = ""): string {
  return clip(
    `gitjit ${grant.id}${action}: ${grantOrigin(grant)}: ${grant.justification}`,
    JUSTIFICATION_MAX,
  );
}

export const assignmentDescription = (grant: GrantSpec) =>
  clip(`gitjit ${grant.id}: ${grantOrigin(grant)}; ends ${iso(grant.expiresAt)}`, 2048);

/** Azure's SDK sends times as toISOString() does; the plan shows the same text. */
const iso = (time: string) => new Date(time).toISOString();

export function scheduleRequestBody(
  grant: AzureGrantSpec,
  requestType: "AdminAssign" | "AdminUpdate" | "AdminRemove",
  window?: { start: string; end: string },
) {
  const properties: Record<string, unknown> = {
    principalId: grant.principal,
    roleDefinitionId: roleDefinitionId(grant.grant.scope, grant.grant.roleDefinitionId),
    requestType,
    justification: justification(
      grant,
      requestType === "AdminRemove" ? " revoke" : requestType === "AdminUpdate" ? " update" : "",
    ),
  };
  if (requestType !== "AdminRemove") {
    const { start, end } = window ?? { start: grant.startsAt, end: grant.expiresAt };
    properties.scheduleInfo = {
      startDateTime: iso(start),
      expiration: { type: "AfterDateTime", endDateTime: iso(end) },
    };
    if (grant.ticket) properties.ticketInfo = { ticketNumber: grant.ticket, ticketSystem: "gitjit" };
  }
  return { properties };
}

export const roleAssignmentBody = (grant: AzureGrantSpec) => ({
  properties: {
    roleDefinitionId: roleDefinitionId(grant.grant.scope, grant.grant.roleDefinitionId),
    principalId: grant.principal,
    description: assignmentDescription(grant),
  },
});

export function planPim(grant: AzureGrantSpec): Operation[] {
  return [
    {
      api: `PUT ${grant.grant.scope}/${AUTHORIZATION}/roleAssignmentScheduleRequests/${requestName(grant, "assign")}`,
      body: scheduleRequestBody(grant, "AdminAssign"),
    },
  ];
}

export function planRoleAssignment(grant: AzureGrantSpec): Operation[] {
  return [
    {
      api: `PUT ${grant.grant.scope}/${AUTHORIZATION}/roleAssignments/${requestName(grant, "assign")}`,
      body: roleAssignmentBody(grant),
    },
  ];
}

export function notes(grant: AzureGrantSpec): string[] {
  return grant.grant.provider === "azure-pim"
    ? [
        `Azure PIM ends the assignment itself at ${iso(grant.expiresAt)} (schedule expiration); an early revoke sends an AdminRemove request.`,
      ]
    : [
        `Expiry is enforced by gitjit's sweep, which deletes the role assignment after ${iso(grant.expiresAt)}; a plain role assignment has no end of its own.`,
      ];
}
