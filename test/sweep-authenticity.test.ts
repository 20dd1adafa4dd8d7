/**
 * The sweep verifies the ledger before it acts, against a real git remote: a record someone else
 * appended, a forged extension or expiry, a record dated a year ahead, a held grant with no merged
 * cause — none is acted on. It records nothing, alerts, and revokes only what had expired by the
 * last state that verified.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GitLedgerStore } from "../src/adapters/git/ledger-store.js";
import { mainHistory } from "../src/adapters/git/main-history.js";
import type { EventDraft, LedgerEntry } from "../src/core/ledger/records.js";
import { toSpec } from "../src/core/ledger/records.js";
import { verifyLedger } from "../src/core/ledger/verify.js";
import { entry, REVIEWED } from "./support/ledger-fixtures.js";
import { forge, policyKeys, signerOf, type TestKey, testKey, trustOf } from "./support/ledger-keys.js";
import { SweepHarness } from "./support/sweep-harness.js";

let h: SweepHarness;
afterEach(() => h?.cleanup());

const GRANTED = new Date("2026-12-01T09:00:00Z");
const AFTER = new Date("2026-12-01T11:05:00Z");
const old = () => entry(1, { expiresAt: "2026-12-01T11:00:00.000Z" });
const live = () => entry(2, { expiresAt: "2026-12-01T13:00:00.000Z" });

function signedHarness(): TestKey {
  const key = testKey();
  h = new SweepHarness();
  h.trust = trustOf([key]);
  return key;
}

const extendTo = (
  e: LedgerEntry,
  to: string,
  requestPath = `requests/prod-db-read/${e.requester}-more.yaml`,
) =>
  ({
    event: "extended",
    grant: e.id,
    actor: "gitjit-apply",
    data: {
      extension: { requestPath, pr: 77, from: e.expiresAt, to, approval: REVIEWED },
      refs: e.refs,
    },
  }) satisfies EventDraft;

async function eventCount() {
  return (await h.records()).records.length;
}

describe("the sweep verifies the ledger before it acts", () => {
  it("refuses a ledger with a chained record another identity appended: records nothing, alerts, and still revokes what had expired", async () => {
    signedHarness();
    const [a, b] = [old(), live()];
    await h.seed([a, b], GRANTED);
    forge(h.git.remote, {
      at: "2026-12-01T10:00:00.000Z",
      drafts: [
        { event: "expiry-warned", grant: b.id, actor: "gitjit-sweep", data: { expiresAt: b.expiresAt } },
      ],
    });
    const report = await h.run(AFTER);
    expect(report.problems[0]).toMatchObject({ code: "ledger-failed-verification" });
    expect(report.problems[0]?.message).toContain(
      `failed verification: audit/2026/12.jsonl:3 (record 3, ${b.id}) error unsigned`,
    );
    expect(report.removed.map((e) => e.id)).toEqual([a.id]);
    expect(h.platform.hasAccess(a.principal, a.grant)).toBe(false);
    expect(h.platform.hasAccess(b.principal, b.grant)).toBe(true);
    expect(report.recorded).toEqual([]);
    expect(await eventCount()).toBe(3);
    expect(h.notices.map((n) => [n.level, n.code])).toContainEqual(["alert", "ledger-failed-verification"]);
  }, 30_000);

  it("does not let a forged extension, signed with another key, keep a grant alive past its expiry", async () => {
    const key = signedHarness();
    const a = old();
    await h.seed([a], GRANTED);
    forge(h.git.remote, {
      at: "2026-12-01T10:00:00.000Z",
      signer: signerOf(testKey(key.id)),
      drafts: [extendTo(a, "2027-12-01T11:00:00.000Z")],
    });
    const report = await h.run(AFTER);
    expect(report.problems[0]?.message).toContain("error bad-signature");
    expect(report.removed.map((e) => e.id)).toEqual([a.id]);
    expect(h.platform.hasAccess(a.principal, a.grant)).toBe(false);
    expect(await eventCount()).toBe(2);
  }, 30_000);

  it("does not let an active file edited to a later expiry keep a grant alive", async () => {
    signedHarness();
    const a = old();
    await h.seed([a], GRANTED);
    forge(h.git.remote, {
      at: "2026-12-01T10:00:00.000Z",
      edit: (entries) => {
        entries.set(a.id, { ...(entries.get(a.id) as LedgerEntry), expiresAt: "2027-12-01T11:00:00.000Z" });
      },
    });
    const report = await h.run(AFTER);
    expect(report.problems[0]?.message).toContain(`ledger/active/${a.id}.json:1 (${a.id}) error differs`);
    expect(report.removed.map((e) => e.id)).toEqual([a.id]);
  }, 30_000);

  it("does not let a forged expiry make reconcile take the victim's live grant for an orphan", async () => {
    signedHarness();
    const victim = live();
    await h.seed([victim], GRANTED);
    forge(h.git.remote, {
      at: "2026-12-01T10:00:00.000Z",
      drafts: [
        { event: "expired", grant: victim.id, actor: "gitjit-sweep", data: { expiresAt: victim.expiresAt } },
      ],
    });
    const report = await h.run(AFTER, { reconcile: { scopes: [victim.grant] } });
    expect(report.problems[0]?.code).toBe("ledger-failed-verification");
    expect(report.orphans).toEqual([]);
    expect(h.platform.revokeCalls()).toEqual([]);
    expect(h.platform.hasAccess(victim.principal, victim.grant)).toBe(true);
  }, 30_000);

  it("refuses to act on a record a writer with a skewed clock dated a year ahead, and still revokes what had expired", async () => {
    const key = signedHarness();
    const [a, b] = [old(), live()];
    await h.seed([a, b], GRANTED);
    // The ledger's own writer, with its own key, but a clock a year fast and no trusted time to check it by.
    const skewed = new GitLedgerStore({
      repo: h.git.clone("skewed"),
      branch: "gitjit-ledger",
      remote: "origin",
      now: () => new Date("2027-12-01T10:00:00Z"),
      trust: trustOf([key]),
    });
    await skewed.update(() => [
      { event: "expiry-warned", grant: b.id, actor: "gitjit-sweep", data: { expiresAt: b.expiresAt } },
    ]);
    const report = await h.run(AFTER);
    expect(report.problems[0]?.message).toContain("error future-dated: dated 2027-12-01T10:00:00.000Z");
    expect(report.removed.map((e) => e.id)).toEqual([a.id]);
    expect(await eventCount()).toBe(3);
  }, 30_000);

  it("signs what it records, and a later run acts on the commit it signed", async () => {
    const key = signedHarness();
    const [a, b] = [old(), live()];
    await h.seed([a, b], GRANTED);
    const first = await h.run(AFTER);
    expect(first.problems).toEqual([]);
    expect(first.recorded.map((r) => r.event)).toEqual(["expired"]);
    const second = await h.run(new Date("2026-12-01T13:05:00Z"));
    expect(second.problems).toEqual([]);
    expect(second.removed.map((e) => e.id)).toEqual([b.id]);
    const { contents, records } = await h.records();
    expect(records.map((r) => [r.record.v, r.record.seal === undefined])).toEqual([
      [2, true],
      [2, false],
      [2, false],
      [2, false],
    ]);
    expect(
      verifyLedger({ ...contents, now: new Date("2026-12-01T13:06:00Z"), graceMs: 0, keys: policyKeys(key) })
        .problems,
    ).toEqual([]);
  }, 30_000);

  it("refuses to record without the signing key once the policy lists ledger keys, after revoking", async () => {
    const key = signedHarness();
    const a = old();
    await h.seed([a], GRANTED);
    h.trust = trustOf([key], null);
    await expect(h.run(AFTER)).rejects.toMatchObject({ code: "ledger-signing-key" });
    expect(h.platform.hasAccess(a.principal, a.grant)).toBe(false);
    expect(await eventCount()).toBe(1);
  }, 30_000);
});

describe("the sweep checks the causes of what the ledger holds", () => {
  /** The default branch, with its merges dated as GitHub would have made them. */
  function mainBranch() {
    const repo = h.git.init("main");
    const commit = (files: Record<string, string>, subject: string, at: string) => {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(repo, path)), { recursive: true });
        writeFileSync(join(repo, path), text);
      }
      execFileSync("git", ["add", "-A"], { cwd: repo });
      execFileSync("git", ["commit", "--quiet", "--allow-empty", "-m", subject], {
        cwd: repo,
        env: { ...process.env, GIT_COMMITTER_DATE: at, GIT_AUTHOR_DATE: at },
      });
    };
    h.causes = (paths) => mainHistory(repo, "HEAD", paths);
    return commit;
  }
  const request = (e: LedgerEntry, extra = "") =>
    `profile: ${e.profile}\nrequester: ${e.requester}\nduration: 2h\njustification: x\n${extra}`;

  it("refuses a held grant no merged pull request caused: records nothing, alerts, and does not count it as held", async () => {
    h = new SweepHarness();
    const commit = mainBranch();
    const [a, forged] = [old(), live()];
    commit({ [a.requestPath]: request(a) }, `Debug (#${a.pr})`, "2026-12-01T08:50:00Z");
    commit({ "README.md": "x\n" }, "Docs (#5)", "2026-12-01T10:30:00Z");
    await h.seed([a, forged], GRANTED);
    const report = await h.run(AFTER);
    expect(report.problems.map((p) => p.code)).toEqual(["ledger-uncaused", "no-cause"]);
    expect(report.problems[1]?.message).toContain(
      `${forged.id} (${forged.principal}): granted, naming ${forged.requestPath}`,
    );
    expect(report.removed.map((e) => e.id)).toEqual([a.id]);
    expect(report.recorded).toEqual([]);
    expect(await eventCount()).toBe(2);
  }, 30_000);

  it("revokes a grant at the expiry its caused records give, whatever a later extension no merged request caused says", async () => {
    const key = signedHarness();
    const commit = mainBranch();
    const a = old();
    commit({ [a.requestPath]: request(a) }, `Debug (#${a.pr})`, "2026-12-01T08:50:00Z");
    await h.seed([a], GRANTED);
    // Recorded by a holder of the ledger's key (say, one that leaked), with no request behind it.
    await h.store(new Date("2026-12-01T10:40:00Z")).update(() => [extendTo(a, "2026-12-01T15:00:00.000Z")]);
    commit({ "README.md": "x\n" }, "Docs (#5)", "2026-12-01T11:12:00Z");
    const report = await h.run(new Date("2026-12-01T11:15:00Z"));
    expect(report.problems.map((p) => p.code)).toEqual(["ledger-uncaused", "no-cause"]);
    expect(report.problems[1]?.message).toContain("extended, naming requests/prod-db-read/user1-more.yaml");
    expect(report.removed.map((e) => e.id)).toEqual([a.id]);
    expect(h.platform.hasAccess(a.principal, a.grant)).toBe(false);
    expect(await eventCount()).toBe(2);
    expect(key).toBeDefined();
    // Had the extension been merged, it would stand.
    commit(
      { [`requests/prod-db-read/${a.requester}-more.yaml`]: request(a, `extends: ${a.id}\n`) },
      "More (#77)",
      "2026-12-01T10:35:00Z",
    );
    h.platform.plant(toSpec(a));
    const caused = await h.run(new Date("2026-12-01T11:16:00Z"));
    expect(caused.problems).toEqual([]);
    expect(caused.removed).toEqual([]);
  }, 30_000);
});
