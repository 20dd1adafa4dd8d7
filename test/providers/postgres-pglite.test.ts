/**
 * The PostgreSQL provider on PGlite, the embedded default: the whole lifecycle, plus what only an
 * embedded database shows. PGlite is one single-user backend with no authentication, so VALID
 * UNTIL (checked only at password login) and ending other sessions cannot be seen here: the
 * server tests (postgres-server.test.ts) prove those.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { closeEmbeddedDatabases, openDatabase } from "../../src/providers/postgres/database.js";
import { scramVerifier } from "../../src/providers/postgres/password.js";
import { grantStatements, quoteIdent, quoteLiteral } from "../../src/providers/postgres/plan.js";
import { ProviderError } from "../../src/providers/provider.js";
import { CONNECTION, Fixture, pgGrant, pgProvider } from "../support/postgres.js";
import { describeGrantLifecycle } from "../support/postgres-lifecycle.js";

const URL = "pglite://memory/provider-tests";

afterAll(async () => {
  await closeEmbeddedDatabases();
});

describeGrantLifecycle("PGlite", () => URL);

describe("PGlite as the embedded database", () => {
  it("keeps grants in a folder across a close and a reopen, as separate gitjit runs would", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gitjit-pglite-"));
    try {
      const url = `pglite://${dir}`;
      const fx = await Fixture.open(url);
      const { table, role } = await fx.readableTable();
      const login = await fx.login();
      const grant = pgGrant({ principal: login, role });
      await (await pgProvider({ [CONNECTION]: url })).provider.apply(grant);
      await closeEmbeddedDatabases(url);

      const reopened = new Fixture(await openDatabase(url, CONNECTION), url, fx.schema);
      expect(await reopened.hasSelect(login, table)).toBe(true);
      const { provider } = await pgProvider({ [CONNECTION]: url });
      expect((await provider.listManaged([grant.grant])).map((m) => m.grantId)).toEqual([grant.id]);
      await provider.revoke(grant, []);
      expect(await reopened.hasSelect(login, table)).toBe(false);
      await closeEmbeddedDatabases(url);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("keeps any name one identifier: a role named with quotes, spaces or SQL is created and found as written", async () => {
    const db = await openDatabase(URL, CONNECTION);
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40, unit: "grapheme-ascii" }).filter((s) => !s.includes("\0")),
        async (name) => {
          const made = await db.transaction(async (tx) => {
            await tx.query(`CREATE ROLE ${quoteIdent(name)} NOLOGIN`);
            const rows = await tx.query<{ n: number }>(
              "SELECT count(*)::int AS n FROM pg_roles WHERE rolname = $1",
              [name],
            );
            await tx.query(`DROP ROLE ${quoteIdent(name)}`);
            return rows[0]?.n;
          });
          expect(made).toBe(1);
        },
      ),
      { numRuns: 60 },
    );
    await db.close();
  });

  it("keeps any text one literal, whether or not backslashes are escapes", async () => {
    const db = await openDatabase(URL, CONNECTION);
    for (const conforming of ["on", "off"]) {
      await db.query(`SET standard_conforming_strings = ${conforming}`);
      await fc.assert(
        fc.asyncProperty(
          fc.string({ maxLength: 40 }).filter((s) => !s.includes("\0")),
          async (text) => {
            const [row] = await db.query<{ v: string }>(`SELECT ${quoteLiteral(text)} AS v`);
            expect(row?.v).toBe(text);
          },
        ),
        { numRuns: 60, examples: [["a'b\\c"], ["\\'; DROP ROLE x; --"]] },
      );
    }
    await db.query("RESET standard_conforming_strings");
    await db.close();
  });

  it("computes the same SCRAM-SHA-256 verifier PostgreSQL does for a password", async () => {
    const db = await openDatabase(URL, CONNECTION);
    const [row] = await db.transaction(async (tx) => {
      await tx.query("SET LOCAL password_encryption = 'scram-sha-256'");
      await tx.query("CREATE ROLE scram_probe LOGIN PASSWORD 'correct horse battery staple'");
      const rows = await tx.query<{ v: string }>(
        "SELECT rolpassword AS v FROM pg_authid WHERE rolname = 'scram_probe'",
      );
      await tx.query("DROP ROLE scram_probe");
      return rows;
    });
    const match = /^SCRAM-SHA-256\$(\d+):([^$]+)\$/.exec(row?.v ?? "");
    expect(match).not.toBeNull();
    const [, iterations, salt] = match as RegExpExecArray;
    expect(
      scramVerifier(
        "correct horse battery staple",
        Buffer.from(salt as string, "base64"),
        Number(iterations),
      ),
    ).toBe(row?.v);
    await db.close();
  });

  it("refuses a URL it cannot use without repeating it (it may hold a password)", async () => {
    const grant = pgGrant({ principal: "octocat", role: "payouts_readonly" });
    for (const url of [
      "mysql://u:hunter2@db/x",
      "not a url hunter2",
      "pglite://elsewhere/hunter2",
      "pglite://",
    ]) {
      const { provider } = await pgProvider({ [CONNECTION]: url });
      const error = await provider.apply(grant).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ProviderError);
      expect(error).toMatchObject({ code: "postgres-bad-url", message: expect.stringContaining(CONNECTION) });
      expect((error as Error).message).not.toContain("hunter2");
    }
  });

  it("reports a server that does not answer as retryable, without the password", async () => {
    const grant = pgGrant({ principal: "octocat", role: "payouts_readonly" });
    const { provider } = await pgProvider({ [CONNECTION]: "postgres://gitjit:hunter2@127.0.0.1:1/payouts" });
    const error = await provider.apply(grant).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "postgres-unreachable", retryable: true });
    expect((error as Error).message).not.toContain("hunter2");
  });

  it("plans exactly the statements apply leaves on the server", async () => {
    const fx = await Fixture.open(URL);
    const { role } = await fx.readableTable();
    const login = await fx.login();
    const grant = pgGrant({ principal: login, role });
    const { provider } = await pgProvider({ [CONNECTION]: URL });
    const plan = provider.plan(grant).map((op) => op.body as string);
    expect(plan).toHaveLength(4);
    await provider.apply(grant);
    const { roleName } = grantStatements(grant);
    const [row] = await fx.admin.query<{ comment: string; login: boolean; inherit: boolean }>(
      "SELECT shobj_description(oid, 'pg_authid') AS comment, rolcanlogin AS login, rolinherit AS inherit FROM pg_roles WHERE rolname = $1",
      [roleName],
    );
    expect(plan[1]).toBe(`COMMENT ON ROLE ${quoteIdent(roleName)} IS ${quoteLiteral(row?.comment ?? "")}`);
    expect(row).toMatchObject({ login: false, inherit: true });
    await provider.revoke(grant, []);
    await fx.cleanup();
  });
});
