import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ApprovalRule, evaluateApproval, type Review } from "../../src/core/approval/engine.js";
import { assignApprovers } from "../../src/core/approval/matching.js";
import { compilePolicy } from "../../src/core/policy/policy.js";
import { POLICY_FILES } from "../support/policy-fixture.js";

const { policy } = compilePolicy(Object.entries(POLICY_FILES).map(([path, content]) => ({ path, content })));
const HEAD = "a".repeat(40);
const OLD = "b".repeat(40);
const everyone = [
  "octocat",
  "hubot",
  "lead-dana",
  "lead-eve",
  "sec-alice",
  "sec-bob",
  "sec-carol",
  "dba-1",
  "dba-2",
];

let nextId = 1;
const review = (login: string, state: string, commitId = HEAD, extra: Partial<Review> = {}): Review => {
  const id = nextId++;
  return {
    id,
    login,
    bot: login.endsWith("[bot]"),
    state,
    commitId,
    submittedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, id)).toISOString(),
    ...extra,
  };
};

const ruleOf = (profile: string): ApprovalRule => {
  const p = policy.profiles.get(profile);
  if (!p) throw new Error(profile);
  return { steps: p.approval.steps, selfApproval: p.approval.selfApproval === true, auto: false };
};

const judge = (
  profile: string,
  reviews: Review[],
  options: { author?: string; writers?: string[]; teams?: Record<string, string[]> } = {},
) =>
  evaluateApproval(ruleOf(profile), {
    author: options.author ?? "octocat",
    headSha: HEAD,
    reviews,
    groups: policy.groups,
    teamMembers: new Map(
      Object.entries(options.teams ?? { "@acme/sre": [], "@acme/dbas": ["dba-1", "dba-2"] }),
    ),
    writeAccess: new Map(
      (options.writers ?? [...everyone, "deploy-bot[bot]"]).map((l) => [l.toLowerCase(), true]),
    ),
  });

