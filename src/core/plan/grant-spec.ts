/** Turns a valid request into the grant a provider acts on. Pure. */
import { type GrantSpec, grantId } from "../grant.js";
import type { RequestSummary } from "../request/evaluate.js";

/** Whole seconds, rounded down: what the platforms' conditions carry, so plan and platform agree. */
export function toSeconds(iso: string): string {
  const ms = new Date(iso).getTime();
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

export function grantSpecFor(requestPath: string, summary: RequestSummary, pr?: number): GrantSpec {
  return {
    id: grantId(requestPath, pr),
    requestPath,
    ...(pr !== undefined ? { pr } : {}),
    requester: summary.requester,
    principal: summary.principal,
    profile: summary.profile,
    grant: summary.grant,
    startsAt: toSeconds(summary.startsAt),
    expiresAt: toSeconds(summary.expiresAt),
    justification: summary.justification,
    ...(summary.ticket !== undefined ? { ticket: summary.ticket } : {}),
  };
}

/** Where a grant came from, in words: the request file and its pull request. */
export function grantOrigin(grant: GrantSpec): string {
  return grant.pr === undefined ? grant.requestPath : `${grant.requestPath} (PR #${grant.pr})`;
}
