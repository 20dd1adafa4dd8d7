/**
 * The interface every platform implements. Providers are loaded lazily (see ./registry.ts), so
 * validating a pull request never loads a cloud SDK.
 */
import type { ExpiryEnforcement, GrantSpec } from "../core/grant.js";
import type { ProviderId } from "../core/model/schema.js";

/** One call to the platform, exactly as it will be sent: shown to reviewers before anything happens. */
export interface Operation {
  /** The API's own name for the call, e.g. "iam:PutUserPolicy" or "cloudresourcemanager.projects.setIamPolicy". */
  api: string;
  /** The request body as sent (the policy document, the binding, the request body). */
  body: unknown;
}

/** Something gitjit wrote on a platform, found again by its tag (the grant id). */
export interface ManagedGrant {
  grantId: string;
  principal: string;
  /** Where it lives, in the provider's own terms (an ARN, a resource name, a scope). */
  location: string;
  /** When the platform says it ends, if it knows. */
  expiresAt?: string;
  /** The platform's own reference, to remove exactly this thing. */
  ref: Record<string, string>;
}

export interface ApplyResult {
  /** false when the grant was already in place (a re-run). */
  changed: boolean;
  /** The platform's own references to what was written, kept in the ledger. */
  refs: Record<string, string>;
  /**
   * A secret the platform issued for this grant (e.g. a per-grant database password). Never
   * written to the ledger, the audit log, a pull request or a log line: the caller hands it to
   * the requester out of band.
   */
  credential?: IssuedCredential;
}

export interface IssuedCredential {
  username: string;
  password: string;
  /** When the platform stops accepting it. */
  expiresAt: string;
}

export interface Provider {
  readonly id: ProviderId;
  readonly expiry: ExpiryEnforcement;
  /** Pure: the operations apply would send. */
  plan(grant: GrantSpec): Operation[];
  /** Idempotent: applying a grant that is already in place changes nothing. */
  apply(grant: GrantSpec): Promise<ApplyResult>;
  /**
   * Idempotent and overlap-safe: removes what this grant wrote, and never access that one of
   * `stillActive` (other grants, not yet ended) gives the same principal.
   */
  revoke(grant: GrantSpec, stillActive: readonly GrantSpec[]): Promise<void>;
  /** Every grant gitjit wrote within the scopes these grants name, for reconcile. */
  listManaged(scopes: readonly GrantSpec["grant"][]): Promise<ManagedGrant[]>;
}

/** A platform or credential problem (not the requester's fault): reported as a system error. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retryable = false,
  ) {
    super(message);
  }
}
