import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  grantOrigin
} from "./chunk-XNTRT226.js";

// src/providers/azure/request.ts
import { createHash } from "node:crypto";
var AUTHORIZATION = "providers/Microsoft.Authorization";
var JUSTIFICATION_MAX = 500;
var TAGGED = /^gitjit (gj-[0-9a-f]{20})\b/;
function deterministicGuid(grantId, purpose) {
  const hex = createHash("sha1").update(`gitjit
${purpose}
${grantId}`).digest("hex").slice(0, 32);
  const variant = (Number.parseInt(hex[16], 16) & 3 | 8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
var requestName = (grant, purpose) => deterministicGuid(grant.id, purpose);
function roleDefinitionId(scope, roleGuid) {
  const subscription = /^\/subscriptions\/[^/]+/.exec(scope)?.[0];
  return `${subscription ?? ""}/${AUTHORIZATION}/roleDefinitions/${roleGuid.toLowerCase()}`;
}
var roleGuidOf = (id) => id?.split("/").pop()?.toLowerCase();
var taggedGrantId = (text) => TAGGED.exec(text ?? "")?.[1];
var clip = (text, max) => text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
function justification(grant, action = "") {
  return clip(
    `gitjit ${grant.id}${action}: ${grantOrigin(grant)}: ${grant.justification}`,
    JUSTIFICATION_MAX
  );
}
var assignmentDescription = (grant) => clip(`gitjit ${grant.id}: ${grantOrigin(grant)}; ends ${iso(grant.expiresAt)}`, 2048);
var iso = (time) => new Date(time).toISOString();
function scheduleRequestBody(grant, requestType, window) {
  const properties = {
    principalId: grant.principal,
    roleDefinitionId: roleDefinitionId(grant.grant.scope, grant.grant.roleDefinitionId),
    requestType,
    justification: justification(
      grant,
      requestType === "AdminRemove" ? " revoke" : requestType === "AdminUpdate" ? " update" : ""
    )
  };
  if (requestType !== "AdminRemove") {
    const { start, end } = window ?? { start: grant.startsAt, end: grant.expiresAt };
    properties.scheduleInfo = {
      startDateTime: iso(start),
      expiration: { type: "AfterDateTime", endDateTime: iso(end) }
    };
    if (grant.ticket) properties.ticketInfo = { ticketNumber: grant.ticket, ticketSystem: "gitjit" };
  }
  return { properties };
}
var roleAssignmentBody = (grant) => ({
  properties: {
    roleDefinitionId: roleDefinitionId(grant.grant.scope, grant.grant.roleDefinitionId),
    principalId: grant.principal,
    description: assignmentDescription(grant)
  }
});
function planPim(grant) {
  return [
    {
      api: `PUT ${grant.grant.scope}/${AUTHORIZATION}/roleAssignmentScheduleRequests/${requestName(grant, "assign")}`,
      body: scheduleRequestBody(grant, "AdminAssign")
    }
  ];
}
function planRoleAssignment(grant) {
  return [
    {
      api: `PUT ${grant.grant.scope}/${AUTHORIZATION}/roleAssignments/${requestName(grant, "assign")}`,
      body: roleAssignmentBody(grant)
    }
  ];
}
function notes(grant) {
  return grant.grant.provider === "azure-pim" ? [
    `Azure PIM ends the assignment itself at ${iso(grant.expiresAt)} (schedule expiration); an early revoke sends an AdminRemove request.`
  ] : [
    `Expiry is enforced by gitjit's sweep, which deletes the role assignment after ${iso(grant.expiresAt)}; a plain role assignment has no end of its own.`
  ];
}

export {
  requestName,
  roleGuidOf,
  taggedGrantId,
  scheduleRequestBody,
  roleAssignmentBody,
  planPim,
  planRoleAssignment,
  notes
};
