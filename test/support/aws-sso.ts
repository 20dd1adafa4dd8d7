/**
 * IAM Identity Center's admin API (JSON 1.1, target SWBExternalService.*) as the AWS test server
 * speaks it: permission sets with tags, and account assignments created and deleted
 * asynchronously (IN_PROGRESS, then SUCCEEDED when asked about).
 */
import { randomUUID } from "node:crypto";
import { AwsError } from "./aws-error.js";

interface Status {
  Status: "IN_PROGRESS" | "SUCCEEDED" | "FAILED";
  RequestId: string;
  TargetId: string;
  TargetType: string;
  PermissionSetArn: string;
  PrincipalType: string;
  PrincipalId: string;
  FailureReason?: string;
}

type Body = Record<string, unknown>;
const str = (body: Body, key: string) => {
  const value = body[key];
  if (typeof value !== "string" || value === "")
    throw new AwsError(400, "ValidationException", `1 validation error detected: ${key} must not be null`);
  return value;
};

export class SsoState {
  instanceArn = "arn:aws:sso:::instance/ssoins-1234567890abcdef";
  readonly permissionSets = new Map<string, Map<string, string>>();
  readonly users = new Set<string>();
  /** "account|permissionSet|principalId" */
  readonly assignments = new Set<string>();
  readonly creations = new Map<string, Status>();
  readonly deletions = new Map<string, Status>();

  addPermissionSet(arn: string) {
    this.permissionSets.set(arn, new Map());
  }

  leftovers(): string[] {
    const out: string[] = [];
    for (const [arn, tags] of this.permissionSets)
      for (const key of tags.keys()) if (key.startsWith("gitjit:")) out.push(`${arn} tag ${key}`);
    return out;
  }

  permissionSet(body: Body, key = "PermissionSetArn"): Map<string, string> {
    if (str(body, "InstanceArn") !== this.instanceArn)
      throw new AwsError(400, "ResourceNotFoundException", "Instance not found");
    const tags = this.permissionSets.get(str(body, key));
    if (!tags) throw new AwsError(400, "ResourceNotFoundException", "Permission set not found");
    return tags;
  }
}

export function handleSso(state: SsoState, operation: string, body: Body): unknown {
  switch (operation) {
    case "TagResource": {
      const tags = state.permissionSet(body, "ResourceArn");
      const next = new Map(tags);
      for (const t of (body.Tags as { Key: string; Value: string }[]) ?? []) next.set(t.Key, t.Value);
      if (next.size > 50) throw new AwsError(400, "ServiceQuotaExceededException", "Too many tags");
      for (const [k, v] of next) tags.set(k, v);
      return {};
    }
    case "UntagResource": {
      const tags = state.permissionSet(body, "ResourceArn");
      for (const k of (body.TagKeys as string[]) ?? []) tags.delete(k);
      return {};
    }
    case "ListTagsForResource": {
      const tags = state.permissionSet(body, "ResourceArn");
      return { Tags: [...tags].map(([Key, Value]) => ({ Key, Value })) };
    }
    case "ListAccountAssignments": {
      state.permissionSet(body);
      const prefix = `${str(body, "AccountId")}|${str(body, "PermissionSetArn")}|`;
      return {
        AccountAssignments: [...state.assignments]
          .filter((a) => a.startsWith(prefix))
          .map((a) => ({
            AccountId: body.AccountId,
            PermissionSetArn: body.PermissionSetArn,
            PrincipalType: "USER",
            PrincipalId: a.slice(prefix.length),
          })),
      };
    }
    case "CreateAccountAssignment":
    case "DeleteAccountAssignment": {
      state.permissionSet(body);
      if (str(body, "TargetType") !== "AWS_ACCOUNT" || str(body, "PrincipalType") !== "USER")
        throw new AwsError(400, "ValidationException", "unsupported target or principal type");
      const principalId = str(body, "PrincipalId");
      if (!state.users.has(principalId))
        throw new AwsError(400, "ResourceNotFoundException", `Principal ${principalId} not found`);
      const key = `${str(body, "TargetId")}|${body.PermissionSetArn}|${principalId}`;
      const status: Status = {
        Status: "IN_PROGRESS",
        RequestId: randomUUID(),
        TargetId: body.TargetId as string,
        TargetType: "AWS_ACCOUNT",
        PermissionSetArn: body.PermissionSetArn as string,
        PrincipalType: "USER",
        PrincipalId: principalId,
      };
      if (operation === "CreateAccountAssignment") {
        state.assignments.add(key);
        state.creations.set(status.RequestId, status);
        return { AccountAssignmentCreationStatus: status };
      }
      if (!state.assignments.delete(key)) {
        status.Status = "FAILED";
        status.FailureReason = "The account assignment does not exist";
      }
      state.deletions.set(status.RequestId, status);
      return { AccountAssignmentDeletionStatus: status };
    }
    case "DescribeAccountAssignmentCreationStatus":
    case "DescribeAccountAssignmentDeletionStatus": {
      const creation = operation.includes("Creation");
      const id = str(
        body,
        creation ? "AccountAssignmentCreationRequestId" : "AccountAssignmentDeletionRequestId",
      );
      const status = (creation ? state.creations : state.deletions).get(id);
      if (!status) throw new AwsError(400, "ResourceNotFoundException", `Request ${id} not found`);
      if (status.Status === "IN_PROGRESS") status.Status = "SUCCEEDED";
      return creation
        ? { AccountAssignmentCreationStatus: status }
        : { AccountAssignmentDeletionStatus: status };
    }
    default:
      throw new AwsError(400, "UnknownOperationException", `Unknown operation ${operation}`);
  }
}
