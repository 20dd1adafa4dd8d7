import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { grantId } from "../../src/core/grant.js";
import {
  checkout,
  pullRequestEvent,
  reviewEvent,
  runIn,
  startWorld,
  stickyComments,
  type World,
} from "../support/action-world.js";
import { POLICY_PROFILES, requestYaml } from "../support/policy-fixture.js";

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(() => world.close());

const REQUEST = "requests/prod-db/octocat-payouts.yaml";

/** Opens a pull request adding `change`, and runs the action on its pull_request event. */
async function openAndRun(
  change: Record<string, string | null>,
  options: { author?: string; title?: string } = {},
) {
  const pull = world.repo.openPull({
    author: options.author ?? "octocat",
    base: world.base,
    change,
    ...(options.title ? { title: options.title } : {}),
  });
  const run = await runIn(world, {
    eventName: "pull_request",
    event: pullRequestEvent(pull),
    workspace: checkout(world.repo.requireCommit(pull.headSha).files),
  });
  return { pull, run };
}

const statuses = (sha: string) =>
  world.repo.statuses.filter((s) => s.sha === sha && s.context === "gitjit/approval");

describe("the action on a pull request", () => {
  it("reports a valid request that waits for approval: comment, summary, status and outputs", async () => {
    const { pull, run } = await openAndRun({ [REQUEST]: requestYaml("prod-db", "octocat") });
    expect(run.stderr).toBe("");
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toEqual({ valid: "true", approved: "false" });
    expect(run.annotations("error")).toEqual([]);

    const [comment, ...more] = stickyComments(world.repo, pull.number);
    expect(more).toEqual([]);
    expect(comment?.user.login).toBe("github-actions[bot]");
    const body = comment?.body ?? "";
    expect(body).toContain("⏳ valid, waiting for approval");
    // The plan: provider, principal from the identity map, where, when, and who ends it.
    expect(body).toContain("| provider | <code>postgres</code> |");
    expect(body).toContain("| to | <code>octocat</code> (from the policy's identities for octocat) |");
    expect(body).toContain("connection <code>DB\\_URL</code>, role <code>readonly</code>");
    expect(body).toContain("| until | 1h after that |");
    expect(body).toContain("**sweep**: gitjit's scheduled sweep removes it");
    // The grant's id, and the exact calls apply will make (the cloud-free planners).
    const id = grantId(REQUEST, pull.number);
    expect(body).toContain(
      `<details><summary>What apply will do: grant <code>${id.replace("-", "\\-")}</code></summary>`,
    );
    expect(body).toContain(`\`\`\`sql\nGRANT "readonly" TO "gitjit_${id.slice(3)}"\n\`\`\``);
    // The tally, and who is still needed.
    expect(body).toContain("| 1: 0/1 | <code>leads</code> (lead\\-dana, lead\\-eve) | nobody yet |");
    expect(body).toMatch(/Still needed:\n\n- step 1: 1 more approval of the latest commit from group leads/);
    // The summary holds the same report, without the marker.
    expect(run.summary).toContain("⏳ valid, waiting for approval");
    expect(run.summary).not.toContain("<!-- gitjit");

    expect(statuses(pull.headSha)).toEqual([
      expect.objectContaining({ state: "failure", description: expect.stringMatching(/^Waiting: step 1/) }),
    ]);
  });

  it("turns the status green and updates the same comment once an approver approves", async () => {
    const { pull } = await openAndRun({ [REQUEST]: requestYaml("prod-db", "octocat") });
    const [first] = stickyComments(world.repo, pull.number);
    pull.review("lead-dana", "APPROVED");
    const run = await runIn(world, {
      eventName: "pull_request_review",
      event: reviewEvent(pull, "lead-dana"),
      workspace: checkout(world.repo.requireCommit(pull.headSha).files),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toEqual({ valid: "true", approved: "true" });
    const comments = stickyComments(world.repo, pull.number);
    expect(comments.map((c) => c.id)).toEqual([first?.id]);
    expect(comments[0]?.body).toContain("✅ approved: granted when merged");
    expect(comments[0]?.body).toContain(
      "| 1: 1/1 ✅ | <code>leads</code> (lead\\-dana, lead\\-eve) | lead\\-dana |",
    );
    expect(statuses(pull.headSha).at(-1)).toMatchObject({ state: "success" });
    expect(world.server.requests.filter((r) => r.method === "PATCH")).toHaveLength(1);
  });

  it("fails an invalid request with annotations on the exact lines", async () => {
    const yaml = requestYaml("prod-db", "octocat").replace("duration: 1h", "duration: 8h");
    const { pull, run } = await openAndRun({ [REQUEST]: yaml });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs).toEqual({ valid: "false", approved: "false" });
    expect(run.annotations("error")).toEqual([
      {
        command: "error",
        properties: { title: "gitjit duration-over-max", file: REQUEST, line: "3", col: "11" },
        message: "8h exceeds the profile's maximum of 4h",
      },
      expect.objectContaining({
        message: expect.stringMatching(/^gitjit: pull request #\d+ is not valid: 1 problem/),
      }),
    ]);
    const [comment] = stickyComments(world.repo, pull.number);
    expect(comment?.body).toContain("❌ invalid");
    expect(comment?.body).toContain(
      "- <code>requests/prod\\-db/octocat\\-payouts\\.yaml:3:11</code> **duration\\-over\\-max**: 8h exceeds the profile's maximum of 4h",
    );
    expect(statuses(pull.headSha)).toEqual([
      expect.objectContaining({
        state: "failure",
        description: expect.stringContaining("duration-over-max"),
      }),
    ]);
    expect(run.stdout).not.toMatch(/^\s+at /m);
  });

  it("judges by the base's policy even when the checkout's policy would allow more", async () => {
    const loosened = POLICY_PROFILES.replace(
      "duration: { default: 1h, max: 4h }",
      "duration: { default: 1h, max: 24h }",
    );
    const yaml = requestYaml("prod-db", "octocat").replace("duration: 1h", "duration: 8h");
    const pull = world.repo.openPull({ author: "octocat", base: world.base, change: { [REQUEST]: yaml } });
    const files = new Map(world.repo.requireCommit(pull.headSha).files);
    files.set("policies/profiles.yaml", loosened);
    const run = await runIn(world, {
      eventName: "pull_request",
      event: pullRequestEvent(pull),
      workspace: checkout(files),
    });
    expect(run.annotations("error")[0]?.properties.title).toBe("gitjit duration-over-max");
    expect(run.outputs.valid).toBe("false");
  });

  it("reports a governance change under the admins' rule, and a broken policy at its head on its line", async () => {
    const broken = POLICY_PROFILES.replace(
      "approval:\n      steps:\n        - { groups: [leads], count: 1 }",
      "approval:\n      steps:\n        - { groups: [nobody], count: 1 }",
    );
    const { pull, run } = await openAndRun({ "policies/profiles.yaml": broken }, { author: "sec-alice" });
    expect(run.code, run.stdout).toBe(1);
    const [error] = run.annotations("error");
    expect(error?.properties).toMatchObject({
      title: "gitjit unknown-group",
      file: "policies/profiles.yaml",
    });
    expect(Number(error?.properties.line)).toBe(
      broken.split("\n").findIndex((l) => l.includes("[nobody]")) + 1,
    );
    const [comment] = stickyComments(world.repo, pull.number);
    expect(comment?.body).toContain("#### Governance change");
    expect(comment?.body).toContain(
      "| 1: 0/2 | <code>security</code> (sec\\-alice, sec\\-bob, sec\\-carol) | nobody yet |",
    );

    const fine = await openAndRun(
      { "policies/profiles.yaml": POLICY_PROFILES.replace("max: 4h", "max: 3h") },
      { author: "sec-alice" },
    );
    // The policy changed, so CODEOWNERS stays right; the change waits for two of security.
    expect(fine.run.code, fine.run.stdout).toBe(0);
    expect(fine.run.outputs).toEqual({ valid: "true", approved: "false" });
    // What it does, from the base policy to the head's; the broken head showed no such section.
    expect(stickyComments(world.repo, fine.pull.number)[0]?.body).toContain(
      "- **duration** · profile <code>prod\\-db</code>: the maximum duration is 3h instead of 4h",
    );
    expect(comment?.body).not.toContain("What this change does to the policy");
  });

  it("with a fork's read-only token, still validates and writes the job summary", async () => {
    world.server.state.token("ghs_fork", "github-actions[bot]", { readOnly: true });
    const pull = world.repo.openPull({
      author: "octocat",
      base: world.base,
      change: { [REQUEST]: requestYaml("prod-db", "octocat") },
    });
    const event = pullRequestEvent(pull);
    event.pull_request.head.repo.fork = true;
    event.pull_request.head.repo.full_name = "octocat/access";
    const run = await runIn(world, {
      eventName: "pull_request",
      event,
      inputs: { token: "ghs_fork" },
      workspace: checkout(world.repo.requireCommit(pull.headSha).files),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toEqual({ valid: "true", approved: "false" });
    expect(run.summary).toContain("⏳ valid, waiting for approval");
    expect(stickyComments(world.repo, pull.number)).toEqual([]);
    expect(statuses(pull.headSha)).toEqual([]);
    expect(run.annotations("notice").map((n) => n.message)).toEqual([
      expect.stringContaining("could not comment on the pull request"),
      expect.stringContaining("could not set the gitjit/approval status"),
    ]);
  });
});

describe("the sticky comment", () => {
  it("is not written on a pull request with nothing for gitjit", async () => {
    const { pull, run } = await openAndRun({ "README.md": "Access requests for acme, now with docs.\n" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toEqual({ valid: "true", approved: "true" });
    expect(stickyComments(world.repo, pull.number)).toEqual([]);
    expect(run.summary).toContain("nothing for gitjit to grant");
    expect(statuses(pull.headSha)).toEqual([expect.objectContaining({ state: "success" })]);
  });

  it("is found among the bot's own comments past the first page, and nobody else's is touched", async () => {
    const pull = world.repo.openPull({
      author: "octocat",
      base: world.base,
      change: { [REQUEST]: requestYaml("prod-db", "octocat") },
    });
    const marker = "<!-- gitjit:pull-request-report -->";
    const forged = pull.comment("octocat", `${marker}\n### gitjit: ✅ approved`);
    for (let i = 0; i < 120; i++) pull.comment("lead-eve", `comment ${i}`);
    const run = () =>
      runIn(world, {
        eventName: "pull_request",
        event: pullRequestEvent(pull, "synchronize"),
        workspace: checkout(world.repo.requireCommit(pull.headSha).files),
      });
    await run();
    const mine = stickyComments(world.repo, pull.number).filter(
      (c) => c.user.login === "github-actions[bot]",
    );
    expect(mine).toHaveLength(1);
    pull.push({ [REQUEST]: requestYaml("prod-db", "octocat").replace("1h", "2h") });
    await run();
    const after = stickyComments(world.repo, pull.number);
    expect(after.map((c) => c.id)).toEqual([forged.id, mine[0]?.id]);
    expect(forged.body).toBe(`${marker}\n### gitjit: ✅ approved`);
    expect(after[1]?.body).toContain("| until | 2h after that |");
    // Every page of the comments was read.
    expect(
      world.server.requests
        .filter((r) => r.method === "GET" && r.path.endsWith("/comments"))
        .map((r) => r.query.get("page") ?? "1"),
    ).toEqual(["1", "2", "1", "2"]);
  });

  it("keeps hostile text as text: titles, branch names, paths and request fields", async () => {
    const hostile = `</details><img src=x onerror=alert(1)> @sec-alice [click](https://evil.test) | x | **bold** <!-- gitjit:pull-request-report -->`;
    const path = "requests/prod-db/octocat-<b>x<i>.yaml";
    const yaml = `profile: prod-db\nrequester: octocat\nduration: 1h\njustification: "${hostile.replaceAll('"', "'")}"\nticket: "\`\`\` </code> |"\n`;
    const bad = `profile: "${hostile.replaceAll('"', "'")}"\nrequester: octocat\nduration: 1h\njustification: "::error::x\\n::warning::y"\n`;
    const pull = world.repo.openPull({
      author: "octocat",
      base: world.base,
      change: { [path]: yaml, "requests/prod-db/octocat-y.yaml": bad },
      title: hostile,
    });
    pull.record.headRef = "feature/<script>alert(1)</script>";
    const run = await runIn(world, {
      eventName: "pull_request",
      event: pullRequestEvent(pull),
      workspace: checkout(world.repo.requireCommit(pull.headSha).files),
    });
    const [comment] = stickyComments(world.repo, pull.number);
    const body = comment?.body ?? "";
    const rest = body.slice(body.indexOf("\n"));
    for (const raw of [
      "<img",
      "<script",
      "</details><img",
      "<b>",
      "@sec-alice",
      "[click](",
      "https://evil",
      "**bold**",
      "<!--",
    ])
      expect(rest).not.toContain(raw);
    expect(body).toContain(
      "&lt;img src=x onerror=alert\\(1\\)&gt; @&#8203;sec\\-alice \\[click\\]\\(https:&#8203;//evil\\.test\\) \\| x \\| \\*\\*bold\\*\\*",
    );
    expect(body).toContain("<code>feature/&lt;script&gt;alert\\(1\\)&lt;/script&gt;</code>");
    expect(body).toContain("#### <code>requests/prod\\-db/octocat\\-&lt;b&gt;x&lt;i&gt;\\.yaml</code>");
    // The request's own fields: the justification in the plan's table, the ticket as code.
    expect(body).toContain("| justification | &lt;/details&gt;&lt;img src=x onerror=alert\\(1\\)&gt;");
    expect(body).toContain("| ticket | <code>\\`\\`\\` &lt;/code&gt; \\|</code> |");
    // The request's own words reach the annotations as one message, never as commands of their own.
    expect(run.commands.filter((c) => c.message === "x" || c.message === "y")).toEqual([]);
    expect(run.annotations("error").map((e) => e.properties.title)).toContain("gitjit unknown-profile");
  });
});

describe("file names that look like workflow commands (trust rule 10)", () => {
  /** The commands the action itself writes: its annotations, the failure, the token's mask. */
  const OWN = new Set(["error", "warning", "notice", "debug", "add-mask"]);

  /** Opens a fork's pull request adding `change`, run with a read-only token and no approval. */
  async function forkRun(change: Record<string, string>) {
    world.server.state.token("ghs_fork", "github-actions[bot]", { readOnly: true });
    const pull = world.repo.openPull({ author: "octocat", base: world.base, change });
    const event = pullRequestEvent(pull);
    event.pull_request.head.repo.fork = true;
    event.pull_request.head.repo.full_name = "octocat/access";
    const run = await runIn(world, {
      eventName: "pull_request",
      event,
      inputs: { token: "ghs_fork" },
      workspace: checkout(world.repo.requireCommit(pull.headSha).files),
    });
    return { pull, run };
  }

  /**
   * Every command the runner would see in the run's output that the action did not mean to write:
   * one in the old syntax, one the action never writes, or one whose words come from a file name
   * (each name below makes its command's message start with "forged", or sets name=x).
   */
  const forged = (run: Awaited<ReturnType<typeof forkRun>>["run"]) =>
    run.commands.filter(
      (c) => c.legacy || !OWN.has(c.command) || c.message.startsWith("forged") || "name" in c.properties,
    );

  it("prints no command of its own making from request file names on a fork's pull request", async () => {
    const names = [
      "requests/prod-db/octocat-##[error]forged-a.yaml",
      "requests/prod-db/octocat-::warning::forged-b.yaml",
      "requests/prod-db/octocat-  ::set-output name=x::forged-c.yaml",
      "requests/prod-db/octocat-##[add-mask]forged-d.yaml",
      "requests/prod-db/octocat- ::error file=x::forged-e.yaml",
    ];
    const [first, ...rest] = names as [string, ...string[]];
    const { run } = await forkRun({
      // Invalid, so that the run's verdict line names it.
      [first]: requestYaml("prod-db", "octocat").replace(/justification: .*/, "justification: short"),
      ...Object.fromEntries(rest.map((name) => [name, requestYaml("prod-db", "octocat")])),
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.valid).toBe("false");
    // The names did reach the log, as text a person can read.
    const readable = (run.stdout + run.stderr).replaceAll("\u200b", "");
    expect(readable).toContain(`Invalid request ${first}: justification-too-short`);
    expect(forged(run)).toEqual([]);
    // The invalid request's annotation still points at its file, exactly named.
    expect(run.annotations("error").map((e) => [e.properties.title, e.properties.file])).toContainEqual([
      "gitjit justification-too-short",
      first,
    ]);
  });

  it("refuses a request file whose name holds a line break, under path-control-character", async () => {
    const { run } = await forkRun({
      "requests/prod-db/octocat-x\n::warning::forged-f.yaml": requestYaml("prod-db", "octocat"),
      "requests/prod-db/octocat-y\r::error::forged-g.yaml": requestYaml("prod-db", "octocat"),
      "requests/prod-db/octocat-z\r\n##[error]forged-h.yaml": requestYaml("prod-db", "octocat"),
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs).toEqual({ valid: "false", approved: "false" });
    expect(forged(run)).toEqual([]);
    const refused = run
      .annotations("error")
      .filter((e) => e.properties.title === "gitjit path-control-character");
    // As a person reads them (the zero-width spaces that break "##[" aside).
    expect(refused.map((e) => e.message.replaceAll("\u200b", ""))).toEqual([
      expect.stringContaining('"requests/prod-db/octocat-x\\n::warning::forged-f.yaml"'),
      expect.stringContaining('"requests/prod-db/octocat-y\\r::error::forged-g.yaml"'),
      expect.stringContaining('"requests/prod-db/octocat-z\\r\\n##[error]forged-h.yaml"'),
    ]);
    for (const e of refused) expect(e.message).not.toMatch(/[\r\n]/);
    expect(run.summary).toContain("path\\-control\\-character");
    expect(run.summary).not.toMatch(/[\r\n](::|##\[)/);
    // Refused by name alone: the policy is read, the files themselves are not.
    const read = world.server.requests.map((r) => r.path);
    expect(read).toContainEqual(expect.stringMatching(/\/contents\/policies/));
    expect(read.filter((path) => /\/contents\/requests/.test(path))).toEqual([]);
  });
});

describe("the action's own errors", () => {
  it("names a wrong input and what it accepts, without a stack trace", async () => {
    const pull = world.repo.openPull({ author: "octocat", base: world.base, change: {} });
    const run = await runIn(world, {
      eventName: "pull_request",
      event: pullRequestEvent(pull),
      inputs: { mode: "validat", comment: "yes" },
      workspace: checkout({}),
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.annotations("error").map((e) => e.message)).toEqual([
      'gitjit: input mode is "validat"; expected one of: auto, validate, apply, sweep\ninput comment is "yes"; expected one of: true, false',
    ]);
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
    expect(world.server.requests).toEqual([]);
  });

  it("tells a GitHub outage apart from an invalid request", async () => {
    const pull = world.repo.openPull({
      author: "octocat",
      base: world.base,
      change: { [REQUEST]: requestYaml("prod-db", "octocat") },
    });
    world.server.inject({ path: /\/pulls\/\d+$/, times: 10, status: 502, body: { message: "Bad Gateway" } });
    const run = await runIn(world, {
      eventName: "pull_request",
      event: pullRequestEvent(pull),
      workspace: checkout({}),
      env: { GITJIT_RETRY_SCALE_MS: "1" },
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.annotations("error").map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^gitjit: github-unavailable: GitHub could not be reached for pull request #\d+ of acme\/access/,
      ),
    ]);
    expect(run.outputs).toEqual({});
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
  });
});
