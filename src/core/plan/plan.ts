/** What `gitjit plan` reports: for each valid request, the grant and the exact calls it would cause. */
import type { ExpiryEnforcement } from "../grant.js";
import type { ProviderId } from "../model/schema.js";

export interface PlannedOperation {
  api: string;
  body: unknown;
}

export interface PlannedGrant {
  request: string;
  id: string;
  provider: ProviderId;
  principal: string;
  startsAt: string;
  expiresAt: string;
  expiry: ExpiryEnforcement;
  /** A scheduled grant: who makes it start on time (the platform, or the sweep, which writes it then). */
  start?: ExpiryEnforcement;
  operations: PlannedOperation[];
  notes: string[];
  /** Present when the grant cannot be carried out as configured (then there are no operations). */
  error?: { code: string; message: string };
}

export interface PlanReport {
  policyOrigin: string;
  grants: PlannedGrant[];
}
