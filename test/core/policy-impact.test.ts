/**
 * policyImpact: a policy change compared from the base to the head, each kind of change on its own,
 * and the changes that try to slip a loosening past the admins (a step swapped to a larger group,
 * a count lowered, a second step removed, self-approval on, a larger autoApprove.upTo, a person
 * added to a group that makes them eligible).
 */
import { describe, expect, it } from "vitest";
import { grantId } from "../../src/core/grant.js";
import {
  heldGrantsMatter,
  type ImpactOptions,
  type PolicyImpact,
  policyImpact,
  teamsToResolve,
} from "../../src/core/policy/impact.js";
import { compilePolicy, type Policy } from "../../src/core/policy/policy.js";
import { plainParts } from "../../src/core/render/policy-impact.js";
import { entry } from "../support/ledger-fixtures.js";
import { keysFile, testKey } from "../support/ledger-keys.js";

const BASE = `version: 1
admins: { groups: [security], count: 2 }
identities:
  alice: { postgres: alice, aws: "arn:aws:iam::111122223333:user/alice" }
  bob: { postgres: bob }
groups:
  security: { members: [sec-a, sec-b, sec-c] }
  sre: { members: [alice, bob] }
  leads: { members: [lead-a, lead-b] }
  managers: { members: [lead-a, lead-b, boss-a, boss-b] }
  others: { members: [carol, dave] }
  oncall: { teams: ["@acme/oncall"] }
profiles:
  prod-db:
    eligible: [sre, leads]
    grant: { provider: postgres, connection: DB_URL, role: readonly }
    duration: { default: 1h, max: 4h }
    justification: { minLength: 20 }
    ticket: { required: true, pattern: "INC-[0-9]+" }
    approval:
      autoApprove: { upTo: 30m }
      steps:
        - { groups: [leads], count: 2 }
        - { groups: [security], count: 1 }
  sandbox:
    eligible: [sre]
    grant: { provider: postgres, connection: DB_URL, role: sandbox }
    duration: { default: 1h, max: 8h, cumulative: true }
    schedule: { allowed: false }
    approval:
      steps:
        - { groups: [leads], count: 1 }
`;

function compiled(files: Record<string, string>): Policy {
  const { policy, errors } = compilePolicy(
    Object.entries(files).map(([path, content]) => ({ path, content })),
  );
  expect(errors).toEqual([]);
  return policy;
}

/** The base policy with each `from` replaced by its `to`; a `from` that is not there fails the test. */
function edited(...edits: [from: string, to: string][]): string {
  let text = BASE;
  for (const [from, to] of edits) {
    expect(text, `the base policy contains ${JSON.stringify(from)}`).toContain(from);
    text = text.replace(from, to);
  }
  return text;
}

const base = () => compiled({ "policies/policy.yaml": BASE });
const impactOf = (head: string, options: Partial<ImpactOptions> = {}) =>
  policyImpact(base(), compiled({ "policies/policy.yaml": head }), { policyDir: "policies", ...options });

/** Each item as one line of plain text: "loosened approval prod-db: …". */
const lines = (impact: PolicyImpact) =>
  impact.items.map((i) => `${i.direction} ${i.area} ${i.subject}: ${plainParts(i.says)}`);

