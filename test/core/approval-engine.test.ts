import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ApprovalRule,
  type Dismissal,
  evaluateApproval,
  type Review,
} from "../../src/core/approval/engine.js";
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

/** GitHub's record that `by` (a login, or null when GitHub does not say) dismissed `of`, a review that was `state`. */
const dismissal = (
  of: Review,
  by: string | null,
  state = "CHANGES_REQUESTED",
  extra: { bot?: boolean } = {},
): Dismissal => ({
  reviewId: of.id,
  by: by === null ? null : { login: by, bot: extra.bot ?? by.endsWith("[bot]") },
  state,
});

const ruleOf = (profile: string): ApprovalRule => {
  const p = policy.profiles.get(profile);
  if (!p) throw new Error(profile);
  return { steps: p.approval.steps, selfApproval: p.approval.selfApproval === true, auto: false };
};

const judge = (
  profile: string,
  reviews: Review[],
  options: {
    author?: string;
    writers?: string[];
    teams?: Record<string, string[]>;
    dismissals?: Dismissal[];
  } = {},
) =>
  evaluateApproval(ruleOf(profile), {
    author: options.author ?? "octocat",
    headSha: HEAD,
    reviews,
    dismissals: options.dismissals ?? [],
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
    const approved = review("lead-dana", "APPROVED");
    const dismissed = review("lead-dana", "DISMISSED");
    const v = judge("prod-db", [approved, dismissed], {
      dismissals: [dismissal(dismissed, "sec-bob", "APPROVED")],
    });
    expect(v.satisfied).toBe(false);
    // A dismissed approval is no change request: it blocks nothing.
    expect(v.blockedBy).toEqual([]);
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
        dismissals: [],
        groups: policy.groups,
        teamMembers: new Map(),
        writeAccess: new Map(),
      },
    );
    expect(v).toMatchObject({ satisfied: true, auto: true, missing: [] });
  });
});

