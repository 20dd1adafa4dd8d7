/**
 * The platforms the kill harness (./kill-harness.ts) checks, each seen from outside gitjit: what
 * gitjit left there (grant id → every copy), the whole state (to tell two kills' leftovers apart),
 * and a way to put it back.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { closeEmbeddedDatabases, openDatabase } from "../../src/providers/postgres/database.js";
import { parseRoleTag } from "../../src/providers/postgres/plan.js";
import { freshDatabase } from "./action-db.js";
import { AwsTestServer } from "./aws-server.js";
import { GcpTestServer } from "./gcp-server.js";
import { type KillPlatform, type PlatformGrant, saveDir } from "./kill-harness.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface RoleRow {
  rolname: string;
  comment: string | null;
  member_of: string[] | null;
  members: string[] | null;
}

/** PGlite in a folder (the test policy's DB_URL): per-grant roles tagged with their grant. */
export class PgPlatform implements KillPlatform {
  constructor(readonly url: string) {}

  static async start(): Promise<PgPlatform> {
    return new PgPlatform(await freshDatabase());
  }

  private get dir() {
    return this.url.slice("pglite://".length);
  }

  env() {
    return { DB_URL: this.url };
  }

  async query<T>(sql: string): Promise<T[]> {
    const db = await openDatabase(this.url, "DB_URL");
    try {
      return await db.query<T & Record<string, unknown>>(sql);
    } finally {
      await closeEmbeddedDatabases(this.url);
    }
  }

  private roles() {
    return this.query<RoleRow>(
      `SELECT r.rolname, shobj_description(r.oid, 'pg_authid') AS comment,
         ARRAY(SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid ORDER BY 1) AS member_of,
         ARRAY(SELECT u.rolname FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member WHERE m.roleid = r.oid ORDER BY 1) AS members
       FROM pg_roles r WHERE r.rolname NOT LIKE 'pg\\_%' ORDER BY r.rolname`,
    );
  }

  async grants() {
    const out = new Map<string, PlatformGrant[]>();
    for (const row of await this.roles()) {
      const tag = parseRoleTag(row.comment);
      if (!tag) continue;
      // A tagged role gives the access only with both memberships: the target, and the login.
      const complete =
        row.member_of?.includes(tag.role) === true && row.members?.includes(tag.principal) === true;
      out.set(tag.grant, [...(out.get(tag.grant) ?? []), { where: `role ${row.rolname}`, complete }]);
    }
    return out;
  }

  async fork() {
    await closeEmbeddedDatabases(this.url);
    const dir = mkdtempSync(join(tmpdir(), "gitjit-pglite-lane-"));
    made.push(dir);
    cpSync(this.dir, dir, { recursive: true });
    return new PgPlatform(`pglite://${dir}`);
  }

  async close() {
    await closeEmbeddedDatabases(this.url);
  }

  async save() {
    await closeEmbeddedDatabases(this.url);
    const restore = saveDir(this.dir);
    return async () => {
      await closeEmbeddedDatabases(this.url);
      restore();
    };
  }
}

const AWS_POLICY = /^gitjit-(gj-[0-9a-f]{20})$/;
type AwsWindow = Partial<Record<"DateGreaterThan" | "DateLessThan", Record<string, string>>>;
interface AwsStatement {
  Condition?: AwsWindow;
}

/** The AWS IAM test server: inline policies gitjit-<grant id> on users and roles. */
export class AwsPlatform implements KillPlatform {
  /** `owned`: a fork's own server, closed with it. */
  constructor(
    readonly server: AwsTestServer,
    private readonly owned = false,
  ) {}

  env() {
    return {
      AWS_ENDPOINT_URL_IAM: this.server.url,
      AWS_ACCESS_KEY_ID: "AKIDTEST",
      AWS_SECRET_ACCESS_KEY: "secret",
      AWS_REGION: "us-east-1",
    };
  }

