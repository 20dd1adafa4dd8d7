/**
 * azure-role-assignment: a plain role assignment for tenants without PIM. It has no end of its
 * own: gitjit's sweep removes it. Its description carries the grant id and the end, so reconcile
 * finds it. Azure holds one assignment per principal, role and scope, so overlapping grants share
 * it, and it is removed only when no other active grant needs it.
 */
import type { RoleAssignment } from "@azure/arm-authorization";
import { EXPIRY_ENFORCEMENT, type GrantSpec } from "../../core/grant.js";
import type { Provider } from "../provider.js";
import type { ProviderContext, ProviderFactory } from "../registry.js";
import { withRetry } from "../retry.js";
import {
  type AzureOptions,
  armFailure,
  azureFailure,
  clientFactory,
  listEachScope,
  transient,
} from "./client.js";
import {
  type AzureGrantSpec,
  planRoleAssignment,
  requestName,
  roleAssignmentBody,
  roleGuidOf,
  taggedGrantId,
} from "./request.js";

const PRINCIPAL_BACKOFF = { attempts: 8, baseMs: 2000, maxMs: 30_000 };
const ENDS = /; ends (\S+)$/;

const sameAssignment = (a: GrantSpec, b: GrantSpec) =>
  a.grant.provider === b.grant.provider &&
  a.principal.toLowerCase() === b.principal.toLowerCase() &&
  (a as AzureGrantSpec).grant.scope.toLowerCase() === (b as AzureGrantSpec).grant.scope.toLowerCase() &&
  (a as AzureGrantSpec).grant.roleDefinitionId.toLowerCase() ===
    (b as AzureGrantSpec).grant.roleDefinitionId.toLowerCase();

export function createAzureRoleAssignmentProvider(
  context: ProviderContext,
  options: AzureOptions = {},
): Provider {
  const client = clientFactory(context, options);
  const call = { requestOptions: { timeout: options.timeoutMs ?? 60_000 } };
  const principalBackoff = options.principalBackoff ?? PRINCIPAL_BACKOFF;
  const retryable = (error: unknown) => transient(error) || armFailure(error).code === "PrincipalNotFound";

  /** Assignments of the grant's role to its principal at exactly its scope. */
  async function assignments(grant: AzureGrantSpec): Promise<RoleAssignment[]> {
    const scope = grant.grant.scope;
    const role = grant.grant.roleDefinitionId.toLowerCase();
    return withRetry(principalBackoff, transient, async () => {
      const out: RoleAssignment[] = [];
      for await (const a of client(scope).roleAssignments.listForScope(scope, {
        filter: `principalId eq '${grant.principal}'`,
        ...call,
      }))
        if (roleGuidOf(a.roleDefinitionId) === role && a.scope?.toLowerCase() === scope.toLowerCase())
          out.push(a);
      return out;
    });
  }

  return {
    id: "azure-role-assignment",
    expiry: EXPIRY_ENFORCEMENT["azure-role-assignment"],
    plan: (grant) => planRoleAssignment(grant as AzureGrantSpec),

    async apply(grant) {
      const spec = grant as AzureGrantSpec;
      const scope = spec.grant.scope;
      const name = requestName(grant, "assign");
      const { properties } = roleAssignmentBody(spec);
      try {
        await withRetry(principalBackoff, retryable, () =>
          client(scope).roleAssignments.create(scope, name, properties, call),
        );
        context.log(
          `azure-role-assignment: assigned ${spec.grant.roleDefinitionId} at ${scope} to ${grant.principal} (${grant.id})`,
        );
        return { changed: true, refs: { scope, assignment: name } };
      } catch (error) {
        if (armFailure(error).code !== "RoleAssignmentExists")
          throw azureFailure(error, `assign ${grant.id}`);
      }
      // Already assigned: by this grant in an earlier run, by an overlapping grant, or standing.
      try {
        const [existing] = await assignments(spec);
        return { changed: false, refs: { scope, assignment: existing?.name ?? name } };
      } catch (error) {
        throw azureFailure(error, `read the assignment for ${grant.id}`);
      }
    },

    async revoke(grant, stillActive) {
      const spec = grant as AzureGrantSpec;
      const now = context.now().getTime();
      if (
        stillActive.some(
          (g) => g.id !== grant.id && sameAssignment(g, grant) && Date.parse(g.expiresAt) > now,
        )
      ) {
        context.log(
          `azure-role-assignment: ${grant.id} revoked; the assignment stays for another active grant`,
        );
        return;
      }
      try {
        for (const a of await assignments(spec)) {
          // Only what gitjit made; a standing assignment made by people stays.
          if (!taggedGrantId(a.description) || !a.name) continue;
          const name = a.name;
          await withRetry(principalBackoff, transient, () =>
            client(spec.grant.scope).roleAssignments.delete(spec.grant.scope, name, call),
          );
          context.log(`azure-role-assignment: removed ${name} at ${spec.grant.scope} (${grant.id})`);
        }
      } catch (error) {
        throw azureFailure(error, `revoke ${grant.id}`);
      }
    },

    listManaged: (scopes) =>
      listEachScope(scopes, "azure-role-assignment", async function* (scope) {
        for await (const a of client(scope).roleAssignments.listForScope(scope, call)) {
          const grantId = taggedGrantId(a.description);
          if (!grantId) continue;
          const expiresAt = ENDS.exec(a.description ?? "")?.[1];
          yield {
            grantId,
            principal: a.principalId ?? "",
            location: a.scope ?? scope,
            ...(expiresAt ? { expiresAt } : {}),
            ref: { scope: a.scope ?? scope, assignment: a.name ?? "" },
          };
        }
      }),
  };
}

const factory: ProviderFactory = (context: ProviderContext) => createAzureRoleAssignmentProvider(context);
export default factory;
