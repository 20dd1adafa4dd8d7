import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  DatabaseError,
  openDatabase
} from "./chunk-5DKCBUAD.js";
import {
  TAG_PREFIX,
  grantRoleName,
  grantStatements,
  modeOf,
  parseRoleTag,
  planGrant,
  postgresGrant,
  quoteIdent,
  quoteLiteral
} from "./chunk-JY4UCXZK.js";
import {
  EXPIRY_ENFORCEMENT
} from "./chunk-EI2MP62G.js";
import {
  ProviderError
} from "./chunk-6DV6XXR4.js";
import "./chunk-2I45JTVB.js";

// src/providers/postgres/connect.ts
var KEPT = ["host", "hostaddr", "port", "dbname", "sslmode", "channel_binding", "target_session_attrs"];
function libpqValue(value) {
  return /^[^\s'\\]+$/.test(value) ? value : `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}
function loginConnectionString(url, user, password) {
  const parsed = new URL(url);
  const parts = [];
  if (parsed.protocol === "postgres:" || parsed.protocol === "postgresql:") {
    const host = decodeURIComponent(parsed.hostname).replace(/^\[(.*)\]$/, "$1");
    if (host) parts.push(["host", host]);
    if (parsed.port) parts.push(["port", parsed.port]);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
    if (database) parts.push(["dbname", database]);
    for (const key of KEPT) {
      const value = parsed.searchParams.get(key);
      if (value === null) continue;
      const at = parts.findIndex(([k]) => k === key);
      if (at >= 0) parts.splice(at, 1);
      parts.push([key, value]);
    }
  }
  parts.push(["user", user], ["password", password]);
  return parts.map(([k, v]) => `${k}=${libpqValue(v)}`).join(" ");
}

// src/providers/postgres/password.ts
import { createHash, createHmac, pbkdf2Sync, randomBytes } from "node:crypto";
var ITERATIONS = 4096;
function randomPassword() {
  return randomBytes(32).toString("base64url");
}
function scramVerifier(password, salt = randomBytes(16), iterations = ITERATIONS) {
  const salted = pbkdf2Sync(password.normalize("NFKC"), salt, iterations, 32, "sha256");
  const clientKey = createHmac("sha256", salted).update("Client Key").digest();
  const storedKey = createHash("sha256").update(clientKey).digest();
  const serverKey = createHmac("sha256", salted).update("Server Key").digest();
  const b64 = (b) => b.toString("base64");
  return `SCRAM-SHA-256$${iterations}:${b64(salt)}$${b64(storedKey)}:${b64(serverKey)}`;
}

// src/providers/postgres/index.ts
var ROLE_COLUMNS = "r.rolname, r.rolcanlogin, r.rolvaliduntil, shobj_description(r.oid, 'pg_authid') AS comment";
var DUPLICATE = /* @__PURE__ */ new Set(["23505", "42710"]);
var createPostgresProvider = (context) => new PostgresProvider(context);
var postgres_default = createPostgresProvider;
var PostgresProvider = class {
  constructor(context) {
    this.context = context;
  }
  context;
  id = "postgres";
  /** The default mode's; a temporary-login grant is "native" (see expiryEnforcement in core/grant). */
  expiry = EXPIRY_ENFORCEMENT.postgres;
  plan(grant) {
    return planGrant(grant);
  }
  async apply(grant, options = {}) {
    const pg = postgresGrant(grant);
    if (Date.parse(grant.expiresAt) <= this.context.now().getTime())
      throw new ProviderError(
        `grant ${grant.id} ended at ${grant.expiresAt}; nothing was applied`,
        "grant-ended"
      );
    const statements = grantStatements(grant);
    const issue = async () => {
      if (!options.seal)
        throw new ProviderError(
          `grant ${grant.id} needs a new password for the temporary login ${statements.roleName}, and this run has no way to deliver it to ${grant.requester} alone; nothing was written`,
          "credential-undeliverable"
        );
      const password = randomPassword();
      const sealed = await options.seal({
        username: statements.roleName,
        password,
        expiresAt: grant.expiresAt,
        secret: loginConnectionString(this.urlOf(pg.connection), statements.roleName, password)
      });
      return { verifier: scramVerifier(password), sealed };
    };
    const login = statements.mode === "temporary-login" ? { issue, reissue: options.reissue === true } : void 0;
    const write = (tx) => writeGrant(tx, grant, pg, statements, login);
    const written = await this.withDatabase(pg.connection, async (db) => {
      try {
        return await db.transaction(write);
      } catch (error) {
        if (!(error instanceof DatabaseError && DUPLICATE.has(error.sqlState ?? ""))) throw error;
        return await db.transaction(write);
      }
    });
    this.context.log(
      `postgres: ${written.changed ? "granted" : "already in place:"} ${pg.role} to ${grant.principal} as ${statements.roleName} (${grant.id}), until ${grant.expiresAt}` + (written.credential ? "; a new password was issued, sealed for the requester" : "")
    );
    return {
      changed: written.changed,
      refs: { connection: pg.connection, role: statements.roleName, target: pg.role, mode: statements.mode },
      ...written.credential ? { credential: written.credential } : {}
    };
  }
  async revoke(grant, stillActive) {
    const pg = postgresGrant(grant);
    const name = grantRoleName(grant);
    await this.withDatabase(pg.connection, async (db) => {
      const role = await findRole(db, name);
      if (!role) return;
      const tag = parseRoleTag(role.comment);
      if (tag?.grant !== grant.id)
        throw new ProviderError(
          `role ${name} exists but gitjit did not create it for grant ${grant.id}; it was left alone`,
          "postgres-not-managed"
        );
      const mode = tag.mode;
      await db.transaction(async (tx) => {
        if (mode === "temporary-login") await tx.query(`ALTER ROLE ${quoteIdent(name)} NOLOGIN`);
        for (const r of await rolesOf(tx, name))
          await tx.query(`REVOKE ${quoteIdent(r)} FROM ${quoteIdent(name)}`);
        for (const m of await membersOf(tx, name))
          await tx.query(`REVOKE ${quoteIdent(name)} FROM ${quoteIdent(m)}`);
      });
      const overlapping = stillActive.some(
        (other) => other.id !== grant.id && other.principal === grant.principal && other.grant.provider === "postgres" && modeOf(other.grant) === "membership" && this.context.env[other.grant.connection] === this.context.env[pg.connection]
      );
      if (mode === "temporary-login") await this.endSessions(db, name);
      else if (overlapping)
        this.context.log(
          `postgres: ${grant.principal} holds another active grant on this server; their open sessions were left running`
        );
      else await this.endSessions(db, grant.principal);
      await dropRole(db, name, grant.id);
      this.context.log(`postgres: revoked ${pg.role} from ${grant.principal} (${grant.id}); dropped ${name}`);
    });
  }
  async listManaged(scopes) {
    const connections = [
      ...new Set(scopes.flatMap((s) => s.provider === "postgres" ? [s.connection] : []))
    ];
    const seenUrls = /* @__PURE__ */ new Set();
    const found = [];
    for (const connection of connections) {
      const url = this.urlOf(connection);
      if (seenUrls.has(url)) continue;
      seenUrls.add(url);
      const rows = await this.withDatabase(
        connection,
        (db) => db.query(
          `SELECT ${ROLE_COLUMNS} FROM pg_roles r WHERE shobj_description(r.oid, 'pg_authid') LIKE $1 ORDER BY r.rolname`,
          [`${TAG_PREFIX}%`]
        )
      );
      for (const row of rows) {
        const tag = parseRoleTag(row.comment);
        if (!tag) {
          this.context.log(`postgres: role ${row.rolname} carries an unreadable gitjit tag; skipped`);
          continue;
        }
        const validUntil = row.rolvaliduntil instanceof Date ? row.rolvaliduntil : void 0;
        found.push({
          grantId: tag.grant,
          principal: tag.principal,
          location: `${connection} role ${tag.role}`,
          ...validUntil && Number.isFinite(validUntil.getTime()) ? { expiresAt: validUntil.toISOString() } : {},
          ref: { connection, role: row.rolname, target: tag.role, mode: tag.mode }
        });
      }
    }
    return found;
  }
  urlOf(connection) {
    const url = this.context.env[connection];
    if (!url)
      throw new ProviderError(
        `the environment variable ${connection}, which names this grant's database, is not set`,
        "postgres-connection-unset"
      );
    return url;
  }
  async withDatabase(connection, work) {
    const db = await openDatabase(this.urlOf(connection), connection);
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  }
  async endSessions(db, login) {
    try {
      const ended = await db.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1 AND pid <> pg_backend_pid()",
        [login]
      );
      if (ended.length > 0) this.context.log(`postgres: ended ${ended.length} open session(s) of ${login}`);
    } catch (error) {
      if (!(error instanceof DatabaseError && error.sqlState === "42501")) throw error;
      this.context.log(
        `postgres: could not end the open sessions of ${login} (gitjit's role needs pg_signal_backend); they end when they disconnect`
      );
    }
  }
};
async function writeGrant(tx, grant, pg, s, login) {
  if (!await findRole(tx, pg.role))
    throw new ProviderError(
      `role ${pg.role} does not exist on the database ${pg.connection} names; nothing was granted`,
      "postgres-role-missing"
    );
  if (s.grantToLogin && !await findRole(tx, grant.principal))
    throw new ProviderError(
      `${grant.principal}, the login of ${grant.requester}, does not exist on the database ${pg.connection} names; nothing was granted`,
      "postgres-login-missing"
    );
  const existing = await findRole(tx, s.roleName);
  const tag = parseRoleTag(existing?.comment);
  if (existing && tag?.grant !== grant.id)
    throw new ProviderError(
      `role ${s.roleName} already exists and gitjit did not create it for grant ${grant.id}; nothing was granted`,
      "postgres-role-name-taken"
    );
  let changed = false;
  let credential;
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
        `ALTER ROLE ${role} LOGIN PASSWORD ${quoteLiteral(issued.verifier)} VALID UNTIL ${until}`
      );
      credential = issued.sealed;
      changed = true;
    } else if (!existing.rolcanlogin || !sameInstant(existing.rolvaliduntil, grant.expiresAt)) {
      await tx.query(`ALTER ROLE ${role} LOGIN VALID UNTIL ${until}`);
      changed = true;
    }
  }
  if (existing && tag?.expires !== grant.expiresAt) await tx.query(s.comment);
  if (!await isMember(tx, s.roleName, pg.role)) {
    await tx.query(s.grantTarget);
    changed = true;
  }
  if (s.grantToLogin && !await isMember(tx, grant.principal, s.roleName)) {
    await tx.query(s.grantToLogin);
    changed = true;
  }
  return { changed, ...credential ? { credential } : {} };
}
function sameInstant(date, iso) {
  return date instanceof Date && date.getTime() === Date.parse(iso);
}
async function findRole(db, name) {
  const rows = await db.query(`SELECT ${ROLE_COLUMNS} FROM pg_roles r WHERE r.rolname = $1`, [name]);
  return rows[0];
}
async function isMember(db, member, role) {
  const rows = await db.query(
    `SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
     WHERE r.rolname = $1 AND u.rolname = $2`,
    [role, member]
  );
  return rows.length > 0;
}
async function rolesOf(db, name) {
  const rows = await db.query(
    `SELECT DISTINCT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
     WHERE u.rolname = $1 ORDER BY 1`,
    [name]
  );
  return rows.map((r) => r.rolname);
}
async function membersOf(db, name) {
  const rows = await db.query(
    `SELECT DISTINCT u.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
     WHERE r.rolname = $1 AND u.rolname <> current_user ORDER BY 1`,
    [name]
  );
  return rows.map((r) => r.rolname);
}
async function dropRole(db, name, grantId) {
  const role = quoteIdent(name);
  try {
    await db.query(`DROP ROLE IF EXISTS ${role}`);
    return;
  } catch (error) {
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
      `grant ${grantId}: the access is removed (role ${name} has no memberships and cannot log in), but the role could not be dropped (${reason}); it stays tagged, so the next sweep tries again. Objects it owns in another database must be handed over there first (REASSIGN OWNED).`,
      "postgres-role-in-use"
    );
  }
}
export {
  postgres_default as default
};