describe("the impact of a policy change", () => {
  it("marks a new ledger key, another public key under a key's name, or a longer period as loosening, and a removed key as tightening", () => {
    const current = testKey("ledger-2026", "2026-01-01T00:00:00Z");
    const with_ = (...keys: ReturnType<typeof testKey>[]) =>
      compiled({ "policies/policy.yaml": BASE, "policies/ledger-keys.yaml": keysFile(...keys) });
    const was = with_({ ...current, until: "2027-01-01T00:00:00Z" });
    const next = testKey("ledger-2027", "2027-01-01T00:00:00Z");
    const said = (head: Policy) =>
      lines(policyImpact(was, head, { policyDir: "policies" })).filter((l) => l.includes(" ledger "));
    expect(said(with_({ ...current, until: "2027-01-01T00:00:00Z" }, next))).toEqual([
      "loosened ledger ledger-2027: a new key may sign the ledger, from 2027-01-01T00:00:00Z on",
    ]);
    expect(said(with_({ ...testKey("ledger-2026"), until: "2027-01-01T00:00:00Z" }))).toEqual([
      "loosened ledger ledger-2026: another public key under the same name may sign the ledger, from 2026-01-01T00:00:00Z until 2027-01-01T00:00:00Z",
    ]);
    expect(said(with_(current))).toEqual([
      "loosened ledger ledger-2026: may sign the ledger for longer: from 2026-01-01T00:00:00Z on instead of from 2026-01-01T00:00:00Z until 2027-01-01T00:00:00Z",
    ]);
    expect(said(with_({ ...current, until: "2026-06-01T00:00:00Z" }))[0]).toMatch(
      /^tightened ledger ledger-2026: may sign the ledger for less long/,
    );
    expect(said(compiled({ "policies/policy.yaml": BASE }))).toEqual([
      "tightened ledger ledger-2026: the key is removed: the records it signed no longer verify",
    ]);
  });

  it("shows nothing for a neutral reformatting: files split, keys reordered, block style, durations written otherwise", () => {
    const people = `# who is who
version: 1
groups:
  others:
    members: [carol, dave]
  oncall:
    teams: ["@acme/oncall"]
  managers: { members: [lead-a, lead-b, boss-a, boss-b] }
  security: { members: [sec-a, sec-b, sec-c] }
  sre: { members: [alice, bob] }
  leads: { members: [lead-a, lead-b] }
identities:
  bob: { postgres: bob }
  alice: { aws: "arn:aws:iam::111122223333:user/alice", postgres: alice }
admins:
  count: 2
  groups: [security]
`;
    const profiles = `profiles:
  sandbox:
    approval:
      steps:
        - count: 1
          groups: [leads]
    schedule: { allowed: false }
    duration: { max: PT8H, default: 60m, cumulative: true }
    grant: { role: sandbox, connection: DB_URL, provider: postgres }
    eligible: [sre]
  prod-db:
    eligible: [leads, sre]
    grant: { provider: postgres, role: readonly, connection: DB_URL }
    duration: { default: 1h, max: 240m }
    justification: { minLength: 20 }
    ticket: { pattern: "INC-[0-9]+", required: true }
    approval:
      steps:
        - { count: 2, groups: [leads] }
        - { groups: [security], count: 1 }
      autoApprove: { upTo: 30m }
`;
    const impact = policyImpact(
      base(),
      compiled({ "policies/people.yaml": people, "policies/profiles/all.yaml": profiles }),
      { policyDir: "policies" },
    );
    expect(impact).toEqual({
      items: [],
      people: [],
      unresolvedTeams: [],
      codeowners: [],
    });
  });

  it("marks a step swapped to a larger group as loosening, naming only the people it adds", () => {
    const impact = impactOf(
      edited(["- { groups: [leads], count: 2 }", "- { groups: [managers], count: 2 }"]),
    );
    expect(lines(impact)).toEqual([
      "loosened approval prod-db: step 1 may now be approved by boss-a, boss-b (groups managers instead of leads)",
    ]);
  });

  it("marks a step swapped to another group as both: the people it adds loosen, the people it leaves out tighten", () => {
    const impact = impactOf(edited(["- { groups: [leads], count: 2 }", "- { groups: [others], count: 2 }"]));
    expect(lines(impact)).toEqual([
      "loosened approval prod-db: step 1 may now be approved by carol, dave (groups others instead of leads)",
      "tightened approval prod-db: step 1 may no longer be approved by lead-a, lead-b (groups others instead of leads)",
    ]);
  });

  it("marks renamed groups of the same people as neutral", () => {
    const head = edited(
      [
        "  leads: { members: [lead-a, lead-b] }",
        "  leads: { members: [lead-a, lead-b] }\n  heads: { members: [lead-b, lead-a] }",
      ],
      ["- { groups: [leads], count: 2 }", "- { groups: [heads], count: 2 }"],
    );
    expect(lines(impactOf(head))).toEqual([
      "neutral approval prod-db: step 1 names other groups of the same people (groups heads instead of leads)",
    ]);
  });

  it("marks a lower count as loosening and a higher one as tightening", () => {
    expect(
      lines(impactOf(edited(["- { groups: [leads], count: 2 }", "- { groups: [leads], count: 1 }"]))),
    ).toEqual(["loosened approval prod-db: step 1 needs 1 approval instead of 2"]);
    expect(
      lines(impactOf(edited(["- { groups: [security], count: 1 }", "- { groups: [security], count: 3 }"]))),
    ).toEqual(["tightened approval prod-db: step 2 needs 3 approvals instead of 1"]);
  });

  it("marks a removed second step as loosening without calling the first one changed, and an added step as tightening", () => {
    expect(lines(impactOf(edited(["        - { groups: [security], count: 1 }\n", ""])))).toEqual([
      "loosened approval prod-db: step 2 of the base (1 approval from security) is removed: 1 step instead of 2",
    ]);
    expect(lines(impactOf(edited(["        - { groups: [leads], count: 2 }\n", ""])))).toEqual([
      "loosened approval prod-db: step 1 of the base (2 approvals from leads) is removed: 1 step instead of 2",
    ]);
    const added = edited([
      "        - { groups: [leads], count: 1 }\n",
      "        - { groups: [leads], count: 1 }\n        - { groups: [security], count: 1 }\n",
    ]);
    expect(lines(impactOf(added))).toEqual([
      "tightened approval sandbox: step 2 (1 approval from security) is added: 2 steps instead of 1",
    ]);
  });

  it("marks self-approval turned on as loosening, and turned off as tightening", () => {
    const on = edited([
      "      autoApprove: { upTo: 30m }",
      "      autoApprove: { upTo: 30m }\n      selfApproval: true",
    ]);
    expect(lines(impactOf(on))).toEqual([
      "loosened approval prod-db: self-approval is turned on: the requester counts as an approver",
    ]);
    const back = policyImpact(compiled({ "p.yaml": on }), base(), { policyDir: "policies" });
    expect(lines(back)).toEqual(["tightened approval prod-db: self-approval is turned off"]);
  });

  it("marks auto-approval turned on, a larger upTo and an upTo removed (any duration) as loosening", () => {
    const sandboxAuto = edited([
      "        - { groups: [leads], count: 1 }\n",
      "        - { groups: [leads], count: 1 }\n      autoApprove: { upTo: 15m }\n",
    ]);
    expect(lines(impactOf(sandboxAuto))).toEqual([
      "loosened approval sandbox: auto-approval is turned on: requests up to 15m need no approver",
    ]);
    expect(lines(impactOf(edited(["autoApprove: { upTo: 30m }", "autoApprove: { upTo: 2h }"])))).toEqual([
      "loosened approval prod-db: auto-approves requests up to 2h instead of up to 30m",
    ]);
    expect(lines(impactOf(edited(["autoApprove: { upTo: 30m }", "autoApprove: {}"])))).toEqual([
      "loosened approval prod-db: auto-approves requests of any duration instead of up to 30m",
    ]);
    expect(lines(impactOf(edited(["autoApprove: { upTo: 30m }", "autoApprove: { upTo: 10m }"])))).toEqual([
      "tightened approval prod-db: auto-approves requests up to 10m instead of up to 30m",
    ]);
    expect(lines(impactOf(edited(["      autoApprove: { upTo: 30m }\n", ""])))).toEqual([
      "tightened approval prod-db: auto-approval is turned off",
    ]);
  });

  it("marks the admins' rule loosened by fewer admins or more people in the admin groups", () => {
    expect(lines(impactOf(edited(["count: 2 }", "count: 1 }"])))).toEqual([
      "loosened approval admins: a governance change needs 1 approval instead of 2",
    ]);
    const more = impactOf(
      edited(["members: [sec-a, sec-b, sec-c]", "members: [sec-a, sec-b, sec-c, mallory]"]),
    );
    expect(lines(more)).toEqual([
      "loosened approval admins: a governance change may now be approved by mallory",
      "loosened approval prod-db: step 2 may now be approved by mallory",
    ]);
  });

  it("marks raised maximum and default durations and extensions no longer counted as loosening, lowered ones as tightening", () => {
    const head = edited(
      ["duration: { default: 1h, max: 4h }", "duration: { default: 2h, max: 12h }"],
      ["duration: { default: 1h, max: 8h, cumulative: true }", "duration: { default: 30m, max: 2h }"],
    );
    expect(lines(impactOf(head))).toEqual([
      "loosened duration prod-db: the maximum duration is 12h instead of 4h",
      "loosened duration prod-db: the default duration is 2h instead of 1h",
      "loosened duration sandbox: extensions no longer count toward the maximum: a grant may be extended without end",
      "tightened duration sandbox: the maximum duration is 2h instead of 8h",
      "tightened duration sandbox: the default duration is 30m instead of 1h",
    ]);
  });

  it("marks a scheduled start allowed, and a longer horizon, as loosening", () => {
    expect(lines(impactOf(edited(["schedule: { allowed: false }", "schedule: { allowed: true }"])))).toEqual([
      "loosened schedule sandbox: a scheduled start is allowed, up to 7d ahead",
    ]);
    const longer = policyImpact(
      compiled({
        "p.yaml": edited(["schedule: { allowed: false }", "schedule: { allowed: true, horizon: 2d }"]),
      }),
      compiled({
        "p.yaml": edited(["schedule: { allowed: false }", "schedule: { allowed: true, horizon: 14d }"]),
      }),
      { policyDir: "policies" },
    );
    expect(lines(longer)).toEqual([
      "loosened schedule sandbox: a scheduled start may be up to 14d ahead instead of 2d",
    ]);
  });

  it("marks ticket and justification rules relaxed as loosening, and a changed ticket pattern too", () => {
    const relaxed = edited(
      ['ticket: { required: true, pattern: "INC-[0-9]+" }', "ticket: { required: false }"],
      ["justification: { minLength: 20 }", "justification: { minLength: 5 }"],
    );
    expect(lines(impactOf(relaxed))).toEqual([
      "loosened ticket prod-db: a ticket is no longer required",
      "loosened ticket prod-db: a ticket no longer has to match INC-[0-9]+",
      "loosened justification prod-db: a justification needs 5 characters instead of 20",
    ]);
    expect(lines(impactOf(edited(['pattern: "INC-[0-9]+"', 'pattern: "(INC|CHG)-[0-9]+"'])))).toEqual([
      "loosened ticket prod-db: a ticket must match (INC|CHG)-[0-9]+ instead of INC-[0-9]+: it may accept tickets the old pattern refused",
    ]);
    // Without a justification rule the default of 10 characters applies: 20 → none is a loosening.
    expect(lines(impactOf(edited(["    justification: { minLength: 20 }\n", ""])))).toEqual([
      "loosened justification prod-db: a justification needs 10 characters instead of 20",
    ]);
  });

  it("lists a person added to a group as eligible for what that group is eligible for, and as a new approver where it approves", () => {
    const impact = impactOf(
      edited(["leads: { members: [lead-a, lead-b] }", "leads: { members: [lead-a, lead-b, carol] }"]),
    );
    // leads is eligible for prod-db only (sandbox is sre's): carol becomes eligible for prod-db alone.
    expect(impact.people).toEqual([{ login: "carol", gains: ["prod-db"], loses: [] }]);
    expect(lines(impact)).toEqual([
      "loosened approval prod-db: step 1 may now be approved by carol",
      "loosened approval sandbox: step 1 may now be approved by carol",
    ]);
  });

  it("does not list a person as newly eligible when another eligible group already made them so", () => {
    const impact = impactOf(
      edited(["leads: { members: [lead-a, lead-b] }", "leads: { members: [lead-a, lead-b, alice] }"]),
    );
    expect(impact.people).toEqual([]);
    expect(lines(impact)).toContain("loosened approval prod-db: step 1 may now be approved by alice");
  });

  it("lists the people who stop being eligible, and marks a removed profile as tightening", () => {
    const impact = impactOf(
      edited(
        ["sre: { members: [alice, bob] }", "sre: { members: [alice] }"],
        ["  sandbox:\n", "  playground:\n"],
      ),
    );
    expect(impact.people).toEqual([
      { login: "alice", gains: ["playground"], loses: ["sandbox"] },
      { login: "bob", gains: [], loses: ["prod-db", "sandbox"] },
    ]);
    expect(lines(impact)).toEqual([
      "loosened profile playground: a new profile: it grants through postgres to groups sre",
      "tightened profile sandbox: the profile is removed: nobody can request it any more",
    ]);
  });

  it("names a team that becomes eligible when its members cannot be read, and lists its members when they can", () => {
    const head = edited(["    eligible: [sre]\n", "    eligible: [sre, oncall]\n"]);
    expect(teamsToResolve(base(), compiled({ "p.yaml": head }))).toEqual(["@acme/oncall"]);
    const unread = impactOf(head);
    expect(unread.people).toEqual([]);
    expect(unread.unresolvedTeams).toEqual(["@acme/oncall"]);
    expect(lines(unread)).toEqual([
      "loosened eligibility @acme/oncall: the team's members become eligible for sandbox (its members could not be read, so they are not listed)",
    ]);
    const read = impactOf(head, { teamMembers: new Map([["@acme/oncall", ["Alice", "olga"]]]) });
    // Alice was eligible through sre already (logins compare without regard to case).
    expect(read.people).toEqual([{ login: "olga", gains: ["sandbox"], loses: [] }]);
    expect(read.items).toEqual([]);
    expect(read.unresolvedTeams).toEqual([]);
    // A team in a group nothing changes is never asked for.
    expect(teamsToResolve(base(), compiled({ "p.yaml": edited(["count: 2 }", "count: 1 }"]) }))).toEqual([]);
  });

  it("marks a new profile and a changed grant as loosening, naming the field that changes", () => {
    const impact = impactOf(edited(["role: readonly }", "role: payouts_admin }"]));
    expect(lines(impact)).toEqual([
      "loosened grant prod-db: the grant's role is payouts_admin instead of readonly",
    ]);
    const moved = impactOf(
      edited([
        "grant: { provider: postgres, connection: DB_URL, role: sandbox }",
        "grant: { provider: gcp-iam, resource: projects/acme-sandbox, role: roles/logging.viewer }",
      ]),
    );
    expect(lines(moved)).toEqual([
      'loosened grant sandbox: grants through gcp-iam instead of postgres: {"provider":"gcp-iam","resource":"projects/acme-sandbox","role":"roles/logging.viewer"}',
    ]);
  });

  it("marks identities re-mapped or added as loosening, and removed as tightening", () => {
    const impact = impactOf(
      edited(
        ["alice: { postgres: alice,", "alice: { postgres: alice_admin,"],
        ["  bob: { postgres: bob }\n", "  carol: { postgres: carol }\n"],
      ),
    );
    expect(lines(impact)).toEqual([
      "loosened identity alice: is mapped to the postgres principal alice_admin instead of alice: what they are granted from now on goes there",
      "loosened identity carol: gets the postgres principal carol",
      "tightened identity bob: no longer has a postgres principal (it was bob)",
    ]);
  });

  it("lists the lines of the generated CODEOWNERS section whose owners change, and not those only padded anew", () => {
    const impact = impactOf(edited(["- { groups: [leads], count: 1 }", "- { groups: [others], count: 1 }"]));
    expect(impact.codeowners).toEqual([
      { pattern: "/requests/sandbox/", before: ["@lead-a", "@lead-b"], after: ["@carol", "@dave"] },
    ]);
    // A profile with a longer name pads every line of the section again; only its own line is new.
    const longer = impactOf(edited(["  sandbox:\n", "  sandbox-for-the-payments-team:\n"]));
    expect(longer.codeowners).toEqual([
      { pattern: "/requests/sandbox/", before: ["@lead-a", "@lead-b"] },
      { pattern: "/requests/sandbox-for-the-payments-team/", after: ["@lead-a", "@lead-b"] },
    ]);
  });

  it("lists the active grants whose principal or profile changes, and only those", () => {
    const grant = { provider: "postgres", connection: "DB_URL", role: "readonly" } as const;
    const held = [
      entry(1, { requester: "alice", principal: "alice", profile: "prod-db", grant }),
      entry(2, {
        requester: "bob",
        principal: "bob",
        profile: "sandbox",
        grant: { ...grant, role: "sandbox" },
      }),
      entry(3, { requester: "bob", principal: "bob", profile: "prod-db", grant }),
    ];
    const head = edited(
      ["alice: { postgres: alice,", "alice: { postgres: alice_admin,"],
      ["  sandbox:\n", "  playground:\n"],
    );
    const quiet = impactOf(head);
    expect(heldGrantsMatter(quiet)).toBe(true);
    const impact = impactOf(head, { held: { entries: held, unread: 7 } });
    expect(impact.grants?.read).toBe(3);
    expect(impact.grants?.unread).toBe(7);
    expect(
      impact.grants?.touched.map((g) => [g.id, g.requester, g.reasons.map((r) => plainParts(r))]),
    ).toEqual([
      [
        grantId("requests/prod-db-read/user1-debug.yaml", 1001),
        "alice",
        ["its requester's principal becomes alice_admin; the grant stays with alice"],
      ],
      [
        grantId("requests/prod-db-read/user2-debug.yaml", 1002),
        "bob",
        ["its profile is removed", "its requester is no longer eligible for its profile"],
      ],
    ]);
    // A change to approvals alone touches no held grant: the ledger need not be read.
    expect(heldGrantsMatter(impactOf(edited(["count: 2 }", "count: 1 }"])))).toBe(false);
  });

  it("lists an active grant that lasts longer than its profile's lowered maximum", () => {
    const grant = { provider: "postgres", connection: "DB_URL", role: "readonly" } as const;
    const long = entry(1, {
      requester: "alice",
      principal: "alice",
      profile: "prod-db",
      grant,
      startsAt: "2026-12-01T09:00:00.000Z",
      expiresAt: "2026-12-01T12:00:00.000Z",
    });
    const short = { ...long, id: "gj-00000000000000000002", expiresAt: "2026-12-01T10:00:00.000Z" };
    const impact = impactOf(edited(["max: 4h }", "max: 2h }"]), {
      held: { entries: [long, short], unread: 0 },
    });
    expect(impact.grants?.touched.map((g) => [g.id, g.reasons.map(plainParts)])).toEqual([
      [long.id, ["it lasts longer than the profile's new maximum of 2h"]],
    ]);
  });
});
