/**
 * A loopback stand-in for AWS IAM (Query protocol, XML answers) and IAM Identity Center's admin
 * API (JSON 1.1), enough for gitjit's calls, enforcing what AWS enforces: requests must be signed,
 * principals and managed policies must exist, inline policies of one identity together fit in
 * 2,048 (user) or 10,240 (role) characters without whitespace, 50 tags per resource; it throttles
 * and fails on demand.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { AwsError } from "./aws-error.js";
import { evaluate, isDateOperator, type PolicyStatement } from "./aws-policy-eval.js";
import { handleSso, SsoState } from "./aws-sso.js";
import { type FaultKind, Faults, Hanging, readBody } from "./faults.js";

export { AwsError };

export const ACCOUNT = "123456789012";
const XMLNS = "https://iam.amazonaws.com/doc/2010-05-08/";
const LIMITS = { user: 2048, role: 10240 } as const;
const MAX_TAGS = 50;

export interface IamPrincipal {
  kind: "user" | "role";
  name: string;
  arn: string;
  id: string;
  inline: Map<string, string>;
  attached: Set<string>;
  tags: Map<string, string>;
}

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const el = (name: string, value: string | number | boolean) => `<${name}>${esc(String(value))}</${name}>`;
const members = (items: readonly string[]) => items.map((i) => `<member>${i}</member>`).join("");

/** Query-protocol list parameters: Name.member.1, Name.member.2 ... (or Name.member.N.Field). */
function memberList(params: URLSearchParams, name: string, field?: string): string[] {
  const out: string[] = [];
  for (let i = 1; ; i++) {
    const value = params.get(`${name}.member.${i}${field ? `.${field}` : ""}`);
    if (value === null) return out;
    out.push(value);
  }
}

