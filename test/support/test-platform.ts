/**
 * A TEST PLATFORM, not a real provider: an in-memory access-control system with the shape of a
 * role-membership platform (a principal is a member of a scope or not; each membership gitjit wrote
 * carries the grant id as its tag). It implements the Provider interface, records every call, and
 * injects faults on demand. Used by the sweep's tests where no real provider is needed.
 */

import { EXPIRY_ENFORCEMENT, type ExpiryEnforcement, type GrantSpec } from "../../src/core/grant.js";
import { canonicalJson } from "../../src/core/ledger/canonical.js";
import type { Grant, ProviderId } from "../../src/core/model/schema.js";
import {
  type ApplyResult,
  type ManagedGrant,
  type Provider,
  ProviderError,
} from "../../src/providers/provider.js";

export interface PlatformCall {
  op: "apply" | "revoke" | "listManaged";
  grant?: string;
  stillActive?: string[];
  scopes?: number;
}

type Fault = {
  op: PlatformCall["op"];
  grant?: string;
  remaining: number;
  partial: boolean;
  error: () => Error;
};

export class TestPlatform {
  readonly calls: PlatformCall[] = [];
  /** Tagged privileges: grant id → what it gives. */
  readonly tagged = new Map<string, { principal: string; scope: string }>();
  /** Memberships as the platform enforces them: "principal scope". One per principal and scope. */
  readonly members = new Set<string>();
  private readonly faults: Fault[] = [];
  /** Called inside revoke after the platform has changed and before it returns (a crash point). */
  afterRevoke?: (grantId: string) => void | Promise<void>;

  constructor(
    readonly id: ProviderId = "postgres",
    readonly expiry: ExpiryEnforcement = EXPIRY_ENFORCEMENT[id],
  ) {}

  /** Effective access: the membership, whichever grant wrote it. */
  hasAccess(principal: string, grant: Grant): boolean {
    return this.members.has(`${principal} ${canonicalJson(grant)}`);
  }

  /**
   * The next `times` calls of `op` (for `grant`, if given) fail. `partial`: the call takes effect
   * and then fails (a timeout after the write landed).
   */
  fail(
    op: PlatformCall["op"],
    options: { grant?: string; times?: number; retryable?: boolean; partial?: boolean } = {},
  ) {
    const retryable = options.retryable ?? true;
    this.faults.push({
      op,
      grant: options.grant,
      remaining: options.times ?? Number.POSITIVE_INFINITY,
      partial: options.partial ?? false,
      error: () =>
        new ProviderError(`injected ${op} failure`, retryable ? "throttled" : "access-denied", retryable),
    });
  }

  /** Writes a tagged privilege directly, as if an apply had run and its ledger record was lost. */
  plant(spec: GrantSpec) {
    const scope = canonicalJson(spec.grant);
    this.tagged.set(spec.id, { principal: spec.principal, scope });
    this.members.add(`${spec.principal} ${scope}`);
  }

  revokeCalls(): string[] {
    return this.calls.filter((c) => c.op === "revoke").map((c) => c.grant as string);
  }

  private inject(op: PlatformCall["op"], grant: string | undefined, partial = false) {
    const fault = this.faults.find(
      (f) =>
        f.op === op &&
        f.remaining > 0 &&
        f.partial === partial &&
        (f.grant === undefined || f.grant === grant),
    );
    if (!fault) return;
    fault.remaining -= 1;
    throw fault.error();
  }

  provider(): Provider {
    const platform = this;
    return {
      id: platform.id,
      expiry: platform.expiry,
      plan: (grant) => [{ api: "test.grant", body: { principal: grant.principal, grant: grant.grant } }],
      async apply(grant): Promise<ApplyResult> {
        platform.calls.push({ op: "apply", grant: grant.id });
        platform.inject("apply", grant.id);
        const changed = !platform.tagged.has(grant.id);
        platform.plant(grant);
        platform.inject("apply", grant.id, true);
        return { changed, refs: { tag: grant.id } };
      },
      async revoke(grant, stillActive) {
        platform.calls.push({ op: "revoke", grant: grant.id, stillActive: stillActive.map((g) => g.id) });
        platform.inject("revoke", grant.id);
        // Overlap: the membership stays while another active grant gives it; only this tag goes.
        platform.tagged.delete(grant.id);
        const scope = canonicalJson(grant.grant);
        const overlapping = stillActive.some(
          (g) => g.principal === grant.principal && canonicalJson(g.grant) === scope,
        );
        if (!overlapping) platform.members.delete(`${grant.principal} ${scope}`);
        await platform.afterRevoke?.(grant.id);
      },
      async listManaged(scopes): Promise<ManagedGrant[]> {
        platform.calls.push({ op: "listManaged", scopes: scopes.length });
        platform.inject("listManaged", undefined);
        const wanted = new Set(scopes.map((s) => canonicalJson(s)));
        return [...platform.tagged]
          .filter(([, t]) => wanted.has(t.scope))
          .map(([grantId, t]) => ({
            grantId,
            principal: t.principal,
            location: t.scope,
            ref: { tag: grantId },
          }));
      },
    };
  }
}
