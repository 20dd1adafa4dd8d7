import { describe, expect, it } from "vitest";
import { checkExtension, evaluateRevokeFile } from "../src/core/ledger/lifecycle.js";
import type { LedgerEntry } from "../src/core/ledger/records.js";
import { loadYaml } from "../src/core/load/yaml.js";
import type { ProfilePolicy } from "../src/core/model/schema.js";
import { entry } from "./support/ledger-fixtures.js";
import { GOOD_REQUEST, judge, NOW, testPolicy } from "./support/policy.js";

const policy = testPolicy();
const profile = policy.profiles.get("prod-db") as ProfilePolicy;
const held = (overrides: Partial<LedgerEntry> = {}) =>
  entry(1, {
    profile: "prod-db",
    grant: profile.grant,
    requester: "alice",
    principal: "alice",
    startsAt: "2026-12-01T08:00:00.000Z",
    expiresAt: "2026-12-01T10:00:00.000Z",
    ...overrides,
  });

function extension(text: string) {
  const result = judge(text);
  expect(result.errors).toEqual([]);
  return result.summary as NonNullable<typeof result.summary>;
}

describe("extending a grant", () => {
  const ask = (duration: string) =>
    extension(`${GOOD_REQUEST.replace("2h", duration)}extends: ${held().id}\n`);

  it("moves the expiry by the requested duration from the current expiry, with no gap", () => {
    expect(ask("2h").extends).toBe(held().id);
    expect(checkExtension(ask("2h"), held(), profile, NOW)).toEqual({
      errors: [],
      to: "2026-12-01T12:00:00.000Z",
    });
  });

  it("refuses a grant that is gone, has expired, or belongs to someone else or another profile", () => {
    const codes = (e: LedgerEntry | undefined, now = NOW) =>
      checkExtension(ask("1h"), e, profile, now).errors.map((x) => x.code);
    expect(codes(undefined)).toEqual(["extends-not-held"]);
    expect(codes(held(), new Date("2026-12-01T10:00:00Z"))).toEqual(["extends-expired"]);
    expect(codes(held({ requester: "bob", principal: "bob" }))).toEqual(["extends-other-requester"]);
    expect(codes(held({ requester: "Alice" }))).toEqual(["extends-other-requester"]);
    expect(codes(held({ profile: "aws-debug" }))).toEqual(["extends-other-profile"]);
    expect(codes(held({ state: "revoke-failing" }))).toEqual(["extends-not-held"]);
  });

  it("refuses to extend a grant made to a principal the policy no longer maps the requester to", () => {
    const codes = (e: LedgerEntry) => checkExtension(ask("1h"), e, profile, NOW).errors.map((x) => x.code);
    expect(codes(held({ principal: "alice_retired" }))).toEqual(["extends-other-principal"]);
    expect(
      checkExtension(ask("1h"), held({ principal: "alice_retired" }), profile, NOW).errors[0]?.message,
    ).toContain("alice_retired");
  });

  it("refuses to extend a grant its profile no longer makes the same way", () => {
    const other = { ...held().grant, role: "readwrite" } as LedgerEntry["grant"];
    expect(checkExtension(ask("1h"), held({ grant: other }), profile, NOW).errors.map((x) => x.code)).toEqual(
      ["extends-grant-changed"],
    );
  });

  it("counts the whole grant against the maximum when the policy says so", () => {
    const cumulative = { ...profile, duration: { ...profile.duration, cumulative: true } };
    // Started 08:00, expires 10:00; max 4h: up to 12:00 in total.
    expect(checkExtension(ask("2h"), held(), cumulative, NOW).errors).toEqual([]);
    expect(checkExtension(ask("3h"), held(), cumulative, NOW).errors.map((e) => e.code)).toEqual([
      "extends-over-total",
    ]);
    expect(checkExtension(ask("3h"), held(), profile, NOW).errors).toEqual([]);
  });

  it("cannot also name a scheduled start, and must name a grant id", () => {
    const both = judge(`${GOOD_REQUEST}extends: ${held().id}\nstart: 2026-12-01T12:00:00Z\n`);
    expect(both.errors.map((e) => e.code)).toContain("extends-with-start");
    const bad = judge(`${GOOD_REQUEST}extends: my-grant\n`);
    expect(bad.errors.map((e) => e.code)).toEqual(["invalid-format"]);
  });
});

