/**
 * Trust rule 4 through the built action: a change request from an eligible approver blocks until
 * that approver approves, or someone other than the pull request's author dismisses it. On
 * GitHub anyone with write access may dismiss a review — the requester too — and the reviews
 * list then shows it only as DISMISSED; gitjit reads who dismissed it from the issue events, on
 * the pull request and again at merge time.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APPLY_MARKER } from "../../src/core/render/apply-comment.js";
import {
  checkout,
  MainBranch,
  pullRequestEvent,
  pushEvent,
  reviewEvent,
  runIn,
  startWorld,
  stickyComments,
  type World,
} from "../support/action-world.js";
import type { PullHandle } from "../support/github/state.js";
import { requestYaml } from "../support/policy-fixture.js";

let world: World;
let main: MainBranch;
beforeEach(async () => {
  world = await startWorld();
  main = new MainBranch(world.repo, world.base);
});
afterEach(() => world.close());

// prod-admin: one of leads or security, then one of security. sec-alice, sec-bob and sec-carol
// are security with write access; octocat, the requester, and lead-dana (maintain) can write too.
const REQUEST = "requests/prod-admin/octocat-payouts.yaml";

/** Runs the action on a pull_request or pull_request_review event, as the validate workflow does. */
async function onPullRequest(
  pull: PullHandle,
  event: Record<string, unknown>,
  eventName = "pull_request_review",
) {
  const run = await runIn(world, {
    eventName,
    event,
    workspace: checkout(world.repo.requireCommit(pull.headSha).files),
  });
  expect(run.code, run.stdout + run.stderr).toBe(0);
  return run;
}

const approvalStatus = (pull: PullHandle) =>
  world.repo.statuses.filter((s) => s.sha === pull.headSha && s.context === "gitjit/approval").at(-1);

/**
 * The requester opens the request; sec-alice requests changes; `dismisser` dismisses that review;
 * sec-bob and sec-carol approve, which would meet both steps. Returns the last run.
 */
async function vetoDismissedBy(dismisser: string) {
  const pull = world.repo.openPull({
    author: "octocat",
    base: world.base,
    change: { [REQUEST]: requestYaml("prod-admin", "octocat") },
  });
  await onPullRequest(pull, pullRequestEvent(pull), "pull_request");
  const veto = pull.review("sec-alice", "CHANGES_REQUESTED");
  await onPullRequest(pull, reviewEvent(pull, "sec-alice", "changes_requested"));
  expect(approvalStatus(pull)?.state).toBe("failure");

  pull.dismiss(veto, dismisser, "Addressed in the latest commit");
  const dismissed = reviewEvent(pull, "sec-alice", "dismissed");
  dismissed.action = "dismissed";
  await onPullRequest(pull, dismissed);
  pull.review("sec-bob", "APPROVED");
  await onPullRequest(pull, reviewEvent(pull, "sec-bob"));
  pull.review("sec-carol", "APPROVED");
  const run = await onPullRequest(pull, reviewEvent(pull, "sec-carol"));
  // The reviews list shows the change request only as dismissed: the events are what say who did it.
  expect(pull.record.reviews.map((r) => [r.user.login, r.state])).toEqual([
    ["sec-alice", "DISMISSED"],
    ["sec-bob", "APPROVED"],
    ["sec-carol", "APPROVED"],
  ]);
  const eventReads = world.server.requests.filter(
    (r) => r.path === `/repos/acme/access/issues/${pull.number}/events`,
  );
  expect(eventReads.length).toBeGreaterThan(0);
  return { pull, run };
}

/** Merges the pull request to main and runs the action's push mode on it (dry run). */
async function mergeAndApply(pull: PullHandle) {
  const before = main.head();
  main.merge(pull);
  const after = main.head();
  return runIn(world, {
    eventName: "push",
    event: pushEvent(before, after),
    workspace: main.root,
    sha: after,
    inputs: { "dry-run": "true" },
    env: { GITJIT_RETRY_SCALE_MS: "1" },
  });
}

const applyComment = (pull: PullHandle) =>
  world.repo.comments.find((c) => c.issue === pull.number && c.body.startsWith(APPLY_MARKER));

describe("a change request dismissed on a pull request, through the built action", () => {
  it("stays a veto when the requester dismissed it: the status stays failure, and apply refuses the merge as not-approved", async () => {
    const { pull, run } = await vetoDismissedBy("octocat");
    expect(run.outputs).toEqual({ valid: "true", approved: "false" });
    expect(approvalStatus(pull)).toMatchObject({ state: "failure" });
    const reason =
      "sec-alice requested changes and octocat, who wrote the pull request, dismissed that review; the author cannot lift a change request, so it blocks until sec-alice approves the latest commit";
    expect(approvalStatus(pull)?.description).toMatch(/^Waiting: sec-alice requested changes and octocat/);
    const [comment] = stickyComments(world.repo, pull.number);
    expect(comment?.body).toContain("sec\\-alice requested changes and octocat, who wrote the pull request");

    const apply = await mergeAndApply(pull);
    expect(apply.code, apply.stdout).toBe(1);
    expect(apply.outputs).toEqual({ granted: "[]", refused: JSON.stringify([REQUEST]) });
    const [error] = apply.annotations("error");
    expect(error?.properties).toMatchObject({ file: REQUEST, title: "gitjit apply refused" });
    expect(error?.message).toBe(`not-approved: merged without the approvals the policy requires: ${reason}`);
    expect(applyComment(pull)?.body).toContain("**not\\-approved**");
  }, 60_000);

  it("is lifted when another maintainer dismissed it: the status turns green, and apply judges the merge grantable", async () => {
    const { pull, run } = await vetoDismissedBy("lead-dana");
    expect(run.outputs).toEqual({ valid: "true", approved: "true" });
    expect(approvalStatus(pull)).toMatchObject({ state: "success" });

    const apply = await mergeAndApply(pull);
    expect(apply.code, apply.stdout).toBe(0);
    expect(apply.outputs).toEqual({ granted: "[]", refused: "[]" });
    expect(applyComment(pull)?.body).toContain("✅ approved (dry run: nothing applied)");
  }, 60_000);
});
