/**
 * Azure sign-in from the environment and the ARM authorization client. In GitHub Actions gitjit
 * signs in with the workflow's own OIDC token (federated credential, no secret); elsewhere a
 * federated token file or a client secret, as @azure/identity reads them.
 */
import { AuthorizationManagementClient } from "@azure/arm-authorization";
import {
  ClientAssertionCredential,
  ClientSecretCredential,
  type TokenCredential,
  WorkloadIdentityCredential,
} from "@azure/identity";
import type { Grant } from "../../core/model/schema.js";
import { type ManagedGrant, ProviderError } from "../provider.js";
import type { ProviderContext } from "../registry.js";

export interface AzureOptions {
  /** ARM's base URL (default https://management.azure.com). */
  endpoint?: string;
  credential?: TokenCredential;
  /** Extra trusted CA certificates (PEM), for an endpoint with its own certificate. */
  ca?: string;
  /** SDK retries on throttling, 5xx and dropped connections. */
  maxRetries?: number;
  retryDelayMs?: number;
  /** Per request. */
  timeoutMs?: number;
  /** Waits for a principal Azure does not know yet (directory replication lag). */
  principalBackoff?: { attempts: number; baseMs: number; maxMs: number };
}

export const MISSING_CREDENTIALS =
  "no Azure credentials: in GitHub Actions give the job `permissions: id-token: write` and set AZURE_CLIENT_ID and AZURE_TENANT_ID (gitjit signs in with the workflow's OIDC token); elsewhere set AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_FEDERATED_TOKEN_FILE or AZURE_CLIENT_SECRET";

const OIDC_AUDIENCE = "api://AzureADTokenExchange";

/** The workflow's OIDC token, as actions/core's getIDToken fetches it. */
async function githubOidcToken(env: ProviderContext["env"]): Promise<string> {
  const url = new URL(env.ACTIONS_ID_TOKEN_REQUEST_URL as string);
  url.searchParams.set("audience", OIDC_AUDIENCE);
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
  });
  if (!response.ok)
    throw new ProviderError(
      `GitHub refused the OIDC token (HTTP ${response.status}); does the job have permissions: id-token: write?`,
      "azure-credentials-missing",
    );
  const { value } = (await response.json()) as { value?: string };
  if (!value) throw new ProviderError("GitHub's OIDC answer had no token", "azure-credentials-missing");
  return value;
}

export function credentialFrom(env: ProviderContext["env"]): TokenCredential {
  const tenantId = env.AZURE_TENANT_ID;
  const clientId = env.AZURE_CLIENT_ID;
  if (tenantId && clientId) {
    if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
      return new ClientAssertionCredential(tenantId, clientId, () => githubOidcToken(env));
    if (env.AZURE_FEDERATED_TOKEN_FILE)
      return new WorkloadIdentityCredential({
        tenantId,
        clientId,
        tokenFilePath: env.AZURE_FEDERATED_TOKEN_FILE,
      });
    if (env.AZURE_CLIENT_SECRET)
      return new ClientSecretCredential(tenantId, clientId, env.AZURE_CLIENT_SECRET);
  }
  throw new ProviderError(MISSING_CREDENTIALS, "azure-credentials-missing");
}

/** One client per subscription (the SDK wants one, though every call here names its scope). */
export function clientFactory(context: ProviderContext, options: AzureOptions) {
  const clients = new Map<string, AuthorizationManagementClient>();
  let credential = options.credential;
  return (scope: string) => {
    const subscription =
      /^\/subscriptions\/([^/]+)/.exec(scope)?.[1] ?? "00000000-0000-0000-0000-000000000000";
    const existing = clients.get(subscription);
    if (existing) return existing;
    credential ??= credentialFrom(context.env);
    const endpoint = options.endpoint ?? "https://management.azure.com";
    const client = new AuthorizationManagementClient(credential, subscription, {
      endpoint,
      $host: endpoint,
      credentialScopes: "https://management.azure.com/.default",
      retryOptions: {
        maxRetries: options.maxRetries ?? 5,
        retryDelayInMs: options.retryDelayMs ?? 800,
        maxRetryDelayInMs: 30_000,
      },
      ...(options.ca ? { tlsOptions: { ca: options.ca } } : {}),
    });
    clients.set(subscription, client);
    return client;
  };
}

export interface ArmFailure {
  statusCode?: number;
  code?: string;
  message: string;
}

export const armFailure = (error: unknown): ArmFailure => error as ArmFailure;

/** Worth another try: throttling, 5xx, a dropped connection or a timeout. */
export function transient(error: unknown): boolean {
  if (error instanceof ProviderError) return error.retryable;
  const { statusCode } = armFailure(error);
  return statusCode === undefined || statusCode === 429 || statusCode === 408 || statusCode >= 500;
}

export function azureFailure(error: unknown, what: string): ProviderError {
  if (error instanceof ProviderError) return error;
  const { code, statusCode, message } = armFailure(error);
  const said = `${what}: ${code ? `${code}: ` : ""}${message}`;
  switch (code) {
    case "RoleAssignmentLimitExceeded":
      return new ProviderError(
        `${said} — the subscription has reached Azure's limit on role assignments; remove unused assignments before granting more`,
        "azure-assignment-limit",
      );
    case "RoleDefinitionDoesNotExist":
      return new ProviderError(said, "azure-role-unknown");
    case "PrincipalNotFound":
      return new ProviderError(
        `${said} (still unknown after waiting for directory replication)`,
        "azure-principal-not-found",
        true,
      );
    case "AuthorizationFailed":
      return new ProviderError(said, "azure-access-denied");
  }
  if (statusCode === 401) return new ProviderError(said, "azure-credentials-rejected");
  if (statusCode !== undefined && statusCode < 500 && statusCode !== 429 && statusCode !== 408)
    return new ProviderError(said, "azure-refused");
  return new ProviderError(`${what}: Azure did not complete the call: ${message}`, "azure-unavailable", true);
}

/**
 * What gitjit wrote in each distinct scope of one provider (ARM scopes ignore case), listed once
 * per scope; a failure names the scope it happened in.
 */
export async function listEachScope(
  scopes: readonly Grant[],
  provider: "azure-pim" | "azure-role-assignment",
  list: (scope: string) => AsyncIterable<ManagedGrant>,
): Promise<ManagedGrant[]> {
  const found: ManagedGrant[] = [];
  const seen = new Set<string>();
  for (const g of scopes) {
    if (g.provider !== provider || seen.has(g.scope.toLowerCase())) continue;
    seen.add(g.scope.toLowerCase());
    try {
      for await (const managed of list(g.scope)) found.push(managed);
    } catch (error) {
      throw azureFailure(error, `list gitjit's assignments at ${g.scope}`);
    }
  }
  return found;
}
