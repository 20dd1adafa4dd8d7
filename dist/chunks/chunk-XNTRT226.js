import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  grantId
} from "./chunk-EI2MP62G.js";

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
