import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  armFailure,
  azureFailure,
  clientFactory,
  listEachScope,
  transient
} from "./chunk-MX5IY6R6.js";
import "./chunk-4T2ZEBG2.js";
import "./chunk-RFKSLYDC.js";
import {
  planRoleAssignment,
  requestName,
  roleAssignmentBody,
  roleGuidOf,
  taggedGrantId
} from "./chunk-4R4DJJRS.js";
import {
  withRetry
} from "./chunk-JVCRAJO3.js";
import "./chunk-XNTRT226.js";
import {
  EXPIRY_ENFORCEMENT
} from "./chunk-EI2MP62G.js";
import "./chunk-6DV6XXR4.js";
import "./chunk-2I45JTVB.js";

// src/providers/azure/role-assignment.ts
var PRINCIPAL_BACKOFF = { attempts: 8, baseMs: 2e3, maxMs: 3e4 };
var ENDS = /; ends (\S+)$/;
var sameAssignment = (a, b) => a.grant.provider === b.grant.provider && a.principal.toLowerCase() === b.principal.toLowerCase() && a.grant.scope.toLowerCase() === b.grant.scope.toLowerCase() && a.grant.roleDefinitionId.toLowerCase() === b.grant.roleDefinitionId.toLowerCase();
function createAzureRoleAssignmentProvider(context, options = {}) {
  const client = clientFactory(context, options);
  const call = { requestOptions: { timeout: options.timeoutMs ?? 6e4 } };
  const principalBackoff = options.principalBackoff ?? PRINCIPAL_BACKOFF;
  const retryable = (error) => transient(error) || armFailure(error).code === "PrincipalNotFound";
  async function assignments(grant) {
    const scope = grant.grant.scope;
    const role = grant.grant.roleDefinitionId.toLowerCase();
    return withRetry(principalBackoff, transient, async () => {
      const out = [];
      for await (const a of client(scope).roleAssignments.listForScope(scope, {
        filter: `principalId eq '${grant.principal}'`,
        ...call
      }))
        if (roleGuidOf(a.roleDefinitionId) === role && a.scope?.toLowerCase() === scope.toLowerCase())
          out.push(a);
      return out;
    });
  }
  return {
    id: "azure-role-assignment",
    expiry: EXPIRY_ENFORCEMENT["azure-role-assignment"],
    plan: (grant) => planRoleAssignment(grant),
    async apply(grant) {
      const spec = grant;
      const scope = spec.grant.scope;
      const name = requestName(grant, "assign");
      const { properties } = roleAssignmentBody(spec);
      try {
        await withRetry(
          principalBackoff,
          retryable,
          () => client(scope).roleAssignments.create(scope, name, properties, call)
        );
        context.log(
          `azure-role-assignment: assigned ${spec.grant.roleDefinitionId} at ${scope} to ${grant.principal} (${grant.id})`
        );
        return { changed: true, refs: { scope, assignment: name } };
      } catch (error) {
        if (armFailure(error).code !== "RoleAssignmentExists")
          throw azureFailure(error, `assign ${grant.id}`);
      }
      try {
        const [existing] = await assignments(spec);
        return { changed: false, refs: { scope, assignment: existing?.name ?? name } };
      } catch (error) {
        throw azureFailure(error, `read the assignment for ${grant.id}`);
      }
    },
    async revoke(grant, stillActive) {
      const spec = grant;
      const now = context.now().getTime();
      if (stillActive.some(
        (g) => g.id !== grant.id && sameAssignment(g, grant) && Date.parse(g.expiresAt) > now
      )) {
        context.log(
          `azure-role-assignment: ${grant.id} revoked; the assignment stays for another active grant`
        );
        return;
      }
      try {
        for (const a of await assignments(spec)) {
          if (!taggedGrantId(a.description) || !a.name) continue;
          const name = a.name;
          await withRetry(
            principalBackoff,
            transient,
            () => client(spec.grant.scope).roleAssignments.delete(spec.grant.scope, name, call)
          );
          context.log(`azure-role-assignment: removed ${name} at ${spec.grant.scope} (${grant.id})`);
        }
      } catch (error) {
        throw azureFailure(error, `revoke ${grant.id}`);
      }
    },
    listManaged: (scopes) => listEachScope(scopes, "azure-role-assignment", async function* (scope) {
      for await (const a of client(scope).roleAssignments.listForScope(scope, call)) {
        const grantId = taggedGrantId(a.description);
        if (!grantId) continue;
        const expiresAt = ENDS.exec(a.description ?? "")?.[1];
        yield {
          grantId,
          principal: a.principalId ?? "",
          location: a.scope ?? scope,
          ...expiresAt ? { expiresAt } : {},
          ref: { scope: a.scope ?? scope, assignment: a.name ?? "" }
        };
      }
    })
  };
}
var factory = (context) => createAzureRoleAssignmentProvider(context);
var role_assignment_default = factory;
export {
  createAzureRoleAssignmentProvider,
  role_assignment_default as default
};