export class AwsTestServer {
  readonly faults = new Faults();
  readonly principals = new Map<string, IamPrincipal>();
  readonly managedPolicies = new Set<string>(["arn:aws:iam::aws:policy/ReadOnlyAccess"]);
  readonly sso = new SsoState();
  readonly calls = new Map<string, number>();
  private hanging = new Hanging();
  private constructor(
    private server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<AwsTestServer> {
    let self: AwsTestServer | undefined;
    const server = createServer((req, res) => {
      self?.handle(req, res).catch((error) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    self = new AwsTestServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return self;
  }

  async close() {
    this.hanging.cutAll();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  addPrincipal(kind: "user" | "role", name: string): IamPrincipal {
    const principal: IamPrincipal = {
      kind,
      name,
      arn: `arn:aws:iam::${ACCOUNT}:${kind}/${name}`,
      id: `${kind === "user" ? "AIDA" : "AROA"}${randomUUID().replace(/-/g, "").slice(0, 17).toUpperCase()}`,
      inline: new Map(),
      attached: new Set(),
      tags: new Map(),
    };
    this.principals.set(`${kind}/${name}`, principal);
    return principal;
  }

  /** The grants gitjit left on the account: inline policies, tags and what they attached. */
  gitjitLeftovers(): string[] {
    const out: string[] = [];
    for (const p of this.principals.values()) {
      for (const name of p.inline.keys()) if (name.startsWith("gitjit-")) out.push(`${p.arn} policy ${name}`);
      for (const key of p.tags.keys()) if (key.startsWith("gitjit:")) out.push(`${p.arn} tag ${key}`);
    }
    return [...out, ...this.sso.leftovers()];
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req);
    const target = req.headers["x-amz-target"];
    const json = typeof target === "string";
    const operation = json
      ? (target.split(".").pop() ?? "")
      : (new URLSearchParams(body).get("Action") ?? "");
    this.calls.set(operation, (this.calls.get(operation) ?? 0) + 1);
    const send = (status: number, text: string) => {
      res.writeHead(status, {
        "content-type": json ? "application/x-amz-json-1.1" : "text/xml",
        "x-amzn-requestid": randomUUID(),
      });
      res.end(text);
    };
    const fail = (e: AwsError) =>
      json
        ? send(e.status, JSON.stringify({ __type: e.code, message: e.message }))
        : send(
            e.status,
            `<ErrorResponse xmlns="${XMLNS}"><Error><Type>${e.status >= 500 ? "Receiver" : "Sender"}</Type>${el("Code", e.code)}${el("Message", e.message)}</Error>${el("RequestId", randomUUID())}</ErrorResponse>`,
          );

    if (!/^AWS4-HMAC-SHA256 Credential=[A-Z0-9]+\//.test(req.headers.authorization ?? ""))
      return fail(new AwsError(403, "MissingAuthenticationToken", "Request is missing Authentication Token"));
    const faultable: FaultKind[] =
      operation === "SimulatePrincipalPolicy" ? [] : ["throttle", "error", "timeout", "drop"];
    const fault = this.faults.next(faultable);
    if (fault && !fault.afterWrite) {
      if (fault.kind === "throttle")
        return fail(new AwsError(400, json ? "ThrottlingException" : "Throttling", "Rate exceeded"));
      if (fault.kind === "error") return fail(new AwsError(503, "ServiceUnavailable", "Service unavailable"));
      return this.hanging.hold(res);
    }
    let answer: string;
    try {
      answer = json
        ? JSON.stringify(handleSso(this.sso, operation, JSON.parse(body || "{}")))
        : this.iam(operation, new URLSearchParams(body));
    } catch (error) {
      if (error instanceof AwsError) return fail(error);
      throw error;
    }
    if (fault?.afterWrite) {
      if (fault.kind === "drop") return res.socket?.destroy();
      return this.hanging.hold(res);
    }
    send(200, answer);
  }

  private principal(params: URLSearchParams): IamPrincipal {
    const user = params.get("UserName");
    const key = user !== null ? `user/${user}` : `role/${params.get("RoleName")}`;
    const found = this.principals.get(key);
    if (!found)
      throw new AwsError(404, "NoSuchEntity", `The ${key.replace("/", " with name ")} cannot be found.`);
    return found;
  }

  private iam(action: string, params: URLSearchParams): string {
    const respond = (inner = "") =>
      `<${action}Response xmlns="${XMLNS}">${inner ? `<${action}Result>${inner}</${action}Result>` : ""}<ResponseMetadata>${el("RequestId", randomUUID())}</ResponseMetadata></${action}Response>`;
    switch (action) {
      case "PutUserPolicy":
      case "PutRolePolicy": {
        const p = this.principal(params);
        const name = params.get("PolicyName") ?? "";
        const document = params.get("PolicyDocument") ?? "";
        checkDocument(document);
        const others = [...p.inline].filter(([n]) => n !== name).map(([, d]) => d);
        const size = [...others, document].reduce((sum, d) => sum + d.replace(/\s/g, "").length, 0);
        if (size > LIMITS[p.kind])
          throw new AwsError(
            409,
            "LimitExceeded",
            `Maximum policy size of ${LIMITS[p.kind]} bytes exceeded for ${p.kind} ${p.name}`,
          );
        p.inline.set(name, document);
        return respond();
      }
      case "GetUserPolicy":
      case "GetRolePolicy": {
        const p = this.principal(params);
        const name = params.get("PolicyName") ?? "";
        const document = p.inline.get(name);
        if (document === undefined)
          throw new AwsError(404, "NoSuchEntity", `The ${p.kind} policy with name ${name} cannot be found.`);
        const who = p.kind === "user" ? el("UserName", p.name) : el("RoleName", p.name);
        return respond(
          `${who}${el("PolicyName", name)}${el("PolicyDocument", encodeURIComponent(document))}`,
        );
      }
      case "DeleteUserPolicy":
      case "DeleteRolePolicy": {
        const p = this.principal(params);
        const name = params.get("PolicyName") ?? "";
        if (!p.inline.delete(name))
          throw new AwsError(404, "NoSuchEntity", `The ${p.kind} policy with name ${name} cannot be found.`);
        return respond();
      }
      case "TagUser":
      case "TagRole": {
        const p = this.principal(params);
        const keys = memberList(params, "Tags", "Key");
        const values = memberList(params, "Tags", "Value");
        const next = new Map(p.tags);
        for (const [i, k] of keys.entries()) next.set(k, values[i] ?? "");
        if (next.size > MAX_TAGS)
          throw new AwsError(
            409,
            "LimitExceeded",
            `The number of tags has reached the maximum limit of ${MAX_TAGS}.`,
          );
        for (const [k, v] of next) {
          if (k.length > 128 || v.length > 256 || !/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u.test(v))
            throw new AwsError(400, "InvalidInput", `1 validation error detected: tag ${k}`);
        }
        p.tags = next;
        return respond();
      }
      case "UntagUser":
      case "UntagRole": {
        const p = this.principal(params);
        for (const k of memberList(params, "TagKeys")) p.tags.delete(k);
        return respond();
      }
      case "ListUserTags":
      case "ListRoleTags": {
        const p = this.principal(params);
        const tags = [...p.tags].map(([k, v]) => `${el("Key", k)}${el("Value", v)}`);
        return respond(`<Tags>${members(tags)}</Tags>${el("IsTruncated", false)}`);
      }
      case "AttachUserPolicy":
      case "AttachRolePolicy": {
        const p = this.principal(params);
        const arn = params.get("PolicyArn") ?? "";
        if (!this.managedPolicies.has(arn))
          throw new AwsError(404, "NoSuchEntity", `Policy ${arn} does not exist or is not attachable.`);
        p.attached.add(arn);
        return respond();
      }
      case "DetachUserPolicy":
      case "DetachRolePolicy": {
        const p = this.principal(params);
        const arn = params.get("PolicyArn") ?? "";
        if (!p.attached.delete(arn)) throw new AwsError(404, "NoSuchEntity", `Policy ${arn} was not found.`);
        return respond();
      }
      case "ListAttachedUserPolicies":
      case "ListAttachedRolePolicies": {
        const p = this.principal(params);
        const items = [...p.attached].map(
          (a) => `${el("PolicyName", a.split("/").pop() ?? a)}${el("PolicyArn", a)}`,
        );
        return respond(`<AttachedPolicies>${members(items)}</AttachedPolicies>${el("IsTruncated", false)}`);
      }
      case "GetAccountAuthorizationDetails":
        return respond(this.authorizationDetails(params));
      case "SimulatePrincipalPolicy":
        return respond(this.simulate(params));
      default:
        throw new AwsError(400, "InvalidAction", `Could not find operation ${action} for version 2010-05-08`);
    }
  }

  /** Users and roles with their inline policies, attachments and tags, a page at a time. */
  private authorizationDetails(params: URLSearchParams): string {
    const filter = memberList(params, "Filter");
    const all = [...this.principals.values()].filter(
      (p) => filter.length === 0 || filter.includes(p.kind === "user" ? "User" : "Role"),
    );
    const start = Number(params.get("Marker") ?? 0);
    const max = Number(params.get("MaxItems") ?? 100);
    const page = all.slice(start, start + Math.min(max, 20));
    const truncated = start + page.length < all.length;
    const detail = (p: IamPrincipal) => {
      const kind = p.kind === "user" ? "User" : "Role";
      const inline = [...p.inline].map(
        ([n, d]) => `${el("PolicyName", n)}${el("PolicyDocument", encodeURIComponent(d))}`,
      );
      const attached = [...p.attached].map(
        (a) => `${el("PolicyName", a.split("/").pop() ?? a)}${el("PolicyArn", a)}`,
      );
      const tags = [...p.tags].map(([k, v]) => `${el("Key", k)}${el("Value", v)}`);
      return (
        `${el("Path", "/")}${el(`${kind}Name`, p.name)}${el(`${kind}Id`, p.id)}${el("Arn", p.arn)}` +
        `${el("CreateDate", "2026-01-01T00:00:00Z")}<${kind}PolicyList>${members(inline)}</${kind}PolicyList>` +
        `<AttachedManagedPolicies>${members(attached)}</AttachedManagedPolicies><Tags>${members(tags)}</Tags>`
      );
    };
    const users = page.filter((p) => p.kind === "user").map(detail);
    const roles = page.filter((p) => p.kind === "role").map(detail);
    return (
      `<UserDetailList>${members(users)}</UserDetailList><RoleDetailList>${members(roles)}</RoleDetailList>` +
      `<GroupDetailList/><Policies/>${el("IsTruncated", truncated)}${truncated ? el("Marker", String(start + page.length)) : ""}`
    );
  }

  private simulate(params: URLSearchParams): string {
    const arn = params.get("PolicySourceArn") ?? "";
    const principal = [...this.principals.values()].find((p) => p.arn === arn);
    if (!principal) throw new AwsError(404, "NoSuchEntity", `${arn} cannot be found.`);
    const statements = [...principal.inline.values()].flatMap(
      (d) => (JSON.parse(d) as { Statement: PolicyStatement[] }).Statement,
    );
    const context = new Map<string, string>();
    for (let i = 1; params.has(`ContextEntries.member.${i}.ContextKeyName`); i++) {
      const key = params.get(`ContextEntries.member.${i}.ContextKeyName`) ?? "";
      const value = params.get(`ContextEntries.member.${i}.ContextKeyValues.member.1`) ?? "";
      context.set(key.toLowerCase(), value);
    }
    const resources = memberList(params, "ResourceArns");
    const results = memberList(params, "ActionNames").flatMap((action) =>
      (resources.length ? resources : ["*"]).map(
        (resource) =>
          `${el("EvalActionName", action)}${el("EvalResourceName", resource)}${el("EvalDecision", evaluate(statements, action, resource, context))}`,
      ),
    );
    return `<EvaluationResults>${members(results)}</EvaluationResults>${el("IsTruncated", false)}`;
  }
}

/** What IAM checks in a policy document before storing it. */
function checkDocument(text: string) {
  const bad = (why: string) => new AwsError(400, "MalformedPolicyDocument", why);
  let doc: { Version?: string; Statement?: PolicyStatement[] };
  try {
    doc = JSON.parse(text);
  } catch {
    throw bad("Syntax errors in policy.");
  }
  if (doc.Version !== "2012-10-17" || !Array.isArray(doc.Statement) || doc.Statement.length === 0)
    throw bad("The policy must have Version 2012-10-17 and at least one statement.");
  for (const s of doc.Statement) {
    if (s.Effect !== "Allow" && s.Effect !== "Deny") throw bad("Policy statement must contain an Effect.");
    if (!s.Action || !s.Resource) throw bad("Policy statement must contain actions and resources.");
    for (const [operator, keys] of Object.entries(s.Condition ?? {})) {
      if (!isDateOperator(operator))
        throw bad(`Unsupported condition operator ${operator} in this test server.`);
      for (const value of Object.values(keys).flat())
        if (Number.isNaN(Date.parse(value))) throw bad(`Invalid date ${value} in condition.`);
    }
  }
}
