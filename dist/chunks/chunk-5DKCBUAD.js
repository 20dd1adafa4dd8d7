import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  ProviderError
} from "./chunk-6DV6XXR4.js";

// src/providers/postgres/database.ts
import { resolve } from "node:path";
var embedded = /* @__PURE__ */ new Map();
async function openDatabase(url, name) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw badUrl(name);
  }
  if (parsed.protocol === "postgres:" || parsed.protocol === "postgresql:") return openServer(url, name);
  if (parsed.protocol === "pglite:") return openEmbedded(embeddedLocation(parsed, name), name);
  throw badUrl(name);
}
async function closeEmbeddedDatabases(url) {
  const only = url === void 0 ? void 0 : embeddedLocation(new URL(url), "the URL");
  for (const [location, db] of [...embedded]) {
    if (only !== void 0 && location !== only) continue;
    embedded.delete(location);
    await (await db.catch(() => void 0))?.close();
  }
}
function badUrl(name) {
  return new ProviderError(
    `${name} does not hold a usable database URL: expected postgres://, postgresql://, pglite://memory or pglite:///absolute/path`,
    "postgres-bad-url"
  );
}
function embeddedLocation(url, name) {
  if (url.hostname === "memory") return `memory://${url.pathname.replace(/^\/+/, "")}`;
  if (url.hostname === "" && url.pathname.length > 1) return resolve(decodeURIComponent(url.pathname));
  throw badUrl(name);
}
async function openEmbedded(location, name) {
  let instance = embedded.get(location);
  if (!instance) {
    instance = import("@electric-sql/pglite").then(
      ({ PGlite }) => PGlite.create(location.startsWith("memory://") ? void 0 : location)
    );
    embedded.set(location, instance);
    instance.catch(() => embedded.delete(location));
  }
  let db;
  try {
    db = await instance;
  } catch (error) {
    throw new ProviderError(
      `${name}: the embedded database could not be opened (${messageOf(error)})`,
      "postgres-embedded-failed"
    );
  }
  const session = (q) => ({
    async query(text, params) {
      try {
        return (await q.query(text, params ? [...params] : void 0)).rows;
      } catch (error) {
        throw databaseError(error, name);
      }
    }
  });
  return {
    engine: "pglite",
    ...session(db),
    transaction: (work) => db.transaction((tx) => work(session(tx))),
    // Shared by every user of the URL in this process: closeEmbeddedDatabases() ends it.
    close: async () => {
    }
  };
}
async function openServer(url, name) {
  const { default: pg } = await import("./esm-KYQUHP4Z.js");
  let client;
  try {
    client = new pg.Client({
      connectionString: url,
      application_name: "gitjit",
      connectionTimeoutMillis: 15e3
    });
  } catch {
    throw badUrl(name);
  }
  let lost;
  client.on("error", (error) => {
    lost ??= error;
  });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {
    });
    throw databaseError(error, name);
  }
  const session = {
    async query(text, params) {
      try {
        return (await client.query(text, params ? [...params] : void 0)).rows;
      } catch (error) {
        if (lost)
          throw new DatabaseError(
            `${name}: the connection was lost (${lost.message})`,
            "postgres-unreachable",
            stateOf(lost),
            true
          );
        throw databaseError(error, name);
      }
    }
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
        await client.query("ROLLBACK").catch(() => {
        });
        throw error;
      }
    },
    close: () => client.end().catch(() => {
    })
  };
}
var UNREACHABLE = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH"
]);
var DatabaseError = class extends ProviderError {
  constructor(message, code, sqlState, retryable = false) {
    super(message, code, retryable);
    this.sqlState = sqlState;
  }
  sqlState;
};
function databaseError(error, name) {
  if (error instanceof ProviderError) return error;
  const state = stateOf(error);
  const text = `${name}: ${messageOf(error)}`;
  if (state && UNREACHABLE.has(state))
    return new DatabaseError(
      `${name}: the database server cannot be reached (${state})`,
      "postgres-unreachable",
      void 0,
      true
    );
  if (/timeout|terminated unexpectedly|Connection terminated/i.test(messageOf(error)) && !state)
    return new DatabaseError(`${text}`, "postgres-unreachable", void 0, true);
  switch (state?.slice(0, 2)) {
    case "28":
      return new DatabaseError(
        `${text} (check the user and password in ${name})`,
        "postgres-auth-failed",
        state
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
function stateOf(error) {
  const code = typeof error === "object" && error !== null ? error.code : void 0;
  return typeof code === "string" ? code : void 0;
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  openDatabase,
  closeEmbeddedDatabases,
  DatabaseError,
  databaseError
};