describe("the approval engine", () => {
  it("is satisfied by one approver of the group on the head commit", () => {
    const v = judge("prod-db", [review("lead-dana", "APPROVED")]);
    expect(v.satisfied).toBe(true);
    expect(v.steps).toEqual([{ groups: ["leads"], count: 1, approvedBy: ["lead-dana"], missing: 0 }]);
    expect(v.missing).toEqual([]);
  });

  it("never counts the author, even one in the approving group", () => {
    const v = judge("prod-db", [review("lead-dana", "APPROVED")], { author: "lead-dana" });
    expect(v.satisfied).toBe(false);
    expect(v.ignored.map((i) => i.code)).toEqual(["self-approval"]);
    expect(v.missing).toEqual(["step 1: 1 more approval of the latest commit from group leads"]);
  });

  it("counts the author once, without a review, where the profile allows self-approval", () => {
    expect(judge("self-serve", []).satisfied).toBe(true);
    expect(judge("self-serve", []).steps[0]?.approvedBy).toEqual(["octocat"]);
    // ...but not an author who cannot write to the repository (a fork's author, say).
    expect(judge("self-serve", [], { writers: ["hubot"] }).satisfied).toBe(false);
  });

  it("does not count an approval of an earlier commit", () => {
    const v = judge("prod-db", [review("lead-dana", "APPROVED", OLD)]);
    expect(v.satisfied).toBe(false);
    expect(v.ignored).toEqual([
      {
        login: "lead-dana",
        code: "stale-approval",
        message: "lead-dana approved commit bbbbbbb, not the latest commit aaaaaaa; approve again",
      },
    ]);
  });

  it("does not count an approver outside the step's groups", () => {
    const v = judge("prod-db", [review("sec-alice", "APPROVED")]);
    expect(v.satisfied).toBe(false);
    expect(v.ignored[0]?.code).toBe("not-an-approver");
    expect(v.ignored[0]?.message).toBe("sec-alice approved but is not in group leads");
  });

  it("does not count an approver without write access", () => {
    const v = judge("prod-db", [review("lead-dana", "APPROVED")], { writers: ["lead-eve"] });
    expect(v.satisfied).toBe(false);
    expect(v.ignored[0]?.code).toBe("no-write-access");
  });

  it("counts one person approving twice once", () => {
    const v = judge("dba-only", [review("dba-1", "APPROVED"), review("dba-1", "APPROVED")]);
    expect(v.satisfied).toBe(false);
    expect(v.steps[0]).toMatchObject({ approvedBy: ["dba-1"], missing: 1 });
    expect(judge("dba-only", [review("dba-1", "APPROVED"), review("DBA-2", "APPROVED")]).satisfied).toBe(
      true,
    );
  });

  it("lets one person fill one step only, and says so", () => {
    const v = judge("prod-admin", [review("sec-alice", "APPROVED")]);
    expect(v.satisfied).toBe(false);
    expect(v.steps.map((s) => s.approvedBy)).toEqual([["sec-alice"], []]);
    expect(v.missing).toEqual([
      "step 2 of 2: 1 more approval of the latest commit from group security (sec-alice already counts toward step 1, and one person counts toward one step only)",
    ]);
  });

  it("finds the assignment that meets every step where first come, first served would not", () => {
    // sec-alice could fill either step; lead-dana only the first. Greedy puts alice in step 1.
    const v = judge("prod-admin", [review("sec-alice", "APPROVED"), review("lead-dana", "APPROVED")]);
    expect(v.satisfied).toBe(true);
    expect(v.steps.map((s) => s.approvedBy)).toEqual([["lead-dana"], ["sec-alice"]]);
  });

  it("blocks on changes requested by an eligible approver until that person approves", () => {
    const blocked = judge("dba-only", [
      review("dba-1", "APPROVED"),
      review("dba-2", "APPROVED"),
      review("dba-2", "CHANGES_REQUESTED"),
      review("dba-2", "COMMENTED"),
    ]);
    expect(blocked.satisfied).toBe(false);
    expect(blocked.blockedBy).toEqual(["dba-2"]);
    expect(blocked.missing).toContain(
      "dba-2 requested changes; that blocks until dba-2 approves the latest commit",
    );

    const lifted = judge("prod-db", [
      review("lead-dana", "CHANGES_REQUESTED"),
      review("lead-dana", "APPROVED"),
    ]);
    expect(lifted.satisfied).toBe(true);
    expect(lifted.blockedBy).toEqual([]);
  });

  it("keeps an approval through a later comment, and drops it when dismissed", () => {
    expect(
      judge("prod-db", [review("lead-dana", "APPROVED"), review("lead-dana", "COMMENTED")]).satisfied,
    ).toBe(true);
    expect(
      judge("prod-db", [review("lead-dana", "APPROVED"), review("lead-dana", "DISMISSED")]).satisfied,
    ).toBe(false);
  });

  it("ignores changes requested by someone whose approval would not count", () => {
    const v = judge("prod-db", [review("lead-dana", "APPROVED"), review("sec-alice", "CHANGES_REQUESTED")]);
    expect(v.satisfied).toBe(true);
    expect(v.blockedBy).toEqual([]);
  });

  it("takes each person's latest review by time, whatever order the list comes in", () => {
    const early = review("lead-dana", "APPROVED");
    const late = review("lead-dana", "CHANGES_REQUESTED");
    expect(judge("prod-db", [late, early]).satisfied).toBe(false);
    // One account under two spellings of its login is one person.
    const renamed = review("Lead-Dana", "APPROVED", HEAD, { userId: 7 });
    const before = review("lead-dana", "CHANGES_REQUESTED", HEAD, {
      userId: 7,
      submittedAt: "2025-01-01T00:00:00Z",
    });
    expect(judge("prod-db", [renamed, before]).satisfied).toBe(true);
  });

  it("counts team members through the team's membership", () => {
    expect(judge("dba-only", [review("dba-1", "APPROVED"), review("dba-2", "APPROVED")]).satisfied).toBe(
      true,
    );
    const outsiders = { "@acme/sre": [], "@acme/dbas": ["dba-1"] };
    expect(
      judge("dba-only", [review("dba-1", "APPROVED"), review("dba-2", "APPROVED")], { teams: outsiders })
        .satisfied,
    ).toBe(false);
  });

  it("counts a bot only where a group names it", () => {
    const named = judge("robot-ok", [review("deploy-bot[bot]", "APPROVED")], { writers: [] });
    expect(named.satisfied).toBe(true);
    const unnamed = judge("prod-db", [review("renovate[bot]", "APPROVED")], { writers: ["renovate[bot]"] });
    expect(unnamed.ignored[0]?.code).toBe("bot-not-named");
  });

  it("needs no one for an auto-approved request", () => {
    const v = evaluateApproval(
      { steps: [], selfApproval: false, auto: true },
      {
        author: "octocat",
        headSha: HEAD,
        reviews: [],
        groups: policy.groups,
        teamMembers: new Map(),
        writeAccess: new Map(),
      },
    );
    expect(v).toMatchObject({ satisfied: true, auto: true, missing: [] });
  });
});

describe("assigning approvers to steps", () => {
  // Brute force over every choice of step (or none) per person: the largest number of seats filled.
  const best = (eligible: number[][], seats: number[]): number => {
    const go = (p: number, left: number[]): number => {
      if (p === eligible.length) return 0;
      let top = go(p + 1, left);
      for (const s of eligible[p] ?? []) {
        if ((left[s] ?? 0) <= 0) continue;
        const next = [...left];
        next[s] = (next[s] ?? 0) - 1;
        top = Math.max(top, 1 + go(p + 1, next));
      }
      return top;
    };
    return go(0, seats);
  };

  it("fills as many seats as any assignment can, never one person twice, never a seat too many", () => {
    const input = fc.integer({ min: 1, max: 4 }).chain((steps) =>
      fc.record({
        seats: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: steps, maxLength: steps }),
        eligible: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: steps - 1 }), { maxLength: steps }), {
          maxLength: 7,
        }),
      }),
    );
    fc.assert(
      fc.property(input, ({ seats, eligible }) => {
        const assigned = assignApprovers(eligible, seats);
        assigned.forEach((step, p) => {
          if (step !== undefined) expect(eligible[p]).toContain(step);
        });
        seats.forEach((n, s) => {
          expect(assigned.filter((a) => a === s).length).toBeLessThanOrEqual(n);
        });
        expect(assigned.filter((a) => a !== undefined).length).toBe(best(eligible, seats));
      }),
    );
  });
});
