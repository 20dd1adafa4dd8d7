/**
 * Microsoft.Authorization as the Azure test server keeps it: PIM schedule requests and the
 * schedules they shape, plain role assignments, and the rules ARM enforces on them: role
 * definitions that exist (the public catalogue of built-in roles), principals that exist
 * (optionally only after a replication lag), one assignment per principal, role and scope (409
 * RoleAssignmentExists), request names used once (409 RoleAssignmentRequestExists), a cap on
 * assignments per subscription, and schedules that end by themselves at their expiration.
 */
import { randomUUID } from "node:crypto";
import { testdata } from "./faults.js";

const BUILT_IN = new Set(
  (testdata("iam-dataset/azure-built-in-roles.json") as { name: string }[]).map((r) => r.name.toLowerCase()),
);

export interface Properties {
  principalId: string;
  roleDefinitionId: string;
  [key: string]: unknown;
}
export interface ScheduleRequest {
  name: string;
  scope: string;
  properties: Properties & { requestType: string; justification?: string; status: string };
}
export interface Schedule {
  name: string;
  scope: string;
  principalId: string;
  roleDefinitionId: string;
  start: string;
  end?: string;
  requestName: string;
}
export interface RoleAssignment {
  name: string;
  scope: string;
  properties: Properties & { description?: string };
}

export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const guidOf = (roleDefinitionId: string) => roleDefinitionId.split("/").pop()?.toLowerCase() ?? "";
const subscriptionOf = (scope: string) => /^\/subscriptions\/[^/]+/i.exec(scope)?.[0] ?? "tenant";

export class ArmState {
  readonly requests = new Map<string, ScheduleRequest>();
  readonly schedules: Schedule[] = [];
  readonly assignments = new Map<string, RoleAssignment>();
  /** Principal id → requests still to refuse with PrincipalNotFound (replication lag). */
  readonly principals = new Map<string, number>();
  assignmentLimit = 4000;
  now = () => new Date();

  addPrincipal(id: string, lag = 0) {
    this.principals.set(id.toLowerCase(), lag);
  }

  /** Schedules still in force: a schedule past its end is over, as in Azure. */
  active(): Schedule[] {
    const now = this.now().getTime();
    return this.schedules.filter((s) => s.end === undefined || Date.parse(s.end) > now);
  }

  gitjitLeftovers(): string[] {
    const fromGitjit = (name: string) =>
      this.requests.get(name)?.properties.justification?.startsWith("gitjit ");
    return [
      ...this.active()
        .filter((s) => fromGitjit(s.requestName))
        .map((s) => `schedule ${s.scope} ${s.principalId}`),
      ...[...this.assignments.values()]
        .filter((a) => a.properties.description?.startsWith("gitjit "))
        .map((a) => `assignment ${a.scope} ${a.properties.principalId}`),
    ];
  }

