import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  grantOrigin
} from "./chunk-XNTRT226.js";
import {
  ProviderError
} from "./chunk-6DV6XXR4.js";

// src/providers/gcp/binding.ts
var MAX_CONDITIONAL_BINDINGS = 20;
var POLICY_VERSION = 3;
var TITLE = /^gitjit (gj-[0-9a-f]{20})$/;
var conditionTitle = (grantId) => `gitjit ${grantId}`;
function grantBinding(grant) {
  const description = `${grantOrigin(grant)}; ends ${grant.expiresAt}`;
  return {
    role: grant.grant.role,
    members: [grant.principal],
    condition: {
      title: conditionTitle(grant.id),
      description: description.length > 256 ? `${description.slice(0, 255)}\u2026` : description,
      expression: `request.time >= timestamp("${grant.startsAt}") && request.time < timestamp("${grant.expiresAt}")`
    }
  };
}
function bindingGrantId(binding) {
  return TITLE.exec(binding.condition?.title ?? "")?.[1];
}
function bindingExpiry(binding) {
  return /request\.time < timestamp\("([^"]+)"\)/.exec(binding.condition?.expression ?? "")?.[1];
}
var resourceKind = (resource) => resource.slice(0, resource.indexOf("/"));
function planGcp(grant) {
  const kind = resourceKind(grant.grant.resource);
  return [
    {
      api: `cloudresourcemanager.${kind}.getIamPolicy`,
      body: { resource: grant.grant.resource, options: { requestedPolicyVersion: POLICY_VERSION } }
    },
    { api: `cloudresourcemanager.${kind}.setIamPolicy`, body: grantBinding(grant) }
  ];
}
function notes(grant) {
  return [
    `GCP itself stops honouring the binding at ${grant.expiresAt} (condition on request.time); the sweep deletes it afterwards.`,
    `setIamPolicy sends the policy read by getIamPolicy, at version 3 and with its etag, with this binding added; every other binding is sent back unchanged, except gitjit's own expired bindings for ${grant.principal} and ${grant.grant.role}, which are removed.`
  ];
}
function withGrant(policy, grant, now) {
  const wanted = grantBinding(grant);
  const bindings = policy.bindings ?? [];
  const ours = (b) => bindingGrantId(b) === grant.id;
  const current = (b) => ours(b) && b.role === wanted.role && b.members?.includes(grant.principal) === true && b.condition?.expression === wanted.condition.expression;
  const present = bindings.some(current);
  const expired = (b) => {
    const id = bindingGrantId(b);
    const end = bindingExpiry(b);
    return id !== void 0 && id !== grant.id && b.role === wanted.role && b.members?.length === 1 && b.members[0] === grant.principal && end !== void 0 && new Date(end).getTime() <= now.getTime();
  };
  const kept = bindings.filter((b) => !expired(b) && !(ours(b) && !current(b)));
  if (present && kept.length === bindings.length) return { policy, changed: false, added: false };
  const next = present ? kept : [...kept, wanted];
  const conditional = next.filter(
    (b) => b.role === wanted.role && b.condition && b.members?.includes(grant.principal)
  ).length;
  if (conditional > MAX_CONDITIONAL_BINDINGS)
    throw new ProviderError(
      `${grant.principal} would have ${conditional} conditional bindings of ${wanted.role} on ${grant.grant.resource}; GCP allows ${MAX_CONDITIONAL_BINDINGS}`,
      "gcp-condition-limit"
    );
  return { policy: { ...policy, version: POLICY_VERSION, bindings: next }, changed: true, added: !present };
}
function withoutGrant(policy, grantId) {
  const bindings = policy.bindings ?? [];
  const kept = bindings.filter((b) => bindingGrantId(b) !== grantId);
  if (kept.length === bindings.length) return { policy, changed: false };
  return { policy: { ...policy, version: POLICY_VERSION, bindings: kept }, changed: true };
}
function gcpGrantFor(grant) {
  if (grant.grant.provider !== "gcp-iam")
    throw new ProviderError(
      `${grant.id} is a ${grant.grant.provider} grant, not gcp-iam`,
      "provider-mismatch"
    );
  return grant;
}

export {
  POLICY_VERSION,
  bindingGrantId,
  bindingExpiry,
  planGcp,
  notes,
  withGrant,
  withoutGrant,
  gcpGrantFor
};
