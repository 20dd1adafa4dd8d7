/**
 * gcp-iam: a conditional binding on a project, folder or organization that GCP stops honouring
 * at the expiry. Every write is a read-modify-write of the whole policy at version 3, guarded by
 * its etag and retried with jittered backoff when another writer got there first.
 */
import { FoldersClient, OrganizationsClient, ProjectsClient } from "@google-cloud/resource-manager";
import { OAuth2Client } from "google-auth-library";
import { EXPIRY_ENFORCEMENT, type GrantSpec } from "../../core/grant.js";
import { grantOrigin } from "../../core/plan/grant-spec.js";
import { type ManagedGrant, type Provider, ProviderError } from "../provider.js";
import type { ProviderContext, ProviderFactory } from "../registry.js";
import { type Backoff, DEFAULT_BACKOFF, withDeadline, withRetry } from "../retry.js";
import {
  bindingExpiry,
  bindingGrantId,
  gcpGrantFor,
  type IamPolicy,
  POLICY_VERSION,
  planGcp,
  withGrant,
  withoutGrant,
} from "./binding.js";

export interface GcpOptions {
  /** Host (and, for tests, port and protocol) of Cloud Resource Manager. */
  apiEndpoint?: string;
  port?: number;
  protocol?: "http" | "https";
  backoff?: Backoff;
  timeoutMs?: number;
}

export const MISSING_CREDENTIALS =
  "no Google Cloud credentials: sign in with OIDC (google-github-actions/auth with workload_identity_provider, which sets GOOGLE_APPLICATION_CREDENTIALS), or set GOOGLE_APPLICATION_CREDENTIALS to a credentials file, or GOOGLE_OAUTH_ACCESS_TOKEN to an access token";

// Errors arrive with a gRPC status code, or over REST with the HTTP status. Retried: an etag
// conflict (ABORTED 409, FAILED_PRECONDITION 412), throttling (429), 5xx, timeouts, cut connections.
const FINAL_CODES: Record<number, string> = {
  3: "gcp-invalid-argument",
  400: "gcp-invalid-argument",
  5: "gcp-not-found",
  404: "gcp-not-found",
  7: "gcp-permission-denied",
  403: "gcp-permission-denied",
  16: "gcp-credentials-rejected",
  401: "gcp-credentials-rejected",
};

/** The service's own words: REST errors carry the JSON error body as their message. */
function messageOf(error: unknown): string {
  const text = (error as Error)?.message ?? String(error);
  try {
    const parsed = JSON.parse(text) as { error?: { message?: string; status?: string } };
    if (parsed.error?.message) return `${parsed.error.status ?? "error"}: ${parsed.error.message}`;
  } catch {}
  return text;
}

type IamClient = Pick<ProjectsClient, "getIamPolicy" | "setIamPolicy">;

