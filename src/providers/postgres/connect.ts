/**
 * What a requester needs to connect with a temporary login: a libpq connection string in the
 * keyword=value form (https://www.postgresql.org/docs/current/libpq-connect.html), which psql,
 * and every client built on libpq, takes as its database argument: `psql "$(…)"`.
 *
 * It names the server and the database the way gitjit's own URL does, with the per-grant login
 * and its password instead of gitjit's. Only the parameters that say where to connect and how
 * securely are kept: never gitjit's user, password, client certificate or key, nor any other
 * option of gitjit's own connection. Pure: it is only ever encrypted for the requester.
 */

/** Query parameters of gitjit's URL that also say where and how the requester connects. */
const KEPT = ["host", "hostaddr", "port", "dbname", "sslmode", "channel_binding", "target_session_attrs"];

/** A libpq value: bare when it can be, else single-quoted with `\` and `'` escaped. */
export function libpqValue(value: string): string {
  return /^[^\s'\\]+$/.test(value) ? value : `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/**
 * The connection string for `user` with `password` on the database `url` names (a postgres:// or
 * postgresql:// URL); for an embedded database (pglite://), which nothing outside gitjit's own
 * process can reach, only the user and the password.
 */
export function loginConnectionString(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  const parts: [string, string][] = [];
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
