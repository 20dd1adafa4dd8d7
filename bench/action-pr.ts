/**
 * Item 1, the action's part: the built action (dist/index.js) in pull request mode, run as the
 * runner runs it, for a pull request adding one request to a repository of the full generated
 * size, against the GitHub test server (loopback, no added latency). Its floor is the same as
 * `gitjit validate FILE`'s: a process that reads, parses and schema-checks that one file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startGitHubServer } from "../test/support/github/server.js";
import {
  type BenchContext,
  expectRun,
  type Measured,
  median,
  ratioOf,
  runProcess,
  timeProcess,
} from "./measure.js";
import { FULL, generateOrg, SMOKE } from "./org.js";

const REPO = "acme/access";

export async function benchActionPullRequest(ctx: BenchContext): Promise<Measured[]> {
  const size = ctx.smoke ? SMOKE : FULL;
  const dir = mkdtempSync(join(tmpdir(), "gitjit-bench-action-"));
  const server = await startGitHubServer();
  try {
    const { requestPaths } = generateOrg(join(dir, "org"), size);
    const files: Record<string, string> = {};
    for (const path of ["policies/people.yaml", "policies/profiles.yaml", ...requestPaths])
      files[path] = readFileSync(join(dir, "org", path), "utf8");
    const sample = requestPaths[Math.floor(requestPaths.length / 2)] as string;
    const author = /\/(user-\d+)-r\d+\.yaml$/.exec(sample)?.[1] as string;
    const added = sample.replace(/-r(\d+)\.yaml$/, "-new.yaml");

    const repo = server.state.addRepo(REPO);
    repo.collaborator(author, "write");
    const base = repo.commit(files);
    repo.branches.set(repo.defaultBranch, base); // the default branch's policy is read too
    const pull = repo.openPull({
      author,
      base,
      change: {
        [added]: (files[sample] as string).replace(
          /justification: .*/,
          "justification: A new synthetic request for the benchmark",
        ),
      },
    });

    const eventPath = join(dir, "event.json");
    writeFileSync(
      eventPath,
      JSON.stringify({ action: "opened", number: pull.number, pull_request: { number: pull.number } }),
    );
    const workspace = mkdtempSync(join(dir, "workspace-"));
    const samples: number[] = [];
    for (let i = 0; i < ctx.runs; i++) {
      const output = join(dir, `output-${i}`);
      const summary = join(dir, `summary-${i}`);
      writeFileSync(output, "");
      writeFileSync(summary, "");
      const run = await runProcess([join(ctx.root, "dist", "index.js")], {
        cwd: workspace,
        env: {
          GITHUB_ACTIONS: "true",
          GITHUB_EVENT_NAME: "pull_request",
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_OUTPUT: output,
          GITHUB_STEP_SUMMARY: summary,
          GITHUB_API_URL: server.url,
          GITHUB_REPOSITORY: REPO,
          GITHUB_WORKSPACE: workspace,
          GITHUB_RUN_ID: "1",
          INPUT_MODE: "auto",
          INPUT_TOKEN: "ghs_bench",
          "INPUT_POLICY-DIR": "policies",
          INPUT_COMMENT: "true",
          "INPUT_DRY-RUN": "false",
        },
      });
      expectRun(run, "the action in pull request mode");
      if (!readFileSync(output, "utf8").includes("valid<<"))
        throw new Error(`the action set no outputs:\n${run.stdout.slice(0, 2000)}`);
      samples.push(run.ms);
    }
    const value = Math.round(median(samples));
    const floor = timeProcess(
      [join(ctx.root, "bench", "floor.mjs"), join(dir, "org"), sample],
      dir,
      ctx.runs,
    );
    const ratio = ratioOf(value, floor);
    return [
      {
        name: `the action's pull request mode, one request added to ${size.requests} (comment, status, summary)`,
        value,
        unit: "ms",
        floor,
        ratio,
        target: "≤ 2× floor",
        met: ratio <= 2,
      },
    ];
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
