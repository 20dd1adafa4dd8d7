import { describe, expect, it } from "vitest";
import { libpqValue, loginConnectionString } from "../../src/providers/postgres/connect.js";
import { parseConnectionString } from "../support/age.js";

describe("the connection string a temporary login's requester decrypts", () => {
  it("names gitjit's server and database, with the login and its password instead of gitjit's", () => {
    const url =
      "postgres://gitjit:s3cret%40pw@db.internal:6432/payouts?sslmode=verify-full&sslkey=/runner/gitjit.key&options=-c%20role%3Dadmin&application_name=gitjit";
    const text = loginConnectionString(url, "octocat_gj_0123", "kT4sW9q-pw");
    expect(text).toBe(
      "host=db.internal port=6432 dbname=payouts sslmode=verify-full user=octocat_gj_0123 password=kT4sW9q-pw",
    );
    expect(text).not.toMatch(/gitjit\b|s3cret|sslkey|options|application_name/);
  });

  it("keeps a socket folder, an IPv6 address and a database name with spaces one value each", () => {
    expect(
      parseConnectionString(
        loginConnectionString("postgresql:///my%20db?host=/var/run/postgresql", "u", "p"),
      ),
    ).toEqual({
      host: "/var/run/postgresql",
      dbname: "my db",
      user: "u",
      password: "p",
    });
    expect(parseConnectionString(loginConnectionString("postgres://[::1]:5432/x", "u", "p"))).toMatchObject({
      host: "::1",
    });
    expect(libpqValue("it's a \\ test")).toBe("'it\\'s a \\\\ test'");
    expect(libpqValue("a'b\\c")).toBe("'a\\'b\\\\c'");
    expect(libpqValue("plain")).toBe("plain");
    expect(parseConnectionString(`dbname=${libpqValue("it's a \\ test")}`)).toEqual({
      dbname: "it's a \\ test",
    });
  });

  it("holds only the login and its password for an embedded database, which nothing outside gitjit reaches", () => {
    expect(loginConnectionString("pglite:///var/lib/gitjit/db", "u", "p")).toBe("user=u password=p");
    expect(loginConnectionString("pglite://memory", "u", "p")).toBe("user=u password=p");
  });
});
