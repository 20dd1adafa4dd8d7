import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);

// src/core/grant.ts
import { createHash } from "node:crypto";
function grantId(requestPath, pr) {
  const digest = createHash("sha256").update(`${requestPath}
${pr ?? 0}`).digest("hex");
  return `gj-${digest.slice(0, 20)}`;
}
var GRANT_ID_PATTERN = /^gj-[0-9a-f]{20}$/;
var EXPIRY_ENFORCEMENT = {
  "aws-iam": "native",
  "aws-iam-managed": "sweep",
  "aws-identity-center": "sweep",
  "gcp-iam": "native",
  "azure-pim": "native",
  "azure-role-assignment": "sweep",
  "github-team": "sweep",
  // Membership of the requester's own login: PostgreSQL has no timed GRANT, so the sweep ends it.
  postgres: "sweep"
};
function startEnforcement(grant) {
  return grant.provider === "aws-iam" || grant.provider === "gcp-iam" || grant.provider === "azure-pim" ? "native" : "sweep";
}
function expiryEnforcement(grant) {
  if (grant.provider === "postgres" && grant.mode === "temporary-login") return "native";
  return EXPIRY_ENFORCEMENT[grant.provider];
}
function issuesCredential(grant) {
  return grant.provider === "postgres" && grant.mode === "temporary-login";
}

export {
  grantId,
  GRANT_ID_PATTERN,
  EXPIRY_ENFORCEMENT,
  startEnforcement,
  expiryEnforcement,
  issuesCredential
};
