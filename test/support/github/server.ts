/**
 * A GitHub REST API test server on loopback: the real Octokit talks to it over HTTP. It serves
 * pull requests, their files and reviews, team members, collaborator permissions, contents at a
 * ref, commit statuses and check runs, issue comments and events, the token's own account, the pull
 * requests of a commit, users' public SSH keys and the rate limit (whose answer, like every answer,
 * carries GitHub's time in its Date header: `clockOffsetMs` sets the server's clock off from this
 * machine's), with GitHub's pagination (Link headers, per_page up to 100), an optional path prefix
 * (GitHub Enterprise's /api/v3), token checks (a read-only token's writes refused),
 * injected faults, and an optional latency (every answer held back, as a distant API's would be).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { buildRoutes, DOCS, notFound, type Reply } from "./routes.js";
import { GitHubState } from "./state.js";

export interface Fault {
  method?: string;
  path: RegExp;
  /** How many matching requests fail before the fault is used up. */
  times: number;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  status: number;
  authorization: string | undefined;
  body: unknown;
}

export interface GitHubServer {
  /** The API's base URL, prefix included: what GITHUB_API_URL would be. */
  url: string;
  state: GitHubState;
  requests: LoggedRequest[];
  inject(fault: Fault): void;
  /** A 403 "secondary rate limit" with Retry-After, as GitHub sends it, for the next `times` matches. */
  secondaryRateLimit(path: RegExp, retryAfterSeconds: number, times?: number): void;
  /** How far GitHub's clock (every answer's Date header) is from this machine's, in ms; 0 unless set. */
  clockOffsetMs: number;
  close(): Promise<void>;
}

export async function startGitHubServer(
  options: { state?: GitHubState; prefix?: string; latencyMs?: number } = {},
): Promise<GitHubServer> {
  const state = options.state ?? new GitHubState();
  const prefix = (options.prefix ?? "").replace(/\/+$/, "");
  const faults: Fault[] = [];
  const requests: LoggedRequest[] = [];
  const routes = buildRoutes(state);
  let api = "";
  const clock = { offsetMs: 0 };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", api);
    const method = req.method ?? "GET";
    const raw = await readBody(req);
    const body = raw ? JSON.parse(raw) : undefined;
    const path = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : undefined;
    const reply = ((): Reply => {
      if (path === undefined) return notFound();
      const authorization = req.headers.authorization;
      const token = authorization?.replace(/^(token|bearer)\s+/i, "");
      if (state.tokens.size > 0 && (token === undefined || !state.tokens.has(token)))
        return { status: 401, body: { message: "Bad credentials", documentation_url: DOCS, status: "401" } };
      const identity = state.identity(token);
      if (identity.readOnly && method !== "GET" && method !== "HEAD")
        return {
          status: 403,
          body: {
            message: "Resource not accessible by integration",
            documentation_url: DOCS,
            status: "403",
          },
        };
      const fault = faults.find(
        (f) => f.times > 0 && f.path.test(path) && (!f.method || f.method === method),
      );
      if (fault) {
        fault.times--;
        return { status: fault.status, body: fault.body ?? {}, headers: fault.headers };
      }
      for (const [m, pattern, handler] of routes) {
        const match = m === method ? pattern.exec(path) : null;
        if (match)
          return handler({
            params: match.slice(1).map(decodeURIComponent),
            query: url.searchParams,
            body,
            accept: req.headers.accept ?? "",
            api,
            self: url,
            identity,
          });
      }
      return notFound();
    })();
    requests.push({
      method,
      path: path ?? url.pathname,
      query: url.searchParams,
      status: reply.status,
      authorization: req.headers.authorization,
      body,
    });
    const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    res.writeHead(reply.status, {
      date: new Date(Date.now() + clock.offsetMs).toUTCString(),
      "content-type":
        typeof reply.body === "string" ? "text/plain; charset=utf-8" : "application/json; charset=utf-8",
      "x-github-media-type": "github.v3; format=json",
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "4999",
      "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
      "x-ratelimit-used": "1",
      "x-ratelimit-resource": "core",
      ...reply.headers,
    });
    res.end(text);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `test server: ${(error as Error).message}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;

  return {
    url: api,
    state,
    requests,
    get clockOffsetMs() {
      return clock.offsetMs;
    },
    set clockOffsetMs(ms: number) {
      clock.offsetMs = ms;
    },
    inject: (fault) => faults.push({ ...fault }),
    secondaryRateLimit: (path, retryAfterSeconds, times = 1) =>
      faults.push({
        path,
        times,
        status: 403,
        headers: { "retry-after": String(retryAfterSeconds), "x-ratelimit-remaining": "4990" },
        body: {
          message:
            "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.",
          documentation_url:
            "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
          status: "403",
        },
      }),
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      data += chunk;
    });
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}
