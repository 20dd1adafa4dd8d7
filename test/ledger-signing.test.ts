import { describe, expect, it } from "vitest";
import { readChain } from "../src/core/ledger/chain.js";
import { sealedTip } from "../src/core/ledger/guard.js";
import { ledgerKeys, signerFor } from "../src/core/ledger/keys.js";
import type { AuditRecord, EventDraft } from "../src/core/ledger/records.js";
import { fileHash, signatureProblem } from "../src/core/ledger/seal.js";
import { type LedgerSnapshot, planCommit } from "../src/core/ledger/store.js";
import { recordTime } from "../src/core/ledger/time.js";
import { verifyLedger } from "../src/core/ledger/verify.js";
import { compilePolicy } from "../src/core/policy/policy.js";
import { entry, granted } from "./support/ledger-fixtures.js";
import { keysFile, policyKeys, signerOf, testKey } from "./support/ledger-keys.js";

const AT = new Date("2026-12-01T09:00:00Z");
const BASE = "a".repeat(40);
const expired = (id: string): EventDraft => ({
  event: "expired",
  grant: id,
  actor: "gitjit-sweep",
  data: {},
});

/** A one-commit ledger as planCommit writes it: its files, and what its tip commit would show. */
function ledgerOf(drafts: EventDraft[], options: Parameters<typeof planCommit>[3] = {}, at = AT) {
  const plan = planCommit({ entries: new Map() }, drafts, at, options);
  const auditFiles = plan.changes
    .filter((c) => c.path.startsWith("audit/"))
    .map((c) => ({ path: c.path, text: c.content as string }));
  const activeFiles = plan.changes
    .filter((c) => c.path.startsWith("ledger/active/"))
    .map((c) => ({ path: c.path, text: c.content as string }));
  const activeHashes = new Map(activeFiles.map((f) => [f.path, fileHash(f.text)]));
  return { plan, auditFiles, activeFiles, activeHashes };
}

describe("signed commits", () => {
  it("seal each commit's last record, signed over its hash, and a changed byte breaks the signature", () => {
    const key = testKey();
    const { plan, auditFiles } = ledgerOf([granted(entry(1)), granted(entry(2))], {
      seal: { signer: signerOf(key), base: BASE },
      trustedNow: AT,
    });
    const [first, last] = plan.records as [AuditRecord, AuditRecord];
    expect(first).toMatchObject({ v: 2 });
    expect(first.seal).toBeUndefined();
    expect(last).toMatchObject({ v: 2, seal: { base: BASE, time: AT.toISOString() }, sig: { key: key.id } });
    expect(readChain(auditFiles).broken).toBeUndefined();
    expect(signatureProblem(last, policyKeys(key))).toBeUndefined();
    // The hash covers the seal: a seal edited and hashed again no longer carries a good signature.
    const { hash: _h, sig, ...rest } = last;
    const moved = { ...rest, seal: { ...(last.seal as object), base: "b".repeat(40) } } as AuditRecord;
    expect(
      signatureProblem({ ...moved, hash: "0".repeat(64), sig } as AuditRecord, policyKeys(key)),
    ).toMatchObject({
      code: "bad-signature",
    });
    // Another key pair under the same name, or a name the policy does not list.
    const impostor = testKey(key.id);
    expect(signatureProblem(last, policyKeys(impostor))?.code).toBe("bad-signature");
    expect(signatureProblem(last, policyKeys(testKey("other")))?.code).toBe("unknown-key");
  });

  it("sign with the key valid at the record's time, and refuse to sign once it has expired", () => {
    const old = testKey("key-2026", "2026-01-01T00:00:00Z", "2026-12-01T00:00:00Z");
    const current = testKey("key-2027", "2026-12-01T00:00:00Z");
    // The same private key listed twice, for two periods: it signs as the entry valid at the time.
    const twice = { ...old, id: "reused", from: "2027-01-01T00:00:00Z", until: undefined };
    const signer = signerFor(old.privateKey, ledgerKeys([old, current, twice]));
    if (!signer.ok) throw new Error(signer.reason);
    expect(signer.value.keys.map((k) => k.id)).toEqual(["key-2026", "reused"]);
    expect(() =>
      planCommit({ entries: new Map() }, [granted(entry(1))], AT, { seal: { signer: signerOf(old) } }),
    ).toThrow(/the signing key is not valid at 2026-12-01T09:00:00.000Z/);
    const signed = planCommit({ entries: new Map() }, [granted(entry(1))], new Date("2027-02-01T00:00:00Z"), {
      seal: { signer: signer.value },
    });
    expect(signed.records[0]?.sig?.key).toBe("reused");
    expect(signerFor(testKey().privateKey, ledgerKeys([old])).ok).toBe(false);
    expect(signerFor("not a key", ledgerKeys([old]))).toMatchObject({ ok: false });
  });

  it("accept as a writer's own only the commit that sealed the tip: same parent, same active files, a listed key", () => {
    const key = testKey();
    const keys = policyKeys(key);
    const { auditFiles, activeHashes } = ledgerOf([granted(entry(1))], {
      seal: { signer: signerOf(key), base: BASE },
    });
    const tip = { commit: "c".repeat(40), parents: [BASE], lastAuditFile: auditFiles[0], activeHashes };
    expect(sealedTip(tip, keys, AT)).toEqual({ ok: true });
    expect(sealedTip({ ...tip, parents: ["d".repeat(40)] }, keys, AT)).toMatchObject({ ok: false });
    expect(sealedTip({ ...tip, parents: [BASE, "d".repeat(40)] }, keys, AT)).toMatchObject({ ok: false });
    const edited = new Map([...activeHashes].map(([p]) => [p, fileHash("{}")]));
    expect(sealedTip({ ...tip, activeHashes: edited }, keys, AT)).toMatchObject({
      ok: false,
      reason: "the active files are not those the last record sealed",
    });
    expect(sealedTip(tip, policyKeys(testKey(key.id)), AT)).toMatchObject({ ok: false });
    // Sealed by its writer, but dated far after the run's trusted time.
    expect(sealedTip(tip, keys, new Date("2026-12-01T08:00:00Z"))).toMatchObject({ ok: false });
    const unsigned = ledgerOf([granted(entry(1))]);
    expect(sealedTip({ ...tip, lastAuditFile: unsigned.auditFiles[0] }, keys, AT)).toMatchObject({
      reason: "the last record is not sealed",
    });
  });
});

