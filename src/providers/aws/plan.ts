/**
 * What gitjit sends to AWS, built without the SDK so planning a pull request never loads it:
 * the time-bound inline policy, the managed-policy attachment and the Identity Center assignment,
 * each with the tag that lets reconcile find it again.
 */

import type { Static } from "@sinclair/typebox";
import type { GrantSpec } from "../../core/grant.js";
import type { AwsIamGrant, AwsIamManagedGrant, AwsIdentityCenterGrant } from "../../core/model/schema.js";
import { grantOrigin } from "../../core/plan/grant-spec.js";
import { type Operation, ProviderError } from "../provider.js";

export type InlineGrant = GrantSpec & { grant: Static<typeof AwsIamGrant> };
export type ManagedGrantSpec = GrantSpec & { grant: Static<typeof AwsIamManagedGrant> };
export type IdentityCenterGrantSpec = GrantSpec & { grant: Static<typeof AwsIdentityCenterGrant> };

/** AWS's limits on all inline policies of one identity, counted without whitespace. */
export const INLINE_POLICY_LIMIT = { user: 2048, role: 10240 } as const;
export const TAG_PREFIX = "gitjit:";
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;
const STANDING = " standing";

export interface IamPrincipal {
  arn: string;
  account: string;
  kind: "user" | "role";
  /** The user or role name (the last path segment), what the IAM API calls take. */
  name: string;
}

export function parsePrincipal(arn: string): IamPrincipal {
  const match = /^arn:aws[a-z-]*:iam::(\d{12}):(user|role)\/(?:[^/]+\/)*([^/]+)$/.exec(arn);
  if (!match) throw new ProviderError(`${arn} is not an IAM user or role ARN`, "aws-principal-invalid");
  const [, account, kind, name] = match as unknown as [string, string, "user" | "role", string];
  return { arn, account, kind, name };
}

export const inlinePolicyName = (grant: GrantSpec) => `gitjit-${grant.id}`;

export function inlinePolicyDocument(grant: InlineGrant) {
  return {
    Version: "2012-10-17",
    Statement: grant.grant.statements.map((s, i) => ({
      Sid: `Gitjit${i}`,
      Effect: "Allow",
      Action: s.actions,
      Resource: s.resources,
      Condition: {
        DateGreaterThan: { "aws:CurrentTime": grant.startsAt },
        DateLessThan: { "aws:CurrentTime": grant.expiresAt },
      },
    })),
  };
}

/** The size AWS counts: the document's characters, whitespace excluded. */
export const policySize = (document: unknown) => JSON.stringify(document).replace(/\s/g, "").length;

const principalCall = (p: IamPrincipal, user: string, role: string) => (p.kind === "user" ? user : role);
const principalParam = (p: IamPrincipal) => (p.kind === "user" ? { UserName: p.name } : { RoleName: p.name });

export function planInline(grant: InlineGrant): Operation[] {
  const principal = parsePrincipal(grant.principal);
  const document = inlinePolicyDocument(grant);
  const size = policySize(document);
  const limit = INLINE_POLICY_LIMIT[principal.kind];
  if (size > limit)
    throw new ProviderError(
      `the policy for ${grant.id} is ${size} characters (whitespace excluded); AWS allows ${limit} in all of a ${principal.kind}'s inline policies together — grant fewer actions or resources, or use a role`,
      "aws-policy-too-large",
    );
  return [
    {
      api: principalCall(principal, "iam:PutUserPolicy", "iam:PutRolePolicy"),
      body: { ...principalParam(principal), PolicyName: inlinePolicyName(grant), PolicyDocument: document },
    },
  ];
}

function tagValue(grant: GrantSpec, parts: readonly string[], standing: boolean): string {
  const value = [grant.expiresAt, ...parts].join(" ") + (standing ? STANDING : "");
  if (!TAG_VALUE.test(value))
    throw new ProviderError(
      `cannot record ${grant.id} in an AWS tag: "${value}" is longer than 256 characters or holds characters tags refuse`,
      "aws-tag-unrepresentable",
    );
  return value;
}

/** A gitjit tag read back: the grant, when it ends, what it holds, and whether the access was there before. */
export interface GitjitTag {
  grantId: string;
  expiresAt: string;
  parts: string[];
  standing: boolean;
}

export function parseTag(key: string | undefined, value: string | undefined): GitjitTag | undefined {
  if (!key?.startsWith(TAG_PREFIX) || value === undefined) return undefined;
  const grantId = key.slice(TAG_PREFIX.length);
  if (!/^gj-[0-9a-f]{20}$/.test(grantId)) return undefined;
  const standing = value.endsWith(STANDING);
  const [expiresAt, ...parts] = (standing ? value.slice(0, -STANDING.length) : value).split(" ");
  if (!expiresAt) return undefined;
  return { grantId, expiresAt, parts, standing };
}

export const managedTag = (grant: ManagedGrantSpec, standing = false) => ({
  Key: `${TAG_PREFIX}${grant.id}`,
  Value: tagValue(grant, [grant.grant.policyArn], standing),
});

export function planManaged(grant: ManagedGrantSpec): Operation[] {
  const principal = parsePrincipal(grant.principal);
  return [
    {
      api: principalCall(principal, "iam:TagUser", "iam:TagRole"),
      body: { ...principalParam(principal), Tags: [managedTag(grant)] },
    },
    {
      api: principalCall(principal, "iam:AttachUserPolicy", "iam:AttachRolePolicy"),
      body: { ...principalParam(principal), PolicyArn: grant.grant.policyArn },
    },
  ];
}

export const identityCenterTag = (grant: IdentityCenterGrantSpec, standing = false) => ({
  Key: `${TAG_PREFIX}${grant.id}`,
  Value: tagValue(grant, [grant.grant.account, grant.principal], standing),
});

export const accountAssignment = (grant: IdentityCenterGrantSpec) => ({
  InstanceArn: grant.grant.instanceArn,
  TargetId: grant.grant.account,
  TargetType: "AWS_ACCOUNT" as const,
  PermissionSetArn: grant.grant.permissionSetArn,
  PrincipalType: "USER" as const,
  PrincipalId: grant.principal,
});

export function planIdentityCenter(grant: IdentityCenterGrantSpec): Operation[] {
  return [
    {
      api: "sso:TagResource",
      body: {
        InstanceArn: grant.grant.instanceArn,
        ResourceArn: grant.grant.permissionSetArn,
        Tags: [identityCenterTag(grant)],
      },
    },
    { api: "sso:CreateAccountAssignment", body: accountAssignment(grant) },
  ];
}

export function notes(grant: GrantSpec): string[] {
  switch (grant.grant.provider) {
    case "aws-iam":
      return [
        `AWS itself stops honouring the policy at ${grant.expiresAt} (condition on aws:CurrentTime); the sweep deletes it afterwards.`,
      ];
    case "aws-iam-managed":
      return [
        `Expiry is enforced by gitjit's sweep, which detaches the policy after ${grant.expiresAt}; AWS cannot end an attachment by itself.`,
        `The tag records the grant (${grantOrigin(grant)}) so reconcile finds the attachment again.`,
      ];
    case "aws-identity-center":
      return [
        `Expiry is enforced by gitjit's sweep, which deletes the account assignment after ${grant.expiresAt}.`,
        "Sessions already issued outlive the removal by up to the permission set's session duration (1 hour unless the permission set says otherwise, at most 12 hours).",
      ];
    default:
      return [];
  }
}