  async grants() {
    const out = new Map<string, PlatformGrant[]>();
    for (const p of this.server.principals.values())
      for (const [name, document] of p.inline) {
        const id = AWS_POLICY.exec(name)?.[1];
        if (!id) continue;
        const statements = (JSON.parse(document) as { Statement: AwsStatement[] }).Statement;
        const window = statements[0]?.Condition;
        const start = window?.DateGreaterThan?.["aws:CurrentTime"];
        const end = window?.DateLessThan?.["aws:CurrentTime"];
        out.set(id, [
          ...(out.get(id) ?? []),
          {
            where: `${p.arn} policy ${name}`,
            complete: true,
            ...(start && end ? { window: { start, end } } : {}),
          },
        ]);
      }
    // A tag or an attachment of gitjit's: none of these scenarios writes one, so any is a leftover.
    for (const leftover of this.server.gitjitLeftovers())
      if (!leftover.includes(" policy gitjit-")) out.set(leftover, [{ where: leftover, complete: true }]);
    return out;
  }

  async fingerprint() {
    // Without the start bound: a run writes "from now", so two runs' documents differ there alone.
    return JSON.stringify(
      [...this.server.principals].map(([key, p]) => [key, [...p.inline], [...p.attached], [...p.tags]]),
    ).replace(/\\"DateGreaterThan\\":\{\\"aws:CurrentTime\\":\\"[^"\\]*\\"\}/g, "start");
  }

  async save() {
    const copy = structuredClone([...this.server.principals]);
    return async () => {
      this.server.principals.clear();
      for (const [key, p] of structuredClone(copy)) this.server.principals.set(key, p);
    };
  }

  async fork() {
    const server = await AwsTestServer.start();
    for (const [key, p] of structuredClone([...this.server.principals])) server.principals.set(key, p);
    return new AwsPlatform(server, true);
  }

  async close() {
    if (this.owned) await this.server.close();
  }
}

const GCP_TITLE = /^gitjit (gj-[0-9a-f]{20})$/;

/** The GCP Resource Manager test server: conditional bindings titled "gitjit <grant id>". */
export class GcpPlatform implements KillPlatform {
  /** `owned`: a fork's own server, closed with it. */
  constructor(
    readonly server: GcpTestServer,
    private readonly owned = false,
  ) {}

  env() {
    return {
      GOOGLE_OAUTH_ACCESS_TOKEN: "test-token",
      GITJIT_GCP_ENDPOINT: `http://127.0.0.1:${this.server.port}`,
    };
  }

  async grants() {
    const out = new Map<string, PlatformGrant[]>();
    for (const [resource, policy] of this.server.policies)
      for (const b of policy.bindings) {
        const id = GCP_TITLE.exec(b.condition?.title ?? "")?.[1];
        if (!id) {
          if (b.condition?.title?.startsWith("gitjit"))
            out.set(b.condition.title, [{ where: resource, complete: true }]);
          continue;
        }
        const window =
          /^request\.time >= timestamp\("([^"]+)"\) && request\.time < timestamp\("([^"]+)"\)$/.exec(
            b.condition?.expression ?? "",
          );
        for (const member of b.members)
          out.set(id, [
            ...(out.get(id) ?? []),
            {
              where: `${resource} ${b.role} ${member}`,
              complete: true,
              ...(window ? { window: { start: window[1] as string, end: window[2] as string } } : {}),
            },
          ]);
      }
    return out;
  }

  async fingerprint() {
    // Without the start bound: a run writes "from now", so two runs' bindings differ there alone.
    return JSON.stringify([...this.server.policies].map(([r, p]) => [r, p.bindings])).replace(
      /request\.time >= timestamp\(\\"[^"\\]*\\"\)/g,
      "start",
    );
  }

  async save() {
    const copy = structuredClone([...this.server.policies]);
    return async () => {
      this.server.policies.clear();
      for (const [key, p] of structuredClone(copy)) this.server.policies.set(key, p);
    };
  }

  async fork() {
    const server = await GcpTestServer.start();
    for (const [key, p] of structuredClone([...this.server.policies])) server.policies.set(key, p);
    return new GcpPlatform(server, true);
  }

  async close() {
    if (this.owned) await this.server.close();
  }
}
