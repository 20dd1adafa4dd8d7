/**
 * One small query interface over two engines: a PostgreSQL server through `pg`, or PGlite (the
 * real PostgreSQL, compiled to WebAssembly, running in this process) for the embedded default.
 *
 * The URL picks the engine:
 * - `postgres://…` or `postgresql://…`: a server (libpq-style URL; sslmode and the rest as pg reads them);
 * - `pglite://memory` (or `pglite://memory/<name>` for several): an in-memory database, shared by
 *   every use of the same URL within this process, gone when it ends;
 * - `pglite:///absolute/path/to/dir`: a database kept in that folder (one process at a time).
 */
import { resolve } from "node:path";
import { ProviderError } from "../provider.js";

export interface SqlSession {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface Database extends SqlSession {
  readonly engine: "server" | "pglite";
  /** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

type PGliteInstance = import("@electric-sql/pglite").PGlite;
const embedded = new Map<string, Promise<PGliteInstance>>();

/** `name` is how errors refer to the database: the environment variable, never the URL (it may hold a password). */
export async function openDatabase(url: string, name: string): Promise<Database> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badUrl(name);
  }
  if (parsed.protocol === "postgres:" || parsed.protocol === "postgresql:") return openServer(url, name);
  if (parsed.protocol === "pglite:") return openEmbedded(embeddedLocation(parsed, name), name);
  throw badUrl(name);
}

/**
 * Closes the embedded databases this process opened, or only the one `url` names (tests and the
 * demo call it when done; a folder's database can then be opened by another process).
 */
export async function closeEmbeddedDatabases(url?: string): Promise<void> {
  const only = url === undefined ? undefined : embeddedLocation(new URL(url), "the URL");
  for (const [location, db] of [...embedded]) {
    if (only !== undefined && location !== only) continue;
    embedded.delete(location);
    await (await db.catch(() => undefined))?.close();
  }
}

function badUrl(name: string): ProviderError {
  return new ProviderError(
    `${name} does not hold a usable database URL: expected postgres://, postgresql://, pglite://memory or pglite:///absolute/path`,
    "postgres-bad-url",
  );
}

function embeddedLocation(url: URL, name: string): string {
  if (url.hostname === "memory") return `memory://${url.pathname.replace(/^\/+/, "")}`;
  if (url.hostname === "" && url.pathname.length > 1) return resolve(decodeURIComponent(url.pathname));
  throw badUrl(name);
}

async function openEmbedded(location: string, name: string): Promise<Database> {
  let instance = embedded.get(location);
  if (!instance) {
    instance = import("@electric-sql/pglite").then(({ PGlite }) =>
      PGlite.create(location.startsWith("memory://") ? undefined : location),
    );
    embedded.set(location, instance);
    instance.catch(() => embedded.delete(location));
  }
  let db: PGliteInstance;
  try {
    db = await instance;
  } catch (error) {
    throw new ProviderError(
      `${name}: the embedded database could not be opened (${messageOf(error)})`,
      "postgres-embedded-failed",
    );
  }
  const session = (q: Pick<PGliteInstance, "query">): SqlSession => ({
    async query<R>(text: string, params?: readonly unknown[]) {
      try {
        return (await q.query<R>(text, params ? [...params] : undefined)).rows;
      } catch (error) {
        throw databaseError(error, name);
      }
    },
  });
  return {
    engine: "pglite",
    ...session(db),
    transaction: (work) => db.transaction((tx) => work(session(tx))),
    // Shared by every user of the URL in this process: closeEmbeddedDatabases() ends it.
    close: async () => {},
  };
}

async function openServer(url: string, name: string): Promise<Database> {
  const { default: pg } = await import("pg");
  let client: import("pg").Client;
  try {
    client = new pg.Client({
      connectionString: url,
      application_name: "gitjit",
      connectionTimeoutMillis: 15000,
    });
  } catch {
    throw badUrl(name);
  }
  // A server that ends the connection while idle emits "error"; without a listener it would crash the process.
  let lost: Error | undefined;
  client.on("error", (error) => {
    lost ??= error;
  });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw databaseError(error, name);
  }
  const session: SqlSession = {
    async query<R>(text: string, params?: readonly unknown[]) {
      try {
        return (await client.query(text, params ? [...params] : undefined)).rows as R[];
      } catch (error) {
        if (lost)
          throw new DatabaseError(
            `${name}: the connection was lost (${lost.message})`,
            "postgres-unreachable",
            stateOf(lost),
            true,
          );
        throw databaseError(error, name);
      }
    },
  };
  return {
    engine: "server",
    ...session,
    async transaction(work) {
      await session.query("BEGIN");
      try {
        const result = await work(session);
        await session.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    },
    close: () => client.end().catch(() => {}),
  };
}

const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
]);

/** A database failure as a ProviderError with a stable code; the SQLSTATE is kept for callers that branch on it. */
export class DatabaseError extends ProviderError {
  constructor(
    message: string,
    code: string,
    readonly sqlState: string | undefined,
    retryable = false,
  ) {
    super(message, code, retryable);
  }
}

export function databaseError(error: unknown, name: string): ProviderError {
  if (error instanceof ProviderError) return error;
  const state = stateOf(error);
  const text = `${name}: ${messageOf(error)}`;
  if (state && UNREACHABLE.has(state))
    return new DatabaseError(
      `${name}: the database server cannot be reached (${state})`,
      "postgres-unreachable",
      undefined,
      true,
    );
  if (/timeout|terminated unexpectedly|Connection terminated/i.test(messageOf(error)) && !state)
    return new DatabaseError(`${text}`, "postgres-unreachable", undefined, true);
  switch (state?.slice(0, 2)) {
    case "28":
      return new DatabaseError(
        `${text} (check the user and password in ${name})`,
        "postgres-auth-failed",
        state,
      );
    case "08":
    case "57":
    case "53":
      return new DatabaseError(text, "postgres-unreachable", state, true);
    case "40":
      return new DatabaseError(text, "postgres-conflict", state, true);
    case "3D":
      return new DatabaseError(text, "postgres-database-missing", state);
    case "42":
      if (state === "42501") return new DatabaseError(text, "postgres-permission-denied", state);
      if (state === "42704") return new DatabaseError(text, "postgres-role-missing", state);
      break;
  }
  return new DatabaseError(text, "postgres-error", state);
}

function stateOf(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
