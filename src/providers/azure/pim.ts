/**
 * azure-pim: a role assignment schedule request (AdminAssign) whose expiration Azure enforces
 * itself; AdminRemove for an early revoke. Azure holds one assignment per principal, role and
 * scope, so overlapping grants share it: a later grant extends its end, and revoking one grant
 * while another is active hands the assignment over (its end becomes the survivor's) instead of
 * removing it.
 */
import type { RoleAssignmentSchedule, RoleAssignmentScheduleRequest } from "@azure/arm-authorization";
import { EXPIRY_ENFORCEMENT, type GrantSpec } from "../../core/grant.js";
import { type Provider, ProviderError } from "../provider.js";
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
  planPim,
  requestName,
  roleGuidOf,
  scheduleRequestBody,
  taggedGrantId,
} from "./request.js";

const PRINCIPAL_BACKOFF = { attempts: 8, baseMs: 2000, maxMs: 30_000 };

/** The SDK's model of a request body: the wire body's properties, times as Dates. */
function toModel(body: ReturnType<typeof scheduleRequestBody>): RoleAssignmentScheduleRequest {
  const p = body.properties as RoleAssignmentScheduleRequest & {
    scheduleInfo?: { startDateTime: string; expiration: { type: "AfterDateTime"; endDateTime: string } };
  };
  const { scheduleInfo, ...rest } = p;
  return {
    ...rest,
    ...(scheduleInfo
      ? {
          scheduleInfo: {
            startDateTime: new Date(scheduleInfo.startDateTime),
            expiration: {
              type: scheduleInfo.expiration.type,
              endDateTime: new Date(scheduleInfo.expiration.endDateTime),
            },
          },
        }
      : {}),
  };
}

const sameAssignment = (a: GrantSpec, b: GrantSpec) =>
  a.grant.provider === b.grant.provider &&
  a.principal.toLowerCase() === b.principal.toLowerCase() &&
  (a as AzureGrantSpec).grant.scope.toLowerCase() === (b as AzureGrantSpec).grant.scope.toLowerCase() &&
  (a as AzureGrantSpec).grant.roleDefinitionId.toLowerCase() ===
    (b as AzureGrantSpec).grant.roleDefinitionId.toLowerCase();

