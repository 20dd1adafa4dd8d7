/**
 * Helpers for the PostgreSQL provider's tests: grants, the provider as production loads it, and a
 * fixture that sets up a table and logins on a real database (PGlite or a server) and checks what
 * a login can really do there.
 */
import { randomBytes } from "node:crypto";
import { type GrantSpec, grantId } from "../../src/core/grant.js";
import type { Grant } from "../../src/core/model/schema.js";
import { type Database, openDatabase, type SqlSession } from "../../src/providers/postgres/database.js";
import { scramVerifier } from "../../src/providers/postgres/password.js";
import { parseRoleTag, quoteIdent, quoteLiteral } from "../../src/providers/postgres/plan.js";
import type { Provider } from "../../src/providers/provider.js";
import { loadProvider } from "../../src/providers/registry.js";

export const CONNECTION = "GITJIT_DB_URL";

export interface GrantOptions {
  principal: string;
  role: string;
  mode?: "membership" | "temporary-login";
  slug?: string;
  startsAt?: string;
  expiresAt?: string;
  connection?: string;
}

export function pgGrant(o: GrantOptions): GrantSpec {
  const requestPath = `requests/prod-db-read/${o.principal}-${o.slug ?? "debug"}.yaml`;
  const grant: Grant = {
    provider: "postgres",
    connection: o.connection ?? CONNECTION,
    role: o.role,
    ...(o.mode ? { mode: o.mode } : {}),
  };
  return {
    id: grantId(requestPath, 17),
    requestPath,
    pr: 17,
    requester: o.principal,
    principal: o.principal,
    profile: "prod-db-read",
    grant,
    startsAt: o.startsAt ?? "2026-01-01T09:00:00Z",
    expiresAt: o.expiresAt ?? new Date(Date.now() + 3600_000).toISOString(),
    justification: "Investigate failed payouts reported in INC-4821",
    ticket: "INC-4821",
  };
}

export interface Harness {
  provider: Provider;
  log: string[];
}

/** The provider through the registry, as production loads it, with its own env and clock. */
export async function pgProvider(
  env: Record<string, string | undefined>,
  now: () => Date = () => new Date(),
): Promise<Harness> {
  const log: string[] = [];
  const provider = await loadProvider("postgres", { env, now, log: (m) => log.push(m) });
  return { provider, log };
}