describe("time that cannot be pinned", () => {
  const tip = { seq: 1, hash: "0".repeat(64), at: "2026-12-01T09:00:00.000Z" };

  it("takes the writer's clock, or the tip's time when the tip is ahead by less than ten minutes", () => {
    expect(recordTime(tip, new Date("2026-12-01T09:05:00Z"))).toEqual({
      at: new Date("2026-12-01T09:05:00Z"),
    });
    expect(recordTime(tip, new Date("2026-12-01T08:55:00Z"))).toEqual({ at: new Date(tip.at) });
  });

  it("refuses a writer whose clock is far ahead of the run's trusted time", () => {
    const time = recordTime(tip, new Date("2027-12-01T09:00:00Z"), new Date("2026-12-01T09:01:00Z"));
    expect(time).toMatchObject({ code: "clock-ahead" });
    expect(() =>
      planCommit({ entries: new Map(), tip }, [granted(entry(1))], new Date("2027-12-01T09:00:00Z"), {
        trustedNow: new Date("2026-12-01T09:01:00Z"),
      }),
    ).toThrow(/ahead of the run's trusted time/);
  });

  it("refuses a writer whose clock is far behind the run's trusted time", () => {
    expect(recordTime(tip, new Date("2026-12-01T09:05:00Z"), new Date("2026-12-01T10:05:00Z"))).toMatchObject(
      {
        code: "clock-behind",
      },
    );
    expect(recordTime(tip, new Date("2026-12-01T09:05:00Z"), new Date("2026-12-01T09:14:00Z"))).toEqual({
      at: new Date("2026-12-01T09:05:00Z"),
    });
  });

  it("refuses to date records after a tip far ahead of the trusted time, so one bad clock cannot move every later record", () => {
    const ahead = { ...tip, at: "2027-12-01T09:00:00.000Z" };
    expect(recordTime(ahead, new Date("2026-12-01T09:01:00Z"))).toMatchObject({ code: "ledger-ahead" });
    expect(
      recordTime(ahead, new Date("2026-12-01T09:01:00Z"), new Date("2026-12-01T09:01:00Z")),
    ).toMatchObject({ code: "ledger-ahead" });
  });
});

describe("records that follow from the ledger", () => {
  function verify(drafts: EventDraft[][], times: string[]) {
    let snapshot: LedgerSnapshot = { entries: new Map() };
    const files = new Map<string, string>();
    for (const [i, batch] of drafts.entries()) {
      const plan = planCommit(snapshot, batch, new Date(times[i] as string));
      const entries = new Map(snapshot.entries);
      for (const c of plan.changes)
        if (c.path.startsWith("audit/")) files.set(c.path, c.content as string);
        else if (c.content === undefined) entries.delete(c.path.slice(14, -5));
        else entries.set(c.path.slice(14, -5), JSON.parse(c.content));
      const last = plan.records.at(-1) as AuditRecord;
      const path = `audit/${last.at.slice(0, 4)}/${last.at.slice(5, 7)}.jsonl`;
      snapshot = { entries, tip: last, lastAuditFile: { path, text: files.get(path) as string } };
    }
    return verifyLedger({
      auditFiles: [...files].map(([path, text]) => ({ path, text })),
      activeFiles: [...snapshot.entries.values()].map((e) => ({
        path: `ledger/active/${e.id}.json`,
        text: JSON.stringify(e),
      })),
      now: new Date("2026-12-01T12:00:00Z"),
      graceMs: 3_600_000,
    }).problems.map((p) => [p.code, p.message]);
  }

  it("finds an expiry recorded before the grant expired", () => {
    const e = entry(1);
    expect(verify([[granted(e)], [expired(e.id)]], ["2026-12-01T09:00:00Z", "2026-12-01T11:00:00Z"])).toEqual(
      [],
    );
    expect(verify([[granted(e)], [expired(e.id)]], ["2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z"])).toEqual(
      [
        [
          "does-not-follow",
          "recorded as expired at 2026-12-01T10:00:00.000Z, before its expiry 2026-12-01T11:00:00.000Z",
        ],
      ],
    );
  });

  it("finds a grant whose id is not its request's, or whose request is someone else's", () => {
    const e = entry(1);
    expect(verify([[granted({ ...e, pr: 4 })]], ["2026-12-01T09:00:00Z"])[0]).toEqual([
      "does-not-follow",
      expect.stringContaining("is not the id its request file and pull request give"),
    ]);
    const other = entry(2, { requestPath: "requests/prod-db-read/mallory-x.yaml" });
    expect(
      verify([[granted({ ...other, id: "gj-5e7c26ff2a8dd8a1c1d2" })]], ["2026-12-01T09:00:00Z"]),
    ).toContainEqual(["does-not-follow", expect.stringContaining("is not the id")]);
  });

  it("finds a dated-ahead record, more than ten minutes after the time verify runs at", () => {
    const e = entry(1);
    expect(verify([[granted(e)]], ["2026-12-01T12:20:00Z"])).toContainEqual([
      "future-dated",
      "dated 2026-12-01T12:20:00.000Z, more than 10 minutes after 2026-12-01T12:00:00.000Z",
    ]);
  });
});

describe("ledger keys in the policy", () => {
  it("reads ledger.keys, and reports a key that is not Ed25519, is named twice, or ends before it starts", () => {
    const a = testKey("a");
    const compiled = compilePolicy([
      {
        path: "policies/people.yaml",
        content: "version: 1\nadmins: { groups: [sec], count: 1 }\ngroups: { sec: { members: [kdaigle] } }\n",
      },
      { path: "policies/ledger-keys.yaml", content: keysFile(a) },
    ]);
    expect(compiled.errors).toEqual([]);
    expect(compiled.policy.ledgerKeys.map((k) => k.id)).toEqual(["a"]);
    const rsa =
      "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAMZRe3AvEsOYXXYk6/N7IdLkvCtTE/sqAzRN0JySfBdrs4VTRf5v7KRLjpK4L4jHNCDBGV+W5PpzVuD1Dpr8Nj0CAwEAAQ==";
    const bad = compilePolicy([
      {
        path: "policies/people.yaml",
        content: "version: 1\nadmins: { groups: [sec], count: 1 }\ngroups: { sec: { members: [kdaigle] } }\n",
      },
      {
        path: "policies/ledger-keys.yaml",
        content: keysFile(
          a,
          { ...testKey("a"), until: "2025-01-01T00:00:00Z" },
          { ...testKey("c"), publicKey: rsa },
        ),
      },
    ]);
    expect(bad.errors.map((e) => e.code).sort()).toEqual([
      "duplicate-name",
      "ledger-key-invalid",
      "ledger-key-period",
    ]);
  });
});
