import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  grantOrigin
} from "./chunk-XNTRT226.js";
import {
  ProviderError
} from "./chunk-6DV6XXR4.js";

// src/providers/aws/plan.ts
var INLINE_POLICY_LIMIT = { user: 2048, role: 10240 };
var TAG_PREFIX = "gitjit:";
var TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;
var STANDING = " standing";
function parsePrincipal(arn) {
  const match = /^arn:aws[a-z-]*:iam::(\d{12}):(user|role)\/(?:[^/]+\/)*([^/]+)$/.exec(arn);
  if (!match) throw new ProviderError(`${arn} is not an IAM user or role ARN`, "aws-principal-invalid");
  const [, account, kind, name] = match;
  return { arn, account, kind, name };
}
var inlinePolicyName = (grant) => `gitjit-${grant.id}`;
function inlinePolicyDocument(grant) {
  return {
    Version: "2012-10-17",
    Statement: grant.grant.statements.map((s, i) => ({
      Sid: `Gitjit${i}`,
      Effect: "Allow",
      Action: s.actions,
      Resource: s.resources,
      Condition: {
        DateGreaterThan: { "aws:CurrentTime": grant.startsAt },
        DateLessThan: { "aws:CurrentTime": grant.expiresAt }
      }
    }))
  };
}
var policySize = (document) => JSON.stringify(document).replace(/\s/g, "").length;
var principalCall = (p, user, role) => p.kind === "user" ? user : role;
var principalParam = (p) => p.kind === "user" ? { UserName: p.name } : { RoleName: p.name };
function planInline(grant) {
  const principal = parsePrincipal(grant.principal);
  const document = inlinePolicyDocument(grant);
  const size = policySize(document);
  const limit = INLINE_POLICY_LIMIT[principal.kind];
  if (size > limit)
    throw new ProviderError(
      `the policy for ${grant.id} is ${size} characters (whitespace excluded); AWS allows ${limit} in all of a ${principal.kind}'s inline policies together \u2014 grant fewer actions or resources, or use a role`,
      "aws-policy-too-large"
    );
  return [
    {
      api: principalCall(principal, "iam:PutUserPolicy", "iam:PutRolePolicy"),
      body: { ...principalParam(principal), PolicyName: inlinePolicyName(grant), PolicyDocument: document }
    }
  ];
}
function tagValue(grant, parts, standing) {
  const value = [grant.expiresAt, ...parts].join(" ") + (standing ? STANDING : "");
  if (!TAG_VALUE.test(value))
    throw new ProviderError(
      `cannot record ${grant.id} in an AWS tag: "${value}" is longer than 256 characters or holds characters tags refuse`,
      "aws-tag-unrepresentable"
    );
  return value;
}
function parseTag(key, value) {
  if (!key?.startsWith(TAG_PREFIX) || value === void 0) return void 0;
  const grantId = key.slice(TAG_PREFIX.length);
  if (!/^gj-[0-9a-f]{20}$/.test(grantId)) return void 0;
  const standing = value.endsWith(STANDING);
  const [expiresAt, ...parts] = (standing ? value.slice(0, -STANDING.length) : value).split(" ");
  if (!expiresAt) return void 0;
  return { grantId, expiresAt, parts, standing };
}
var managedTag = (grant, standing = false) => ({
  Key: `${TAG_PREFIX}${grant.id}`,
  Value: tagValue(grant, [grant.grant.policyArn], standing)
});
function planManaged(grant) {
  const principal = parsePrincipal(grant.principal);
  return [
    {
      api: principalCall(principal, "iam:TagUser", "iam:TagRole"),
      body: { ...principalParam(principal), Tags: [managedTag(grant)] }
    },
    {
      api: principalCall(principal, "iam:AttachUserPolicy", "iam:AttachRolePolicy"),
      body: { ...principalParam(principal), PolicyArn: grant.grant.policyArn }
    }
  ];
}
var identityCenterTag = (grant, standing = false) => ({
  Key: `${TAG_PREFIX}${grant.id}`,
  Value: tagValue(grant, [grant.grant.account, grant.principal], standing)
});
var accountAssignment = (grant) => ({
  InstanceArn: grant.grant.instanceArn,
  TargetId: grant.grant.account,
  TargetType: "AWS_ACCOUNT",
  PermissionSetArn: grant.grant.permissionSetArn,
  PrincipalType: "USER",
  PrincipalId: grant.principal
});
function planIdentityCenter(grant) {
  return [
    {
      api: "sso:TagResource",
      body: {
        InstanceArn: grant.grant.instanceArn,
        ResourceArn: grant.grant.permissionSetArn,
        Tags: [identityCenterTag(grant)]
      }
    },
    { api: "sso:CreateAccountAssignment", body: accountAssignment(grant) }
  ];
}
function notes(grant) {
  switch (grant.grant.provider) {
    case "aws-iam":
      return [
        `AWS itself stops honouring the policy at ${grant.expiresAt} (condition on aws:CurrentTime); the sweep deletes it afterwards.`
      ];
    case "aws-iam-managed":
      return [
        `Expiry is enforced by gitjit's sweep, which detaches the policy after ${grant.expiresAt}; AWS cannot end an attachment by itself.`,
        `The tag records the grant (${grantOrigin(grant)}) so reconcile finds the attachment again.`
      ];
    case "aws-identity-center":
      return [
        `Expiry is enforced by gitjit's sweep, which deletes the account assignment after ${grant.expiresAt}.`,
        "Sessions already issued outlive the removal by up to the permission set's session duration (1 hour unless the permission set says otherwise, at most 12 hours)."
      ];
    default:
      return [];
  }
}

export {
  TAG_PREFIX,
  parsePrincipal,
  inlinePolicyName,
  planInline,
  parseTag,
  managedTag,
  planManaged,
  identityCenterTag,
  accountAssignment,
  planIdentityCenter,
  notes
};
