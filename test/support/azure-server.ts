/**
 * A loopback stand-in for Azure Resource Manager's Microsoft.Authorization API over HTTPS (a
 * certificate made at start), enough for PIM role assignment schedule requests and plain role
 * assignments. Over the rules of ./azure-arm.ts it enforces a bearer token and the api-version,
 * and it throttles (429 with Retry-After), fails, hangs and cuts connections on demand.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import selfsigned from "selfsigned";
import { ArmError, ArmState } from "./azure-arm.js";
import { Faults, Hanging, readBody } from "./faults.js";

export type { RoleAssignment, Schedule, ScheduleRequest } from "./azure-arm.js";

const ROUTE =
  /^(.*)\/providers\/Microsoft\.Authorization\/(roleAssignmentScheduleRequests|roleAssignmentSchedules|roleAssignments)(?:\/([^/]+))?$/;
const API_VERSIONS: Record<string, string> = {
  roleAssignmentScheduleRequests: "2020-10-01",
  roleAssignmentSchedules: "2020-10-01",
  roleAssignments: "2022-04-01",
};

/** A token the test controls; the server only checks that one is sent. */
export const testCredential = {
  getToken: async () => ({ token: "test-token", expiresOnTimestamp: Date.now() + 3_600_000 }),
};

export class AzureTestServer extends ArmState {
  readonly faults = new Faults();
  /** Raw bodies of every PUT, as received. */
  readonly received: { path: string; body: unknown }[] = [];
  private hanging = new Hanging();
  private constructor(
    private server: Server,
    readonly url: string,
    readonly ca: string,
  ) {
    super();
  }

  static async start(): Promise<AzureTestServer> {
    const pems = await selfsigned.generate([{ name: "commonName", value: "127.0.0.1" }], {
      keyType: "ec",
      curve: "P-256",
      extensions: [{ name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }] }],
    });
    let self: AzureTestServer | undefined;
    const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
      self?.handle(req, res).catch((error) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    self = new AzureTestServer(
      server,
      `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
      pems.cert,
    );
    return self;
  }

  async close() {
    this.hanging.cutAll();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req);
    // The SDK joins "/{scope}" with a scope that starts with "/": ARM takes "//subscriptions/…" as "/subscriptions/…".
    const url = new URL((req.url ?? "/").replace(/^\/+/, "/"), this.url);
    const send = (status: number, value?: unknown) => {
      res.writeHead(status, {
        "content-type": "application/json; charset=utf-8",
        "x-ms-request-id": randomUUID(),
      });
      res.end(value === undefined ? "" : JSON.stringify(value));
    };
    const fail = (e: ArmError) => send(e.status, { error: { code: e.code, message: e.message } });
    if (!/^Bearer \S+$/.test(req.headers.authorization ?? ""))
      return fail(
        new ArmError(
          401,
          "AuthenticationFailed",
          "Authentication failed. The 'Authorization' header is missing.",
        ),
      );
    const match = ROUTE.exec(decodeURIComponent(url.pathname));
    if (!match) return fail(new ArmError(404, "NotFound", `No route for ${url.pathname}`));
    const [, scope, collection, name] = match as unknown as [string, string, string, string | undefined];
    if (url.searchParams.get("api-version") !== API_VERSIONS[collection])
      return fail(
        new ArmError(
          400,
          "InvalidApiVersionParameter",
          `The api-version is not supported for ${collection}.`,
        ),
      );
    const fault = this.faults.next(["throttle", "error", "timeout", "drop"]);
    if (fault && !fault.afterWrite) {
      if (fault.kind === "throttle") {
        res.setHeader("retry-after", "0");
        return fail(new ArmError(429, "TooManyRequests", "The request is being throttled."));
      }
      if (fault.kind === "error")
        return fail(new ArmError(503, "ServiceUnavailable", "The service is unavailable."));
      return this.hanging.hold(res);
    }
    let status = 200;
    let answer: unknown;
    try {
      if (req.method === "PUT") this.received.push({ path: url.pathname, body: JSON.parse(body) });
      [status, answer] = this.route(
        req.method ?? "GET",
        scope,
        collection,
        name,
        body ? JSON.parse(body) : {},
        url,
      );
    } catch (error) {
      if (error instanceof ArmError) return fail(error);
      throw error;
    }
    if (fault?.afterWrite) {
      if (fault.kind === "drop") return res.socket?.destroy();
      return this.hanging.hold(res);
    }
    send(status, answer);
  }
}
