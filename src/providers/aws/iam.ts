/**
 * aws-iam: an inline policy `gitjit-<grant id>` on the requester's user or role, its statements
 * conditioned on aws:CurrentTime, so AWS stops honouring it at the expiry by itself.
 */
import {
  DeleteRolePolicyCommand,
  DeleteUserPolicyCommand,
  GetAccountAuthorizationDetailsCommand,
  type GetAccountAuthorizationDetailsCommandOutput,
  GetRolePolicyCommand,
  GetUserPolicyCommand,
  IAMClient,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
} from "@aws-sdk/client-iam";
import { EXPIRY_ENFORCEMENT, type GrantSpec } from "../../core/grant.js";
import type { ManagedGrant, Provider } from "../provider.js";
import type { ProviderContext, ProviderFactory } from "../registry.js";
import { type AwsOptions, awsConfig, awsFailure, isAwsError } from "./client.js";
import { type InlineGrant, inlinePolicyName, parsePrincipal, planInline } from "./plan.js";

const POLICY_NAME = /^gitjit-(gj-[0-9a-f]{20})$/;

/** Every user and role of the account with its inline policies, attachments and tags (paginated). */
export async function* authorizationDetails(iam: IAMClient) {
  let marker: string | undefined;
  do {
    const page: GetAccountAuthorizationDetailsCommandOutput = await iam.send(
      new GetAccountAuthorizationDetailsCommand({
        Filter: ["User", "Role"],
        ...(marker ? { Marker: marker } : {}),
      }),
    );
    for (const u of page.UserDetailList ?? [])
      yield {
        arn: u.Arn ?? "",
        policies: u.UserPolicyList ?? [],
        attached: u.AttachedManagedPolicies ?? [],
        tags: u.Tags ?? [],
      };
    for (const r of page.RoleDetailList ?? [])
      yield {
        arn: r.Arn ?? "",
        policies: r.RolePolicyList ?? [],
        attached: r.AttachedManagedPolicies ?? [],
        tags: r.Tags ?? [],
      };
    marker = page.IsTruncated ? page.Marker : undefined;
  } while (marker);
}

/**
 * IAM lists the whole account the credentials reach, whatever scope reconcile asks about, so one
 * listing serves every scope for the life of a provider (one sweep run); a failed one is tried
 * again on the next call.
 */
export function sharedListing<T>(list: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= list().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

const decode = (document: string | undefined) => JSON.parse(decodeURIComponent(document ?? "{}"));

function expiryOf(document: unknown): string | undefined {
  const statements = (document as { Statement?: { Condition?: Record<string, Record<string, string>> }[] })
    ?.Statement;
  return statements?.[0]?.Condition?.DateLessThan?.["aws:CurrentTime"];
}

export function createAwsIamProvider(context: ProviderContext, options: AwsOptions = {}): Provider {
  let client: IAMClient | undefined;
  const iam = () => {
    client ??= new IAMClient(awsConfig(context, options, "IAM"));
    return client;
  };
  const inline = (grant: GrantSpec) => grant as InlineGrant;

  return {
    id: "aws-iam",
    expiry: EXPIRY_ENFORCEMENT["aws-iam"],
    plan: (grant) => planInline(inline(grant)),

    async apply(grant) {
      const [operation] = planInline(inline(grant));
      const principal = parsePrincipal(grant.principal);
      const name = inlinePolicyName(grant);
      const body = operation?.body as { PolicyDocument: unknown };
      const document = JSON.stringify(body.PolicyDocument);
      const where = `${name} on ${principal.arn}`;
      try {
        const client = iam();
        const read =
          principal.kind === "user"
            ? client.send(new GetUserPolicyCommand({ UserName: principal.name, PolicyName: name }))
            : client.send(new GetRolePolicyCommand({ RoleName: principal.name, PolicyName: name }));
        const existing = await read.catch((error) => {
          if (isAwsError(error, "NoSuchEntity", "NoSuchEntityException")) return undefined;
          throw error;
        });
        if (existing && JSON.stringify(decode(existing.PolicyDocument)) === document)
          return { changed: false, refs: { principal: principal.arn, policyName: name } };
        if (principal.kind === "user")
          await client.send(
            new PutUserPolicyCommand({
              UserName: principal.name,
              PolicyName: name,
              PolicyDocument: document,
            }),
          );
        else
          await client.send(
            new PutRolePolicyCommand({
              RoleName: principal.name,
              PolicyName: name,
              PolicyDocument: document,
            }),
          );
        context.log(`aws-iam: put ${where}, effective until ${grant.expiresAt}`);
        return { changed: true, refs: { principal: principal.arn, policyName: name } };
      } catch (error) {
        const failure = awsFailure(error, `put ${where}`);
        if (failure.code === "aws-limit-exceeded")
          failure.message = `${failure.message} — the ${principal.kind}'s inline policies together may have at most ${principal.kind === "user" ? "2,048" : "10,240"} characters (whitespace excluded); revoke other grants or grant to a role`;
        throw failure;
      }
    },

    async revoke(grant) {
      // Each grant has its own policy: removing it never touches what another grant gives.
      const principal = parsePrincipal(grant.principal);
      const name = inlinePolicyName(grant);
      try {
        if (principal.kind === "user")
          await iam().send(new DeleteUserPolicyCommand({ UserName: principal.name, PolicyName: name }));
        else await iam().send(new DeleteRolePolicyCommand({ RoleName: principal.name, PolicyName: name }));
        context.log(`aws-iam: deleted ${name} from ${principal.arn}`);
      } catch (error) {
        if (isAwsError(error, "NoSuchEntity", "NoSuchEntityException")) return;
        throw awsFailure(error, `delete ${name} from ${principal.arn}`);
      }
    },

    listManaged: sharedListing(async () => {
      const found: ManagedGrant[] = [];
      try {
        for await (const identity of authorizationDetails(iam())) {
          for (const policy of identity.policies) {
            const grantId = POLICY_NAME.exec(policy.PolicyName ?? "")?.[1];
            if (!grantId) continue;
            const expiresAt = expiryOf(decode(policy.PolicyDocument));
            found.push({
              grantId,
              principal: identity.arn,
              location: identity.arn,
              ...(expiresAt ? { expiresAt } : {}),
              ref: { principal: identity.arn, policyName: policy.PolicyName ?? "" },
            });
          }
        }
      } catch (error) {
        throw awsFailure(error, "list gitjit's inline policies");
      }
      return found;
    }),
  };
}

const factory: ProviderFactory = (context) => createAwsIamProvider(context);
export default factory;
