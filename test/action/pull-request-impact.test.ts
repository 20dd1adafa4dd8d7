/**
 * The built action (dist/index.js) on a governance pull request: the sticky comment and the job
 * summary show what the change does, from the base policy to the head's, with the head's policy,
 * the team members and the ledger's held grants read through GitHub's API as the job can.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generateSection, spliceSection } from "../../src/core/codeowners/generate.js";
import { expiryEnforcement, grantId } from "../../src/core/grant.js";
import { activePath, type LedgerEntry } from "../../src/core/ledger/records.js";
import { compilePolicy } from "../../src/core/policy/policy.js";
import {
  checkout,
  pullRequestEvent,
  runIn,
  startWorld,
  stickyComments,
  type World,
} from "../support/action-world.js";
import { POLICY_PEOPLE, POLICY_PROFILES } from "../support/policy-fixture.js";

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(() => world.close());

function replaced(text: string, from: string, to: string): string {
  expect(text, `the fixture contains ${JSON.stringify(from)}`).toContain(from);
  return text.replace(from, to);
}

/** The policy files given, with CODEOWNERS regenerated from them as `gitjit codeowners` would. */
function governanceChange(people: string, profiles: string): Record<string, string> {
  const files = { "policies/people.yaml": people, "policies/profiles.yaml": profiles };
  const { policy, errors } = compilePolicy(
    Object.entries(files).map(([path, content]) => ({ path, content })),
  );
  expect(errors).toEqual([]);
  const codeowners = spliceSection(undefined, generateSection(policy, "policies").lines);
  if (!codeowners.ok) throw new Error(codeowners.message);
  return { ...files, ".github/CODEOWNERS": codeowners.text };
}

/** octocat's active grant of prod-db, on the ledger branch the server holds. */
function holdGrant(): LedgerEntry {
  const grant = { provider: "postgres", connection: "DB_URL", role: "readonly" } as const;
  const path = "requests/prod-db/octocat-payouts.yaml";
  const entry: LedgerEntry = {
    id: grantId(path, 900),
    requestPath: path,
    pr: 900,
    requester: "octocat",
    principal: "octocat",
    profile: "prod-db",
    grant,
    startsAt: new Date(Date.now() - 30 * 60_000).toISOString(),
    expiresAt: new Date(Date.now() + 30 * 60_000).toISOString(),
    justification: "Investigate the failed payouts of INC-4821",
    state: "active",
    expiry: expiryEnforcement(grant),
    approval: { mode: "reviewed", approvers: [{ login: "lead-dana" }] },
    refs: {},
  };
  world.repo.branches.set(
    "gitjit-ledger",
    world.repo.commit({ [activePath(entry.id)]: `${JSON.stringify(entry, null, 2)}\n` }),
  );
  return entry;
}

async function openAndRun(change: Record<string, string>) {
  const pull = world.repo.openPull({ author: "sec-alice", base: world.base, change });
  const run = await runIn(world, {
    eventName: "pull_request",
    event: pullRequestEvent(pull),
    workspace: checkout(world.repo.requireCommit(pull.headSha).files),
  });
  return { pull, run, body: stickyComments(world.repo, pull.number)[0]?.body ?? "" };
}