describe("a revoke file", () => {
  const file = (text: string, options: { path?: string; author?: string; entry?: LedgerEntry } = {}) => {
    const loaded = loadYaml(text);
    if (!loaded.ok) throw new Error("fixture does not load");
    return evaluateRevokeFile({
      path: options.path ?? `revokes/${held().id}.yaml`,
      value: loaded.value,
      locate: loaded.locate,
      author: options.author ?? "alice",
      entry: "entry" in options ? options.entry : held(),
      policy,
    });
  };

  it("lets the requester give up their own grant with no approval", () => {
    expect(file("requester: alice\nreason: Finished early, the fix is deployed\n")).toEqual({
      errors: [],
      grantId: held().id,
      authority: { kind: "self" },
    });
  });

  it("needs the profile's approvers or the admins to end someone else's grant", () => {
    const result = file("requester: dave\nreason: Alice left the incident\n", { author: "dave" });
    expect(result.errors).toEqual([]);
    expect(result.authority).toEqual({
      kind: "approval",
      anyOf: [
        { auto: false, selfApproval: false, steps: [{ groups: ["leads"], count: 1 }] },
        { auto: false, selfApproval: false, steps: [{ groups: ["admins"], count: 1 }] },
      ],
    });
  });

  it("refuses a requester who is not the author, a wrong path, unknown fields and an unheld grant", () => {
    const codes = (r: ReturnType<typeof file>) => r.errors.map((e) => e.code);
    expect(codes(file("requester: alice\nreason: done here\n", { author: "mallory" }))).toEqual([
      "requester-not-author",
    ]);
    expect(codes(file("requester: alice\nreason: done\n", { path: "revokes/alice-done.yaml" }))).toEqual([
      "not-a-revoke-path",
    ]);
    expect(codes(file("requester: alice\nreason: done\ngrant: x\n"))).toEqual(["unknown-field"]);
    expect(codes(file("requester: alice\nreason: done\n", { entry: undefined }))).toEqual([
      "revoke-not-held",
    ]);
  });

  it("does not count zero-width spaces or other invisible characters as a reason", () => {
    const codes = (r: ReturnType<typeof file>) => r.errors.map((e) => e.code);
    for (const blank of [
      "\u200b\u200b\u200b",
      "\u3164",
      "\u2800\u2800",
      "\u00a0",
      "\u202e\u0301",
      "\ufeff",
    ]) {
      const result = file(`requester: alice\nreason: ${JSON.stringify(blank)}\n`);
      expect(codes(result), JSON.stringify(blank)).toEqual(["reason-too-short"]);
      expect(result.authority).toBeUndefined();
    }
    const [error] = file('requester: alice\nreason: "\\u200B\\u200B"\n').errors;
    expect(error).toMatchObject({ code: "reason-too-short", line: 2, column: 9 });
    expect(error?.message).toBe(
      "the reason has 0 visible characters (and 2 that cannot be seen); a revoke needs at least 1",
    );
    expect(codes(file('requester: alice\nreason: "\\u200Bx"\n'))).toEqual([]);
  });

  it("refuses a revoke path with a control character, showing it escaped", () => {
    for (const c of ["\n", "\r", "\t", "\u0085", "\u2028"]) {
      const result = file("requester: alice\nreason: done\n", { path: `revokes/${held().id}${c}.yaml` });
      expect(
        result.errors.map((e) => e.code),
        JSON.stringify(c),
      ).toEqual(["path-control-character"]);
      expect(result.grantId).toBeUndefined();
      expect(result.errors[0]?.message).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
    }
    expect(
      file("requester: alice\nreason: done\n", { path: `revokes/${held().id}\n.yaml` }).errors[0]?.message,
    ).toContain(`"revokes/${held().id}\\n.yaml"`);
  });
});