export function createAzurePimProvider(context: ProviderContext, options: AzureOptions = {}): Provider {
  const client = clientFactory(context, options);
  const call = { requestOptions: { timeout: options.timeoutMs ?? 60_000 } };
  const principalBackoff = options.principalBackoff ?? PRINCIPAL_BACKOFF;
  const retryable = (error: unknown) => transient(error) || armFailure(error).code === "PrincipalNotFound";

  /** PUTs a schedule request by its deterministic name; a replay of the same name is not an error. */
  async function send(grant: AzureGrantSpec, name: string, body: ReturnType<typeof scheduleRequestBody>) {
    const scope = grant.grant.scope;
    return withRetry(principalBackoff, retryable, async () => {
      try {
        await client(scope).roleAssignmentScheduleRequests.create(scope, name, toModel(body), call);
        return "created" as const;
      } catch (error) {
        if (armFailure(error).code !== "RoleAssignmentRequestExists") throw error;
        // Sent before (a run cut off after Azure took it): done unless Azure rejected it.
        const earlier = await client(scope).roleAssignmentScheduleRequests.get(scope, name, call);
        if (/Fail|Denied|Invalid|Canceled/i.test(earlier.status ?? ""))
          throw new ProviderError(
            `Azure rejected schedule request ${name}: ${earlier.status}`,
            "azure-refused",
          );
        return "replayed" as const;
      }
    });
  }

  /** The schedule in force for the grant's principal, role and exact scope, if any. */
  async function schedule(grant: AzureGrantSpec): Promise<RoleAssignmentSchedule | undefined> {
    const scope = grant.grant.scope;
    const role = grant.grant.roleDefinitionId.toLowerCase();
    return withRetry(principalBackoff, transient, async () => {
      for await (const s of client(scope).roleAssignmentSchedules.listForScope(scope, {
        filter: `principalId eq '${grant.principal}'`,
        ...call,
      })) {
        if (roleGuidOf(s.roleDefinitionId) === role && s.scope?.toLowerCase() === scope.toLowerCase())
          return s;
      }
      return undefined;
    });
  }

  /** The grant id in the justification of the request that last shaped a schedule. */
  async function ownerOf(grant: AzureGrantSpec, s: RoleAssignmentSchedule): Promise<string | undefined> {
    const name = s.roleAssignmentScheduleRequestId?.split("/").pop();
    if (!name) return undefined;
    const scope = grant.grant.scope;
    const request = await withRetry(principalBackoff, transient, () =>
      client(scope).roleAssignmentScheduleRequests.get(scope, name, call),
    ).catch((error) => {
      if (armFailure(error).statusCode === 404) return undefined;
      throw error;
    });
    return taggedGrantId(request?.justification);
  }

  /** Moves the shared schedule's end to `owner`'s expiry, on `owner`'s behalf. */
  async function reshape(owner: AzureGrantSpec, s: RoleAssignmentSchedule, cause: GrantSpec) {
    const start = (s.startDateTime ?? new Date(owner.startsAt)).toISOString();
    const body = scheduleRequestBody(owner, "AdminUpdate", { start, end: owner.expiresAt });
    await send(owner, requestName(owner, `extend ${cause.id}`), body);
  }

  return {
    id: "azure-pim",
    expiry: EXPIRY_ENFORCEMENT["azure-pim"],
    plan: (grant) => planPim(grant as AzureGrantSpec),

    async apply(grant) {
      const spec = grant as AzureGrantSpec;
      const scope = spec.grant.scope;
      const name = requestName(grant, "assign");
      const refs = { scope, request: name };
      try {
        const outcome = await send(spec, name, scheduleRequestBody(spec, "AdminAssign"));
        if (outcome === "created")
          context.log(
            `azure-pim: assigned ${spec.grant.roleDefinitionId} at ${scope} to ${grant.principal} until ${grant.expiresAt}`,
          );
        return { changed: outcome === "created", refs };
      } catch (error) {
        if (armFailure(error).code !== "RoleAssignmentExists")
          throw azureFailure(error, `assign ${grant.id}`);
      }
      // Another grant (or standing access) already holds this assignment: make it last long enough.
      try {
        const current = await schedule(spec);
        if (!current)
          throw new ProviderError(
            `the assignment for ${grant.id} vanished while applying; apply again`,
            "azure-unavailable",
            true,
          );
        const end = current.endDateTime?.getTime();
        if (end === undefined || end >= Date.parse(grant.expiresAt)) return { changed: false, refs };
        await reshape(spec, current, spec);
        context.log(
          `azure-pim: extended the assignment at ${scope} for ${grant.principal} to ${grant.expiresAt} (${grant.id})`,
        );
        return { changed: true, refs };
      } catch (error) {
        throw azureFailure(error, `extend the assignment for ${grant.id}`);
      }
    },

    async revoke(grant, stillActive) {
      const spec = grant as AzureGrantSpec;
      try {
        const current = await schedule(spec);
        if (!current) return; // ended by itself, or removed already
        const owner = await ownerOf(spec, current);
        if (!owner) {
          context.log(
            `azure-pim: the assignment at ${spec.grant.scope} for ${grant.principal} was not made by gitjit; left alone`,
          );
          return;
        }
        const now = context.now().getTime();
        const others = stillActive.filter(
          (g) => g.id !== grant.id && sameAssignment(g, grant) && Date.parse(g.expiresAt) > now,
        ) as AzureGrantSpec[];
        if (others.length === 0) {
          await send(spec, requestName(grant, "remove"), scheduleRequestBody(spec, "AdminRemove")).catch(
            (error) => {
              if (armFailure(error).code !== "RoleAssignmentDoesNotExist") throw error;
            },
          );
          context.log(
            `azure-pim: removed the assignment at ${spec.grant.scope} for ${grant.principal} (${grant.id})`,
          );
          return;
        }
        const survivor = others.reduce((a, b) => (Date.parse(b.expiresAt) > Date.parse(a.expiresAt) ? b : a));
        if (owner !== survivor.id || current.endDateTime?.getTime() !== Date.parse(survivor.expiresAt)) {
          await reshape(survivor, current, grant);
          context.log(
            `azure-pim: ${grant.id} revoked; the assignment now ends with ${survivor.id} at ${survivor.expiresAt}`,
          );
        }
      } catch (error) {
        throw azureFailure(error, `revoke ${grant.id}`);
      }
    },

    listManaged: (scopes) =>
      listEachScope(scopes, "azure-pim", async function* (scope) {
        // The schedule carries no justification: its request (which does) names the grant.
        const owners = new Map<string, string>();
        for await (const r of client(scope).roleAssignmentScheduleRequests.listForScope(scope, call)) {
          const id = taggedGrantId(r.justification);
          if (id && r.name) owners.set(r.name, id);
        }
        for await (const s of client(scope).roleAssignmentSchedules.listForScope(scope, call)) {
          const grantId = owners.get(s.roleAssignmentScheduleRequestId?.split("/").pop() ?? "");
          if (!grantId) continue;
          yield {
            grantId,
            principal: s.principalId ?? "",
            location: s.scope ?? scope,
            ...(s.endDateTime ? { expiresAt: s.endDateTime.toISOString() } : {}),
            ref: { scope: s.scope ?? scope, roleDefinitionId: s.roleDefinitionId ?? "" },
          };
        }
      }),
  };
}

const factory: ProviderFactory = (context: ProviderContext) => createAzurePimProvider(context);
export default factory;
