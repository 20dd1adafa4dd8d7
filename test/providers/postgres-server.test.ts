/**
 * The PostgreSQL provider against a real server (GITJIT_TEST_PG_URL: a superuser's URL, e.g.
 * postgres://gitjit_test:pw@127.0.0.1:5432/gitjit_test, over TCP so password authentication
 * applies). Here the server itself shows what PGlite cannot: password logins refused after VALID
 * UNTIL, sessions ended by the revoke, an apply killed mid-transaction, a least-privileged admin.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GrantSpec } from "../../src/core/grant.js";
import { type Database, openDatabase } from "../../src/providers/postgres/database.js";
import { grantStatements, quoteIdent } from "../../src/providers/postgres/plan.js";
import type { Provider } from "../../src/providers/provider.js";
import { openCredential, type SshKey, sealFor, sshKey } from "../support/age.js";
import { CONNECTION, Fixture, pgGrant, pgProvider } from "../support/postgres.js";
import { describeGrantLifecycle } from "../support/postgres-lifecycle.js";

const PG_URL = process.env.GITJIT_TEST_PG_URL;
const skipped = PG_URL ? "" : " (skipped: set GITJIT_TEST_PG_URL to a superuser's postgres:// URL to run)";
if (!PG_URL) console.warn(`PostgreSQL server tests${skipped}`);

describe.skipIf(!PG_URL)(`a real PostgreSQL server${skipped}`, () => {
  describeGrantLifecycle("a PostgreSQL server", () => PG_URL as string);

  let fx: Fixture;
  let key: SshKey;
  const env = () => ({ [CONNECTION]: PG_URL as string });
  beforeAll(async () => {
    fx = await Fixture.open(PG_URL as string);
    key = sshKey("ed25519");
  });

  /** A temporary login applied as apply does, and what its requester decrypts: the login and its password. */
  async function issueLogin(provider: Provider, grant: GrantSpec) {
    const { credential } = await provider.apply(grant, { seal: await sealFor([key], grant) });
    if (!credential) throw new Error("a temporary login comes with a credential");
    const opened = openCredential(credential, key);
    return { username: opened.user as string, password: opened.password as string, opened, credential };
  }
  afterAll(async () => {
    await fx?.cleanup();
  });

  /** A connection as `user`, with a password, over the same host as the test URL. */
  function urlAs(user: string, password: string, database?: string): string {
    const url = new URL(PG_URL as string);
    url.username = encodeURIComponent(user);
    url.password = encodeURIComponent(password);
    if (database) url.pathname = `/${database}`;
    return url.toString();
  }
  const connectAs = (user: string, password: string) => openDatabase(urlAs(user, password), "TEST_LOGIN");
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => "ok",
      (e: { code?: string }) => e.code ?? String(e),
    );
  const canRead = async (db: Database, table: string) =>
    failure(db.query(`SELECT count(*) FROM ${fx.table(table)}`));

  it("lets the login, connected with its own password, read the table only while the grant lasts", async () => {
    const { table, role } = await fx.readableTable();
    const login = await fx.login("octocat", "octocat-own-password");
    const session = await connectAs(login, "octocat-own-password");
    const oid = await fx.tableOid(table);
    const privilege = async () =>
      (
        await session.query<{ ok: boolean }>(
          "SELECT has_table_privilege(current_user, $1::oid, 'SELECT') AS ok",
          [oid],
        )
      )[0]?.ok;
    const { provider } = await pgProvider(env());
    const grant = pgGrant({ principal: login, role });
    try {
      expect(await privilege()).toBe(false);
      expect(await canRead(session, table)).toBe("postgres-permission-denied");
      await provider.apply(grant);
      expect(await privilege()).toBe(true);
      expect(await canRead(session, table)).toBe("ok");
    } finally {
      await session.close();
    }
    // A session that switched to the role during the grant would keep it after a REVOKE: revoke ends it.
    const lingering = await connectAs(login, "octocat-own-password");
    await lingering.query(`SET ROLE ${quoteIdent(role)}`);
    await provider.revoke(grant, []);
    expect(await canRead(lingering, table)).toBe("postgres-unreachable");
    await lingering.close();
    const fresh = await connectAs(login, "octocat-own-password");
    expect(await canRead(fresh, table)).toBe("postgres-permission-denied");
    await fresh.close();
  });

  it("leaves the login's sessions running while another of its grants is active, and ends them with the last", async () => {
    const { table, role } = await fx.readableTable();
    const login = await fx.login("octocat", "octocat-own-password");
    const { provider, log } = await pgProvider(env());
    const first = pgGrant({ principal: login, role, slug: "first" });
    const second = pgGrant({ principal: login, role, slug: "second" });
    await provider.apply(first);
    await provider.apply(second);
    const session = await connectAs(login, "octocat-own-password");
    await session.query(`SET ROLE ${quoteIdent(role)}`);

    await provider.revoke(first, [second]);
    expect(await canRead(session, table)).toBe("ok");
    expect(log.join("\n")).toContain("left running");
    await provider.revoke(second, []);
    expect(await canRead(session, table)).toBe("postgres-unreachable");
    await session.close();
  });

  it("issues a temporary login that works with its password until the revoke, which ends its sessions", async () => {
    const { table, role } = await fx.readableTable();
    const { provider } = await pgProvider(env());
    const grant = pgGrant({ principal: fx.name("octocat"), role, mode: "temporary-login" });
    const credential = await issueLogin(provider, grant);

    const session = await connectAs(credential.username, credential.password);
    expect(await canRead(session, table)).toBe("ok");
    await provider.revoke(grant, []);
    expect(await canRead(session, table)).toBe("postgres-unreachable");
    await session.close();
    expect(await failure(connectAs(credential.username, credential.password))).toBe("postgres-auth-failed");
  });

  it("connects with exactly the command the requester is given, and an extension keeps that password working", async () => {
    const { table, role } = await fx.readableTable();
    const { provider } = await pgProvider(env());
    const grant = pgGrant({ principal: fx.name("octocat"), role, mode: "temporary-login" });
    const { credential, opened, username } = await issueLogin(provider, grant);
    const server = new URL(PG_URL as string);
    // Where gitjit connects, as the requester: never gitjit's own user or password.
    expect(opened).toEqual({
      host: server.hostname,
      ...(server.port ? { port: server.port } : {}),
      dbname: server.pathname.slice(1),
      user: username,
      password: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    expect(JSON.stringify(opened)).not.toContain(decodeURIComponent(server.password));
    // The ciphertext saved as the comment says, and its command run by a shell: age, then psql.
    const dir = mkdtempSync(join(tmpdir(), "gitjit-requester-"));
    const file = join(dir, `${grant.id}.age`);
    writeFileSync(file, credential.armored);
    const connect = () =>
      promisify(execFile)(
        "sh",
        [
          "-c",
          'psql "$(age -d -i "$1" "$2")" -XAtc "$3"',
          "sh",
          key.path,
          file,
          `SELECT current_user, count(*) FROM ${fx.table(table)}`,
        ],
        { env: { PATH: process.env.PATH ?? "" }, encoding: "utf8" },
      );
    try {
      expect((await connect()).stdout.trim()).toBe(`${username}|2`);
      // Extended: applied again with a later expiry. The same password still logs in.
      const later = new Date(Date.parse(grant.expiresAt) + 3600_000).toISOString();
      const extended = await provider.apply({ ...grant, expiresAt: later });
      expect(extended.credential).toBeUndefined();
      expect((await connect()).stdout.trim()).toBe(`${username}|2`);
      const [row] = await fx.admin.query<{ until: Date }>(
        "SELECT rolvaliduntil AS until FROM pg_roles WHERE rolname = $1",
        [username],
      );
      expect(row?.until.toISOString()).toBe(later);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await provider.revoke(grant, []);
    }
  });

  it("has the server itself refuse a password login after VALID UNTIL, while the role and its privilege still exist", async () => {
    const { table, role } = await fx.readableTable();
    // Applied a minute before an expiry that is now two seconds past, as by a run just before it.
    const expiresAt = new Date(Date.now() - 2000);
    const earlier = await pgProvider(env(), () => new Date(expiresAt.getTime() - 60_000));
    const grant = pgGrant({
      principal: fx.name("octocat"),
      role,
      mode: "temporary-login",
      expiresAt: expiresAt.toISOString(),
    });
    const credential = await issueLogin(earlier.provider, grant);

    expect(await fx.roleExists(credential.username)).toBe(true);
    expect(await fx.hasSelect(credential.username, table)).toBe(true);
    expect(await failure(connectAs(credential.username, credential.password))).toBe("postgres-auth-failed");
    await earlier.provider.revoke(grant, []);
    expect(await fx.roleExists(credential.username)).toBe(false);
  });

  it("lets a session opened before the expiry go on after it, until the sweep's revoke ends it", async () => {
    const { table, role } = await fx.readableTable();
    const { provider } = await pgProvider(env());
    const grant = pgGrant({ principal: fx.name("octocat"), role, mode: "temporary-login" });
    const credential = await issueLogin(provider, grant);
    const session = await connectAs(credential.username, credential.password);
    // The expiry passes (moved into the past on the server, rather than waiting for it).
    await fx.admin.query(`ALTER ROLE ${quoteIdent(credential.username)} VALID UNTIL '2000-01-01T00:00:00Z'`);

    expect(await failure(connectAs(credential.username, credential.password))).toBe("postgres-auth-failed");
    expect(await canRead(session, table)).toBe("ok");
    await provider.revoke(grant, []);
    expect(await canRead(session, table)).toBe("postgres-unreachable");
    await session.close();
  });

  it("leaves nothing when the apply's connection is killed mid-transaction, and the retry succeeds", async () => {
    const { table, role } = await fx.readableTable();
    const login = await fx.login();
    const { provider } = await pgProvider(env());
    const grant = pgGrant({ principal: login, role });
    const { roleName } = grantStatements(grant);
    // Block writes to the membership catalog (reads and new connections go on), so the apply
    // stops at its first GRANT, after CREATE ROLE and COMMENT, inside its transaction.
    const blocker = await openDatabase(PG_URL as string, CONNECTION);
    await blocker.query("BEGIN");
    await blocker.query("LOCK TABLE pg_catalog.pg_auth_members IN EXCLUSIVE MODE");
    const applying = failure(provider.apply(grant));
    let killed = 0;
    for (let attempt = 0; attempt < 200 && killed === 0; attempt++) {
      // Asked outside the blocker's transaction, which keeps one snapshot of pg_stat_activity.
      const rows = await fx.admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE application_name = 'gitjit' AND wait_event_type = 'Lock'`,
      );
      killed = rows.length;
      if (killed === 0) await new Promise((r) => setTimeout(r, 25));
    }
    await blocker.query("ROLLBACK");
    await blocker.close();
    expect(killed).toBe(1);
    expect(await applying).toBe("postgres-unreachable");
    expect(await fx.roleExists(roleName)).toBe(false);
    expect(await fx.hasSelect(login, table)).toBe(false);

    expect((await provider.apply(grant)).changed).toBe(true);
    expect(await fx.hasSelect(login, table)).toBe(true);
    await provider.revoke(grant, []);
  });

  it("removes the access even when the per-grant role cannot be dropped yet, and finishes on the next run", async () => {
    const { table, role } = await fx.readableTable();
    const login = await fx.login();
    const { provider } = await pgProvider(env());
    const grant = pgGrant({ principal: login, role });
    const { roleName } = grantStatements(grant);
    await provider.apply(grant);
    // The role owns a table in another database, which this connection cannot reach.
    const other = fx.name("gjtest_other");
    await fx.admin.query(`CREATE DATABASE ${quoteIdent(other)}`);
    const otherDb = await openDatabase(
      urlAs(
        new URL(PG_URL as string).username,
        decodeURIComponent(new URL(PG_URL as string).password),
        other,
      ),
      "OTHER",
    );
    try {
      await otherDb.query(`CREATE TABLE kept (x int)`);
      await otherDb.query(`ALTER TABLE kept OWNER TO ${quoteIdent(roleName)}`);

      await expect(provider.revoke(grant, [])).rejects.toMatchObject({ code: "postgres-role-in-use" });
      expect(await fx.hasSelect(login, table)).toBe(false);
      expect((await provider.listManaged([grant.grant])).map((m) => m.grantId)).toContain(grant.id);

      await otherDb.query("ALTER TABLE kept OWNER TO CURRENT_USER");
      await provider.revoke(grant, []);
      expect(await fx.roleExists(roleName)).toBe(false);
    } finally {
      await otherDb.close();
      await fx.admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(other)}`);
    }
  });

  it("works through a least-privileged admin that cannot read what it grants", async () => {
    const { table, role } = await fx.readableTable();
    const login = await fx.login("octocat", "octocat-own-password");
    const admin = await fx.role("gitjit_admin", "LOGIN CREATEROLE PASSWORD 'admin-password'");
    const [{ version } = { version: 0 }] = await fx.admin.query<{ version: number }>(
      "SELECT current_setting('server_version_num')::int AS version",
    );
    // PostgreSQL 16 made CREATEROLE need ADMIN OPTION on each role it grants; before, CREATEROLE was enough.
    if (version >= 160000)
      await fx.admin.query(
        `GRANT ${quoteIdent(role)} TO ${quoteIdent(admin)} WITH ADMIN OPTION, INHERIT FALSE, SET FALSE`,
      );
    await fx.admin.query(`GRANT pg_signal_backend TO ${quoteIdent(admin)}`);
    expect(await fx.hasSelect(admin, table)).toBe(false);
    const { provider, log } = await pgProvider({ [CONNECTION]: urlAs(admin, "admin-password") });
    const grant = pgGrant({ principal: login, role });

    await provider.apply(grant);
    expect(await fx.hasSelect(login, table)).toBe(true);
    const lingering = await connectAs(login, "octocat-own-password");
    await lingering.query(`SET ROLE ${quoteIdent(role)}`);
    await provider.revoke(grant, []);
    expect(await fx.hasSelect(login, table)).toBe(false);
    expect(await canRead(lingering, table)).toBe("postgres-unreachable");
    await lingering.close();
    expect(await fx.roleExists(grantStatements(grant).roleName)).toBe(false);
    expect(await fx.hasSelect(admin, table)).toBe(false);
    expect(log.join("\n")).toContain("ended 1 open session");
  });

  it("still removes the access when it may not end sessions, and says so", async () => {
    const { table, role } = await fx.readableTable();
    const login = await fx.login("octocat", "octocat-own-password");
    const admin = await fx.role("gitjit_admin", "LOGIN CREATEROLE PASSWORD 'admin-password'");
    const [{ version } = { version: 0 }] = await fx.admin.query<{ version: number }>(
      "SELECT current_setting('server_version_num')::int AS version",
    );
    if (version >= 160000)
      await fx.admin.query(
        `GRANT ${quoteIdent(role)} TO ${quoteIdent(admin)} WITH ADMIN OPTION, INHERIT FALSE, SET FALSE`,
      );
    const { provider, log } = await pgProvider({ [CONNECTION]: urlAs(admin, "admin-password") });
    const grant = pgGrant({ principal: login, role });
    await provider.apply(grant);
    const session = await connectAs(login, "octocat-own-password");
    await provider.revoke(grant, []);
    expect(await canRead(session, table)).toBe("postgres-permission-denied");
    await session.close();
    expect(log.join("\n")).toContain("needs pg_signal_backend");
  });

  it("names a wrong password and a missing database with stable codes, never the password", async () => {
    const grant = pgGrant({ principal: "octocat", role: "payouts_readonly" });
    const user = new URL(PG_URL as string).username;
    const wrong = await pgProvider({ [CONNECTION]: urlAs(user, "not-the-password-hunter2") });
    const error = await wrong.provider.apply(grant).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error).toMatchObject({
      code: "postgres-auth-failed",
      message: expect.stringContaining(CONNECTION),
    });
    expect(error?.message).not.toContain("hunter2");

    const url = new URL(PG_URL as string);
    url.pathname = `/${fx.name("no_such_db")}`;
    const missing = await pgProvider({ [CONNECTION]: url.toString() });
    await expect(missing.provider.apply(grant)).rejects.toMatchObject({ code: "postgres-database-missing" });
  });
});
