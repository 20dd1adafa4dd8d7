/**
 * The PostgreSQL provider: a grant is membership of a role, through a role gitjit creates for that
 * grant alone (see ./plan.ts for the two modes and the SQL). Apply runs in one transaction, so a
 * run killed half-way leaves nothing; revoke first cuts every membership in one transaction, then
 * ends the sessions that could still use the access, then drops the role, so a run killed at any
 * step is finished by the next one, which finds the tagged role again.
 */
import { EXPIRY_ENFORCEMENT, type GrantSpec } from "../../core/grant.js";
import type { ApplyOptions, ApplyResult, ManagedGrant, Provider, SealedCredential } from "../provider.js";
import { ProviderError } from "../provider.js";
import type { ProviderContext, ProviderFactory } from "../registry.js";
import { loginConnectionString } from "./connect.js";
import { type Database, DatabaseError, openDatabase, type SqlSession } from "./database.js";
import { randomPassword, scramVerifier } from "./password.js";
import {
  type GrantStatements,
  grantRoleName,
  grantStatements,
  modeOf,
  type PostgresGrant,
  parseRoleTag,
  planGrant,
  postgresGrant,
  quoteIdent,
  quoteLiteral,
  TAG_PREFIX,
} from "./plan.js";

interface RoleRow {
  rolname: string;
  rolcanlogin: boolean;
  rolvaliduntil: Date | null;
  comment: string | null;
}

const ROLE_COLUMNS =
  "r.rolname, r.rolcanlogin, r.rolvaliduntil, shobj_description(r.oid, 'pg_authid') AS comment";

/** SQLSTATEs of a CREATE ROLE that lost a race with another run creating the same role. */
const DUPLICATE = new Set(["23505", "42710"]);

const createPostgresProvider: ProviderFactory = (context) => new PostgresProvider(context);
export default createPostgresProvider;

class PostgresProvider implements Provider {
  readonly id = "postgres" as const;
  /** The default mode's; a temporary-login grant is "native" (see expiryEnforcement in core/grant). */
  readonly expiry = EXPIRY_ENFORCEMENT.postgres;

  constructor(private readonly context: ProviderContext) {}

  plan(grant: GrantSpec) {
    return planGrant(grant);
  }

  async apply(grant: GrantSpec, options: ApplyOptions = {}): Promise<ApplyResult> {
    const pg = postgresGrant(grant);
    if (Date.parse(grant.expiresAt) <= this.context.now().getTime())
      throw new ProviderError(
        `grant ${grant.id} ended at ${grant.expiresAt}; nothing was applied`,
        "grant-ended",
      );
    const statements = grantStatements(grant);
    // A temporary login's password: made, and sealed for the requester, before the login is written.
    const issue = async (): Promise<Issued> => {
      if (!options.seal)
        throw new ProviderError(
          `grant ${grant.id} needs a new password for the temporary login ${statements.roleName}, and this run has no way to deliver it to ${grant.requester} alone; nothing was written`,
          "credential-undeliverable",
        );
      const password = randomPassword();
      const sealed = await options.seal({
        username: statements.roleName,
        password,
        expiresAt: grant.expiresAt,
        secret: loginConnectionString(this.urlOf(pg.connection), statements.roleName, password),
      });
      return { verifier: scramVerifier(password), sealed };
    };
    const login =
      statements.mode === "temporary-login" ? { issue, reissue: options.reissue === true } : undefined;
    const write = (tx: SqlSession) => writeGrant(tx, grant, pg, statements, login);
    const written = await this.withDatabase(pg.connection, async (db) => {
      try {
        return await db.transaction(write);
      } catch (error) {
        // Another run created the same role between our look and our CREATE: look again.
        if (!(error instanceof DatabaseError && DUPLICATE.has(error.sqlState ?? ""))) throw error;
        return await db.transaction(write);
      }
    });
    this.context.log(
      `postgres: ${written.changed ? "granted" : "already in place:"} ${pg.role} to ${grant.principal} as ${statements.roleName} (${grant.id}), until ${grant.expiresAt}` +
        (written.credential ? "; a new password was issued, sealed for the requester" : ""),
    );
    return {
      changed: written.changed,
      refs: { connection: pg.connection, role: statements.roleName, target: pg.role, mode: statements.mode },
      ...(written.credential ? { credential: written.credential } : {}),
    };
  }

