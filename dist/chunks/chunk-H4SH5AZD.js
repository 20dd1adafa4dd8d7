import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  grantId
} from "./chunk-GLCYCLMN.js";

// src/core/plan/grant-spec.ts
function toSeconds(iso) {
  const ms = new Date(iso).getTime();
  return new Date(Math.floor(ms / 1e3) * 1e3).toISOString().replace(".000Z", "Z");
}
function grantSpecFor(requestPath, summary, pr) {
  return {
    id: grantId(requestPath, pr),
    requestPath,
    ...pr !== void 0 ? { pr } : {},
    requester: summary.requester,
    principal: summary.principal,
    profile: summary.profile,
    grant: summary.grant,
    startsAt: toSeconds(summary.startsAt),
    expiresAt: toSeconds(summary.expiresAt),
    justification: summary.justification,
    ...summary.ticket !== void 0 ? { ticket: summary.ticket } : {}
  };
}
function grantOrigin(grant) {
  return grant.pr === void 0 ? grant.requestPath : `${grant.requestPath} (PR #${grant.pr})`;
}

export {
  grantSpecFor,
  grantOrigin
};
