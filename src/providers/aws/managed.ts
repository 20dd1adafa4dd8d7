/**
 * aws-iam-managed: attach a managed policy to the requester's user or role, for as long as the
 * grant lasts; AWS cannot end an attachment by itself, so gitjit's sweep detaches it. A tag on
 * the principal, `gitjit:<grant id>` = "<expiry> <policy ARN>", records the grant so reconcile
 * finds it, and says when the policy was attached before gitjit came (then it is never detached).
 */
import {
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  DetachRolePolicyCommand,
  DetachUserPolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListRoleTagsCommand,
  ListUserTagsCommand,
  TagRoleCommand,
  TagUserCommand,
  UntagRoleCommand,
  UntagUserCommand,
} from "@aws-sdk/client-iam";
import { EXPIRY_ENFORCEMENT, type GrantSpec } from "../../core/grant.js";
import type { ManagedGrant, Provider } from "../provider.js";
import type { ProviderContext, ProviderFactory } from "../registry.js";
import { type AwsOptions, awsConfig, awsFailure, isAwsError } from "./client.js";
import { authorizationDetails, sharedListing } from "./iam.js";
import {
  type IamPrincipal,
  type ManagedGrantSpec,
  managedTag,
  parsePrincipal,
  parseTag,
  planManaged,
  TAG_PREFIX,
} from "./plan.js";

type Tag = { Key?: string; Value?: string };

export function createAwsManagedProvider(context: ProviderContext, options: AwsOptions = {}): Provider {
  let client: IAMClient | undefined;
  const iam = () => {
    client ??= new IAMClient(awsConfig(context, options, "IAM"));
    return client;
  };

  async function tagsOf(p: IamPrincipal): Promise<Tag[]> {
    const tags: Tag[] = [];
    let marker: string | undefined;
    do {
      const page =
        p.kind === "user"
          ? await iam().send(
              new ListUserTagsCommand({ UserName: p.name, ...(marker ? { Marker: marker } : {}) }),
            )
          : await iam().send(
              new ListRoleTagsCommand({ RoleName: p.name, ...(marker ? { Marker: marker } : {}) }),
            );
      tags.push(...(page.Tags ?? []));
      marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
    return tags;
  }

  async function attachedTo(p: IamPrincipal): Promise<string[]> {
    const arns: string[] = [];
    let marker: string | undefined;
    do {
      const page =
        p.kind === "user"
          ? await iam().send(
              new ListAttachedUserPoliciesCommand({
                UserName: p.name,
                ...(marker ? { Marker: marker } : {}),
              }),
            )
          : await iam().send(
              new ListAttachedRolePoliciesCommand({
                RoleName: p.name,
                ...(marker ? { Marker: marker } : {}),
              }),
            );
      arns.push(...(page.AttachedPolicies ?? []).map((a) => a.PolicyArn ?? ""));
      marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
    return arns;
  }

  const forPolicy = (tags: Tag[], policyArn: string) =>
    tags.map((t) => parseTag(t.Key, t.Value)).filter((t) => t !== undefined && t.parts[0] === policyArn);

  return {
    id: "aws-iam-managed",
    expiry: EXPIRY_ENFORCEMENT["aws-iam-managed"],
    plan: (grant) => planManaged(grant as ManagedGrantSpec),

    async apply(grant) {
      const spec = grant as ManagedGrantSpec;
      const p = parsePrincipal(grant.principal);
      const policyArn = spec.grant.policyArn;
      const refs = { principal: p.arn, policyArn };
      try {
        const [tags, attached] = [await tagsOf(p), await attachedTo(p)];
        const ours = tags.find((t) => t.Key === `${TAG_PREFIX}${grant.id}`);
        const isAttached = attached.includes(policyArn);
        if (ours && isAttached) return { changed: false, refs };
        if (!ours) {
          // Attached with no gitjit tag naming it: people attached it; gitjit must never detach it.
          const recorded = forPolicy(tags, policyArn);
          const standing = recorded.some((t) => t?.standing) || (isAttached && recorded.length === 0);
          const tag = managedTag(spec, standing);
          if (p.kind === "user") await iam().send(new TagUserCommand({ UserName: p.name, Tags: [tag] }));
          else await iam().send(new TagRoleCommand({ RoleName: p.name, Tags: [tag] }));
        }
        if (!isAttached) {
          if (p.kind === "user")
            await iam().send(new AttachUserPolicyCommand({ UserName: p.name, PolicyArn: policyArn }));
          else await iam().send(new AttachRolePolicyCommand({ RoleName: p.name, PolicyArn: policyArn }));
          context.log(`aws-iam-managed: attached ${policyArn} to ${p.arn} (${grant.id})`);
        }
        return { changed: true, refs };
      } catch (error) {
        throw awsFailure(error, `attach ${policyArn} to ${p.arn}`);
      }
    },

    async revoke(grant: GrantSpec, stillActive) {
      const spec = grant as ManagedGrantSpec;
      const p = parsePrincipal(grant.principal);
      const policyArn = spec.grant.policyArn;
      const now = context.now().getTime();
      try {
        const key = `${TAG_PREFIX}${grant.id}`;
        const ours = (await tagsOf(p)).find((t) => t.Key === key);
        if (!ours) return; // never applied, or revoked already
        const needed = stillActive.some(
          (g) =>
            g.id !== grant.id &&
            g.grant.provider === "aws-iam-managed" &&
            g.grant.policyArn === policyArn &&
            g.principal === grant.principal &&
            Date.parse(g.expiresAt) > now,
        );
        if (!needed && !parseTag(ours.Key, ours.Value)?.standing) {
          try {
            if (p.kind === "user")
              await iam().send(new DetachUserPolicyCommand({ UserName: p.name, PolicyArn: policyArn }));
            else await iam().send(new DetachRolePolicyCommand({ RoleName: p.name, PolicyArn: policyArn }));
            context.log(`aws-iam-managed: detached ${policyArn} from ${p.arn} (${grant.id})`);
          } catch (error) {
            if (!isAwsError(error, "NoSuchEntity", "NoSuchEntityException")) throw error;
          }
        }
        // The tag goes last, so a run cut off before it still finds the grant next time.
        if (p.kind === "user") await iam().send(new UntagUserCommand({ UserName: p.name, TagKeys: [key] }));
        else await iam().send(new UntagRoleCommand({ RoleName: p.name, TagKeys: [key] }));
      } catch (error) {
        throw awsFailure(error, `detach ${policyArn} from ${p.arn}`);
      }
    },

    listManaged: sharedListing(async () => {
      const found: ManagedGrant[] = [];
      try {
        for await (const identity of authorizationDetails(iam())) {
          for (const tag of identity.tags) {
            const parsed = parseTag(tag.Key, tag.Value);
            if (!parsed?.parts[0]?.startsWith("arn:")) continue;
            found.push({
              grantId: parsed.grantId,
              principal: identity.arn,
              location: identity.arn,
              expiresAt: parsed.expiresAt,
              ref: { principal: identity.arn, policyArn: parsed.parts[0], standing: String(parsed.standing) },
            });
          }
        }
      } catch (error) {
        throw awsFailure(error, "list gitjit's managed policy attachments");
      }
      return found;
    }),
  };
}

const factory: ProviderFactory = (context: ProviderContext) => createAwsManagedProvider(context);
export default factory;
