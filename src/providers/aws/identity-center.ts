/**
 * aws-identity-center: an IAM Identity Center account assignment (user, permission set, account).
 * It has no end of its own: gitjit's sweep deletes it, and sessions already issued outlive the
 * deletion by up to the permission set's session duration. A tag on the permission set,
 * `gitjit:<grant id>` = "<expiry> <account> <user id>", records the grant for reconcile.
 */
import {
  CreateAccountAssignmentCommand,
  DeleteAccountAssignmentCommand,
  DescribeAccountAssignmentCreationStatusCommand,
  DescribeAccountAssignmentDeletionStatusCommand,
  ListAccountAssignmentsCommand,
  ListTagsForResourceCommand,
  SSOAdminClient,
  TagResourceCommand,
  UntagResourceCommand,
} from "@aws-sdk/client-sso-admin";
import { EXPIRY_ENFORCEMENT } from "../../core/grant.js";
import { type ManagedGrant, type Provider, ProviderError } from "../provider.js";
import type { ProviderContext, ProviderFactory } from "../registry.js";
import { sleep } from "../retry.js";
import { type AwsOptions, awsConfig, awsFailure } from "./client.js";
import {
  accountAssignment,
  type IdentityCenterGrantSpec,
  identityCenterTag,
  parseTag,
  planIdentityCenter,
  TAG_PREFIX,
} from "./plan.js";

const POLLS = 60;
type Tag = { Key?: string; Value?: string };
type Status = { Status?: string; RequestId?: string; FailureReason?: string };