  async revoke(grant: GrantSpec, stillActive: readonly GrantSpec[]): Promise<void> {
    const pg = postgresGrant(grant);
    const name = grantRoleName(grant);
    await this.withDatabase(pg.connection, async (db) => {
      const role = await findRole(db, name);
      if (!role) return; // already gone: nothing to do
      const tag = parseRoleTag(role.comment);
      if (tag?.grant !== grant.id)
        throw new ProviderError(
          `role ${name} exists but gitjit did not create it for grant ${grant.id}; it was left alone`,
          "postgres-not-managed",
        );
      // What is on the server decides how to take it away.
      const mode = tag.mode;
      // 1. Cut the access at once: no membership left either way, and no new login.
      await db.transaction(async (tx) => {
        if (mode === "temporary-login") await tx.query(`ALTER ROLE ${quoteIdent(name)} NOLOGIN`);
        for (const r of await rolesOf(tx, name))
          await tx.query(`REVOKE ${quoteIdent(r)} FROM ${quoteIdent(name)}`);
        for (const m of await membersOf(tx, name))
          await tx.query(`REVOKE ${quoteIdent(name)} FROM ${quoteIdent(m)}`);
      });
      // 2. End sessions that could still use it: a SET ROLE made during the grant outlives the REVOKE.
      const overlapping = stillActive.some(
        (other) =>
          other.id !== grant.id &&
          other.principal === grant.principal &&
          other.grant.provider === "postgres" &&
          modeOf(other.grant) === "membership" &&
          this.context.env[other.grant.connection] === this.context.env[pg.connection],
      );
      if (mode === "temporary-login") await this.endSessions(db, name);
      else if (overlapping)
        this.context.log(
          `postgres: ${grant.principal} holds another active grant on this server; their open sessions were left running`,
        );
      else await this.endSessions(db, grant.principal);
      // 3. Drop the role, with whatever it owns handed to gitjit's own role first.
      await dropRole(db, name, grant.id);
      this.context.log(`postgres: revoked ${pg.role} from ${grant.principal} (${grant.id}); dropped ${name}`);
    });
  }

  async listManaged(scopes: readonly GrantSpec["grant"][]): Promise<ManagedGrant[]> {
    const connections = [
      ...new Set(scopes.flatMap((s) => (s.provider === "postgres" ? [s.connection] : []))),
    ];
    const seenUrls = new Set<string>();
    const found: ManagedGrant[] = [];
    for (const connection of connections) {
      const url = this.urlOf(connection);
      if (seenUrls.has(url)) continue;
      seenUrls.add(url);
      const rows = await this.withDatabase(connection, (db) =>
        db.query<RoleRow>(
          `SELECT ${ROLE_COLUMNS} FROM pg_roles r WHERE shobj_description(r.oid, 'pg_authid') LIKE $1 ORDER BY r.rolname`,
          [`${TAG_PREFIX}%`],
        ),
      );
      for (const row of rows) {
        const tag = parseRoleTag(row.comment);
        if (!tag) {
          this.context.log(`postgres: role ${row.rolname} carries an unreadable gitjit tag; skipped`);
          continue;
        }
        const validUntil = row.rolvaliduntil instanceof Date ? row.rolvaliduntil : undefined;
        found.push({
          grantId: tag.grant,
          principal: tag.principal,
          location: `${connection} role ${tag.role}`,
          ...(validUntil && Number.isFinite(validUntil.getTime())
            ? { expiresAt: validUntil.toISOString() }
            : {}),
          ref: { connection, role: row.rolname, target: tag.role, mode: tag.mode },
        });
      }
    }
    return found;
  }

  private urlOf(connection: string): string {
    const url = this.context.env[connection];
    if (!url)
      throw new ProviderError(
        `the environment variable ${connection}, which names this grant's database, is not set`,
        "postgres-connection-unset",
      );
    return url;
  }

  private async withDatabase<T>(connection: string, work: (db: Database) => Promise<T>): Promise<T> {
    const db = await openDatabase(this.urlOf(connection), connection);
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  }

  private async endSessions(db: Database, login: string): Promise<void> {
    try {
      const ended = await db.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1 AND pid <> pg_backend_pid()",
        [login],
      );
      if (ended.length > 0) this.context.log(`postgres: ended ${ended.length} open session(s) of ${login}`);
    } catch (error) {
      if (!(error instanceof DatabaseError && error.sqlState === "42501")) throw error;
      this.context.log(
        `postgres: could not end the open sessions of ${login} (gitjit's role needs pg_signal_backend); they end when they disconnect`,
      );
    }
  }
}

/** A temporary login's new password, as the server stores it and as the requester receives it. */
interface Issued {
  verifier: string;
  sealed: SealedCredential;
}

/**
 * Writes what is missing of the grant. A temporary login that exists keeps its password (an
 * extension moves only its VALID UNTIL) unless `login.reissue` asks for a new one.
 */
