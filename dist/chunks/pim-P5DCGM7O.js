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
  planPim,
  requestName,
  roleGuidOf,
  scheduleRequestBody,
  taggedGrantId
} from "./chunk-4R4DJJRS.js";
import {
  withRetry
} from "./chunk-JVCRAJO3.js";
import "./chunk-XNTRT226.js";
import {
  EXPIRY_ENFORCEMENT
} from "./chunk-EI2MP62G.js";
import {
  ProviderError
} from "./chunk-6DV6XXR4.js";
import "./chunk-2I45JTVB.js";

// src/providers/azure/pim.ts
var PRINCIPAL_BACKOFF = { attempts: 8, baseMs: 2e3, maxMs: 3e4 };
function toModel(body) {
  const p = body.properties;
  const { scheduleInfo, ...rest } = p;
  return {
    ...rest,
    ...scheduleInfo ? {
      scheduleInfo: {
        startDateTime: new Date(scheduleInfo.startDateTime),
        expiration: {
          type: scheduleInfo.expiration.type,
          endDateTime: new Date(scheduleInfo.expiration.endDateTime)
        }
      }
    } : {}
  };
}
var sameAssignment = (a, b) => a.grant.provider === b.grant.provider && a.principal.toLowerCase() === b.principal.toLowerCase() && a.grant.scope.toLowerCase() === b.grant.scope.toLowerCase() && a.grant.roleDefinitionId.toLowerCase() === b.grant.roleDefinitionId.toLowerCase();
function createAzurePimProvider(context, options = {}) {
  const client = clientFactory(context, options);
  const call = { requestOptions: { timeout: options.timeoutMs ?? 6e4 } };
  const principalBackoff = options.principalBackoff ?? PRINCIPAL_BACKOFF;
  const retryable = (error) => transient(error) || armFailure(error).code === "PrincipalNotFound";
  async function send(grant, name, body) {
    const scope = grant.grant.scope;
    return withRetry(principalBackoff, retryable, async () => {
      try {
        await client(scope).roleAssignmentScheduleRequests.create(scope, name, toModel(body), call);
        return "created";
      } catch (error) {
        if (armFailure(error).code !== "RoleAssignmentRequestExists") throw error;
        const earlier = await client(scope).roleAssignmentScheduleRequests.get(scope, name, call);
        if (/Fail|Denied|Invalid|Canceled/i.test(earlier.status ?? ""))
          throw new ProviderError(
            `Azure rejected schedule request ${name}: ${earlier.status}`,
            "azure-refused"
          );
        return "replayed";
      }
    });
  }
  async function schedule(grant) {
    const scope = grant.grant.scope;
    const role = grant.grant.roleDefinitionId.toLowerCase();
    return withRetry(principalBackoff, transient, async () => {
      for await (const s of client(scope).roleAssignmentSchedules.listForScope(scope, {
        filter: `principalId eq '${grant.principal}'`,
        ...call
      })) {
        if (roleGuidOf(s.roleDefinitionId) === role && s.scope?.toLowerCase() === scope.toLowerCase())
          return s;
      }
      return void 0;
    });
  }
  async function ownerOf(grant, s) {
    const name = s.roleAssignmentScheduleRequestId?.split("/").pop();
    if (!name) return void 0;
    const scope = grant.grant.scope;
    const request = await withRetry(
      principalBackoff,
      transient,
      () => client(scope).roleAssignmentScheduleRequests.get(scope, name, call)
    ).catch((error) => {
      if (armFailure(error).statusCode === 404) return void 0;
      throw error;
    });
    return taggedGrantId(request?.justification);
  }
  async function reshape(owner, s, cause) {
    const start = (s.startDateTime ?? new Date(owner.startsAt)).toISOString();
    const body = scheduleRequestBody(owner, "AdminUpdate", { start, end: owner.expiresAt });
    await send(owner, requestName(owner, `extend ${cause.id}`), body);
  }
  return {
    id: "azure-pim",
    expiry: EXPIRY_ENFORCEMENT["azure-pim"],
    plan: (grant) => planPim(grant),
    async apply(grant) {
      const spec = grant;
      const scope = spec.grant.scope;
      const name = requestName(grant, "assign");
      const refs = { scope, request: name };
      try {
        const outcome = await send(spec, name, scheduleRequestBody(spec, "AdminAssign"));
        if (outcome === "created")
          context.log(
            `azure-pim: assigned ${spec.grant.roleDefinitionId} at ${scope} to ${grant.principal} until ${grant.expiresAt}`
          );
        return { changed: outcome === "created", refs };
      } catch (error) {
        if (armFailure(error).code !== "RoleAssignmentExists")
          throw azureFailure(error, `assign ${grant.id}`);
      }
      try {
        const current = await schedule(spec);
        if (!current)
          throw new ProviderError(
            `the assignment for ${grant.id} vanished while applying; apply again`,
            "azure-unavailable",
            true
          );
        const end = current.endDateTime?.getTime();
        if (end === void 0 || end >= Date.parse(grant.expiresAt)) return { changed: false, refs };
        await reshape(spec, current, spec);
        context.log(
          `azure-pim: extended the assignment at ${scope} for ${grant.principal} to ${grant.expiresAt} (${grant.id})`
        );
        return { changed: true, refs };
      } catch (error) {
        throw azureFailure(error, `extend the assignment for ${grant.id}`);
      }
    },
    async revoke(grant, stillActive) {
      const spec = grant;
      try {
        const current = await schedule(spec);
        if (!current) return;
        const owner = await ownerOf(spec, current);
        if (!owner) {
          context.log(
            `azure-pim: the assignment at ${spec.grant.scope} for ${grant.principal} was not made by gitjit; left alone`
          );
          return;
        }
        const now = context.now().getTime();
        const others = stillActive.filter(
          (g) => g.id !== grant.id && sameAssignment(g, grant) && Date.parse(g.expiresAt) > now
        );
        if (others.length === 0) {
          await send(spec, requestName(grant, "remove"), scheduleRequestBody(spec, "AdminRemove")).catch(
            (error) => {
              if (armFailure(error).code !== "RoleAssignmentDoesNotExist") throw error;
            }
          );
          context.log(
            `azure-pim: removed the assignment at ${spec.grant.scope} for ${grant.principal} (${grant.id})`
          );
          return;
        }
        const survivor = others.reduce((a, b) => Date.parse(b.expiresAt) > Date.parse(a.expiresAt) ? b : a);
        if (owner !== survivor.id || current.endDateTime?.getTime() !== Date.parse(survivor.expiresAt)) {
          await reshape(survivor, current, grant);
          context.log(
            `azure-pim: ${grant.id} revoked; the assignment now ends with ${survivor.id} at ${survivor.expiresAt}`
          );
        }
      } catch (error) {
        throw azureFailure(error, `revoke ${grant.id}`);
      }
    },
    listManaged: (scopes) => listEachScope(scopes, "azure-pim", async function* (scope) {
      const owners = /* @__PURE__ */ new Map();
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
          ...s.endDateTime ? { expiresAt: s.endDateTime.toISOString() } : {},
          ref: { scope: s.scope ?? scope, roleDefinitionId: s.roleDefinitionId ?? "" }
        };
      }
    })
  };
}
var factory = (context) => createAzurePimProvider(context);
var pim_default = factory;
export {
  createAzurePimProvider,
  pim_default as default
};