  /** One ARM call: [status, body]; refusals are thrown as ArmError. */
  route(
    method: string,
    scope: string,
    collection: string,
    name: string | undefined,
    body: { properties?: Properties & Record<string, unknown> },
    url: URL,
  ): [number, unknown] {
    const filter = /principalId eq '([^']+)'/.exec(url.searchParams.get("$filter") ?? "")?.[1]?.toLowerCase();
    const under = (s: string) =>
      s.toLowerCase() === scope.toLowerCase() || s.toLowerCase().startsWith(`${scope.toLowerCase()}/`);
    if (collection === "roleAssignmentSchedules" && method === "GET" && !name)
      return [
        200,
        {
          value: this.active()
            .filter((s) => under(s.scope) && (!filter || s.principalId === filter))
            .map((s) => this.scheduleJson(s)),
        },
      ];
    if (collection === "roleAssignmentScheduleRequests") {
      if (method === "GET" && !name)
        return [
          200,
          {
            value: [...this.requests.values()].filter((r) => under(r.scope)).map((r) => this.requestJson(r)),
          },
        ];
      const stored = this.requests.get(name ?? "");
      if (method === "GET") {
        if (!stored || stored.scope !== scope)
          throw new ArmError(404, "RoleAssignmentScheduleRequestNotFound", `Request ${name} not found.`);
        return [200, this.requestJson(stored)];
      }
      if (method === "PUT")
        return [201, this.requestJson(this.scheduleRequest(scope, name ?? "", body.properties))];
    }
    if (collection === "roleAssignments") {
      if (method === "GET" && !name)
        return [
          200,
          {
            value: [...this.assignments.values()]
              .filter((a) => under(a.scope) && (!filter || a.properties.principalId === filter))
              .map((a) => this.assignmentJson(a)),
          },
        ];
      const key = `${scope}|${name}`.toLowerCase();
      if (method === "DELETE") {
        const existing = this.assignments.get(key);
        if (!existing) return [204, undefined];
        this.assignments.delete(key);
        return [200, this.assignmentJson(existing)];
      }
      if (method === "PUT")
        return [201, this.assignmentJson(this.roleAssignment(scope, name ?? "", body.properties))];
    }
    throw new ArmError(405, "MethodNotAllowed", `${method} is not supported here.`);
  }

  private check(scope: string, p: Properties | undefined): { principalId: string; roleDefinitionId: string } {
    if (!p?.principalId || !p.roleDefinitionId)
      throw new ArmError(400, "InvalidRequest", "principalId and roleDefinitionId are required.");
    if (!BUILT_IN.has(guidOf(p.roleDefinitionId)))
      throw new ArmError(
        404,
        "RoleDefinitionDoesNotExist",
        `The specified role definition with ID '${guidOf(p.roleDefinitionId)}' does not exist.`,
      );
    const principalId = p.principalId.toLowerCase();
    const lag = this.principals.get(principalId);
    if (lag === undefined || lag > 0) {
      if (lag) this.principals.set(principalId, lag - 1);
      throw new ArmError(
        400,
        "PrincipalNotFound",
        `Principal ${p.principalId} does not exist in the directory.`,
      );
    }
    if (!scope.startsWith("/subscriptions/") && !scope.startsWith("/providers/Microsoft.Management/"))
      throw new ArmError(400, "InvalidScope", `${scope} is not a valid scope.`);
    return { principalId, roleDefinitionId: p.roleDefinitionId };
  }

  private count(scope: string) {
    const sub = subscriptionOf(scope);
    return (
      this.active().filter((s) => subscriptionOf(s.scope) === sub).length +
      [...this.assignments.values()].filter((a) => subscriptionOf(a.scope) === sub).length
    );
  }

  private scheduleRequest(
    scope: string,
    name: string,
    p: (Properties & Record<string, unknown>) | undefined,
  ): ScheduleRequest {
    if (this.requests.has(name))
      throw new ArmError(
        409,
        "RoleAssignmentRequestExists",
        `A role assignment request with Id: ${name} already exists.`,
      );
    const { principalId, roleDefinitionId } = this.check(scope, p);
    const type = p?.requestType as string;
    const info = p?.scheduleInfo as
      | { startDateTime?: string; expiration?: { type?: string; endDateTime?: string } }
      | undefined;
    const same = (s: Schedule) =>
      s.scope.toLowerCase() === scope.toLowerCase() &&
      s.principalId === principalId &&
      guidOf(s.roleDefinitionId) === guidOf(roleDefinitionId);
    const existing = this.active().find(same);
    if (type === "AdminAssign" || type === "AdminUpdate") {
      const start = info?.startDateTime;
      const end = info?.expiration?.endDateTime;
      if (!start || Number.isNaN(Date.parse(start)))
        throw new ArmError(400, "InvalidSchedule", "scheduleInfo.startDateTime is required.");
      if (info?.expiration?.type === "AfterDateTime" && (!end || Date.parse(end) <= Date.parse(start)))
        throw new ArmError(400, "InvalidSchedule", "The expiration must be after the start.");
      if (type === "AdminAssign") {
        if (existing) throw new ArmError(409, "RoleAssignmentExists", "The Role assignment already exists.");
        if (this.count(scope) >= this.assignmentLimit)
          throw new ArmError(400, "RoleAssignmentLimitExceeded", "No more role assignments can be created.");
        this.schedules.push({
          name: randomUUID(),
          scope,
          principalId,
          roleDefinitionId,
          start,
          ...(end ? { end } : {}),
          requestName: name,
        });
      } else {
        if (!existing)
          throw new ArmError(400, "RoleAssignmentDoesNotExist", "The Role assignment does not exist.");
        existing.start = start;
        if (end) existing.end = end;
        else delete existing.end;
        existing.requestName = name;
      }
    } else if (type === "AdminRemove") {
      if (!existing)
        throw new ArmError(400, "RoleAssignmentDoesNotExist", "The Role assignment does not exist.");
      this.schedules.splice(this.schedules.indexOf(existing), 1);
    } else throw new ArmError(400, "InvalidRequestType", `requestType ${type} is not supported here.`);
    const request: ScheduleRequest = {
      name,
      scope,
      properties: {
        ...(p as Properties),
        principalId,
        roleDefinitionId,
        requestType: type,
        status: type === "AdminRemove" ? "Revoked" : "Provisioned",
      },
    };
    this.requests.set(name, request);
    return request;
  }

  private roleAssignment(scope: string, name: string, p: Properties | undefined): RoleAssignment {
    const { principalId, roleDefinitionId } = this.check(scope, p);
    const clash = [...this.assignments.values()].find(
      (a) =>
        a.scope.toLowerCase() === scope.toLowerCase() &&
        a.properties.principalId === principalId &&
        guidOf(a.properties.roleDefinitionId) === guidOf(roleDefinitionId),
    );
    if (clash) throw new ArmError(409, "RoleAssignmentExists", "The role assignment already exists.");
    if (this.count(scope) >= this.assignmentLimit)
      throw new ArmError(400, "RoleAssignmentLimitExceeded", "No more role assignments can be created.");
    const assignment: RoleAssignment = {
      name,
      scope,
      properties: { ...(p as Properties), principalId, roleDefinitionId },
    };
    this.assignments.set(`${scope}|${name}`.toLowerCase(), assignment);
    return assignment;
  }

  private requestJson(r: ScheduleRequest) {
    const id = `${r.scope}/providers/Microsoft.Authorization/roleAssignmentScheduleRequests/${r.name}`;
    return {
      id,
      name: r.name,
      type: "Microsoft.Authorization/RoleAssignmentScheduleRequests",
      properties: { ...r.properties, scope: r.scope, createdOn: new Date().toISOString() },
    };
  }

  private scheduleJson(s: Schedule) {
    return {
      id: `${s.scope}/providers/Microsoft.Authorization/roleAssignmentSchedules/${s.name}`,
      name: s.name,
      type: "Microsoft.Authorization/RoleAssignmentSchedules",
      properties: {
        scope: s.scope,
        principalId: s.principalId,
        roleDefinitionId: s.roleDefinitionId,
        roleAssignmentScheduleRequestId: `${s.scope}/providers/Microsoft.Authorization/roleAssignmentScheduleRequests/${s.requestName}`,
        startDateTime: s.start,
        ...(s.end ? { endDateTime: s.end } : {}),
        status: "Provisioned",
        assignmentType: "Assigned",
        memberType: "Direct",
      },
    };
  }

  private assignmentJson(a: RoleAssignment) {
    return {
      id: `${a.scope}/providers/Microsoft.Authorization/roleAssignments/${a.name}`,
      name: a.name,
      type: "Microsoft.Authorization/roleAssignments",
      properties: { ...a.properties, scope: a.scope },
    };
  }
}
