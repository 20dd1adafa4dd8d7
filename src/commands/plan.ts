/** `gitjit plan`: validate the request files, then show the exact platform calls each valid one causes. */
import type { RepoFiles } from "../adapters/repo-files.js";
import { expiryEnforcement, startEnforcement } from "../core/grant.js";
import { grantSpecFor } from "../core/plan/grant-spec.js";
import type { PlannedGrant, PlanReport } from "../core/plan/plan.js";
import type { ValidateReport } from "../core/report.js";
import type { RequestSummary } from "../core/request/evaluate.js";
import { plannerFor } from "../providers/planners.js";
import { ProviderError } from "../providers/provider.js";
import { type ValidateOptions, validate } from "./validate.js";

export interface PlanOptions extends ValidateOptions {
  /** The pull request that adds the requests; it is part of each grant's id. */
  pr?: number;
}

export type PlanOutcome =
  | { kind: "invalid"; validation: ValidateReport }
  | { kind: "planned"; plan: PlanReport };

export async function plan(
  options: PlanOptions,
  sources: { requests: RepoFiles; policy: RepoFiles },
): Promise<PlanOutcome> {
  const validation = await validate(options, sources);
  if (!validation.files.every((f) => f.valid)) return { kind: "invalid", validation };
  const grants = validation.files.flatMap((file) =>
    file.request ? [planGrant(file.path, file.request, options.pr)] : [],
  );
  return { kind: "planned", plan: { policyOrigin: validation.policyOrigin, grants } };
}

/** One valid request's grant and the exact calls apply would make for it. */
export function planGrant(path: string, request: RequestSummary, pr?: number): PlannedGrant {
  const spec = grantSpecFor(path, request, pr);
  const base = {
    request: spec.requestPath,
    id: spec.id,
    provider: spec.grant.provider,
    principal: spec.principal,
    startsAt: spec.startsAt,
    expiresAt: spec.expiresAt,
    expiry: expiryEnforcement(spec.grant),
    ...(request.scheduled ? { start: startEnforcement(spec.grant) } : {}),
  };
  const waits =
    request.scheduled && startEnforcement(spec.grant) === "sweep"
      ? [
          `Nothing is written before ${spec.startsAt}: ${spec.grant.provider} cannot hold a start time, so apply records the grant as scheduled and gitjit's sweep makes these calls at its start — up to one sweep interval later (5 minutes with the shipped workflow); it still ends at ${spec.expiresAt}.`,
        ]
      : [];
  try {
    const planner = plannerFor(spec.grant.provider);
    return { ...base, operations: planner.operations(spec), notes: [...waits, ...planner.notes(spec)] };
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    return { ...base, operations: [], notes: waits, error: { code: error.code, message: error.message } };
  }
}
