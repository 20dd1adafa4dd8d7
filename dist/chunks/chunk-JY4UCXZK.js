import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  GRANT_ID_PATTERN,
  expiryEnforcement
} from "./chunk-EI2MP62G.js";
import {
  ProviderError
} from "./chunk-6DV6XXR4.js";

// src/providers/postgres/plan.ts
var PASSWORD_PLACEHOLDER = "<random password, sent to the requester alone, encrypted to their SSH keys>";
var TAG_PREFIX = "gitjit:";
var MAX_IDENTIFIER = 63;
function quoteIdent(name) {
  if (name.length === 0 || name.includes("\0"))
    throw new ProviderError(`"${name}" is not a usable PostgreSQL name`, "postgres-bad-identifier");
  return `"${name.replaceAll('"', '""')}"`;
}
function quoteLiteral(text) {
  if (text.includes("\0")) throw new ProviderError("a SQL literal may not hold NUL", "postgres-bad-literal");
  const quoted = `'${text.replaceAll("'", "''")}'`;
  return text.includes("\\") ? `E${quoted.replaceAll("\\", "\\\\")}` : quoted;
}
function postgresGrant(grant) {
  if (grant.grant.provider !== "postgres")
    throw new ProviderError(
      `grant ${grant.id} is for ${grant.grant.provider}, not postgres`,
      "provider-mismatch"
    );
  if (!GRANT_ID_PATTERN.test(grant.id))
    throw new ProviderError(`"${grant.id}" is not a gitjit grant id`, "bad-grant-id");
  return grant.grant;
}
var modeOf = (grant) => grant.mode ?? "membership";
function grantRoleName(grant) {
  const hex = grant.id.slice("gj-".length);
  if (modeOf(postgresGrant(grant)) === "membership") return `gitjit_${hex}`;
  const suffix = `_gj_${hex}`;
  return `${grant.principal.slice(0, MAX_IDENTIFIER - suffix.length)}${suffix}`;
}
function roleTag(grant) {
  const pg = postgresGrant(grant);
  return {
    grant: grant.id,
    principal: grant.principal,
    role: pg.role,
    mode: modeOf(pg),
    expires: grant.expiresAt
  };
}
function parseRoleTag(comment) {
  if (!comment?.startsWith(TAG_PREFIX)) return void 0;
  try {
    const tag = JSON.parse(comment.slice(TAG_PREFIX.length));
    const strings = [tag.grant, tag.principal, tag.role, tag.expires].every((v) => typeof v === "string");
    if (!strings || !GRANT_ID_PATTERN.test(tag.grant)) return void 0;
    if (tag.mode !== "membership" && tag.mode !== "temporary-login") return void 0;
    return tag;
  } catch {
    return void 0;
  }
}
function grantStatements(grant, password) {
  const pg = postgresGrant(grant);
  const mode = modeOf(pg);
  const roleName = grantRoleName(grant);
  const role = quoteIdent(roleName);
  const create = mode === "membership" ? `CREATE ROLE ${role} NOLOGIN INHERIT` : `CREATE ROLE ${role} LOGIN INHERIT PASSWORD ${quoteLiteral(password ?? PASSWORD_PLACEHOLDER)} VALID UNTIL ${quoteLiteral(grant.expiresAt)}`;
  return {
    roleName,
    mode,
    create,
    comment: `COMMENT ON ROLE ${role} IS ${quoteLiteral(TAG_PREFIX + JSON.stringify(roleTag(grant)))}`,
    grantTarget: `GRANT ${quoteIdent(pg.role)} TO ${role}`,
    ...mode === "membership" ? { grantToLogin: `GRANT ${role} TO ${quoteIdent(grant.principal)}` } : {}
  };
}
function statementList(s) {
  return [s.create, s.comment, s.grantTarget, ...s.grantToLogin ? [s.grantToLogin] : []];
}
function planGrant(grant) {
  return statementList(grantStatements(grant)).map((body) => ({ api: "sql", body }));
}
function expiryNote(grant) {
  const enforcement = expiryEnforcement(postgresGrant(grant));
  return enforcement === "native" ? {
    enforcement,
    note: "PostgreSQL refuses new password logins for the per-grant login after VALID UNTIL; sessions opened before then last until the sweep ends them and drops the login."
  } : {
    enforcement,
    note: "PostgreSQL has no timed membership: the sweep revokes it (DROP ROLE of the per-grant role)."
  };
}

export {
  TAG_PREFIX,
  quoteIdent,
  quoteLiteral,
  postgresGrant,
  modeOf,
  grantRoleName,
  parseRoleTag,
  grantStatements,
  planGrant,
  expiryNote
};
