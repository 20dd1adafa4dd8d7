/**
 * What the PostgreSQL provider writes, as the exact SQL it sends. Pure and free of any database
 * client, so planning a grant (and validating a request) never loads one; apply runs these same
 * statements.
 *
 * Two modes, chosen by the profile's grant:
 * - membership (default): a per-grant NOLOGIN role `gitjit_<hex>` is made a member of the target
 *   role and granted to the requester's own login. PostgreSQL has no timed GRANT, so the sweep
 *   ends it (DROP ROLE).
 * - temporary-login: a per-grant LOGIN role `<login>_gj_<hex>` with a random password and
 *   `VALID UNTIL <expiry>`, member of the target role. PostgreSQL itself refuses new password
 *   logins after the expiry; the sweep ends sessions still open and drops the role.
 *
 * Either way each grant has its own role, so dropping it never touches another grant's access or
 * a membership gitjit did not write (overlap-safe by construction).
 */
import {
  type ExpiryEnforcement,
  expiryEnforcement,
  GRANT_ID_PATTERN,
  type GrantSpec,
} from "../../core/grant.js";
import type { Grant } from "../../core/model/schema.js";
import { type Operation, ProviderError } from "../provider.js";

export type PostgresGrant = Extract<Grant, { provider: "postgres" }>;
export type PostgresMode = NonNullable<PostgresGrant["mode"]>;

/** Stands for the password in a plan: the real one is random, made at apply, shown only to the requester (encrypted to their SSH keys). */
export const PASSWORD_PLACEHOLDER =
  "<random password, sent to the requester alone, encrypted to their SSH keys>";

/** Every role gitjit creates carries a COMMENT starting with this, followed by the JSON tag. */
export const TAG_PREFIX = "gitjit:";

/** What the COMMENT ON ROLE records, so reconcile finds the grant again from the server alone. */
export interface RoleTag {
  grant: string;
  principal: string;
  role: string;
  mode: PostgresMode;
  expires: string;
}

const MAX_IDENTIFIER = 63;

/** A quoted identifier: double quotes doubled, so any name stays one identifier. */
export function quoteIdent(name: string): string {
  if (name.length === 0 || name.includes("\0"))
    throw new ProviderError(`"${name}" is not a usable PostgreSQL name`, "postgres-bad-identifier");
  return `"${name.replaceAll('"', '""')}"`;
}

/** A string literal, safe whatever standard_conforming_strings says. */
export function quoteLiteral(text: string): string {
  if (text.includes("\0")) throw new ProviderError("a SQL literal may not hold NUL", "postgres-bad-literal");
  const quoted = `'${text.replaceAll("'", "''")}'`;
  return text.includes("\\") ? `E${quoted.replaceAll("\\", "\\\\")}` : quoted;
}

/** The grant's PostgreSQL fields; refuses a grant of another provider. */
export function postgresGrant(grant: GrantSpec): PostgresGrant {
  if (grant.grant.provider !== "postgres")
    throw new ProviderError(
      `grant ${grant.id} is for ${grant.grant.provider}, not postgres`,
      "provider-mismatch",
    );
  if (!GRANT_ID_PATTERN.test(grant.id))
    throw new ProviderError(`"${grant.id}" is not a gitjit grant id`, "bad-grant-id");
  return grant.grant;
}

export const modeOf = (grant: PostgresGrant): PostgresMode => grant.mode ?? "membership";

/** The per-grant role's name: derived from the grant id alone (and the login, for a temporary login). */
export function grantRoleName(grant: GrantSpec): string {
  const hex = grant.id.slice("gj-".length);
  if (modeOf(postgresGrant(grant)) === "membership") return `gitjit_${hex}`;
  const suffix = `_gj_${hex}`;
  return `${grant.principal.slice(0, MAX_IDENTIFIER - suffix.length)}${suffix}`;
}

export function roleTag(grant: GrantSpec): RoleTag {
  const pg = postgresGrant(grant);
  return {
    grant: grant.id,
    principal: grant.principal,
    role: pg.role,
    mode: modeOf(pg),
    expires: grant.expiresAt,
  };
}

/** Reads a role's COMMENT back; undefined when it is not a gitjit tag. */
export function parseRoleTag(comment: string | null | undefined): RoleTag | undefined {
  if (!comment?.startsWith(TAG_PREFIX)) return undefined;
  try {
    const tag = JSON.parse(comment.slice(TAG_PREFIX.length)) as Partial<RoleTag>;
    const strings = [tag.grant, tag.principal, tag.role, tag.expires].every((v) => typeof v === "string");
    if (!strings || !GRANT_ID_PATTERN.test(tag.grant as string)) return undefined;
    if (tag.mode !== "membership" && tag.mode !== "temporary-login") return undefined;
    return tag as RoleTag;
  } catch {
    return undefined;
  }
}

/** The statements that write a grant, in order; `password` is a SCRAM verifier at apply, absent in a plan. */
export interface GrantStatements {
  roleName: string;
  mode: PostgresMode;
  create: string;
  comment: string;
  /** GRANT <target> TO <per-grant role>. */
  grantTarget: string;
  /** GRANT <per-grant role> TO <login>: membership mode only. */
  grantToLogin?: string;
}

export function grantStatements(grant: GrantSpec, password?: string): GrantStatements {
  const pg = postgresGrant(grant);
  const mode = modeOf(pg);
  const roleName = grantRoleName(grant);
  const role = quoteIdent(roleName);
  const create =
    mode === "membership"
      ? `CREATE ROLE ${role} NOLOGIN INHERIT`
      : `CREATE ROLE ${role} LOGIN INHERIT PASSWORD ${quoteLiteral(password ?? PASSWORD_PLACEHOLDER)} VALID UNTIL ${quoteLiteral(grant.expiresAt)}`;
  return {
    roleName,
    mode,
    create,
    comment: `COMMENT ON ROLE ${role} IS ${quoteLiteral(TAG_PREFIX + JSON.stringify(roleTag(grant)))}`,
    grantTarget: `GRANT ${quoteIdent(pg.role)} TO ${role}`,
    ...(mode === "membership" ? { grantToLogin: `GRANT ${role} TO ${quoteIdent(grant.principal)}` } : {}),
  };
}

export function statementList(s: GrantStatements): string[] {
  return [s.create, s.comment, s.grantTarget, ...(s.grantToLogin ? [s.grantToLogin] : [])];
}

/** Pure: the SQL apply sends, one Operation per statement, in one transaction. */
export function planGrant(grant: GrantSpec): Operation[] {
  return statementList(grantStatements(grant)).map((body) => ({ api: "sql", body }));
}

/** Who ends this grant on time, in words for the plan and the docs. */
export function expiryNote(grant: GrantSpec): { enforcement: ExpiryEnforcement; note: string } {
  const enforcement = expiryEnforcement(postgresGrant(grant));
  return enforcement === "native"
    ? {
        enforcement,
        note:
          "PostgreSQL refuses new password logins for the per-grant login after VALID UNTIL; " +
          "sessions opened before then last until the sweep ends them and drops the login.",
      }
    : {
        enforcement,
        note: "PostgreSQL has no timed membership: the sweep revokes it (DROP ROLE of the per-grant role).",
      };
}
