/**
 * AWS SDK configuration from the environment, the way the SDK reads it: keys (what
 * aws-actions/configure-aws-credentials exports after its OIDC sign-in) or a web identity token
 * file with a role to assume. The endpoint can be moved (AWS_ENDPOINT_URL_IAM, AWS_ENDPOINT_URL)
 * and retries are the SDK's own, with jittered backoff.
 */

import type { IAMClientConfig } from "@aws-sdk/client-iam";
import { fromTokenFile } from "@aws-sdk/credential-provider-web-identity";
import { ConfiguredRetryStrategy } from "@smithy/core/retry";
import { ProviderError } from "../provider.js";
import type { ProviderContext } from "../registry.js";
import { backoffDelay } from "../retry.js";

export interface AwsOptions {
  endpoint?: string;
  region?: string;
  credentials?: IAMClientConfig["credentials"];
  /** Tries per call, the first included (SDK retries on throttling, 5xx and timeouts). */
  maxAttempts?: number;
  retryBaseMs?: number;
  /** Per request; a request with no answer by then is retried. */
  timeoutMs?: number;
  /** Between Identity Center status checks. */
  pollMs?: number;
}

export const MISSING_CREDENTIALS =
  "no AWS credentials: sign in with OIDC (aws-actions/configure-aws-credentials, which sets AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN), or set AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE";

function credentialsFrom(env: ProviderContext["env"], region: string) {
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY)
    return {
      accessKeyId: env.AWS_ACCESS_KEY_ID,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    };
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN)
    return fromTokenFile({
      webIdentityTokenFile: env.AWS_WEB_IDENTITY_TOKEN_FILE,
      roleArn: env.AWS_ROLE_ARN,
      roleSessionName: env.AWS_ROLE_SESSION_NAME ?? "gitjit",
      clientConfig: { region },
    });
  throw new ProviderError(MISSING_CREDENTIALS, "aws-credentials-missing");
}

/** Client configuration for one AWS service; `service` picks AWS_ENDPOINT_URL_<SERVICE>. */
export function awsConfig(context: ProviderContext, options: AwsOptions, service: "IAM" | "SSO_ADMIN") {
  const env = context.env;
  const region = options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1";
  const endpoint = options.endpoint ?? env[`AWS_ENDPOINT_URL_${service}`] ?? env.AWS_ENDPOINT_URL;
  const maxAttempts = options.maxAttempts ?? 6;
  const backoff = { attempts: maxAttempts, baseMs: options.retryBaseMs ?? 200, maxMs: 20_000 };
  return {
    region,
    ...(endpoint ? { endpoint } : {}),
    credentials: options.credentials ?? credentialsFrom(env, region),
    maxAttempts,
    retryStrategy: new ConfiguredRetryStrategy(maxAttempts, (attempt: number) =>
      Math.max(1, backoffDelay(backoff, attempt)),
    ),
    requestHandler: {
      requestTimeout: options.timeoutMs ?? 30_000,
      connectionTimeout: options.timeoutMs ?? 30_000,
      throwOnRequestTimeout: true,
    },
  };
}

const codeOf = (error: unknown) => (error as { name?: string; Code?: string })?.name ?? "";

export const isAwsError = (error: unknown, ...codes: string[]) => codes.includes(codeOf(error));

/** An SDK failure as a ProviderError with a stable code; never a success in disguise. */
export function awsFailure(error: unknown, what: string): ProviderError {
  if (error instanceof ProviderError) return error;
  const name = codeOf(error);
  const message = (error as Error)?.message ?? String(error);
  if (name === "CredentialsProviderError")
    return new ProviderError(`${MISSING_CREDENTIALS} (${message})`, "aws-credentials-missing");
  if (
    name === "LimitExceeded" ||
    name === "LimitExceededException" ||
    name === "ServiceQuotaExceededException"
  )
    return new ProviderError(`${what}: AWS refused, a limit is reached: ${message}`, "aws-limit-exceeded");
  if (name === "MalformedPolicyDocument" || name === "MalformedPolicyDocumentException")
    return new ProviderError(`${what}: AWS refused the policy document: ${message}`, "aws-policy-malformed");
  if (name === "NoSuchEntity" || name === "NoSuchEntityException" || name === "ResourceNotFoundException")
    return new ProviderError(`${what}: not found on AWS: ${message}`, "aws-not-found");
  if (name === "AccessDenied" || name === "AccessDeniedException")
    return new ProviderError(
      `${what}: gitjit's AWS identity may not do this: ${message}`,
      "aws-access-denied",
    );
  return new ProviderError(
    `${what}: AWS did not complete the call (${name || "error"}): ${message}`,
    "aws-unavailable",
    true,
  );
}