export function createAwsIdentityCenterProvider(
  context: ProviderContext,
  options: AwsOptions = {},
): Provider {
  let client: SSOAdminClient | undefined;
  const sso = () => {
    client ??= new SSOAdminClient(awsConfig(context, options, "SSO_ADMIN"));
    return client;
  };
  const pollMs = options.pollMs ?? 1000;

  async function tagsOf(instanceArn: string, permissionSetArn: string): Promise<Tag[]> {
    const tags: Tag[] = [];
    let token: string | undefined;
    do {
      const page = await sso().send(
        new ListTagsForResourceCommand({
          InstanceArn: instanceArn,
          ResourceArn: permissionSetArn,
          ...(token ? { NextToken: token } : {}),
        }),
      );
      tags.push(...(page.Tags ?? []));
      token = page.NextToken;
    } while (token);
    return tags;
  }

  async function assigned(grant: IdentityCenterGrantSpec): Promise<boolean> {
    let token: string | undefined;
    do {
      const page = await sso().send(
        new ListAccountAssignmentsCommand({
          InstanceArn: grant.grant.instanceArn,
          AccountId: grant.grant.account,
          PermissionSetArn: grant.grant.permissionSetArn,
          ...(token ? { NextToken: token } : {}),
        }),
      );
      if (
        page.AccountAssignments?.some((a) => a.PrincipalType === "USER" && a.PrincipalId === grant.principal)
      )
        return true;
      token = page.NextToken;
    } while (token);
    return false;
  }

  /** Account assignments are made and removed asynchronously: wait for the outcome. */
  async function settle(
    first: Status | undefined,
    check: (id: string) => Promise<Status | undefined>,
    what: string,
  ) {
    let status = first;
    for (let i = 0; status?.Status === "IN_PROGRESS" && i < POLLS; i++) {
      await sleep(pollMs);
      status = await check(status.RequestId ?? "");
    }
    if (status?.Status === "SUCCEEDED") return;
    throw new ProviderError(
      `${what}: ${status?.Status === "FAILED" ? `failed: ${status.FailureReason}` : "still in progress; it will be checked again on the next run"}`,
      status?.Status === "FAILED" ? "aws-assignment-failed" : "aws-unavailable",
      status?.Status !== "FAILED",
    );
  }

  const sameTarget = (tag: Tag, grant: IdentityCenterGrantSpec) => {
    const parsed = parseTag(tag.Key, tag.Value);
    return parsed !== undefined &&
      parsed.parts[0] === grant.grant.account &&
      parsed.parts[1] === grant.principal
      ? parsed
      : undefined;
  };

  return {
    id: "aws-identity-center",
    expiry: EXPIRY_ENFORCEMENT["aws-identity-center"],
    plan: (grant) => planIdentityCenter(grant as IdentityCenterGrantSpec),

    async apply(grant) {
      const spec = grant as IdentityCenterGrantSpec;
      const { instanceArn, permissionSetArn } = spec.grant;
      const what = `assign ${permissionSetArn} in ${spec.grant.account} to ${grant.principal}`;
      const refs = { instanceArn, permissionSetArn, account: spec.grant.account };
      try {
        const tags = await tagsOf(instanceArn, permissionSetArn);
        const ours = tags.find((t) => t.Key === `${TAG_PREFIX}${grant.id}`);
        const exists = await assigned(spec);
        if (ours && exists) return { changed: false, refs };
        if (!ours) {
          const recorded = tags.map((t) => sameTarget(t, spec)).filter((t) => t !== undefined);
          const standing = recorded.some((t) => t.standing) || (exists && recorded.length === 0);
          await sso().send(
            new TagResourceCommand({
              InstanceArn: instanceArn,
              ResourceArn: permissionSetArn,
              Tags: [identityCenterTag(spec, standing)],
            }),
          );
        }
        if (!exists) {
          const out = await sso().send(new CreateAccountAssignmentCommand(accountAssignment(spec)));
          await settle(
            out.AccountAssignmentCreationStatus,
            async (id) =>
              (
                await sso().send(
                  new DescribeAccountAssignmentCreationStatusCommand({
                    InstanceArn: instanceArn,
                    AccountAssignmentCreationRequestId: id,
                  }),
                )
              ).AccountAssignmentCreationStatus,
            what,
          );
          context.log(`aws-identity-center: ${what} (${grant.id})`);
        }
        return { changed: true, refs };
      } catch (error) {
        throw awsFailure(error, what);
      }
    },

    async revoke(grant, stillActive) {
      const spec = grant as IdentityCenterGrantSpec;
      const { instanceArn, permissionSetArn } = spec.grant;
      const what = `remove ${permissionSetArn} in ${spec.grant.account} from ${grant.principal}`;
      const now = context.now().getTime();
      try {
        const key = `${TAG_PREFIX}${grant.id}`;
        const ours = (await tagsOf(instanceArn, permissionSetArn)).find((t) => t.Key === key);
        if (!ours) return;
        const needed = stillActive.some(
          (g) =>
            g.id !== grant.id &&
            g.grant.provider === "aws-identity-center" &&
            g.grant.permissionSetArn === permissionSetArn &&
            g.grant.account === spec.grant.account &&
            g.principal === grant.principal &&
            Date.parse(g.expiresAt) > now,
        );
        if (!needed && !parseTag(ours.Key, ours.Value)?.standing && (await assigned(spec))) {
          const out = await sso().send(new DeleteAccountAssignmentCommand(accountAssignment(spec)));
          await settle(
            out.AccountAssignmentDeletionStatus,
            async (id) =>
              (
                await sso().send(
                  new DescribeAccountAssignmentDeletionStatusCommand({
                    InstanceArn: instanceArn,
                    AccountAssignmentDeletionRequestId: id,
                  }),
                )
              ).AccountAssignmentDeletionStatus,
            what,
          );
          context.log(`aws-identity-center: ${what} (${grant.id})`);
        }
        await sso().send(
          new UntagResourceCommand({
            InstanceArn: instanceArn,
            ResourceArn: permissionSetArn,
            TagKeys: [key],
          }),
        );
      } catch (error) {
        throw awsFailure(error, what);
      }
    },

    async listManaged(scopes) {
      const found: ManagedGrant[] = [];
      const seen = new Set<string>();
      for (const g of scopes) {
        if (g.provider !== "aws-identity-center" || seen.has(g.permissionSetArn)) continue;
        seen.add(g.permissionSetArn);
        try {
          for (const tag of await tagsOf(g.instanceArn, g.permissionSetArn)) {
            const parsed = parseTag(tag.Key, tag.Value);
            if (!parsed) continue;
            const [account = "", principal = ""] = parsed.parts;
            found.push({
              grantId: parsed.grantId,
              principal,
              location: `${g.permissionSetArn} in ${account}`,
              expiresAt: parsed.expiresAt,
              ref: {
                instanceArn: g.instanceArn,
                permissionSetArn: g.permissionSetArn,
                account,
                standing: String(parsed.standing),
              },
            });
          }
        } catch (error) {
          throw awsFailure(error, `list gitjit's assignments of ${g.permissionSetArn}`);
        }
      }
      return found;
    },
  };
}

const factory: ProviderFactory = (context: ProviderContext) => createAwsIdentityCenterProvider(context);
export default factory;
