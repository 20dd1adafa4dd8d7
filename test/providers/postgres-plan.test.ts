/**
 * The PostgreSQL plan: pure, exact SQL, identifiers always quoted, and no database client on the
 * path that plans or validates.
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { EXPIRY_ENFORCEMENT, expiryEnforcement } from "../../src/core/grant.js";
import { validatePolicyFile } from "../../src/generated/validators.js";
import {
  expiryNote,
  grantRoleName,
  PASSWORD_PLACEHOLDER,
  parseRoleTag,
  planGrant,
  quoteIdent,
} from "../../src/providers/postgres/plan.js";
import { pgGrant } from "../support/postgres.js";

const expiresAt = "2026-12-01T11:00:00Z";

describe("the PostgreSQL plan", () => {
  it("lists the exact statements of a membership grant, with its tag", () => {
    const grant = pgGrant({ principal: "octocat", role: "payouts_readonly", expiresAt });
    const role = `gitjit_${grant.id.slice(3)}`;
    expect(planGrant(grant)).toEqual([
      { api: "sql", body: `CREATE ROLE "${role}" NOLOGIN INHERIT` },
      {
        api: "sql",
        body: `COMMENT ON ROLE "${role}" IS 'gitjit:{"grant":"${grant.id}","principal":"octocat","role":"payouts_readonly","mode":"membership","expires":"${expiresAt}"}'`,
      },
      { api: "sql", body: `GRANT "payouts_readonly" TO "${role}"` },
      { api: "sql", body: `GRANT "${role}" TO "octocat"` },
    ]);
  });

  it("lists a temporary login with VALID UNTIL at the expiry and no real password", () => {
    const grant = pgGrant({
      principal: "mona_vendor",
      role: "payouts_readonly",
      mode: "temporary-login",
      expiresAt,
    });
    const login = `mona_vendor_gj_${grant.id.slice(3)}`;
    const bodies = planGrant(grant).map((op) => op.body);
    expect(bodies).toEqual([
      `CREATE ROLE "${login}" LOGIN INHERIT PASSWORD '${PASSWORD_PLACEHOLDER}' VALID UNTIL '${expiresAt}'`,
      expect.stringMatching(
        new RegExp(`^COMMENT ON ROLE "${login}" IS 'gitjit:\\{.*"mode":"temporary-login"`),
      ),
      `GRANT "payouts_readonly" TO "${login}"`,
    ]);
  });

  it("quotes every name, whatever it holds", () => {
    const grant = pgGrant({ principal: 'x" SUPERUSER; --', role: 'r"; DROP ROLE postgres; --', expiresAt });
    const bodies = planGrant(grant).map((op) => op.body);
    expect(bodies[2]).toBe(`GRANT "r""; DROP ROLE postgres; --" TO "${grantRoleName(grant)}"`);
    expect(bodies[3]).toBe(`GRANT "${grantRoleName(grant)}" TO "x"" SUPERUSER; --"`);
    expect(() => quoteIdent("a\0b")).toThrow(expect.objectContaining({ code: "postgres-bad-identifier" }));
    expect(() => quoteIdent("")).toThrow(expect.objectContaining({ code: "postgres-bad-identifier" }));
  });

  it("keeps a temporary login's name within PostgreSQL's 63 characters, the grant id whole", () => {
    const principal = "a".repeat(63);
    const grant = pgGrant({ principal, role: "payouts_readonly", mode: "temporary-login" });
    const name = grantRoleName(grant);
    expect(name.length).toBe(63);
    expect(name.endsWith(`_gj_${grant.id.slice(3)}`)).toBe(true);
  });

  it("reads back its own tag and nothing else", () => {
    const grant = pgGrant({ principal: "octocat", role: "payouts_readonly", expiresAt });
    const comment = /IS '(.*)'$/.exec(planGrant(grant)[1]?.body as string)?.[1];
    expect(parseRoleTag(comment)).toEqual({
      grant: grant.id,
      principal: "octocat",
      role: "payouts_readonly",
      mode: "membership",
      expires: expiresAt,
    });
    for (const other of [
      null,
      "",
      "a DBA's note",
      "gitjit:{",
      'gitjit:{"grant":"gj-1"}',
      'gitjit:{"grant":"x","principal":"a","role":"b","mode":"membership","expires":"e"}',
    ])
      expect(parseRoleTag(other)).toBeUndefined();
  });

  it("refuses a grant for another provider", () => {
    const grant = {
      ...pgGrant({ principal: "octocat", role: "r" }),
      grant: { provider: "github-team" as const, org: "acme", team: "t" },
    };
    expect(() => planGrant(grant)).toThrow(expect.objectContaining({ code: "provider-mismatch" }));
  });

  it("says who ends the grant: the sweep for membership, PostgreSQL itself for a temporary login", () => {
    const membership = pgGrant({ principal: "octocat", role: "r" });
    const temporary = pgGrant({ principal: "octocat", role: "r", mode: "temporary-login" });
    expect(EXPIRY_ENFORCEMENT.postgres).toBe("sweep");
    expect(expiryEnforcement(membership.grant)).toBe("sweep");
    expect(expiryEnforcement(temporary.grant)).toBe("native");
    expect(expiryNote(membership).enforcement).toBe("sweep");
    expect(expiryNote(temporary)).toMatchObject({
      enforcement: "native",
      note: expect.stringContaining("VALID UNTIL"),
    });
  });

  it("accepts the two modes in a policy and nothing else", () => {
    const policy = (mode: string) => ({
      profiles: {
        db: {
          eligible: ["sre"],
          grant: { provider: "postgres", connection: "PAYOUTS_DB_URL", role: "payouts_readonly", mode },
          duration: { default: "1h", max: "4h" },
          approval: { steps: [] },
        },
      },
    });
    expect(validatePolicyFile(policy("membership"))).toBe(true);
    expect(validatePolicyFile(policy("temporary-login"))).toBe(true);
    expect(validatePolicyFile(policy("superuser"))).toBe(false);
  });
});

describe("what planning and validating load", () => {
  /** Every package reached through static imports from `entry` (dynamic imports are the lazy loads). */
  async function staticPackages(entry: string): Promise<Set<string>> {
    const result = await build({
      entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
      bundle: true,
      write: false,
      metafile: true,
      platform: "node",
      format: "esm",
      packages: "external",
      logLevel: "silent",
    });
    const inputs = result.metafile.inputs;
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imp of inputs[file]?.imports ?? []) {
        if (imp.kind !== "import-statement") continue;
        if (imp.external) packages.add(imp.path);
        else visit(imp.path);
      }
    };
    for (const file of Object.keys(inputs)) if (file.endsWith(entry.split("/").pop() as string)) visit(file);
    return packages;
  }

  it("plans without pg or PGlite, and validate never reaches them", async () => {
    for (const entry of [
      "../../src/providers/postgres/plan.ts",
      "../../src/providers/registry.ts",
      "../../src/commands/validate.ts",
    ]) {
      const packages = [...(await staticPackages(entry))];
      expect(
        packages.filter((p) => p === "pg" || p.startsWith("@electric-sql/")),
        entry,
      ).toEqual([]);
    }
    // The check can see them: the provider itself does load them (lazily).
    const provider = await build({
      entryPoints: [fileURLToPath(new URL("../../src/providers/postgres/database.ts", import.meta.url))],
      bundle: true,
      write: false,
      metafile: true,
      platform: "node",
      format: "esm",
      packages: "external",
      logLevel: "silent",
    });
    const all = Object.values(provider.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
    expect(all).toEqual(expect.arrayContaining(["pg", "@electric-sql/pglite"]));
  });
});