export function createGcpIamProvider(context: ProviderContext, options: GcpOptions = {}): Provider {
  const clients = new Map<string, IamClient>();
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  // A call with no answer by then is abandoned and retried from the read. The deadline is our
  // own: the REST transport's timeout can fail to fire, or abort a response while it is read.
  const timeoutMs = options.timeoutMs ?? 60_000;
  const call = { timeout: timeoutMs, maxRetries: 0 };
  const timely = <T>(what: string, promise: Promise<T>) =>
    withDeadline(
      promise,
      timeoutMs,
      () => new ProviderError(`${what}: no answer from GCP within ${timeoutMs} ms`, "gcp-unavailable", true),
    );

  function client(resource: string): IamClient {
    const kind = resource.slice(0, resource.indexOf("/"));
    const existing = clients.get(kind);
    if (existing) return existing;
    const token = context.env.GOOGLE_OAUTH_ACCESS_TOKEN;
    const file = context.env.GOOGLE_APPLICATION_CREDENTIALS;
    let auth: { authClient: OAuth2Client } | { keyFilename: string };
    if (token) {
      const authClient = new OAuth2Client();
      authClient.setCredentials({ access_token: token });
      auth = { authClient };
    } else if (file) auth = { keyFilename: file };
    else throw new ProviderError(MISSING_CREDENTIALS, "gcp-credentials-missing");
    const settings = {
      fallback: "rest" as const,
      ...auth,
      ...(options.apiEndpoint ? { apiEndpoint: options.apiEndpoint } : {}),
      ...(options.port ? { port: options.port } : {}),
      ...(options.protocol ? { protocol: options.protocol } : {}),
    };
    const created =
      kind === "projects"
        ? new ProjectsClient(settings)
        : kind === "folders"
          ? new FoldersClient(settings)
          : new OrganizationsClient(settings);
    clients.set(kind, created);
    return created;
  }

  const retryable = (error: unknown) => {
    if (error instanceof ProviderError) return error.retryable;
    const code = (error as { code?: unknown })?.code;
    return typeof code !== "number" || !(code in FINAL_CODES);
  };

  function failure(error: unknown, what: string): ProviderError {
    if (error instanceof ProviderError) return error;
    const code = (error as { code?: unknown })?.code;
    const message = messageOf(error);
    if (typeof code === "number" && FINAL_CODES[code])
      return new ProviderError(`${what}: GCP refused: ${message}`, FINAL_CODES[code] as string);
    if (/Could not load the default credentials|credentials/i.test(message) && typeof code !== "number")
      return new ProviderError(`${MISSING_CREDENTIALS} (${message})`, "gcp-credentials-missing");
    return new ProviderError(`${what}: GCP did not complete the call: ${message}`, "gcp-unavailable", true);
  }

  /** Read, change, write back with the etag; again from the read when anything got in between. */
  async function modify(
    resource: string,
    reason: string,
    change: (policy: IamPolicy) => { policy: IamPolicy; changed: boolean },
  ): Promise<boolean> {
    const iam = client(resource);
    return withRetry(backoff, retryable, async () => {
      const [policy] = await timely(
        `read the IAM policy of ${resource}`,
        iam.getIamPolicy({ resource, options: { requestedPolicyVersion: POLICY_VERSION } }, call),
      );
      const next = change(policy as IamPolicy);
      if (!next.changed) return false;
      await timely(
        `write the IAM policy of ${resource}`,
        iam.setIamPolicy(
          { resource, policy: next.policy as never },
          { ...call, otherArgs: { headers: { "x-goog-request-reason": reason } } },
        ),
      );
      return true;
    });
  }

  return {
    id: "gcp-iam",
    expiry: EXPIRY_ENFORCEMENT["gcp-iam"],
    plan: (grant) => planGcp(gcpGrantFor(grant)),

    async apply(grant) {
      const spec = gcpGrantFor(grant);
      const resource = spec.grant.resource;
      let added = false;
      try {
        await modify(resource, `gitjit ${grant.id}: ${grantOrigin(grant)}`, (policy) => {
          const next = withGrant(policy, spec, context.now());
          added = next.added;
          return next;
        });
      } catch (error) {
        throw failure(error, `grant ${spec.grant.role} on ${resource} to ${grant.principal}`);
      }
      if (added)
        context.log(
          `gcp-iam: bound ${spec.grant.role} on ${resource} to ${grant.principal} until ${grant.expiresAt}`,
        );
      return { changed: added, refs: { resource, role: spec.grant.role } };
    },

    async revoke(grant: GrantSpec) {
      // Only this grant's own binding goes; another grant's binding for the same role stays.
      const spec = gcpGrantFor(grant);
      try {
        const removed = await modify(spec.grant.resource, `gitjit ${grant.id}: revoke`, (policy) =>
          withoutGrant(policy, grant.id),
        );
        if (removed) context.log(`gcp-iam: removed ${grant.id} from ${spec.grant.resource}`);
      } catch (error) {
        throw failure(error, `revoke ${grant.id} on ${spec.grant.resource}`);
      }
    },

    async listManaged(scopes) {
      const resources = new Set(scopes.flatMap((s) => (s.provider === "gcp-iam" ? [s.resource] : [])));
      const found: ManagedGrant[] = [];
      for (const resource of resources) {
        let policy: IamPolicy;
        try {
          policy = (
            await withRetry(backoff, retryable, () =>
              timely(
                `read the IAM policy of ${resource}`,
                client(resource).getIamPolicy(
                  { resource, options: { requestedPolicyVersion: POLICY_VERSION } },
                  call,
                ),
              ),
            )
          )[0] as IamPolicy;
        } catch (error) {
          throw failure(error, `read the IAM policy of ${resource}`);
        }
        for (const binding of policy.bindings ?? []) {
          const grantId = bindingGrantId(binding);
          if (!grantId) continue;
          const expiresAt = bindingExpiry(binding);
          for (const member of binding.members ?? [])
            found.push({
              grantId,
              principal: member,
              location: resource,
              ...(expiresAt ? { expiresAt } : {}),
              ref: { resource, role: binding.role ?? "" },
            });
        }
      }
      return found;
    },
  };
}

/**
 * GITJIT_GCP_ENDPOINT (`https://host[:port]`, or `http://` on loopback) moves Cloud Resource
 * Manager, as AWS_ENDPOINT_URL_IAM moves IAM: a private endpoint, or a test server. Like the
 * credentials, it comes from the job's environment, which only the workflow file sets.
 */
export function endpointFrom(value: string | undefined): GcpOptions {
  if (!value) return {};
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ProviderError(`GITJIT_GCP_ENDPOINT=${value} is not a URL`, "gcp-endpoint-invalid");
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback))
    throw new ProviderError(
      `GITJIT_GCP_ENDPOINT=${value}: only https, or http on loopback, carries credentials`,
      "gcp-endpoint-invalid",
    );
  return {
    apiEndpoint: url.hostname.replace(/^\[|\]$/g, ""),
    protocol: url.protocol === "http:" ? "http" : "https",
    ...(url.port ? { port: Number(url.port) } : {}),
  };
}

const factory: ProviderFactory = (context) =>
  createGcpIamProvider(context, endpointFrom(context.env.GITJIT_GCP_ENDPOINT));
export default factory;
