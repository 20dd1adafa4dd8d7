/**
 * A grant: one approved request turned into the facts a provider acts on. Its id is derived from
 * the request file and its pull request, so every run computes the same id for the same grant.
 */
import { createHash } from "node:crypto";
import type { Grant, ProviderId } from "./model/schema.js";

export interface GrantSpec {
  /** gj-<20 hex>: safe in AWS policy names, GCP condition titles, PostgreSQL identifiers and tags. */
  id: string;
  requestPath: string;
  /** The pull request that added the request; absent for a local plan. */
  pr?: number;
  requester: string;
  /** Who receives the access, from the policy's identity map (never from the request). */
  principal: string;
  profile: string;
  grant: Grant;
  startsAt: string;
  expiresAt: string;
  justification: string;
  ticket?: string;
}

export function grantId(requestPath: string, pr?: number): string {
  const digest = createHash("sha256")
    .update(`${requestPath}\n${pr ?? 0}`)
    .digest("hex");
  return `gj-${digest.slice(0, 20)}`;
}

export const GRANT_ID_PATTERN = /^gj-[0-9a-f]{20}$/;

export type ExpiryEnforcement = "native" | "sweep";

/**
 * Who ends the grant on time: the platform itself, or gitjit's sweep. This is each provider's
 * default; a grant's own settings can change it (see expiryEnforcement).
 */
export const EXPIRY_ENFORCEMENT: Record<ProviderId, ExpiryEnforcement> = {
  "aws-iam": "native",
  "aws-iam-managed": "sweep",
  "aws-identity-center": "sweep",
  "gcp-iam": "native",
  "azure-pim": "native",
  "azure-role-assignment": "sweep",
  "github-team": "sweep",
  // Membership of the requester's own login: PostgreSQL has no timed GRANT, so the sweep ends it.
  postgres: "sweep",
};

/**
 * Who makes a scheduled grant start on time: the platform (a start bound in the AWS or GCP
 * condition, Azure PIM's startDateTime), or the sweep, which writes it at its start — nothing is
 * written on a platform before then.
 */
export function startEnforcement(grant: Grant): ExpiryEnforcement {
  return grant.provider === "aws-iam" || grant.provider === "gcp-iam" || grant.provider === "azure-pim"
    ? "native"
    : "sweep";
}

/**
 * Who ends this grant on time. A PostgreSQL grant in temporary-login mode is a per-grant login
 * with VALID UNTIL: the server itself refuses new password logins after the expiry.
 */
export function expiryEnforcement(grant: Grant): ExpiryEnforcement {
  if (grant.provider === "postgres" && grant.mode === "temporary-login") return "native";
  return EXPIRY_ENFORCEMENT[grant.provider];
}

/**
 * Whether applying the grant issues a secret for the requester: a temporary login's password,
 * which must reach them alone (see commands/credentials.ts).
 */
export function issuesCredential(grant: Grant): boolean {
  return grant.provider === "postgres" && grant.mode === "temporary-login";
}
