import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readAuditLog, who } from "../src/commands/audit.js";
import { canonicalJson } from "../src/core/ledger/canonical.js";
import { type AuditRecord, GENESIS_HASH, recordHash } from "../src/core/ledger/records.js";
import { csvCell } from "../src/core/render/audit-output.js";
import { runCli } from "./support/cli.js";
import { gitSync } from "./support/git-fixtures.js";
import { History } from "./support/history.js";
import { entry, PG_NATIVE } from "./support/ledger-fixtures.js";
import { TestPlatform } from "./support/test-platform.js";

let h: History;
afterEach(() => h?.cleanup());

const RESOURCE = "postgres:PAYOUTS_DB_URL/payouts_readonly";

async function whoAt(history: History, iso: string, resource = RESOURCE) {
  const log = await readAuditLog(history.store, history.now);
  return who(log, resource, new Date(iso)).map((a) => a.entry.principal);
}

describe("gitjit audit who", () => {
  it("holds from the second a grant starts, and not from the second it expires (platform-enforced)", async () => {
    h = new History();
    await h.grant(
      entry(1, {
        principal: "octocat",
        grant: PG_NATIVE,
        startsAt: "2026-12-01T09:00:00.000Z",
        expiresAt: "2026-12-01T11:00:00.000Z",
      }),
    );
    await h.sweep("2026-12-01T11:07:00Z"); // recorded late; the platform ended it on time
    expect(await whoAt(h, "2026-12-01T08:59:59Z")).toEqual([]);
    expect(await whoAt(h, "2026-12-01T09:00:00Z")).toEqual(["octocat"]);
    expect(await whoAt(h, "2026-12-01T10:59:59Z")).toEqual(["octocat"]);
    expect(await whoAt(h, "2026-12-01T11:00:00Z")).toEqual([]);
  }, 30_000);

  it("counts a sweep-enforced grant as held until the sweep removed it", async () => {
    h = new History();
    (h as { platform: TestPlatform }).platform = new TestPlatform("github-team", "sweep");
    const team = { provider: "github-team" as const, org: "acme", team: "incident-responders" };
    await h.grant(entry(1, { principal: "hubot", grant: team, expiry: "sweep" }));
    await h.sweep("2026-12-01T11:05:00Z");
    expect(await whoAt(h, "2026-12-01T11:00:00Z", "github:acme/incident-responders")).toEqual(["hubot"]);
    expect(await whoAt(h, "2026-12-01T11:04:59Z", "github:acme/incident-responders")).toEqual(["hubot"]);
    expect(await whoAt(h, "2026-12-01T11:05:00Z", "github:acme/incident-responders")).toEqual([]);
  }, 30_000);

  it("follows early revokes and extensions, and names who approved", async () => {
    h = new History();
    const a = entry(1, { principal: "octocat", grant: PG_NATIVE });
    const b = entry(2, { principal: "monalisa", grant: PG_NATIVE });
    await h.grant(a);
    await h.grant(b);
    await h.at("2026-12-01T09:30:00Z").revoke(a.id, a.requester);
    await h.at("2026-12-01T10:00:00Z").extend(b.id, "2026-12-01T12:00:00.000Z", {
      mode: "reviewed",
      approvers: [{ login: "wycats", reviewId: 202 }],
    });
    expect(await whoAt(h, "2026-12-01T09:29:59Z")).toEqual(["monalisa", "octocat"]);
    expect(await whoAt(h, "2026-12-01T09:30:00Z")).toEqual(["monalisa"]);
    expect(await whoAt(h, "2026-12-01T11:30:00Z")).toEqual(["monalisa"]);
    expect(await whoAt(h, "2026-12-01T12:00:00Z")).toEqual([]);
    const cli = await runCli(
      ["audit", "who", "--resource", "postgres:PAYOUTS_DB_URL", "--at", "2026-12-01T11:30:00Z"],
      { cwd: h.repo },
    );
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(
      "monalisa  role payouts_readonly on postgres:PAYOUTS_DB_URL/payouts_readonly",
    );
    expect(cli.stdout).toContain("approved by pjhyett (review 101)");
    expect(cli.stdout).toContain(
      "extended 2026-12-01T11:00:00.000Z → 2026-12-01T12:00:00.000Z in PR #77, approved by wycats (review 202)",
    );
  }, 30_000);

  it("finds grants on a resource by its parent, and a parent's grants by a child", async () => {
    h = new History();
    const scope = "/subscriptions/9b2f6c1e-3d4a-4e5b-8c7d-1a2b3c4d5e6f/resourceGroups/payments";
    const azure = {
      provider: "azure-role-assignment" as const,
      scope,
      roleDefinitionId: "acdd72a7-3385-48ef-bd42-f606fba81ae7",
    };
    (h as { platform: TestPlatform }).platform = new TestPlatform("azure-role-assignment", "sweep");
    await h.grant(
      entry(1, { principal: "5f0b2d7c-1a3e-4c8d-9b6f-2e4a7c9d1b30", grant: azure, expiry: "sweep" }),
    );
    const at = "2026-12-01T10:00:00Z";
    expect(await whoAt(h, at, "/subscriptions/9b2f6c1e-3d4a-4e5b-8c7d-1a2b3c4d5e6f")).toHaveLength(1);
    expect(await whoAt(h, at, `${scope.toUpperCase()}/providers/Microsoft.Sql/servers/db1`)).toHaveLength(1);
    expect(
      await whoAt(h, at, "/subscriptions/9b2f6c1e-3d4a-4e5b-8c7d-1a2b3c4d5e6f/resourceGroups/pay"),
    ).toEqual([]);
  }, 30_000);
});

