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
   * A secret the platform issued for this grant (a per-grant database password), sealed by
   * `ApplyOptions.seal` before anything was written: only the requester can open it. The
   * plaintext never leaves the provider any other way.
   */
  credential?: SealedCredential;
}

/** A secret issued for a grant, as handed to the seal: never logged, recorded or shown. */
export interface IssuedCredential {
  username: string;
  password: string;
  /** When the platform stops accepting it. */
  expiresAt: string;
  /**
   * What the requester receives and decrypts: for PostgreSQL, a libpq connection string
   * (server, database, user and password) that `psql "$(…)"` takes as it is.
   */
  secret: string;
}

/** An issued credential, encrypted so that only the requester can read it. */
export interface SealedCredential {
  username: string;
  expiresAt: string;
  /** The ciphertext: an ASCII-armored age file. */
  armored: string;
  /** The requester's public keys it is encrypted to, as `ssh-keygen -l` names them. */
  recipients: readonly CredentialRecipient[];
}

export interface CredentialRecipient {
  /** "ssh-ed25519" or "ssh-rsa". */
  type: string;
  /** SHA256:… of the public key, as `ssh-keygen -l` prints it. */
  fingerprint: string;
}

export type Seal = (credential: IssuedCredential) => Promise<SealedCredential>;

export interface ApplyOptions {
  /**
   * Encrypts a credential the grant issues for its requester. Called before anything is written
   * on the platform; when it throws, nothing is. A grant that needs a new credential and has no
   * seal is refused (credential-undeliverable): no login whose password nobody can read.
   */
  seal?: Seal;
  /**
   * Issue a new credential even for a login that already exists (its password replaced), for an
   * apply finishing an earlier run that never reached the point of delivering its credential.
   * Otherwise an existing login keeps its password: applying again (an extension) moves only
   * what the grant changed, such as its expiry.
   */
  reissue?: boolean;
}

export interface Provider {
  readonly id: ProviderId;
  readonly expiry: ExpiryEnforcement;
  /** Pure: the operations apply would send. */
  plan(grant: GrantSpec): Operation[];
  /** Idempotent: applying a grant that is already in place changes nothing. */
  apply(grant: GrantSpec, options?: ApplyOptions): Promise<ApplyResult>;
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