async function writeGrant(
  tx: SqlSession,
  grant: GrantSpec,
  pg: PostgresGrant,
  s: GrantStatements,
  login: { issue(): Promise<Issued>; reissue: boolean } | undefined,
): Promise<{ changed: boolean; credential?: SealedCredential }> {
  if (!(await findRole(tx, pg.role)))
    throw new ProviderError(
      `role ${pg.role} does not exist on the database ${pg.connection} names; nothing was granted`,
      "postgres-role-missing",
    );
  if (s.grantToLogin && !(await findRole(tx, grant.principal)))
    throw new ProviderError(
      `${grant.principal}, the login of ${grant.requester}, does not exist on the database ${pg.connection} names; nothing was granted`,
      "postgres-login-missing",
    );
  const existing = await findRole(tx, s.roleName);
  const tag = parseRoleTag(existing?.comment);
  if (existing && tag?.grant !== grant.id)
    throw new ProviderError(
      `role ${s.roleName} already exists and gitjit did not create it for grant ${grant.id}; nothing was granted`,
      "postgres-role-name-taken",
    );
  let changed = false;
  let credential: SealedCredential | undefined;
  const role = quoteIdent(s.roleName);
  const until = quoteLiteral(grant.expiresAt);
  if (!existing) {
    let create = s.create;
    if (login) {
      const issued = await login.issue();
      create = grantStatements(grant, issued.verifier).create;
      credential = issued.sealed;
    }
    await tx.query(create);
    await tx.query(s.comment);
    changed = true;
  } else if (login) {
    if (login.reissue) {
      const issued = await login.issue();
      await tx.query(
        `ALTER ROLE ${role} LOGIN PASSWORD ${quoteLiteral(issued.verifier)} VALID UNTIL ${until}`,
      );
      credential = issued.sealed;
      changed = true;
    } else if (!existing.rolcanlogin || !sameInstant(existing.rolvaliduntil, grant.expiresAt)) {
      // The password stays: the requester already holds it.
      await tx.query(`ALTER ROLE ${role} LOGIN VALID UNTIL ${until}`);
      changed = true;
    }
  }
  // The tag says when the grant ends: kept true when an extension moves it.
  if (existing && tag?.expires !== grant.expiresAt) await tx.query(s.comment);
  if (!(await isMember(tx, s.roleName, pg.role))) {
    await tx.query(s.grantTarget);
    changed = true;
  }
  if (s.grantToLogin && !(await isMember(tx, grant.principal, s.roleName))) {
    await tx.query(s.grantToLogin);
    changed = true;
  }
  return { changed, ...(credential ? { credential } : {}) };
}

function sameInstant(date: Date | null, iso: string): boolean {
  return date instanceof Date && date.getTime() === Date.parse(iso);
}

async function findRole(db: SqlSession, name: string): Promise<RoleRow | undefined> {
  const rows = await db.query<RoleRow>(`SELECT ${ROLE_COLUMNS} FROM pg_roles r WHERE r.rolname = $1`, [name]);
  return rows[0];
}

async function isMember(db: SqlSession, member: string, role: string): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
     WHERE r.rolname = $1 AND u.rolname = $2`,
    [role, member],
  );
  return rows.length > 0;
}

/** Roles `name` is a member of. */
async function rolesOf(db: SqlSession, name: string): Promise<string[]> {
  const rows = await db.query<{ rolname: string }>(
    `SELECT DISTINCT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
     WHERE u.rolname = $1 ORDER BY 1`,
    [name],
  );
  return rows.map((r) => r.rolname);
}

/** Members of `name`, except gitjit's own role (which may hold ADMIN on it, needed to drop it). */
async function membersOf(db: SqlSession, name: string): Promise<string[]> {
  const rows = await db.query<{ rolname: string }>(
    `SELECT DISTINCT u.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
     WHERE r.rolname = $1 AND u.rolname <> current_user ORDER BY 1`,
    [name],
  );
  return rows.map((r) => r.rolname);
}

async function dropRole(db: Database, name: string, grantId: string): Promise<void> {
  const role = quoteIdent(name);
  try {
    await db.query(`DROP ROLE IF EXISTS ${role}`);
    return;
  } catch (error) {
    // 2BP01: it owns objects or holds privileges (made with SET ROLE during the grant).
    if (!(error instanceof DatabaseError && error.sqlState === "2BP01")) throw error;
  }
  try {
    await db.transaction(async (tx) => {
      await tx.query(`REASSIGN OWNED BY ${role} TO CURRENT_USER`);
      await tx.query(`DROP OWNED BY ${role}`);
      await tx.query(`DROP ROLE ${role}`);
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ProviderError(
      `grant ${grantId}: the access is removed (role ${name} has no memberships and cannot log in), but the role ` +
        `could not be dropped (${reason}); it stays tagged, so the next sweep tries again. Objects it owns in ` +
        "another database must be handed over there first (REASSIGN OWNED).",
      "postgres-role-in-use",
    );
  }
}
