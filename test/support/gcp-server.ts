/**
 * A loopback stand-in for Cloud Resource Manager v3's IAM methods over REST (JSON), enforcing
 * what GCP enforces: a bearer token, version 3 for any conditional binding (and a version-1
 * read flattens conditions into "_withcond_" roles), a stale etag is refused with 409 ABORTED,
 * roles must exist (the public catalogue of predefined roles, or a custom role name), basic roles
 * take no condition, a condition must parse as CEL, and one principal may hold a role under at
 * most 20 conditions. It throttles, fails, hangs, cuts connections and writes concurrently on demand.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parse } from "@bufbuild/cel";
import { Faults, Hanging, readBody, testdata } from "./faults.js";

export interface Binding {
  role: string;
  members: string[];
  condition?: { title?: string; description?: string; expression: string };
}
interface StoredPolicy {
  version: number;
  bindings: Binding[];
  serial: number;
}

const PREDEFINED = new Set(
  (testdata("iam-dataset/gcp-predefined-roles.json") as { name: string }[]).map((r) => r.name),
);
const CUSTOM_ROLE =
  /^(projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]|organizations\/[0-9]+)\/roles\/[A-Za-z0-9_.]{3,64}$/;
const BASIC = new Set(["roles/owner", "roles/editor", "roles/viewer"]);
const PATH = /^\/v3\/((?:projects|folders|organizations)\/[^/:]+):(getIamPolicy|setIamPolicy)$/;

class GcpError extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    message: string,
  ) {
    super(message);
  }
}

const etagOf = (resource: string, serial: number) =>
  createHash("sha256").update(`${resource}#${serial}`).digest().subarray(0, 8).toString("base64");

export class GcpTestServer {
  readonly faults = new Faults();
  readonly policies = new Map<string, StoredPolicy>();
  /** The x-goog-request-reason header of each setIamPolicy call. */
  readonly reasons: string[] = [];
  concurrentWrites = 0;
  readonly hanging = new Hanging();
  private constructor(
    private server: Server,
    readonly port: number,
  ) {}

  static async start(): Promise<GcpTestServer> {
    let self: GcpTestServer | undefined;
    const server = createServer((req, res) => {
      self?.handle(req, res).catch((error) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    self = new GcpTestServer(server, (server.address() as AddressInfo).port);
    return self;
  }

  async close() {
    this.hanging.cutAll();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  addResource(name: string, bindings: Binding[] = []) {
    this.policies.set(name, { version: bindings.some((b) => b.condition) ? 3 : 1, bindings, serial: 1 });
  }

  bindings(resource: string): Binding[] {
    return structuredClone(this.policies.get(resource)?.bindings ?? []);
  }

  gitjitLeftovers(): string[] {
    return [...this.policies].flatMap(([resource, p]) =>
      p.bindings
        .filter((b) => b.condition?.title?.startsWith("gitjit "))
        .map((b) => `${resource} ${b.role} ${b.condition?.title}`),
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req);
    const send = (status: number, value: unknown) => {
      res.writeHead(status, { "content-type": "application/json; charset=UTF-8" });
      res.end(JSON.stringify(value));
    };
    const fail = (e: GcpError) =>
      send(e.code, { error: { code: e.code, message: e.message, status: e.status } });
    const match = PATH.exec(req.url?.split("?")[0] ?? "");
    if (req.method !== "POST" || !match)
      return fail(new GcpError(404, "NOT_FOUND", `No route for ${req.url}`));
    if (!/^Bearer \S+$/.test(req.headers.authorization ?? ""))
      return fail(new GcpError(401, "UNAUTHENTICATED", "Request had invalid authentication credentials."));
    const [, resource, method] = match as unknown as [string, string, string];
    const fault = this.faults.next(
      method === "setIamPolicy"
        ? ["throttle", "error", "timeout", "drop", "conflict"]
        : ["throttle", "error", "timeout"],
    );
    if (fault && !fault.afterWrite) {
      if (fault.kind === "throttle")
        return fail(
          new GcpError(429, "RESOURCE_EXHAUSTED", "Quota exceeded for quota metric 'Write requests'."),
        );
      if (fault.kind === "error")
        return fail(new GcpError(503, "UNAVAILABLE", "The service is currently unavailable."));
      if (fault.kind !== "conflict") return this.hanging.hold(res);
      // Another writer got in first; GCP says so with 409 ABORTED (the etag check below) or 412.
      this.concurrentWrite(resource);
      if (this.concurrentWrites % 2 === 0)
        return fail(
          new GcpError(412, "FAILED_PRECONDITION", "Request had a stale etag; read the policy again."),
        );
    }
    let answer: unknown;
    try {
      const request = JSON.parse(body || "{}");
      if (method === "setIamPolicy") {
        const reason = req.headers["x-goog-request-reason"];
        if (typeof reason === "string") this.reasons.push(reason);
      }
      answer = method === "getIamPolicy" ? this.get(resource, request) : this.set(resource, request);
    } catch (error) {
      if (error instanceof GcpError) return fail(error);
      throw error;
    }
    if (fault?.afterWrite) {
      if (fault.kind === "drop") return res.socket?.destroy();
      return this.hanging.hold(res);
    }
    send(200, answer);
  }

  private stored(resource: string): StoredPolicy {
    const policy = this.policies.get(resource);
    if (!policy)
      throw new GcpError(
        403,
        "PERMISSION_DENIED",
        `The caller does not have permission, or ${resource} does not exist.`,
      );
    return policy;
  }

  /** Another administrator changes the policy between gitjit's read and write. */
  private concurrentWrite(resource: string) {
    const policy = this.stored(resource);
    policy.bindings.push({
      role: "roles/browser",
      members: [`user:concurrent-${++this.concurrentWrites}@acme.example`],
    });
    policy.serial++;
  }

  private get(resource: string, request: { options?: { requestedPolicyVersion?: number } }) {
    const policy = this.stored(resource);
    const requested = request.options?.requestedPolicyVersion ?? 0;
    const flatten = requested < 3 && policy.bindings.some((b) => b.condition);
    const bindings = policy.bindings.map((b) =>
      flatten && b.condition
        ? {
            role: `${b.role}_withcond_${createHash("sha1").update(b.condition.expression).digest("hex").slice(0, 20)}`,
            members: b.members,
          }
        : b,
    );
    return {
      version: flatten ? 1 : policy.version,
      etag: etagOf(resource, policy.serial),
      ...(bindings.length ? { bindings } : {}),
    };
  }

  private set(
    resource: string,
    request: { policy?: { version?: number; etag?: string; bindings?: Binding[] } },
  ) {
    const current = this.stored(resource);
    const next = request.policy ?? {};
    const invalid = (message: string) => new GcpError(400, "INVALID_ARGUMENT", message);
    if (next.etag !== undefined && next.etag !== etagOf(resource, current.serial))
      throw new GcpError(
        409,
        "ABORTED",
        "There were concurrent policy changes. Please retry the whole read-modify-write with exponential backoff.",
      );
    // proto3: an empty string is the same as no value, as GCP stores it.
    const bindings = (next.bindings ?? []).map((b) =>
      b.condition
        ? {
            ...b,
            condition: Object.fromEntries(
              Object.entries(b.condition).filter(([, v]) => v !== ""),
            ) as Binding["condition"],
          }
        : b,
    );
    const version = next.version ?? 1;
    const perPrincipal = new Map<string, number>();
    for (const b of bindings) {
      if (/_withcond_/.test(b.role))
        throw invalid(
          `Role ${b.role} is not a role: conditional bindings need policy version 3 to be read and written.`,
        );
      if (!PREDEFINED.has(b.role) && !CUSTOM_ROLE.test(b.role))
        throw invalid(`Role ${b.role} is not supported for this resource.`);
      if (!b.members?.length) throw invalid(`Binding for ${b.role} has no members.`);
      if (!b.condition) continue;
      if (!b.condition.expression) throw invalid("A condition needs an expression.");
      if (version < 3)
        throw invalid("Conditional bindings require policy version 3; set policy.version to 3.");
      if (BASIC.has(b.role)) throw invalid(`Conditions are not supported for the basic role ${b.role}.`);
      if ((b.condition.title ?? "").length > 100)
        throw invalid("Condition title is longer than 100 characters.");
      try {
        parse(b.condition.expression);
      } catch (error) {
        throw invalid(`Condition expression does not parse: ${(error as Error).message}`);
      }
      for (const m of b.members) {
        const key = `${b.role} ${m}`;
        perPrincipal.set(key, (perPrincipal.get(key) ?? 0) + 1);
        if ((perPrincipal.get(key) ?? 0) > 20)
          throw invalid(`${m} holds ${b.role} under more than 20 conditions.`);
      }
    }
    current.bindings = structuredClone(bindings);
    current.version = bindings.some((b) => b.condition) ? 3 : version;
    current.serial++;
    return this.get(resource, { options: { requestedPolicyVersion: 3 } });
  }
}
