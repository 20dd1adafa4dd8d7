/**
 * The grant lifecycle every engine must get right, run against PGlite and against a real server:
 * the effective privilege (has_table_privilege and a real SELECT) before, during and after.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grantStatements, parseRoleTag } from "../../src/providers/postgres/plan.js";
import { ProviderError } from "../../src/providers/provider.js";
import { openCredential, type SshKey, sealFor, sshKey } from "./age.js";
import { CONNECTION, Fixture, pgGrant, pgProvider } from "./postgres.js";

export function describeGrantLifecycle(engine: string, url: () => string): void {
  describe(`PostgreSQL grants on ${engine}`, () => {
    let fx: Fixture;
    /** The requester's SSH key, which their temporary logins' passwords are encrypted to. */
    let key: SshKey;
    const env = () => ({ [CONNECTION]: url() });
    // Starting PGlite takes a few seconds on a small machine.
    beforeAll(async () => {
      fx = await Fixture.open(url());
      key = sshKey("ed25519");
    }, 60_000);
    afterAll(async () => {
      await fx?.cleanup();
    });

    it("gives the login the role's privilege while the grant lasts and takes it away on revoke", async () => {
      const { table, role } = await fx.readableTable();
      const login = await fx.login();
      const { provider } = await pgProvider(env());
      const grant = pgGrant({ principal: login, role });

      expect(await fx.hasSelect(login, table)).toBe(false);
      expect(await fx.selectAs(login, table)).toBe("postgres-permission-denied");

      const result = await provider.apply(grant);
      expect(result.changed).toBe(true);
      expect(result.credential).toBeUndefined();
      expect(result.refs).toEqual({
        connection: CONNECTION,
        role: `gitjit_${grant.id.slice(3)}`,
        target: role,
        mode: "membership",
      });
      expect(await fx.hasSelect(login, table)).toBe(true);
      expect(await fx.selectAs(login, table)).toBe("ok");

      await provider.revoke(grant, []);
      expect(await fx.hasSelect(login, table)).toBe(false);
      expect(await fx.selectAs(login, table)).toBe("postgres-permission-denied");
      expect(await fx.roleExists(result.refs.role as string)).toBe(false);
    });

    it("keeps the access another active grant gives when one of two overlapping grants is revoked", async () => {
      const { table, role } = await fx.readableTable();
      const login = await fx.login();
      const { provider } = await pgProvider(env());
      const first = pgGrant({ principal: login, role, slug: "first" });
      const second = pgGrant({ principal: login, role, slug: "second" });
      expect(first.id).not.toBe(second.id);

      await provider.apply(first);
      await provider.apply(second);
      await provider.revoke(first, [second]);
      expect(await fx.hasSelect(login, table)).toBe(true);
      expect(await fx.selectAs(login, table)).toBe("ok");

      await provider.revoke(second, []);
      expect(await fx.hasSelect(login, table)).toBe(false);
    });

    it("never removes a membership it did not write", async () => {
      const { table, role } = await fx.readableTable();
      const login = await fx.login();
      await fx.admin.query(`GRANT "${role}" TO "${login}"`);
      const { provider } = await pgProvider(env());
      const grant = pgGrant({ principal: login, role });

      await provider.apply(grant);
      await provider.revoke(grant, []);
      expect(await fx.hasSelect(login, table)).toBe(true);
    });

    it("changes nothing when applied again, and a second revoke is a no-op", async () => {
      const { table, role } = await fx.readableTable();
      const login = await fx.login();
      const { provider } = await pgProvider(env());
      const grant = pgGrant({ principal: login, role });

      expect((await provider.apply(grant)).changed).toBe(true);
      expect((await provider.apply(grant)).changed).toBe(false);
      const members = await fx.admin.query(
        "SELECT 1 FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = $1",
        [login],
      );
      expect(members).toHaveLength(1);
      await provider.revoke(grant, []);
      await provider.revoke(grant, []);
      expect(await fx.hasSelect(login, table)).toBe(false);
    });

    it("converges when two runs apply the same grant at once", async () => {
      const { table, role } = await fx.readableTable();
      const login = await fx.login();
      const grant = pgGrant({ principal: login, role });
      const runs = await Promise.all([pgProvider(env()), pgProvider(env())]);
      const results = await Promise.all(runs.map(({ provider }) => provider.apply(grant)));
      expect(results.map((r) => r.changed).sort()).toEqual([false, true]);
      expect(await fx.hasSelect(login, table)).toBe(true);
      await runs[0]?.provider.revoke(grant, []);
      expect(await fx.hasSelect(login, table)).toBe(false);
    });

    it("restores a membership removed behind its back when applied again", async () => {
      const { table, role } = await fx.readableTable();
      const login = await fx.login();
      const { provider } = await pgProvider(env());
      const grant = pgGrant({ principal: login, role });
      const { roleName } = grantStatements(grant);

      await provider.apply(grant);
      await fx.admin.query(`REVOKE "${roleName}" FROM "${login}"`);
      expect(await fx.hasSelect(login, table)).toBe(false);
      expect((await provider.apply(grant)).changed).toBe(true);
      expect(await fx.hasSelect(login, table)).toBe(true);
      await provider.revoke(grant, []);
    });

    it("leaves nothing behind when apply fails part-way, and a retry then succeeds", async () => {
      const { table, role } = await fx.readableTable();
      const { provider } = await pgProvider(env());
      // The login is missing: the run stops before anything is written.
      const absent = fx.name("nobody");
      const early = pgGrant({ principal: absent, role });
      await expect(provider.apply(early)).rejects.toMatchObject({ code: "postgres-login-missing" });
      expect(await fx.roleExists(grantStatements(early).roleName)).toBe(false);

      // The last statement fails (granting a role to itself is circular): the transaction rolls back.
      const circular = pgGrant({ principal: role, role });
      await expect(provider.apply(circular)).rejects.toBeInstanceOf(ProviderError);
      expect(await fx.roleExists(grantStatements(circular).roleName)).toBe(false);

      const login = await fx.login();
      const retried = pgGrant({ principal: login, role });
      expect((await provider.apply(retried)).changed).toBe(true);
      expect(await fx.hasSelect(login, table)).toBe(true);
      await provider.revoke(retried, []);
    });

    it("tags what it writes, lists it for reconcile, and forgets it once revoked", async () => {
      const { role } = await fx.readableTable();
      const login = await fx.login();
      const { provider } = await pgProvider(env());
      const a = pgGrant({ principal: login, role, slug: "a" });
      const b = pgGrant({ principal: login, role, slug: "b", mode: "temporary-login" });
      await provider.apply(a);
      await provider.apply(b, { seal: await sealFor([key], b) });

      const mine = (await provider.listManaged([a.grant, b.grant])).filter((m) => m.principal === login);
      expect(mine.map((m) => m.grantId).sort()).toEqual([a.id, b.id].sort());
      const listedB = mine.find((m) => m.grantId === b.id);
      expect(listedB?.expiresAt).toBe(new Date(b.expiresAt).toISOString());
      expect(listedB?.ref).toEqual({
        connection: CONNECTION,
        role: grantStatements(b).roleName,
        target: role,
        mode: "temporary-login",
      });
      expect(mine.find((m) => m.grantId === a.id)?.location).toBe(`${CONNECTION} role ${role}`);

      await provider.revoke(a, [b]);
      await provider.revoke(b, []);
      const after = (await provider.listManaged([a.grant])).filter((m) => m.principal === login);
      expect(after).toEqual([]);
    });

    it("refuses to touch a role of the same name that it did not create", async () => {
      const { role } = await fx.readableTable();
      const login = await fx.login();
      const { provider } = await pgProvider(env());
      const grant = pgGrant({ principal: login, role });
      const { roleName } = grantStatements(grant);
      await fx.admin.query(`CREATE ROLE "${roleName}" NOLOGIN`);
      fx.created.push(roleName);

      await expect(provider.apply(grant)).rejects.toMatchObject({ code: "postgres-role-name-taken" });
      await expect(provider.revoke(grant, [])).rejects.toMatchObject({ code: "postgres-not-managed" });
      expect(await fx.roleExists(roleName)).toBe(true);
    });

    it("hands objects made through the grant to its own role, then drops the per-grant role", async () => {
      const { role } = await fx.readableTable();
      const login = await fx.login();
      await fx.admin.query(`GRANT CREATE ON SCHEMA "${fx.schema}" TO "${role}"`);
      const { provider } = await pgProvider(env());
      const grant = pgGrant({ principal: login, role });
      const { roleName } = grantStatements(grant);
      await provider.apply(grant);
      // The requester switches to the per-grant role and leaves a table owned by it.
      await fx.admin.query(`SET ROLE "${roleName}"`);
      await fx.admin.query(`CREATE TABLE ${fx.table("left_behind")} (x int)`);
      await fx.admin.query("RESET ROLE");

      await provider.revoke(grant, []);
      expect(await fx.roleExists(roleName)).toBe(false);
      const [owner] = await fx.admin.query<{ owner: string; me: string }>(
        "SELECT tableowner AS owner, current_user AS me FROM pg_tables WHERE schemaname = $1 AND tablename = 'left_behind'",
        [fx.schema],
      );
      expect(owner?.owner).toBe(owner?.me);
    });

    it("gives a temporary login the role, with VALID UNTIL at the expiry, and drops it on revoke", async () => {
      const { table, role } = await fx.readableTable();
      const { provider, log } = await pgProvider(env());
      const person = fx.name("octocat");
      const grant = pgGrant({ principal: person, role, mode: "temporary-login", slug: "temp" });

      const result = await provider.apply(grant, { seal: await sealFor([key], grant) });
      const login = result.refs.role as string;
      expect(login).toBe(`${person}_gj_${grant.id.slice(3)}`);
      expect(result.credential).toMatchObject({
        username: login,
        expiresAt: grant.expiresAt,
        recipients: [{ type: "ssh-ed25519", fingerprint: expect.stringMatching(/^SHA256:/) }],
      });
      // The requester opens it with their private key: the login's name and its password.
      const opened = openCredential(result.credential as NonNullable<typeof result.credential>, key);
      expect(opened.user).toBe(login);
      expect(opened.password).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const [row] = await fx.admin.query<{ rolcanlogin: boolean; rolvaliduntil: Date; rolpassword: string }>(
        "SELECT rolcanlogin, rolvaliduntil, rolpassword FROM pg_authid WHERE rolname = $1",
        [login],
      );
      expect(row?.rolcanlogin).toBe(true);
      expect(row?.rolvaliduntil.toISOString()).toBe(new Date(grant.expiresAt).toISOString());
      // Only a SCRAM verifier reached the server, never the password; it is the decrypted password's.
      expect(row?.rolpassword).toMatch(/^SCRAM-SHA-256\$4096:/);
      expect(row?.rolpassword).not.toContain(opened.password);
      expect(await fx.passwordIs(login, opened.password as string)).toBe(true);
      expect(JSON.stringify(result)).not.toContain(opened.password);
      expect(log.join("\n")).not.toContain(opened.password);
      expect(await fx.hasSelect(login, table)).toBe(true);
      expect(await fx.selectAs(login, table)).toBe("ok");

      // Applied again (a re-run): nothing changes, the password included.
      const again = await provider.apply(grant);
      expect(again.changed).toBe(false);
      expect(again.credential).toBeUndefined();
      expect(await fx.passwordIs(login, opened.password as string)).toBe(true);

      await provider.revoke(grant, []);
      expect(await fx.roleExists(login)).toBe(false);
    });

    it("keeps a temporary login's password when an extension applies it again: only VALID UNTIL moves", async () => {
      const { role } = await fx.readableTable();
      const { provider } = await pgProvider(env());
      const grant = pgGrant({ principal: fx.name("octocat"), role, mode: "temporary-login", slug: "ext" });
      const first = await provider.apply(grant, { seal: await sealFor([key], grant) });
      const login = first.refs.role as string;
      const { password } = openCredential(first.credential as NonNullable<typeof first.credential>, key);
      const stored = async () =>
        (
          await fx.admin.query<{ rolpassword: string; rolvaliduntil: Date; comment: string }>(
            "SELECT rolpassword, rolvaliduntil, shobj_description(oid, 'pg_authid') AS comment FROM pg_authid WHERE rolname = $1",
            [login],
          )
        )[0];
      const before = await stored();

      const later = new Date(Date.parse(grant.expiresAt) + 2 * 3600_000).toISOString();
      const extended = await provider.apply({ ...grant, expiresAt: later });
      expect(extended.changed).toBe(true);
      expect(extended.credential).toBeUndefined();
      const after = await stored();
      expect(after?.rolpassword).toBe(before?.rolpassword);
      expect(await fx.passwordIs(login, password as string)).toBe(true);
      expect(after?.rolvaliduntil.toISOString()).toBe(later);
      expect(parseRoleTag(after?.comment)?.expires).toBe(later);
      await provider.revoke(grant, []);
    });

    it("issues a new password for an existing temporary login only when asked to", async () => {
      const { role } = await fx.readableTable();
      const { provider } = await pgProvider(env());
      const grant = pgGrant({ principal: fx.name("octocat"), role, mode: "temporary-login", slug: "re" });
      const first = await provider.apply(grant, { seal: await sealFor([key], grant) });
      const login = first.refs.role as string;
      const old = openCredential(first.credential as NonNullable<typeof first.credential>, key)
        .password as string;

      const reissued = await provider.apply(grant, { seal: await sealFor([key], grant), reissue: true });
      const fresh = openCredential(reissued.credential as NonNullable<typeof reissued.credential>, key)
        .password as string;
      expect(fresh).not.toBe(old);
      expect(await fx.passwordIs(login, fresh)).toBe(true);
      expect(await fx.passwordIs(login, old)).toBe(false);
      await provider.revoke(grant, []);
    });

    it("writes no temporary login whose password it cannot deliver", async () => {
      const { role } = await fx.readableTable();
      const { provider } = await pgProvider(env());
      const grant = pgGrant({ principal: fx.name("octocat"), role, mode: "temporary-login", slug: "none" });
      const { roleName } = grantStatements(grant);

      await expect(provider.apply(grant)).rejects.toMatchObject({ code: "credential-undeliverable" });
      expect(await fx.roleExists(roleName)).toBe(false);
      const broken = new ProviderError("age could not encrypt the credential", "age-failed");
      await expect(
        provider.apply(grant, {
          seal: async () => {
            throw broken;
          },
        }),
      ).rejects.toBe(broken);
      expect(await fx.roleExists(roleName)).toBe(false);
    });

    it("refuses to apply a grant that has already ended", async () => {
      const { role } = await fx.readableTable();
      const login = await fx.login();
      const grant = pgGrant({ principal: login, role, expiresAt: "2026-01-01T10:00:00Z" });
      const late = await pgProvider(env(), () => new Date("2026-01-01T10:00:01Z"));
      await expect(late.provider.apply(grant)).rejects.toMatchObject({ code: "grant-ended" });
      expect(await fx.roleExists(grantStatements(grant).roleName)).toBe(false);
    });

    it("names a missing role and a missing connection with stable codes", async () => {
      const login = await fx.login();
      const { provider } = await pgProvider(env());
      const grant = pgGrant({ principal: login, role: "no_such_role_here" });
      await expect(provider.apply(grant)).rejects.toMatchObject({
        code: "postgres-role-missing",
        message: expect.stringContaining("no_such_role_here"),
      });
      const unset = await pgProvider({});
      await expect(unset.provider.apply(grant)).rejects.toMatchObject({
        code: "postgres-connection-unset",
        message: expect.stringContaining(CONNECTION),
      });
      await expect(unset.provider.listManaged([grant.grant])).rejects.toMatchObject({
        code: "postgres-connection-unset",
      });
    });
  });
}
