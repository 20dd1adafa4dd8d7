/**
 * The action on a pull request that revokes a grant early or extends one: judged against the
 * grant the ledger branch holds (read through GitHub's contents API, as a pull request job with
 * a read-only token and no ledger checkout can), with the approval each needs.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expiryEnforcement, grantId } from "../../src/core/grant.js";
import { activePath, type LedgerEntry } from "../../src/core/ledger/records.js";
import {
  checkout,
  pullRequestEvent,
  reviewEvent,
  runIn,
  startWorld,
  stickyComments,
  type World,
} from "../support/action-world.js";
import type { PullHandle } from "../support/github/state.js";
import { requestYaml } from "../support/policy-fixture.js";

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(() => world.close());

const NOW = Date.now();
const GRANT_PATH = "requests/prod-db/octocat-payouts.yaml";
const ID = grantId(GRANT_PATH, 900);
const REVOKE = `revokes/${ID}.yaml`;
const GRANT = { provider: "postgres", connection: "DB_URL", role: "readonly" } as const;
const STARTED = new Date(NOW - 30 * 60_000).toISOString();
const EXPIRES = new Date(NOW + 30 * 60_000).toISOString();

/** octocat's active grant, on the ledger branch the server holds. */
function holdGrant(overrides: Partial<LedgerEntry> = {}) {
  const entry: LedgerEntry = {
    id: ID,
    requestPath: GRANT_PATH,
    pr: 900,
    requester: "octocat",
    principal: "octocat",
    profile: "prod-db",
    grant: GRANT,
    startsAt: STARTED,
    expiresAt: EXPIRES,
    justification: "Investigate the failed payouts of INC-4821",
    state: "active",
    expiry: expiryEnforcement(GRANT),
    approval: { mode: "reviewed", approvers: [{ login: "lead-dana" }] },
    refs: {},
    ...overrides,
  };
  world.repo.branches.set(
    "gitjit-ledger",
    world.repo.commit({ [activePath(ID)]: `${JSON.stringify(entry, null, 2)}\n` }),
  );
}

const revokeYaml = (login: string) => `requester: ${login}\nreason: The incident is closed\n`;

/** Runs the action on the pull request's opened event, or on `reviewer`'s approval. */
async function run(pull: PullHandle, reviewer?: string) {
  return runIn(world, {
    eventName: reviewer ? "pull_request_review" : "pull_request",
    event: reviewer ? reviewEvent(pull, reviewer) : pullRequestEvent(pull),
    workspace: checkout(world.repo.requireCommit(pull.headSha).files),
  });
}

function open(author: string, change: Record<string, string>) {
  return world.repo.openPull({ author, base: world.base, change });
}

const comment = (pull: PullHandle) => stickyComments(world.repo, pull.number)[0]?.body ?? "";
const lastStatus = (pull: PullHandle) =>
  world.repo.statuses.filter((s) => s.sha === pull.headSha && s.context === "gitjit/approval").at(-1);

