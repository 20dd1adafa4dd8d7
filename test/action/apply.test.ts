import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APPLY_MARKER } from "../../src/core/render/apply-comment.js";
import { MainBranch, pushEvent, runIn, startWorld, type World } from "../support/action-world.js";
import type { PullHandle } from "../support/github/state.js";
import { requestYaml } from "../support/policy-fixture.js";

let world: World;
let main: MainBranch;
beforeEach(async () => {
  world = await startWorld();
  main = new MainBranch(world.repo, world.base);
});
afterEach(() => world.close());

const request = (login: string, slug = "payouts") => `requests/prod-db/${login}-${slug}.yaml`;

function openRequest(login: string, slug = "payouts") {
  return world.repo.openPull({
    author: login,
    base: world.base,
    change: { [request(login, slug)]: requestYaml("prod-db", login) },
  });
}

async function push(before: string, inputs: Record<string, string> = {}) {
  const after = main.head();
  return runIn(world, {
    eventName: "push",
    event: pushEvent(before, after),
    workspace: main.root,
    sha: after,
    inputs,
    env: { GITJIT_RETRY_SCALE_MS: "1" },
  });
}

const applyComments = (pull: PullHandle) =>
  world.repo.comments.filter((c) => c.issue === pull.number && c.body.startsWith(APPLY_MARKER));

describe("the action on a push to main", () => {
  it("refuses a request merged without the required approvals, and says so on its pull request", async () => {
    const before = main.head();
    const pull = openRequest("octocat");
    pull.review("octocat", "APPROVED"); // the author's own approval never counts
    main.merge(pull);
    const run = await push(before);
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs).toEqual({ granted: "[]", refused: JSON.stringify([request("octocat")]) });
    const [error] = run.annotations("error");
    expect(error?.properties).toMatchObject({ file: request("octocat"), title: "gitjit apply refused" });
    expect(error?.message).toMatch(/^not-approved: merged without the approvals the policy requires/);
    const [comment, ...more] = applyComments(pull);
    expect(more).toEqual([]);
    expect(comment?.body).toContain("❌ refused: nothing granted");
    expect(comment?.body).toContain("**not\\-approved**");
    expect(run.summary).toContain("refused: not\\-approved");
  });

  it("judges an approved merge grantable (dry run), against the pull request's base policy and merged head", async () => {
    const before = main.head();
    const pull = openRequest("octocat");
    pull.review("lead-dana", "APPROVED");
    main.merge(pull);
    const run = await push(before, { "dry-run": "true" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toEqual({ granted: "[]", refused: "[]" });
    expect(applyComments(pull)[0]?.body).toContain("✅ approved (dry run: nothing applied)");
  });

  it("refuses an approval of an earlier commit: only the merged head's approvals count", async () => {
    const before = main.head();
    const pull = openRequest("octocat");
    pull.review("lead-dana", "APPROVED");
    pull.push({ [request("octocat")]: requestYaml("prod-db", "octocat").replace("1h", "4h") });
    main.merge(pull);
    const run = await push(before, { "dry-run": "true" });
    expect(run.outputs.refused).toBe(JSON.stringify([request("octocat")]));
    expect(applyComments(pull)[0]?.body).toContain("not\\-approved");
  });

  it("refuses at merge an approved request whose file name holds a line break (path-control-character)", async () => {
    const before = main.head();
    const path = "requests/prod-db/octocat-x\n::warning::forged.yaml";
    const pull = world.repo.openPull({
      author: "octocat",
      base: world.base,
      change: { [path]: requestYaml("prod-db", "octocat") },
    });
    pull.review("lead-dana", "APPROVED");
    main.merge(pull);
    const run = await push(before, { "dry-run": "true" });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs).toEqual({ granted: "[]", refused: JSON.stringify([path]) });
    const messages = run.annotations("error").map((e) => e.message);
    expect(messages).toContainEqual(
      expect.stringContaining(
        'path-control-character: the path "requests/prod-db/octocat-x\\n::warning::forged.yaml"',
      ),
    );
    expect(run.commands.filter((c) => c.message.startsWith("forged"))).toEqual([]);
    expect(applyComments(pull)[0]?.body).toContain("path\\-control\\-character");
  });

  it("refuses a request pushed to main without a pull request", async () => {
    const before = main.head();
    main.commit({ [request("octocat")]: requestYaml("prod-db", "octocat") }, "direct push");
    const run = await push(before);
    expect(run.outputs.refused).toBe(JSON.stringify([request("octocat")]));
    expect(run.annotations("error")[0]?.message).toMatch(/^no-pull-request: /);
  });

  it("refuses a request that main holds differently from the reviewed head", async () => {
    const before = main.head();
    const pull = openRequest("octocat");
    pull.review("lead-dana", "APPROVED");
    main.merge(pull, { [request("octocat")]: requestYaml("prod-db", "octocat").replace("1h", "4h") });
    const run = await push(before, { "dry-run": "true" });
    expect(run.annotations("error")[0]?.message).toMatch(/changed-after-review/);
  });

  it("goes on with the other requests when one fails, and reports the failure on its pull request", async () => {
    const before = main.head();
    const first = openRequest("octocat");
    const firstMerge = main.merge(first);
    const second = openRequest("hubot", "sev1");
    second.review("lead-dana", "APPROVED");
    main.merge(second);
    world.server.inject({
      path: new RegExp(`/commits/${firstMerge}/pulls$`),
      times: 20,
      status: 500,
      body: { message: "boom" },
    });
    const run = await push(before, { "dry-run": "true" });
    expect(run.code).toBe(1);
    const errors = run.annotations("error");
    expect(errors[0]?.properties.file).toBe(request("octocat"));
    expect(errors[0]?.message).toMatch(/^github-unavailable: /);
    expect(applyComments(second)[0]?.body).toContain("✅ approved (dry run: nothing applied)");
    expect(run.summary).toContain("failed: github\\-unavailable");
  }, 60_000);
});
