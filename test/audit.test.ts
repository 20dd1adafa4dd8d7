import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GitLedgerStore } from "../src/adapters/git/ledger-store.js";
import { readAuditLog, who } from "../src/commands/audit.js";
import { canonicalJson } from "../src/core/ledger/canonical.js";
import { type AuditRecord, GENESIS_HASH, recordHash } from "../src/core/ledger/records.js";
import { csvCell } from "../src/core/render/audit-output.js";
import { runCli } from "./support/cli.js";
import { gitSync } from "./support/git-fixtures.js";
import { History } from "./support/history.js";
import { entry, PG_NATIVE, REVIEWED } from "./support/ledger-fixtures.js";
import { forge, keysFile, signerOf, type TestKey, testKey, trustOf } from "./support/ledger-keys.js";
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

describe("gitjit audit verify: records that prove their writer and their cause", () => {
  const NOW = "2026-12-01T12:00:00Z";
  let key: TestKey;

  /** A commit on the default branch of the auditor's clone, at the History's time: a merged pull request's files. */
  function merged(files: Record<string, string>, subject: string) {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(h.repo, path)), { recursive: true });
      writeFileSync(join(h.repo, path), text);
    }
    gitSync(h.repo, ["add", "-A", "--", ...Object.keys(files)]);
    const when = new Date(h.now.getTime() - 60_000).toISOString();
    execFileSync("git", ["commit", "--quiet", "-m", subject], {
      cwd: h.repo,
      env: { ...process.env, GIT_COMMITTER_DATE: when, GIT_AUTHOR_DATE: when },
    });
  }
  const request = (login: string, extra = "") =>
    `profile: prod-db-read\nrequester: ${login}\nduration: 2h\njustification: Investigate failed payouts\nticket: INC-4821\n${extra}`;

  /**
   * A signed ledger (when `signed`) whose grants, extension and revoke were each merged on main:
   * user1's grant revoked by its requester, user2's extended to 13:00.
   */
  async function history(signed = true) {
    key = testKey("ledger-2026");
    h = new History(signed ? trustOf([key]) : undefined);
    merged(
      signed ? { "policies/ledger-keys.yaml": keysFile(key) } : { "README.md": "access\n" },
      "Adopt gitjit",
    );
    const a = entry(1);
    const b = entry(2);
    merged({ [a.requestPath]: request("user1") }, "Debug payouts (#1001)");
    merged({ [b.requestPath]: request("user2") }, "Merge pull request #1002 from user2/debug");
    await h.grant(a);
    await h.grant(b);
    h.at("2026-12-01T09:30:00Z");
    merged({ [`revokes/${a.id}.yaml`]: "requester: user1\nreason: done\n" }, "Give up access (#88)");
    await h.revoke(a.id, a.requester);
    const extension = "requests/prod-db-read/user2-more.yaml";
    h.at("2026-12-01T10:30:00Z");
    merged({ [extension]: request("user2", `extends: ${b.id}\n`) }, "More time (#77)");
    await h.extend(b.id, "2026-12-01T13:00:00.000Z", REVIEWED, extension);
    return { a, b };
  }
  const verify = (...extra: string[]) => runCli(["audit", "verify", "--now", NOW, ...extra], { cwd: h.repo });

  it("passes a signed history whose every grant, extension and revoke a merged pull request caused", async () => {
    await history();
    const result = await verify();
    expect(result.stdout).toMatch(
      /^audit verify: ok: 6 records, 2 grants, chain intact; 6 commits signed by the policy's ledger keys; causes checked against HEAD \([0-9a-f]{12}\) \(4 grants, extensions and revokes\)/,
    );
    expect(result.code).toBe(0);
  }, 30_000);

  it("finds a chained record appended by another identity, unsigned, with active files that agree with it", async () => {
    const { b } = await history();
    forge(h.git.remote, {
      at: "2026-12-01T11:00:00.000Z",
      drafts: [{ event: "expired", grant: b.id, actor: "gitjit-sweep", data: { expiresAt: b.expiresAt } }],
    });
    gitSync(h.repo, ["fetch", "--quiet", "origin"]);
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /the first broken record is audit\/2026\/12\.jsonl:7 \(record 7, gj-[0-9a-f]{20}\) error unsigned: not signed, though signing had begun/,
    );
  }, 30_000);

  it("finds a chained record signed with another key: one under the ledger key's name, or one the policy does not list", async () => {
    const { b } = await history();
    const extend = (by: TestKey) =>
      forge(h.git.remote, {
        at: "2026-12-01T11:00:00.000Z",
        signer: signerOf(by),
        drafts: [
          {
            event: "extended",
            grant: b.id,
            actor: "gitjit-apply",
            data: {
              extension: {
                requestPath: "requests/prod-db-read/user2-more.yaml",
                pr: 77,
                from: "2026-12-01T13:00:00.000Z",
                to: "2026-12-31T13:00:00.000Z",
                approval: REVIEWED,
              },
              refs: {},
            },
          },
        ],
      });
    extend(testKey(key.id));
    gitSync(h.repo, ["fetch", "--quiet", "origin"]);
    const impostor = await verify();
    expect(impostor.code).toBe(1);
    expect(impostor.stdout).toMatch(
      /\(record 7, gj-[0-9a-f]{20}\) error bad-signature: its signature is not key "ledger-2026"'s/,
    );
    const other = await history();
    extend(testKey("mallory"));
    gitSync(h.repo, ["fetch", "--quiet", "origin"]);
    expect(other).toBeDefined();
    const unknown = await verify();
    expect(unknown.stdout).toContain(
      `error unknown-key: signed with key "mallory", which the policy's ledger keys do not list`,
    );
  }, 60_000);

  it("keeps records signed with a retired key verifiable after rotation, and finds one it signed after its period", async () => {
    const { b } = await history();
    // Rotation: the old key's period ends, a new key signs from then on.
    const retired = { ...key, until: "2026-12-01T11:00:00Z" };
    const next = testKey("ledger-2027", "2026-12-01T11:00:00Z");
    writeFileSync(join(h.repo, "policies/ledger-keys.yaml"), keysFile(retired, next));
    const rotated = new GitLedgerStore({
      repo: h.repo,
      branch: "gitjit-ledger",
      remote: "origin",
      now: () => new Date("2026-12-01T11:30:00Z"),
      trust: trustOf([retired, next], next),
    });
    await rotated.update(() => [
      { event: "expiry-warned", grant: b.id, actor: "gitjit-sweep", data: { expiresAt: b.expiresAt } },
    ]);
    const ok = await verify();
    expect(ok.stdout).toMatch(/^audit verify: ok: 7 records, 2 grants, chain intact; 7 commits signed/);
    // The retired key, used again after its period ended (say, once it leaked).
    forge(h.git.remote, {
      at: "2026-12-01T11:40:00.000Z",
      signer: signerOf(retired, [key]),
      drafts: [{ event: "expiry-warned", grant: b.id, actor: "gitjit-sweep", data: {} }],
    });
    gitSync(h.repo, ["fetch", "--quiet", "origin"]);
    const late = await verify();
    expect(late.code).toBe(1);
    expect(late.stdout).toContain(
      `error key-not-valid: signed with key "ledger-2026", which is not valid at 2026-12-01T11:40:00.000Z (from 2026-01-01T00:00:00.000Z until 2026-12-01T11:00:00.000Z)`,
    );
  }, 60_000);

  it("allows unsigned records from before signing began, and finds one dated after", async () => {
    key = testKey("ledger-2026", "2026-12-01T10:00:00Z");
    h = new History();
    merged({ "policies/ledger-keys.yaml": keysFile(key) }, "Adopt gitjit");
    const a = entry(1);
    merged({ [a.requestPath]: request("user1") }, "Debug payouts (#1001)");
    await h.grant(a); // 09:00, before the key's period: signing had not begun
    const before = await runCli(["audit", "verify", "--now", "2026-12-01T10:30:00Z"], { cwd: h.repo });
    expect(before.stdout).toMatch(
      /ok: 2 records, 1 grants, chain intact; 0 commits signed by the policy's ledger keys, 2 records from before signing began/,
    );
    await h.sweep("2026-12-01T11:05:00Z"); // an unsigned writer, after signing began
    const after = await verify();
    expect(after.code).toBe(1);
    expect(after.stdout).toContain(
      "error unsigned: not signed, though it is dated after signing began (2026-12-01T10:00:00.000Z, the policy's first ledger key)",
    );
  }, 30_000);

  it("finds a grant no merged pull request caused, and one whose pull request is not the one that added its file", async () => {
    await history();
    const orphaned = entry(3);
    await h.at("2026-12-01T10:40:00Z").grant(orphaned); // its request never reached main
    const none = await verify();
    expect(none.code).toBe(1);
    expect(none.stdout).toContain(
      `(record 8, ${orphaned.id}) error no-cause: granted, naming ${orphaned.requestPath}, which no first-parent commit of HEAD (`,
    );
    merged({ [orphaned.requestPath]: request("user3") }, "Debug again (#999)");
    const other = await verify();
    expect(other.stdout).toMatch(
      new RegExp(
        `\\(record 8, ${orphaned.id}\\) error cause-mismatch: granted in pull request #1003, but ${orphaned.requestPath} was added by [0-9a-f]{12}, the merge of #999`,
      ),
    );
    // Without the default branch's history, causes are not judged, and verify says so.
    const elsewhere = await verify("--main", "no-such-ref");
    expect(elsewhere.code).toBe(2);
  }, 30_000);

  it("finds a ledger edited to extend a grant, with its active file to match, even unsigned: the extension has no cause", async () => {
    const { b } = await history(false);
    forge(h.git.remote, {
      at: "2026-12-01T11:00:00.000Z",
      drafts: [
        {
          event: "extended",
          grant: b.id,
          actor: "gitjit-apply",
          data: {
            extension: {
              requestPath: "requests/prod-db-read/user2-forever.yaml",
              pr: 78,
              from: "2026-12-01T13:00:00.000Z",
              to: "2027-12-01T13:00:00.000Z",
              approval: REVIEWED,
            },
            refs: {},
          },
        },
      ],
    });
    gitSync(h.repo, ["fetch", "--quiet", "origin"]);
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /the first broken record is audit\/2026\/12\.jsonl:7 \(record 7, gj-[0-9a-f]{20}\) error no-cause: extended, naming requests\/prod-db-read\/user2-forever\.yaml, which no first-parent commit/,
    );
  }, 30_000);

  it("finds a ledger edited to expire a live grant early, even unsigned: an expiry before the grant's expiry does not follow", async () => {
    const { b } = await history(false);
    forge(h.git.remote, {
      at: "2026-12-01T11:00:00.000Z",
      drafts: [{ event: "expired", grant: b.id, actor: "gitjit-sweep", data: { expiresAt: b.expiresAt } }],
    });
    gitSync(h.repo, ["fetch", "--quiet", "origin"]);
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `(record 7, ${b.id}) error does-not-follow: recorded as expired at 2026-12-01T11:00:00.000Z, before its expiry 2026-12-01T13:00:00.000Z`,
    );
  }, 30_000);

  it("finds records a writer with a skewed clock dated a year ahead", async () => {
    const { b } = await history();
    await h
      .at("2027-12-01T09:00:00Z")
      .store.update(() => [
        { event: "expiry-warned", grant: b.id, actor: "gitjit-sweep", data: { expiresAt: b.expiresAt } },
      ]);
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `error future-dated: dated 2027-12-01T09:00:00.000Z, more than 10 minutes after 2026-12-01T12:00:00.000Z`,
    );
  }, 30_000);
});