describe("gitjit audit verify", () => {
  async function ledgerWithHistory() {
    h = new History();
    const a = entry(1, { principal: "octocat" });
    await h.grant(a);
    await h.grant(entry(2));
    await h.at("2026-12-01T09:30:00Z").revoke(a.id, a.requester);
    await h.sweep("2026-12-01T11:05:00Z");
    return a;
  }

  /** Someone with push access edits the ledger branch by hand and pushes it. */
  function tamper(edit: (dir: string) => void) {
    const dir = h.git.clone("tamper");
    gitSync(dir, ["checkout", "--quiet", "gitjit-ledger"]);
    edit(dir);
    gitSync(dir, ["commit", "--quiet", "-am", "fix typo"]);
    gitSync(dir, ["push", "--quiet", "origin", "gitjit-ledger"]);
    gitSync(h.repo, ["fetch", "--quiet", "origin"]);
  }

  it("passes on an honest history", async () => {
    await ledgerWithHistory();
    const result = await runCli(["audit", "verify", "--now", "2026-12-01T12:00:00Z", "--grace", "0s"], {
      cwd: h.repo,
    });
    expect(result.stdout).toMatch(/^audit verify: ok: 6 records, 2 grants, chain intact/);
    expect(result.code).toBe(0);
  }, 30_000);

  it("finds a tampered audit record and names it", async () => {
    await ledgerWithHistory();
    tamper((dir) => {
      const file = join(dir, "audit/2026/12.jsonl");
      const lines = readFileSync(file, "utf8").split("\n");
      lines[1] = (lines[1] as string).replace(
        '"approvers":[{"login":"pjhyett"',
        '"approvers":[{"login":"mallory"',
      );
      writeFileSync(file, lines.join("\n"));
    });
    const result = await runCli(["audit", "verify", "--now", "2026-12-01T12:00:00Z"], { cwd: h.repo });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /the first broken record is audit\/2026\/12\.jsonl:2 \(record 2, gj-[0-9a-f]{20}\) error hash-mismatch/,
    );
  }, 30_000);

  it("finds a log rewritten consistently from an altered record onwards", async () => {
    await ledgerWithHistory();
    tamper((dir) => {
      const file = join(dir, "audit/2026/12.jsonl");
      const records = readFileSync(file, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as AuditRecord);
      const altered = records.map((r) =>
        r.seq === 2 ? { ...r, data: JSON.parse(JSON.stringify(r.data).replaceAll("pjhyett", "mallory")) } : r,
      );
      // Re-chain every record from the altered one, so the chain alone looks intact.
      let prev = GENESIS_HASH;
      const rechained = altered.map((r) => {
        const { hash: _old, ...rest } = { ...r, prev };
        const hash = recordHash(rest);
        prev = hash;
        return { ...rest, hash };
      });
      writeFileSync(file, `${rechained.map((r) => canonicalJson(r)).join("\n")}\n`);
    });
    const result = await runCli(["audit", "verify", "--now", "2026-12-01T12:00:00Z"], { cwd: h.repo });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/audit\/2026\/12\.jsonl:2 \(record 2, gj-[0-9a-f]{20}\) error rewritten/);
  }, 30_000);

  it("finds records cut from the end of the log", async () => {
    await ledgerWithHistory();
    tamper((dir) => {
      const file = join(dir, "audit/2026/12.jsonl");
      const lines = readFileSync(file, "utf8").trim().split("\n");
      writeFileSync(file, `${lines.slice(0, 4).join("\n")}\n`);
    });
    const result = await runCli(["audit", "verify", "--now", "2026-12-01T12:00:00Z"], { cwd: h.repo });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("error records-missing: commit");
  }, 30_000);

  it("finds a deleted record", async () => {
    await ledgerWithHistory();
    tamper((dir) => {
      const file = join(dir, "audit/2026/12.jsonl");
      const lines = readFileSync(file, "utf8").split("\n");
      lines.splice(4, 1);
      writeFileSync(file, lines.join("\n"));
    });
    const result = await runCli(["audit", "verify", "--now", "2026-12-01T12:00:00Z"], { cwd: h.repo });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /audit\/2026\/12\.jsonl:5 \(record 6, gj-[0-9a-f]{20}\) error sequence-gap/,
    );
  }, 30_000);

  it("finds an active grant file edited by hand", async () => {
    await ledgerWithHistory();
    const c = entry(3, { startsAt: "2026-12-01T11:10:00.000Z", expiresAt: "2026-12-01T13:00:00.000Z" });
    await h.at("2026-12-01T11:10:00Z").grant(c);
    tamper((dir) => {
      const file = join(dir, `ledger/active/${c.id}.json`);
      writeFileSync(
        file,
        readFileSync(file, "utf8").replace("2026-12-01T13:00:00.000Z", "2027-12-01T13:00:00.000Z"),
      );
    });
    const result = await runCli(["audit", "verify", "--now", "2026-12-01T11:30:00Z"], { cwd: h.repo });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`ledger/active/${c.id}.json:1 (${c.id}) error differs`);
  }, 30_000);

  it("finds a grant past its expiry with no revoke or expiry recorded", async () => {
    h = new History();
    const e = entry(1);
    await h.grant(e);
    const within = await runCli(["audit", "verify", "--now", "2026-12-01T11:30:00Z", "--grace", "1h"], {
      cwd: h.repo,
    });
    expect(within.code).toBe(0);
    const late = await runCli(["audit", "verify", "--now", "2026-12-01T12:00:00Z", "--grace", "1h"], {
      cwd: h.repo,
    });
    expect(late.code).toBe(1);
    expect(late.stdout).toContain(
      `error not-ended: expired at 2026-12-01T11:00:00.000Z but no revoke or expiry is recorded`,
    );
  }, 30_000);

  it("finds a grant recorded without approvals", async () => {
    h = new History();
    await h.grant(entry(1, { approval: { mode: "reviewed", approvers: [] } }));
    const result = await runCli(["audit", "verify", "--now", "2026-12-01T10:00:00Z"], { cwd: h.repo });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /audit\/2026\/12\.jsonl:2 \(record 2, gj-[0-9a-f]{20}\) error no-approval: reviewed, but no approver recorded/,
    );
  }, 30_000);
});