describe("a change request that was dismissed", () => {
  /** sec-alice requested changes and the review now shows as dismissed; sec-bob and sec-carol approve. */
  const vetoed = () => {
    const veto = review("sec-alice", "DISMISSED");
    return { veto, reviews: [veto, review("sec-bob", "APPROVED"), review("sec-carol", "APPROVED")] };
  };

  it("still blocks when the pull request's author dismissed it, however the author's login is spelt", () => {
    const { veto, reviews } = vetoed();
    for (const by of ["octocat", "OctoCat"]) {
      const v = judge("prod-admin", reviews, { dismissals: [dismissal(veto, by)] });
      expect(v.satisfied).toBe(false);
      expect(v.blockedBy).toEqual(["sec-alice"]);
      expect(v.steps.map((s) => s.missing)).toEqual([0, 0]);
      expect(v.missing).toEqual([
        `sec-alice requested changes and ${by}, who wrote the pull request, dismissed that review; the author cannot lift a change request, so it blocks until sec-alice approves the latest commit`,
      ]);
    }
  });

  it("no longer blocks once someone other than the author dismissed it", () => {
    const { veto, reviews } = vetoed();
    for (const by of ["lead-dana", "sec-alice"]) {
      const v = judge("prod-admin", reviews, { dismissals: [dismissal(veto, by)] });
      expect(v.satisfied).toBe(true);
      expect(v.blockedBy).toEqual([]);
    }
  });

  it("still blocks when who dismissed it cannot be found, and says why", () => {
    const { veto, reviews } = vetoed();
    const unknown = [[dismissal(veto, null)], [dismissal(veto, "ghost")]];
    for (const dismissals of unknown) {
      const v = judge("prod-admin", reviews, { dismissals });
      expect(v.satisfied).toBe(false);
      expect(v.blockedBy).toEqual(["sec-alice"]);
      expect(v.missing).toEqual([
        "sec-alice requested changes and the review was dismissed, but GitHub does not say by whom; a change request stands unless someone other than the author dismissed it, so it blocks until sec-alice approves the latest commit",
      ]);
    }
    // No record at all (or only another review's): neither who dismissed it nor what it was is known.
    const other = review("sec-alice", "CHANGES_REQUESTED", HEAD, { submittedAt: "2025-01-01T00:00:00Z" });
    for (const dismissals of [[], [dismissal(other, "lead-dana")]]) {
      const v = judge("prod-admin", [...reviews, other], { dismissals });
      expect(v.satisfied).toBe(false);
      expect(v.blockedBy).toEqual(["sec-alice"]);
      expect(v.missing).toEqual([
        "sec-alice's review was dismissed, but GitHub records no dismissal of it, so neither who dismissed it nor what it was can be found; taken as a change request, it blocks until sec-alice approves the latest commit",
      ]);
    }
  });

  it("still blocks when a bot dismissed it, since a workflow the author can change may act as one", () => {
    const { veto, reviews } = vetoed();
    for (const d of [
      dismissal(veto, "github-actions[bot]"),
      dismissal(veto, "helper", undefined, { bot: true }),
    ]) {
      const v = judge("prod-admin", reviews, { dismissals: [d] });
      expect(v.satisfied).toBe(false);
      expect(v.missing[0]).toMatch(/dismissed that review; a bot cannot lift a change request/);
    }
  });

  it("reads the dismissed review's former state in GitHub's lower-case spelling too", () => {
    const { veto, reviews } = vetoed();
    const v = judge("prod-admin", reviews, { dismissals: [dismissal(veto, "octocat", "changes_requested")] });
    expect(v.blockedBy).toEqual(["sec-alice"]);
    const approval = judge("prod-admin", reviews, { dismissals: [dismissal(veto, "octocat", "approved")] });
    expect(approval.blockedBy).toEqual([]);
  });

  it("lets the approver's later approval replace a change request the author dismissed, and not the other way round", () => {
    const veto = review("lead-dana", "DISMISSED");
    const later = review("lead-dana", "APPROVED");
    const dismissals = [dismissal(veto, "octocat")];
    expect(judge("prod-db", [later, veto], { dismissals }).satisfied).toBe(true);

    // Approved first, then requested changes, which the author dismissed: the change request is the latest.
    const approved = review("lead-dana", "APPROVED");
    const second = review("lead-dana", "DISMISSED");
    const blocked = judge("prod-db", [second, approved], { dismissals: [dismissal(second, "octocat")] });
    expect(blocked.satisfied).toBe(false);
    expect(blocked.blockedBy).toEqual(["lead-dana"]);
    // Dismissed by someone else, the change request blocks nothing, but the approval it replaced is gone.
    const lifted = judge("prod-db", [second, approved], { dismissals: [dismissal(second, "sec-bob")] });
    expect(lifted).toMatchObject({ satisfied: false, blockedBy: [] });
  });

  it("matches a dismissal to its review by id, not by person", () => {
    const first = review("lead-dana", "DISMISSED");
    const second = review("lead-dana", "DISMISSED");
    const reviews = [first, second, review("lead-eve", "APPROVED")];
    // Someone else dismissed the first change request, the author the second (the latest): it blocks.
    const v = judge("prod-db", reviews, {
      dismissals: [dismissal(first, "sec-bob"), dismissal(second, "octocat")],
    });
    expect(v.blockedBy).toEqual(["lead-dana"]);
    const w = judge("prod-db", reviews, {
      dismissals: [dismissal(first, "octocat"), dismissal(second, "sec-bob")],
    });
    expect(w).toMatchObject({ satisfied: true, blockedBy: [] });
  });

  it("ignores the dismissed change request of someone whose approval would not count", () => {
    const veto = review("sec-alice", "DISMISSED");
    const v = judge("prod-db", [veto, review("lead-dana", "APPROVED")], {
      dismissals: [dismissal(veto, "octocat")],
    });
    expect(v).toMatchObject({ satisfied: true, blockedBy: [] });
    // ...nor of an approver without write access.
    const lead = review("lead-eve", "DISMISSED");
    const w = judge("prod-db", [lead, review("lead-dana", "APPROVED")], {
      dismissals: [dismissal(lead, "octocat")],
      writers: ["lead-dana"],
    });
    expect(w).toMatchObject({ satisfied: true, blockedBy: [] });
  });

  it("judges a dismissal not shown to be someone else's as if the change request still stood (any reviews, any dismissals)", () => {
    const people = ["lead-dana", "lead-eve", "sec-alice", "sec-bob", "sec-carol", "hubot", "octocat"];
    const dismissers = ["octocat", "OCTOCAT", "lead-dana", "sec-bob", "github-actions[bot]", "ghost", null];
    const entry = fc.record({
      login: fc.constantFrom(...people),
      state: fc.constantFrom("APPROVED", "CHANGES_REQUESTED", "COMMENTED"),
      old: fc.boolean(),
      at: fc.integer({ min: 0, max: 50 }),
      dismissed: fc.boolean(),
      by: fc.constantFrom(...dismissers),
      recorded: fc.boolean(),
    });
    const someoneElse = (by: string | null) =>
      by !== null && !["octocat", "ghost"].includes(by.toLowerCase()) && !by.endsWith("[bot]");
    fc.assert(
      fc.property(
        fc.constantFrom("prod-db", "prod-admin"),
        fc.array(entry, { maxLength: 8 }),
        (profile, entries) => {
          // The reviews as GitHub shows them, and what they mean with every dismissal spelt out:
          // one that stands is the change request it was (or might have been), any other is a
          // dismissal by someone else of a review that no longer counts.
          const shown: Review[] = [];
          const records: Dismissal[] = [];
          const meant: Review[] = [];
          const lifted: Dismissal[] = [];
          entries.forEach((e, i) => {
            const r: Review = {
              id: i + 1,
              login: e.login,
              bot: false,
              state: e.state,
              commitId: e.old ? OLD : HEAD,
              submittedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, e.at)).toISOString(),
            };
            if (!e.dismissed || e.state === "COMMENTED") {
              shown.push(r);
              meant.push(r);
              return;
            }
            shown.push({ ...r, state: "DISMISSED" });
            if (e.recorded) records.push(dismissal(r, e.by, e.state));
            const stands = !e.recorded || (e.state === "CHANGES_REQUESTED" && !someoneElse(e.by));
            if (stands) meant.push({ ...r, state: "CHANGES_REQUESTED" });
            else {
              meant.push({ ...r, state: "DISMISSED" });
              lifted.push(dismissal(r, "sec-bob", e.state));
            }
          });
          const seen = judge(profile, shown, { dismissals: records });
          const expected = judge(profile, meant, { dismissals: lifted });
          expect(seen.satisfied).toBe(expected.satisfied);
          expect(seen.blockedBy).toEqual(expected.blockedBy);
          expect(seen.steps).toEqual(expected.steps);
        },
      ),
    );
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
