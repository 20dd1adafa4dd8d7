import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  authorizationDetails,
  require_dist_cjs,
  sharedListing
} from "./chunk-BAZM6LXO.js";
import {
  awsConfig,
  awsFailure,
  isAwsError
} from "./chunk-6YPHJCAI.js";
import "./chunk-JVCRAJO3.js";
import {
  TAG_PREFIX,
  managedTag,
  parsePrincipal,
  parseTag,
  planManaged
} from "./chunk-4XLXXECO.js";
import "./chunk-XNTRT226.js";
import {
  EXPIRY_ENFORCEMENT
} from "./chunk-EI2MP62G.js";
import "./chunk-6DV6XXR4.js";
import "./chunk-C5FLQHCI.js";
import {
  __toESM
} from "./chunk-2I45JTVB.js";

// src/providers/aws/managed.ts
var import_client_iam = __toESM(require_dist_cjs(), 1);
function createAwsManagedProvider(context, options = {}) {
  let client;
  const iam = () => {
    client ??= new import_client_iam.IAMClient(awsConfig(context, options, "IAM"));
    return client;
  };
  async function tagsOf(p) {
    const tags = [];
    let marker;
    do {
      const page = p.kind === "user" ? await iam().send(
        new import_client_iam.ListUserTagsCommand({ UserName: p.name, ...marker ? { Marker: marker } : {} })
      ) : await iam().send(
        new import_client_iam.ListRoleTagsCommand({ RoleName: p.name, ...marker ? { Marker: marker } : {} })
      );
      tags.push(...page.Tags ?? []);
      marker = page.IsTruncated ? page.Marker : void 0;
    } while (marker);
    return tags;
  }
  async function attachedTo(p) {
    const arns = [];
    let marker;
    do {
      const page = p.kind === "user" ? await iam().send(
        new import_client_iam.ListAttachedUserPoliciesCommand({
          UserName: p.name,
          ...marker ? { Marker: marker } : {}
        })
      ) : await iam().send(
        new import_client_iam.ListAttachedRolePoliciesCommand({
          RoleName: p.name,
          ...marker ? { Marker: marker } : {}
        })
      );
      arns.push(...(page.AttachedPolicies ?? []).map((a) => a.PolicyArn ?? ""));
      marker = page.IsTruncated ? page.Marker : void 0;
    } while (marker);
    return arns;
  }
  const forPolicy = (tags, policyArn) => tags.map((t) => parseTag(t.Key, t.Value)).filter((t) => t !== void 0 && t.parts[0] === policyArn);
  return {
    id: "aws-iam-managed",
    expiry: EXPIRY_ENFORCEMENT["aws-iam-managed"],
    plan: (grant) => planManaged(grant),
    async apply(grant) {
      const spec = grant;
      const p = parsePrincipal(grant.principal);
      const policyArn = spec.grant.policyArn;
      const refs = { principal: p.arn, policyArn };
      try {
        const [tags, attached] = [await tagsOf(p), await attachedTo(p)];
        const ours = tags.find((t) => t.Key === `${TAG_PREFIX}${grant.id}`);
        const isAttached = attached.includes(policyArn);
        if (ours && isAttached) return { changed: false, refs };
        if (!ours) {
          const recorded = forPolicy(tags, policyArn);
          const standing = recorded.some((t) => t?.standing) || isAttached && recorded.length === 0;
          const tag = managedTag(spec, standing);
          if (p.kind === "user") await iam().send(new import_client_iam.TagUserCommand({ UserName: p.name, Tags: [tag] }));
          else await iam().send(new import_client_iam.TagRoleCommand({ RoleName: p.name, Tags: [tag] }));
        }
        if (!isAttached) {
          if (p.kind === "user")
            await iam().send(new import_client_iam.AttachUserPolicyCommand({ UserName: p.name, PolicyArn: policyArn }));
          else await iam().send(new import_client_iam.AttachRolePolicyCommand({ RoleName: p.name, PolicyArn: policyArn }));
          context.log(`aws-iam-managed: attached ${policyArn} to ${p.arn} (${grant.id})`);
        }
        return { changed: true, refs };
      } catch (error) {
        throw awsFailure(error, `attach ${policyArn} to ${p.arn}`);
      }
    },
    async revoke(grant, stillActive) {
      const spec = grant;
      const p = parsePrincipal(grant.principal);
      const policyArn = spec.grant.policyArn;
      const now = context.now().getTime();
      try {
        const key = `${TAG_PREFIX}${grant.id}`;
        const ours = (await tagsOf(p)).find((t) => t.Key === key);
        if (!ours) return;
        const needed = stillActive.some(
          (g) => g.id !== grant.id && g.grant.provider === "aws-iam-managed" && g.grant.policyArn === policyArn && g.principal === grant.principal && Date.parse(g.expiresAt) > now
        );
        if (!needed && !parseTag(ours.Key, ours.Value)?.standing) {
          try {
            if (p.kind === "user")
              await iam().send(new import_client_iam.DetachUserPolicyCommand({ UserName: p.name, PolicyArn: policyArn }));
            else await iam().send(new import_client_iam.DetachRolePolicyCommand({ RoleName: p.name, PolicyArn: policyArn }));
            context.log(`aws-iam-managed: detached ${policyArn} from ${p.arn} (${grant.id})`);
          } catch (error) {
            if (!isAwsError(error, "NoSuchEntity", "NoSuchEntityException")) throw error;
          }
        }
        if (p.kind === "user") await iam().send(new import_client_iam.UntagUserCommand({ UserName: p.name, TagKeys: [key] }));
        else await iam().send(new import_client_iam.UntagRoleCommand({ RoleName: p.name, TagKeys: [key] }));
      } catch (error) {
        throw awsFailure(error, `detach ${policyArn} from ${p.arn}`);
      }
    },
    listManaged: sharedListing(async () => {
      const found = [];
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
              ref: { principal: identity.arn, policyArn: parsed.parts[0], standing: String(parsed.standing) }
            });
          }
        }
      } catch (error) {
        throw awsFailure(error, "list gitjit's managed policy attachments");
      }
      return found;
    })
  };
}
var factory = (context) => createAwsManagedProvider(context);
var managed_default = factory;
export {
  createAwsManagedProvider,
  managed_default as default
};