describe("gitjit audit history and export", () => {
  it("lists records by principal and time, and exports every record as CSV and JSON", async () => {
    h = new History();
    const a = entry(1, { principal: "octocat", justification: '=HYPERLINK("http://evil"),"quoted"' });
    await h.grant(a);
    await h.at("2026-12-01T09:40:00Z").grant(entry(2, { principal: "monalisa" }));
    const history = await runCli(
      ["audit", "history", "--principal", "octocat", "--since", "2026-12-01T09:00:00Z"],
      { cwd: h.repo },
    );
    expect(history.stdout.split("\n").map((l) => l.split(/\s+/)[2])).toEqual(["apply-started", "granted"]);
    const until = await runCli(["audit", "history", "--until", "2026-12-01T09:40:00Z", "--format", "json"], {
      cwd: h.repo,
    });
    expect(JSON.parse(until.stdout).records).toHaveLength(2);
    const csv = await runCli(["audit", "export", "--format", "csv"], { cwd: h.repo });
    const rows = csv.stdout.split("\r\n");
    expect(rows[0]).toBe(
      "seq,at,event,grant,actor,principal,requester,profile,provider,resources,access,startsAt,expiresAt,details,pr,requestPath,hash",
    );
    expect(rows).toHaveLength(5);
    const json = await runCli(["audit", "export", "--format", "json"], { cwd: h.repo });
    expect(JSON.parse(json.stdout).records.map((r: { seq: number }) => r.seq)).toEqual([1, 2, 3, 4]);
  }, 30_000);

  it("writes CSV cells a spreadsheet reads as text, never as a formula", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("plain")).toBe("plain");
  });

  it("says plainly when there is no ledger to read", async () => {
    h = new History();
    const result = await runCli(["audit", "verify"], { cwd: h.repo });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no ledger here: branch gitjit-ledger on origin does not exist");
  }, 30_000);
});