describe("the action on a pull request that revokes a grant", () => {
  it("approves giving up one's own grant with no approver, and says what ends", async () => {
    holdGrant();
    const pull = open("octocat", { [REVOKE]: revokeYaml("octocat") });
    const result = await run(pull);
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs).toEqual({ valid: "true", approved: "true" });
    const body = comment(pull);
    expect(body).toContain("✅ approved: revoked when merged");
    expect(body).toContain(`| grant | <code>${ID.replace("-", "\\-")}</code> |`);
    expect(body).toContain("| held by | <code>octocat</code> (requested by octocat) |");
    expect(body).toContain("| reason | The incident is closed |");
    expect(body).toContain("**Approvals**: none needed: octocat gives up their own grant");
    expect(lastStatus(pull)).toMatchObject({ state: "success" });
  });

  it("waits for the profile's approvers or the admins when someone else revokes, and is met by either", async () => {
    holdGrant();
    const pull = open("hubot", { [REVOKE]: revokeYaml("hubot") });
    const waiting = await run(pull);
    expect(waiting.code, waiting.stdout).toBe(0);
    expect(waiting.outputs).toEqual({ valid: "true", approved: "false" });
    let body = comment(pull);
    expect(body).toContain("⏳ valid, waiting for approval");
    expect(body).toContain("**Approvals**: not yet met; ending someone else's grant needs any one of:");
    expect(body).toContain("##### the approvers of profile prod\\-db");
    expect(body).toContain("##### the admins");
    expect(body).toContain(
      "| 1: 0/2 | <code>security</code> (sec\\-alice, sec\\-bob, sec\\-carol) | nobody yet |",
    );
    expect(lastStatus(pull)?.description).toMatch(
      /^Waiting: either the approvers of profile prod-db: step 1/,
    );

    pull.review("lead-dana", "APPROVED");
    const approved = await run(pull, "lead-dana");
    expect(approved.outputs).toEqual({ valid: "true", approved: "true" });
    body = comment(pull);
    expect(body).toContain("✅ approved: revoked when merged");
    expect(body).toContain("| 1: 1/1 ✅ | <code>leads</code> (lead\\-dana, lead\\-eve) | lead\\-dana |");
    expect(lastStatus(pull)).toMatchObject({ state: "success" });
  });

  it("counts the grant's own requester's approval for nothing when someone else revokes", async () => {
    holdGrant();
    const pull = open("hubot", { [REVOKE]: revokeYaml("hubot") });
    pull.review("octocat", "APPROVED"); // in group sre, not leads or security
    const result = await run(pull);
    expect(result.outputs.approved).toBe("false");
  });

  it("refuses a revoke of a grant the ledger does not hold, a requester who is not the author, and extra files", async () => {
    const missing = await run(open("octocat", { [REVOKE]: revokeYaml("octocat") }));
    expect(missing.code).toBe(1);
    expect(missing.annotations("error").map((a) => a.properties.title)).toContain("gitjit revoke-not-held");

    holdGrant();
    const impostor = await run(open("hubot", { [REVOKE]: revokeYaml("octocat") }));
    expect(impostor.annotations("error")[0]).toMatchObject({
      properties: { title: "gitjit requester-not-author", file: REVOKE, line: "1" },
    });

    const mixed = await run(open("octocat", { [REVOKE]: revokeYaml("octocat"), "README.md": "changed\n" }));
    expect(mixed.code).toBe(1);
    expect(mixed.annotations("error")[0]?.properties.title).toBe("gitjit requests-with-other-changes");
  });
});

describe("the action on a pull request that extends a grant", () => {
  const EXTENSION = "requests/prod-db/octocat-more-time.yaml";

  it("shows the moved expiry instead of a new grant, under the profile's approval rule", async () => {
    holdGrant();
    const pull = open("octocat", { [EXTENSION]: requestYaml("prod-db", "octocat", `extends: ${ID}\n`) });
    const result = await run(pull);
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs).toEqual({ valid: "true", approved: "false" });
    const body = comment(pull);
    const to = new Date(Date.parse(EXPIRES) + 3_600_000).toISOString();
    expect(body).toContain(
      `| extends | <code>${ID.replace("-", "\\-")}</code>: its expiry moves from ${EXPIRES.replace(/([-.:])/g, "\\$1")}, with no gap and no second grant |`.replace(
        /\\([:])/g,
        "$1",
      ),
    );
    expect(body).toContain(`| until | ${to.replace(/([-.])/g, "\\$1")} (1h more) |`);
    expect(body).not.toContain("What apply will do");
    expect(body).toContain("| 1: 0/1 | <code>leads</code> (lead\\-dana, lead\\-eve) | nobody yet |");
  });

  it("refuses extending a grant that is not held, or someone else's", async () => {
    const notHeld = await run(
      open("octocat", { [EXTENSION]: requestYaml("prod-db", "octocat", `extends: ${ID}\n`) }),
    );
    expect(notHeld.code).toBe(1);
    expect(notHeld.annotations("error")[0]).toMatchObject({
      properties: { title: "gitjit extends-not-held", file: EXTENSION, line: "5" },
    });

    holdGrant();
    const others = await run(
      open("hubot", {
        "requests/prod-db/hubot-more.yaml": requestYaml("prod-db", "hubot", `extends: ${ID}\n`),
      }),
    );
    expect(others.annotations("error")[0]?.properties.title).toBe("gitjit extends-other-requester");
  });
});