/** Unique names per test, so tests share one database (and a server's roles are cluster-wide). */
export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString("hex")}`;
}

/** A database with a table, a role allowed to read it, and a way to act as a login. */
export class Fixture {
  /** Roles made here, dropped at the end. */
  readonly created: string[] = [];
  /** Every name handed out, so per-grant roles a failed test left are found and dropped too. */
  private readonly names = new Set<string>();
  constructor(
    readonly admin: Database,
    readonly url: string,
    readonly schema: string,
  ) {}

  static async open(url: string): Promise<Fixture> {
    const admin = await openDatabase(url, CONNECTION);
    const schema = uniqueName("gjtest");
    await admin.query(`CREATE SCHEMA ${quoteIdent(schema)}`);
    return new Fixture(admin, url, schema);
  }

  table(name: string): string {
    return `${quoteIdent(this.schema)}.${quoteIdent(name)}`;
  }

  /** A table and a role that may read it (and use the schema). */
  async readableTable(prefix = "payouts"): Promise<{ table: string; role: string }> {
    const role = await this.role(`${prefix}_readonly`, "NOLOGIN");
    const table = this.name(prefix);
    await this.admin.query(`CREATE TABLE ${this.table(table)} (id int)`);
    await this.admin.query(`INSERT INTO ${this.table(table)} VALUES (1), (2)`);
    await this.admin.query(`GRANT USAGE ON SCHEMA ${quoteIdent(this.schema)} TO ${quoteIdent(role)}`);
    await this.admin.query(`GRANT SELECT ON ${this.table(table)} TO ${quoteIdent(role)}`);
    return { table, role };
  }

  name(prefix: string): string {
    const name = uniqueName(prefix);
    this.names.add(name);
    return name;
  }

  async role(prefix: string, options: string): Promise<string> {
    const name = this.name(prefix);
    await this.admin.query(`CREATE ROLE ${quoteIdent(name)} ${options}`);
    this.created.push(name);
    return name;
  }

  async login(prefix = "octocat", password?: string): Promise<string> {
    return this.role(prefix, password ? `LOGIN PASSWORD ${quoteLiteral(password)}` : "LOGIN");
  }

  /** has_table_privilege, the server's own answer about the login's effective privilege. */
  async hasSelect(login: string, table: string): Promise<boolean> {
    const [row] = await this.admin.query<{ ok: boolean }>(
      "SELECT has_table_privilege($1, $2, 'SELECT') AS ok",
      [login, `${this.schema}.${table}`],
    );
    return row?.ok === true;
  }

  /** The table's oid, for a login that may not see the schema to look the name up. */
  async tableOid(table: string): Promise<number> {
    const [row] = await this.admin.query<{ oid: number }>("SELECT $1::regclass::oid AS oid", [
      `${this.schema}.${table}`,
    ]);
    return Number(row?.oid);
  }

  /** Acts as the login (SET ROLE in a transaction rolled back after) and reads the table for real. */
  async selectAs(login: string, table: string): Promise<"ok" | string> {
    return asRole(this.admin, login, (tx) => tx.query(`SELECT count(*) FROM ${this.table(table)}`));
  }

  /**
   * Whether `password` is the login's: its SCRAM-SHA-256 verifier, remade with the stored salt
   * and iteration count, is the one the server keeps (what a password login checks, on any engine).
   */
  async passwordIs(login: string, password: string): Promise<boolean> {
    const [row] = await this.admin.query<{ rolpassword: string | null }>(
      "SELECT rolpassword FROM pg_authid WHERE rolname = $1",
      [login],
    );
    const match = /^SCRAM-SHA-256\$(\d+):([^$]+)\$/.exec(row?.rolpassword ?? "");
    if (!match) return false;
    return (
      scramVerifier(password, Buffer.from(match[2] as string, "base64"), Number(match[1])) ===
      row?.rolpassword
    );
  }

  async roleExists(name: string): Promise<boolean> {
    return (await this.admin.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [name])).length > 0;
  }

  async cleanup(): Promise<void> {
    await this.admin.query(`DROP SCHEMA IF EXISTS ${quoteIdent(this.schema)} CASCADE`);
    const tagged = await this.admin.query<{ rolname: string; comment: string }>(
      "SELECT rolname, shobj_description(oid, 'pg_authid') AS comment FROM pg_roles",
    );
    const leftovers = tagged.flatMap(({ rolname, comment }) => {
      const tag = parseRoleTag(comment);
      return tag && (this.names.has(tag.principal) || this.names.has(tag.role)) ? [rolname] : [];
    });
    for (const name of [...leftovers, ...this.created.reverse()]) {
      await this.admin.query(`DROP OWNED BY ${quoteIdent(name)}`).catch(() => {});
      await this.admin.query(`DROP ROLE IF EXISTS ${quoteIdent(name)}`).catch(() => {});
    }
    await this.admin.close();
  }
}

/** Runs `work` as `role` (SET LOCAL ROLE) and rolls back; "ok" or the error's code. */
export async function asRole(
  db: Database,
  role: string,
  work: (tx: SqlSession) => Promise<unknown>,
): Promise<"ok" | string> {
  const rollback = new Error("rollback");
  try {
    await db.transaction(async (tx) => {
      await tx.query(`SET LOCAL ROLE ${quoteIdent(role)}`);
      await work(tx);
      throw rollback;
    });
  } catch (error) {
    if (error === rollback) return "ok";
    return (error as { code?: string }).code ?? String(error);
  }
  return "ok";
}
