import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../src/core/ledger/canonical.js";
import { readChain } from "../src/core/ledger/chain.js";
import {
  type AuditRecord,
  chainRecords,
  type EventDraft,
  recordHash,
  serialiseRecord,
} from "../src/core/ledger/records.js";
import { planCommit } from "../src/core/ledger/store.js";
import { entry, granted } from "./support/ledger-fixtures.js";

const expired = (id: string): EventDraft => ({
  event: "expired",
  grant: id,
  actor: "gitjit-sweep",
  data: {},
});

describe("canonical JSON (RFC 8785 for the values records hold)", () => {
  it("sorts keys by UTF-16 code units at every depth and writes no whitespace", () => {
    expect(canonicalJson({ b: 1, a: [true, null, { d: "x", c: "é" }], "\u00e9": 2, Z: 3 })).toBe(
      '{"Z":3,"a":[true,null,{"c":"é","d":"x"}],"b":1,"é":2}',
    );
    expect(canonicalJson({ "\ud83d\ude00": 1, "\uffff": 2 })).toBe('{"😀":1,"\uffff":2}');
  });

  it("refuses values another implementation might write differently", () => {
    expect(() => canonicalJson({ n: 1.5 })).toThrow(/cannot canonicalise the number 1.5/);
    expect(() => canonicalJson({ n: 2 ** 60 })).toThrow();
    expect(() => canonicalJson({ f: () => 1 })).toThrow();
  });

  it("is the same for any key order", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean())), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(object));
        expect(JSON.parse(canonicalJson(object))).toEqual(object);
      }),
    );
  });
});

describe("the audit chain", () => {
  it("continues across month files, with times that never run backwards", () => {
    const a = entry(1);
    const november = planCommit({ entries: new Map() }, [granted(a)], new Date("2026-11-30T23:59:59Z"));
    const novemberFile = {
      path: "audit/2026/11.jsonl",
      text: november.changes.find((c) => c.path === "audit/2026/11.jsonl")?.content as string,
    };
    const tip = { seq: 1, hash: (november.records[0] as AuditRecord).hash, at: "2026-11-30T23:59:59.000Z" };
    const entries = new Map([[a.id, a]]);
    // A writer whose clock is a little behind records at the tip's time, in the tip's file.
    const skewed = planCommit(
      { entries, tip, lastAuditFile: novemberFile },
      [expired(a.id)],
      new Date("2026-11-30T23:55:00Z"),
    );
    expect(skewed.records[0]?.at).toBe("2026-11-30T23:59:59.000Z");
    expect(skewed.changes.map((c) => c.path)).toEqual([`ledger/active/${a.id}.json`, "audit/2026/11.jsonl"]);
    // December starts a new file; the chain goes on from November's last record.
    const december = planCommit(
      { entries, tip, lastAuditFile: novemberFile },
      [expired(a.id)],
      new Date("2026-12-01T00:00:01Z"),
    );
    const decemberFile = december.changes.find((c) => c.path === "audit/2026/12.jsonl");
    expect(december.records[0]?.prev).toBe(tip.hash);
    const read = readChain([
      { path: "audit/2026/12.jsonl", text: decemberFile?.content as string },
      novemberFile,
    ]);
    expect(read.broken).toBeUndefined();
    expect(read.records.map((r) => [r.file, r.record.seq])).toEqual([
      ["audit/2026/11.jsonl", 1],
      ["audit/2026/12.jsonl", 2],
    ]);
  });

  it("refuses a line that is not canonical, has extra fields, or sits in the wrong month's file", () => {
    const [first] = chainRecords([granted(entry(1))], undefined, new Date("2026-12-01T09:00:00Z")) as [
      AuditRecord,
    ];
    const line = serialiseRecord(first);
    const code = (path: string, text: string) => readChain([{ path, text }]).broken?.code;
    expect(code("audit/2026/12.jsonl", `${line}\n`)).toBeUndefined();
    expect(code("audit/2026/12.jsonl", `${JSON.stringify(first, null, 1).replace(/\n/g, "")}\n`)).toBe(
      "not-canonical",
    );
    expect(code("audit/2026/12.jsonl", `${canonicalJson({ ...first, note: "added later" })}\n`)).toBe(
      "malformed",
    );
    expect(code("audit/2026/11.jsonl", `${line}\n`)).toBe("wrong-file");
    const { hash: _hash, ...rest } = first;
    expect(recordHash(rest)).toBe(first.hash);
  });

  it("reads a canonical record whose data has keys that look like numbers, and refuses one out of order deep inside", () => {
    const held = entry(1, { refs: { "10": "ten", "9": "nine", b: "x", a: "y" } });
    const [record] = chainRecords([granted(held)], undefined, new Date("2026-12-01T09:00:00Z")) as [
      AuditRecord,
    ];
    const line = serialiseRecord(record);
    expect(line).toContain('"refs":{"10":"ten","9":"nine","a":"y","b":"x"}');
    const read = (text: string) => readChain([{ path: "audit/2026/12.jsonl", text: `${text}\n` }]);
    expect(read(line).broken).toBeUndefined();
    expect(read(line).records[0]?.record).toEqual(record);
    const swapped = line.replace('"a":"y","b":"x"', '"b":"x","a":"y"');
    expect(read(swapped).broken?.code).toBe("not-canonical");
    const fraction = line.replace('"pr":1001', '"pr":1001.5');
    expect(read(fraction).broken?.code).toBe("not-canonical");
  });

  it("checks each record's hash against its content, wherever in the record the change is", () => {
    const records = chainRecords(
      [granted(entry(1)), granted(entry(2))],
      undefined,
      new Date("2026-12-01T09:00:00Z"),
    );
    const text = `${records.map(serialiseRecord).join("\n")}\n`;
    const code = (t: string) => readChain([{ path: "audit/2026/12.jsonl", text: t }]).broken;
    expect(code(text)).toBeUndefined();
    for (const [from, to] of [
      ['"actor":"gitjit-apply"', '"actor":"gitjit-apple"'],
      ['"principal":"user2"', '"principal":"user9"'],
      ['"v":1}', '"v":1 }'],
    ] as const) {
      const lines = text.split("\n");
      lines[1] = (lines[1] as string).replace(from, to);
      expect(code(lines.join("\n"))).toMatchObject({
        line: 2,
        code: from.startsWith('"v"') ? "not-canonical" : "hash-mismatch",
      });
    }
  });

  it("refuses to record an event that does not fit the ledger", () => {
    expect(() =>
      planCommit({ entries: new Map() }, [expired("gj-00000000000000000000")], new Date()),
    ).toThrow(/refusing to record: expired for gj-0+, which is not held/);
  });
});
