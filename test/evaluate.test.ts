import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateRequest } from "../src/core/request/evaluate.js";
import { GOOD_REQUEST, judge, NOW, testPolicy } from "./support/policy.js";

const codes = (r: ReturnType<typeof judge>) => r.errors.map((e) => e.code);
const edit = (field: string, value: string | null) =>
  value === null
    ? GOOD_REQUEST.split("\n")
        .filter((l) => !l.startsWith(`${field}:`))
        .join("\n")
    : GOOD_REQUEST.replace(new RegExp(`^${field}:.*$`, "m"), `${field}: ${value}`);

describe("judging a request against the policy", () => {
  it("accepts a valid request and says what it grants, until when, and who must approve", () => {
    const result = judge(GOOD_REQUEST);
    expect(result.errors).toEqual([]);
    expect(result.summary).toMatchObject({
      profile: "prod-db",
      requester: "alice",
      provider: "postgres",
      principal: "alice",
      startsAt: "2026-12-01T09:00:00.000Z",
      expiresAt: "2026-12-01T11:00:00.000Z",
      duration: "2h",
      approval: { auto: false, selfApproval: false, steps: [{ groups: ["leads"], count: 1 }] },
    });
  });

  it("reports every broken rule at once, not only the first", () => {
    const text = "profile: prod-db\nrequester: bob\nduration: 9h\njustification: short\nticket: JIRA-1\n";
    expect(codes(judge(text))).toEqual(
      expect.arrayContaining([
        "requester-not-author",
        "file-name-mismatch",
        "duration-over-max",
        "justification-too-short",
        "ticket-invalid",
      ]),
    );
  });

  it("names the line and column of each problem", () => {
    const [error] = judge(edit("duration", "8h")).errors;
    expect(error).toMatchObject({ code: "duration-over-max", line: 3, column: 11 });
    expect(error?.message).toBe("8h exceeds the profile's maximum of 4h");
  });

  describe("a request file's name", () => {
    it("refuses a path with a line break, a tab or any other control character, showing it escaped", () => {
      const shown: [string, string][] = [
        ["\n", "\\n"],
        ["\r", "\\r"],
        ["\r\n", "\\r\\n"],
        ["\t", "\\t"],
        ["\u0000", "\\u0000"],
        ["\u001b", "\\u001b"],
        ["\u007f", "\\u007f"],
        ["\u0085", "\\u0085"],
        ["\u009b", "\\u009b"],
        ["\u2028", "\\u2028"],
        ["\u2029", "\\u2029"],
      ];
      for (const [c, escaped] of shown) {
        const result = judge(GOOD_REQUEST, { path: `requests/prod-db/alice-x${c}::warning::y.yaml` });
        expect(codes(result), escaped).toEqual(["path-control-character"]);
        expect(result.summary).toBeUndefined();
        expect(result.errors[0]?.message).toContain(`"requests/prod-db/alice-x${escaped}::warning::y.yaml"`);
        expect(result.errors[0]?.message).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
      }
    });
  });

  describe("requester and author (trust rule 3)", () => {
    it("rejects a requester who is not the pull request's author", () => {
      expect(codes(judge(GOOD_REQUEST, { author: "bob" }))).toContain("requester-not-author");
    });
    it("rejects a requester that matches the author only by letter case", () => {
      expect(codes(judge(GOOD_REQUEST, { author: "Alice" }))).toContain("requester-case-mismatch");
    });
    it("rejects a look-alike login written with Cyrillic letters", () => {
      const text = edit("requester", "аlice"); // Cyrillic а
      expect(codes(judge(text))).toContain("invalid-format");
      expect(judge(text).summary).toBeUndefined();
    });
    it("does not compare with an author when none is given (local checks)", () => {
      expect(judge(GOOD_REQUEST, { author: undefined }).errors).toEqual([]);
    });
  });

  describe("where the file sits", () => {
    it("rejects a request filed under another profile's folder", () => {
      expect(codes(judge(GOOD_REQUEST, { path: "requests/aws-debug/alice-payouts.yaml" }))).toContain(
        "wrong-folder",
      );
    });
    it("rejects a folder that differs from the profile only by case", () => {
      expect(codes(judge(GOOD_REQUEST, { path: "requests/Prod-DB/alice-payouts.yaml" }))).toContain(
        "wrong-folder",
      );
    });
    it("rejects a file outside requests/", () => {
      expect(codes(judge(GOOD_REQUEST, { path: "Requests/prod-db/alice-payouts.yaml" }))).toContain(
        "not-a-request-path",
      );
      expect(codes(judge(GOOD_REQUEST, { path: "requests/prod-db/deeper/alice-payouts.yaml" }))).toContain(
        "not-a-request-path",
      );
    });
    it("rejects a file named for someone else", () => {
      expect(codes(judge(GOOD_REQUEST, { path: "requests/prod-db/bob-payouts.yaml" }))).toContain(
        "file-name-mismatch",
      );
      expect(codes(judge(GOOD_REQUEST, { path: "requests/prod-db/alice-.yaml" }))).toContain(
        "file-name-mismatch",
      );
    });
  });

  describe("eligibility and identity", () => {
    it("rejects a requester in no eligible group", () => {
      const text = edit("requester", "mallory");
      const teamMembers = new Map([["@acme/eng", ["bob"]]]);
      const result = judge(text, { author: "mallory", path: "requests/prod-db/mallory-x.yaml", teamMembers });
      expect(codes(result)).toEqual(["not-eligible", "no-identity"]);
    });
    it("rejects a login that matches an eligible member only by case", () => {
      const text = edit("requester", "ALICE");
      expect(codes(judge(text, { author: "ALICE", path: "requests/prod-db/ALICE-x.yaml" }))).toContain(
        "login-case-mismatch",
      );
    });
    it("leaves eligibility through a GitHub team to be checked online, with a warning", () => {
      const text = edit("requester", "frank");
      const result = judge(text, { author: "frank", path: "requests/prod-db/frank-x.yaml" });
      expect(result.warnings.map((w) => w.code)).toEqual(["eligibility-unverified"]);
      expect(codes(result)).toEqual(["no-identity"]);
    });
    it("accepts team membership when it is known, and refuses when the team does not hold the login", () => {
      const text = edit("requester", "bob");
      const inTeam = judge(text, {
        author: "bob",
        path: "requests/prod-db/bob-x.yaml",
        teamMembers: new Map([["@acme/eng", ["bob"]]]),
      });
      expect(inTeam.errors).toEqual([]);
      const stranger = edit("requester", "frank");
      const outside = judge(stranger, {
        author: "frank",
        path: "requests/prod-db/frank-x.yaml",
        teamMembers: new Map([["@acme/eng", ["bob"]]]),
      });
      expect(codes(outside)).toContain("not-eligible");
    });
    it("rejects a requester with no identity for the profile's provider", () => {
      const text = "profile: aws-debug\nrequester: bob\njustification: Look at the upload bucket\n";
      expect(codes(judge(text, { author: "bob", path: "requests/aws-debug/bob-x.yaml" }))).toEqual([
        "no-identity",
      ]);
    });
    it("rejects an AWS principal outside the profile's account", () => {
      const text = "profile: other-account\nrequester: alice\njustification: Look at the other bucket\n";
      expect(codes(judge(text, { path: "requests/other-account/alice-x.yaml" }))).toEqual([
        "identity-wrong-account",
      ]);
    });
    it("takes the principal from the identity map, never from the request", () => {
      const text = `${GOOD_REQUEST}principal: postgres\n`;
      const result = judge(text);
      expect(codes(result)).toEqual(["unknown-field"]);
      expect(result.summary).toBeUndefined();
    });
  });

  describe("durations", () => {
    it.each([
      ["2h", 2 * 3600_000],
      ["PT2H", 2 * 3600_000],
      ["90m", 90 * 60_000],
      ["1h30m", 90 * 60_000],
    ])("accepts %s", (text, ms) => {
      const result = judge(edit("duration", text));
      expect(result.errors).toEqual([]);
      expect(Date.parse(result.summary?.expiresAt ?? "") - NOW.getTime()).toBe(ms);
    });
    it("uses the profile's default when none is given", () => {
      expect(judge(edit("duration", null)).summary?.duration).toBe("1h");
    });
    it.each([
      ["zero", "0h", "duration-not-positive"],
      ["negative", "-1h", "duration-not-positive"],
      ["unparseable", "two hours", "duration-invalid"],
      ["fractional", "1.5h", "duration-invalid"],
      ["NaN as text", "NaN", "duration-invalid"],
      ["absurdly large", "999999d", "duration-over-max"],
      ["over the maximum", "5h", "duration-over-max"],
    ])("rejects a %s duration", (_name, text, code) => {
      expect(codes(judge(edit("duration", text)))).toEqual([code]);
    });
    it.each([".inf", "-.inf", ".nan", "-5", "0", "7200"])(
      "rejects the YAML number %s as a duration",
      (text) => {
        expect(codes(judge(edit("duration", text)))).toEqual(["wrong-type"]);
      },
    );
  });

  describe("scheduled start", () => {
    it("accepts a start within the horizon and counts the duration from it", () => {
      const result = judge(`${GOOD_REQUEST}start: 2026-12-02T09:00:00Z\n`);
      expect(result.summary).toMatchObject({
        startsAt: "2026-12-02T09:00:00.000Z",
        expiresAt: "2026-12-02T11:00:00.000Z",
        scheduled: true,
      });
    });
    it.each([
      ["in the past", "2026-11-30T09:00:00Z", "start-in-past"],
      ["beyond the horizon", "2026-12-05T09:00:00Z", "start-beyond-horizon"],
      ["on a date that does not exist", "2026-02-30T09:00:00Z", "start-invalid"],
      ["without a time zone", "2026-12-02T09:00:00", "invalid-format"],
    ])("rejects a start %s", (_name, start, code) => {
      expect(codes(judge(`${GOOD_REQUEST}start: ${start}\n`))).toEqual([code]);
    });
    it("rejects a start when the profile does not allow scheduling", () => {
      const text =
        "profile: aws-debug\nrequester: alice\njustification: Look at the bucket\nstart: 2026-12-01T10:00:00Z\n";
      expect(codes(judge(text, { path: "requests/aws-debug/alice-x.yaml" }))).toEqual(["start-not-allowed"]);
    });
  });

  describe("justification and ticket", () => {
    it("counts the justification without surrounding spaces", () => {
      expect(codes(judge(edit("justification", '"      short        "')))).toEqual([
        "justification-too-short",
      ]);
    });
    // prod-db needs at least 20 characters.
    const justification = (value: string) => judge(edit("justification", JSON.stringify(value)));
    it("does not count zero-width spaces toward the justification's minimum length", () => {
      expect(codes(justification("\u200b".repeat(20)))).toEqual(["justification-too-short"]);
      expect(codes(justification(`ok${"\u200b\u200c\u200d\u2060\ufeff".repeat(10)}`))).toEqual([
        "justification-too-short",
      ]);
      // Written as YAML escapes, and as the characters themselves in a plain scalar.
      expect(codes(judge(edit("justification", `"${"\\u200B".repeat(25)}"`)))).toEqual([
        "justification-too-short",
      ]);
      expect(codes(judge(edit("justification", `x${"\u200b".repeat(25)}`)))).toEqual([
        "justification-too-short",
      ]);
    });
    it("does not count fillers, Braille blanks, combining marks, controls or private-use characters", () => {
      for (const blank of [
        "\u3164",
        "\uffa0",
        "\u115f\u1160",
        "\u2800",
        "\u0301",
        "\u00ad",
        "\ue000",
        "\u0085",
        "\u202e",
      ])
        expect(codes(justification(`fix ${blank.repeat(25)}`)), JSON.stringify(blank)).toEqual([
          "justification-too-short",
        ]);
    });
    it("says how many visible characters the justification has", () => {
      const [error] = justification(`fix it${"\u200b".repeat(30)}`).errors;
      expect(error).toMatchObject({ code: "justification-too-short", line: 4 });
      expect(error?.message).toBe(
        "the justification has 5 visible characters (and 30 that cannot be seen); this profile needs at least 20",
      );
    });
    it("accepts a justification whose visible characters meet the minimum, in any script", () => {
      expect(codes(justification("修复支付失败的问题并检查数据库中的交易记录"))).toEqual([]);
      // 20 letters with decomposed accents: each accent decorates its letter and is not counted twice.
      expect(codes(justification("e\u0301".repeat(20)))).toEqual([]);
      expect(codes(justification("e\u0301".repeat(19)))).toEqual(["justification-too-short"]);
    });
    it("requires a ticket when the profile does", () => {
      expect(codes(judge(edit("ticket", null)))).toEqual(["ticket-required"]);
    });
    it("matches the ticket pattern against the whole ticket", () => {
      expect(codes(judge(edit("ticket", "INC-12x")))).toEqual(["ticket-invalid"]);
      expect(codes(judge(edit("ticket", "xINC-12")))).toEqual(["ticket-invalid"]);
    });
  });

  describe("schema problems", () => {
    it("names an unknown field and suggests the field meant", () => {
      const result = judge(`${GOOD_REQUEST}justifcation: typo\n`);
      expect(result.errors).toEqual([expect.objectContaining({ code: "unknown-field", line: 6, column: 1 })]);
      expect(result.errors[0]?.message).toContain("did you mean `justification`");
    });
    it("reports wrong types and missing fields", () => {
      const result = judge("profile: prod-db\nrequester: [alice]\n");
      expect(codes(result)).toEqual(expect.arrayContaining(["wrong-type", "missing-field"]));
    });
    it("reports an unknown profile", () => {
      expect(codes(judge(edit("profile", "prod-dbx"), { path: "requests/prod-dbx/alice-x.yaml" }))).toEqual([
        "unknown-profile",
      ]);
    });
  });

  describe("approvals the request will need", () => {
    it("auto-approves within the profile's limit and not beyond it", () => {
      const base = "profile: aws-debug\nrequester: alice\njustification: Look at the bucket\n";
      const short = judge(`${base}duration: 30m\n`, { path: "requests/aws-debug/alice-x.yaml" });
      expect(short.summary?.approval).toEqual({ auto: true, selfApproval: false, steps: [] });
      const long = judge(`${base}duration: 31m\n`, { path: "requests/aws-debug/alice-x.yaml" });
      expect(long.summary?.approval.auto).toBe(false);
      expect(long.summary?.approval.steps).toHaveLength(1);
    });
  });

  it("never throws on random objects, whatever their shape", () => {
    const policy = testPolicy();
    const field = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string()),
      fc.object(),
    );
    const request = fc.record(
      {
        profile: fc.oneof(fc.constantFrom("prod-db", "aws-debug", "other-account", "nope"), field),
        requester: fc.oneof(fc.constantFrom("alice", "bob", "ALICE", "mallory"), field),
        duration: fc.oneof(fc.constantFrom("2h", "PT1H", "0m", "-1h", "99999d"), field),
        justification: field,
        ticket: field,
        start: fc.oneof(fc.constantFrom("2026-12-01T10:00:00Z", "2026-02-30T00:00:00+05:30"), field),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(request, fc.string(), fc.date({ noInvalidDate: true }), (value, path, now) => {
        const result = evaluateRequest({
          path,
          value,
          locate: () => ({ line: 1, column: 1 }),
          policy,
          now,
          author: "alice",
        });
        expect(result.summary === undefined || result.errors.length === 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