/** The list items and table rows of one section of the impact: from its heading to the next heading. */
function section(body: string, heading: string): string[] {
  const lines = body.split("\n");
  const start = lines.findIndex((l) => l.startsWith(heading));
  expect(start, `the comment has a section "${heading}"`).toBeGreaterThan(-1);
  const end = lines.findIndex((l, i) => i > start && /^#{1,5} /.test(l));
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((l) => /^[-|] /.test(l));
}

describe("the action on a governance pull request", () => {
  it("lists a lowered approval count and a person added to an eligible group as loosening, with the grants and CODEOWNERS lines it touches", async () => {
    const held = holdGrant();
    const people = replaced(
      replaced(POLICY_PEOPLE, "members: [lead-dana, lead-eve]", "members: [lead-dana, lead-eve, mona]"),
      "octocat: { postgres: octocat }",
      "octocat: { postgres: octo_admin }",
    );
    const profiles = replaced(
      POLICY_PROFILES,
      "- { groups: [dbas], count: 2 }",
      "- { groups: [dbas], count: 1 }",
    );
    const { pull, run, body } = await openAndRun(governanceChange(people, profiles));
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toEqual({ valid: "true", approved: "false" });

    expect(body).toContain("#### Governance change");
    expect(body).toContain("#### What this change does to the policy");
    // After the admins' tally, which the impact does not push out of the comment.
    expect(body.indexOf("What this change does")).toBeGreaterThan(
      body.indexOf("| 1: 0/2 | <code>security</code>"),
    );
    expect(body).toContain(
      "From the base policy to the head's: **⚠️ 6 loosening** · 0 tightening · 0 neutral.",
    );

    const loosens = section(body, "##### ⚠️ Loosens");
    expect(loosens).toEqual([
      "- ⚠️ **approval** · profile <code>dba\\-only</code>: step 1 needs 1 approval instead of 2",
      "- ⚠️ **approval** · profile <code>prod\\-admin</code>: step 1 may now be approved by <code>mona</code>",
      "- ⚠️ **approval** · profile <code>prod\\-db</code>: step 1 may now be approved by <code>mona</code>",
      "- ⚠️ **approval** · profile <code>robot\\-ok</code>: step 1 may now be approved by <code>mona</code>",
      "- ⚠️ **identity** · <code>octocat</code>: is mapped to the postgres principal <code>octo\\_admin</code> instead of <code>octocat</code>: what they are granted from now on goes there",
      "- ⚠️ **eligibility** · <code>mona</code> becomes eligible for <code>prod\\-db</code>",
    ]);
    expect(body).not.toContain("##### Tightens");

    // The ledger's grant, listed and read through the contents API at the ledger branch.
    const grants = section(body, "##### Active grants this change touches");
    expect(grants.find((l) => l.includes(held.id.replace("-", "\\-")))).toContain(
      "its requester's principal becomes <code>octo\\_admin</code>; the grant stays with <code>octocat</code>",
    );
    expect(
      world.server.requests.some(
        (r) =>
          r.path.endsWith(`/contents/${encodeURIComponent(activePath(held.id))}`) &&
          r.query.get("ref") === "gitjit-ledger",
      ),
    ).toBe(true);

    // The generated CODEOWNERS lines, base against head.
    expect(body).toMatch(
      /```diff\n- \/requests\/prod-admin\/ +@lead-dana @lead-eve @sec-alice @sec-bob @sec-carol\n/,
    );
    expect(body).toMatch(/\n\+ \/requests\/prod-db\/ +@lead-dana @lead-eve @mona\n/);

    // The job summary holds the same impact.
    expect(run.summary).toContain(
      "- ⚠️ **eligibility** · <code>mona</code> becomes eligible for <code>prod\\-db</code>",
    );
    expect(run.summary).toContain("step 1 needs 1 approval instead of 2");
    expect(world.repo.statuses.filter((s) => s.sha === pull.headSha).at(-1)).toMatchObject({
      state: "failure",
    });
  });

  it("lists the people a team brings when the token can read it, and names the team when it cannot", async () => {
    const profiles = replaced(POLICY_PROFILES, "eligible: [sre, leads]", "eligible: [sre, leads, dbas]");
    const change = governanceChange(POLICY_PEOPLE, profiles);
    const readable = await openAndRun(change);
    expect(readable.run.code, readable.run.stdout).toBe(0);
    // 250 members of @acme/dbas: the comment lists 50 and counts the rest.
    const loosens = section(readable.body, "##### ⚠️ Loosens");
    const eligible = loosens.filter((l) => l.includes("**eligibility**"));
    expect(eligible).toHaveLength(50);
    expect(eligible[0]).toBe(
      "- ⚠️ **eligibility** · <code>dba\\-001</code> becomes eligible for <code>prod\\-db</code>",
    );
    expect(loosens[eligible.length]).toMatch(
      /^- … and 200 more \(all of them: <code>gitjit impact \\-\\-base [0-9a-f]{12} \\-\\-head [0-9a-f]{12}<\/code>\)$/,
    );

    world.server.inject({
      path: /\/orgs\/acme\/teams\/dbas\/members/,
      times: 10,
      status: 404,
      body: { message: "Not Found" },
    });
    const unreadable = await openAndRun(change);
    expect(unreadable.run.code, unreadable.run.stdout).toBe(0);
    expect(section(unreadable.body, "##### ⚠️ Loosens")).toEqual([
      "- ⚠️ **eligibility** · team <code>@&#8203;acme/dbas</code>: the team's members become eligible for <code>prod\\-db</code> \\(its members could not be read, so they are not listed\\)",
    ]);
    expect(unreadable.body).toContain(
      "_Teams whose members could not be read: <code>@&#8203;acme/dbas</code>.",
    );
  });

  it("shows the head policy's errors and no impact when the head policy does not load", async () => {
    const broken = replaced(POLICY_PROFILES, "eligible: [sre, leads]", "eligible: [sre, nobody]");
    const { run, body } = await openAndRun({ "policies/profiles.yaml": broken });
    expect(run.code, run.stdout).toBe(1);
    expect(run.annotations("error")[0]?.properties.title).toBe("gitjit unknown-group");
    expect(body).toContain("#### Governance change");
    expect(body).not.toContain("What this change does to the policy");
  });
});
