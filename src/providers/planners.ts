/**
 * The pure half of each provider: the operations a grant would cause, for people to review.
 * Nothing here (or below it) imports a cloud SDK, so `gitjit plan` runs in a pull request's job
 * without cloud credentials or SDKs; the providers' apply modules use the same functions.
 */
import type { GrantSpec } from "../core/grant.js";
import type { ProviderId } from "../core/model/schema.js";
import * as aws from "./aws/plan.js";
import * as azure from "./azure/request.js";
import * as gcp from "./gcp/binding.js";
import { planMembership } from "./github-team/plan.js";
import { expiryNote, planGrant as planPostgres } from "./postgres/plan.js";
import { type Operation, ProviderError } from "./provider.js";

export interface Planner {
  /** The calls apply makes, with their bodies exactly as sent. */
  operations(grant: GrantSpec): Operation[];
  /** What a reviewer should know: who ends the grant, and what lingers after it. */
  notes(grant: GrantSpec): string[];
}

// Each planner is registered with the grant shape it expects; the grant's provider picks it.
const PLANNERS: Partial<Record<ProviderId, Planner>> = {
  "aws-iam": { operations: (g) => aws.planInline(g as aws.InlineGrant), notes: aws.notes },
  "aws-iam-managed": { operations: (g) => aws.planManaged(g as aws.ManagedGrantSpec), notes: aws.notes },
  "aws-identity-center": {
    operations: (g) => aws.planIdentityCenter(g as aws.IdentityCenterGrantSpec),
    notes: aws.notes,
  },
  "gcp-iam": {
    operations: (g) => gcp.planGcp(gcp.gcpGrantFor(g)),
    notes: (g) => gcp.notes(gcp.gcpGrantFor(g)),
  },
  "azure-pim": {
    operations: (g) => azure.planPim(g as azure.AzureGrantSpec),
    notes: (g) => azure.notes(g as azure.AzureGrantSpec),
  },
  "azure-role-assignment": {
    operations: (g) => azure.planRoleAssignment(g as azure.AzureGrantSpec),
    notes: (g) => azure.notes(g as azure.AzureGrantSpec),
  },
  "github-team": {
    operations: planMembership,
    notes: (g) => [
      `Expiry is enforced by gitjit's sweep, which removes the membership after ${g.expiresAt}; GitHub cannot end it by itself.`,
    ],
  },
  postgres: { operations: planPostgres, notes: (g) => [expiryNote(g).note] },
};

export function plannerFor(provider: ProviderId): Planner {
  const planner = PLANNERS[provider];
  if (!planner)
    throw new ProviderError(
      `the ${provider} provider cannot be planned by this build of gitjit`,
      "provider-unavailable",
    );
  return planner;
}
