/**
 * Item 3: `gitjit sweep` (the whole process, the real command and providers) over a ledger of many
 * held grants, a few of them expired, against the providers' test servers answering after 50 ms.
 * Platform calls are counted on the servers. Reconcile (listing each scope for orphans) costs calls
 * whatever has expired, so the removal sweep is measured with --no-reconcile and reconcile alone
 * (a dry run) is measured apart.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AwsTestServer } from "../test/support/aws-server.js";
import { startGitHubServer } from "../test/support/github/server.js";
import { type BenchContext, expectRun, type Measured, median, ratioOf, runProcess } from "./measure.js";
import {
  benchSigningKey,
  heldGrants,
  type Platform,
  plantAws,
  plantTeams,
  resetLedger,
  type SweepSize,
  seedLedger,
} from "./sweep-world.js";

const FULL: SweepSize = { active: 10_000, expired: 100, profiles: 100 };
const SMOKE: SweepSize = { active: 40, expired: 4, profiles: 4 };
const LATENCY_MS = 50;
const NOW = new Date("2026-12-01T12:00:00.000Z");
const TARGET_MS = 2000;
/** gitjit sweep's default; the floor makes its calls as many at once. */
const CONCURRENCY = 8;

interface Server {
  env: Record<string, string>;
  /** Requests answered since the last reset. */
  calls(): number;
  resetCalls(): void;
  /** Puts back on the platform what a sweep removed. */
  restore(): void;
  close(): Promise<void>;
}

async function startServer(platform: Platform, entries: Parameters<typeof plantAws>[1]): Promise<Server> {
  if (platform === "aws-iam") {
    const server = await AwsTestServer.start({ latencyMs: LATENCY_MS });
    plantAws(server, entries);
    return {
      env: {
        AWS_ENDPOINT_URL_IAM: server.url,
        AWS_ACCESS_KEY_ID: "AKIDBENCH",
        AWS_SECRET_ACCESS_KEY: "bench-secret",
        AWS_REGION: "us-east-1",
      },
      calls: () => [...server.calls.values()].reduce((a, b) => a + b, 0),
      resetCalls: () => server.calls.clear(),
      restore: () => plantAws(server, entries),
      close: () => server.close(),
    };
  }
  const server = await startGitHubServer({ latencyMs: LATENCY_MS });
  plantTeams(server.state, entries);
  return {
    env: { GITJIT_GITHUB_TOKEN: "bench-token", GITHUB_API_URL: server.url },
    calls: () => server.requests.length,
    resetCalls: () => {
      server.requests.length = 0;
    },
    restore: () => plantTeams(server.state, entries),
    close: () => server.close(),
  };
}

interface SweepSample {
  ms: number;
  calls: number;
  /** The floor's wall time: the same platform calls alone (AWS only). */
  floorMs?: number;
}

/** The expired grants' inline policies, for the floor to delete. */
function floorInput(dir: string, entries: ReturnType<typeof heldGrants>): string {
  const file = join(dir, "floor-calls.txt");
  const due = entries.filter((e) => Date.parse(e.expiresAt) <= NOW.getTime());
  writeFileSync(file, due.map((e) => `${e.principal.split("/").pop()} gitjit-${e.id}\n`).join(""));
  return file;
}

/** Runs `gitjit sweep ARGS` `runs` times from the same starting ledger and platform. */
async function sweepRuns(
  ctx: BenchContext,
  platform: Platform,
  size: SweepSize,
  args: readonly string[],
  runs: number,
  check: (report: SweepJson) => string | undefined,
): Promise<SweepSample> {
  const dir = mkdtempSync(join(tmpdir(), `gitjit-bench-sweep-${platform}-`));
  const entries = heldGrants(platform, size, NOW);
  const server = await startServer(platform, entries);
  try {
    // Signed, as apply and sweep sign it in the jit environment: the sweep verifies the seed commit's seal.
    const key = benchSigningKey(new Date(NOW.getTime() - 86_400_000));
    const { clone, remote, seed } = await seedLedger(
      dir,
      entries,
      new Date(NOW.getTime() - 3600_000),
      key.trust,
    );
    mkdirSync(join(clone, "policies"));
    writeFileSync(join(clone, "policies", "ledger-keys.yaml"), key.policyFile);
    const samples: SweepSample[] = [];
    for (let i = 0; i < runs; i++) {
      resetLedger(remote, seed);
      server.restore();
      server.resetCalls();
      const run = expectRun(
        await runProcess(
          [
            ctx.bin,
            "sweep",
            "--now",
            NOW.toISOString(),
            "--concurrency",
            String(CONCURRENCY),
            "--format",
            "json",
            ...args,
          ],
          {
            cwd: clone,
            env: {
              ...server.env,
              GITJIT_LEDGER_BRANCH: undefined,
              GITJIT_LEDGER_REMOTE: undefined,
              GITJIT_LEDGER_SIGNING_KEY: key.privateKey,
            },
          },
        ),
        `gitjit sweep ${args.join(" ")} (${platform})`,
      );
      const problem = check(JSON.parse(run.stdout) as SweepJson);
      if (problem) throw new Error(`gitjit sweep ${args.join(" ")} (${platform}): ${problem}`);
      const sample: SweepSample = { ms: run.ms, calls: server.calls() };
      if (platform === "aws-iam" && args.includes("--no-reconcile")) {
        server.restore();
        server.resetCalls();
        const floor = expectRun(
          await runProcess(
            [join(ctx.root, "bench", "sweep-floor.mjs"), floorInput(dir, entries), String(CONCURRENCY)],
            { cwd: ctx.root, env: server.env },
          ),
          "sweep floor",
        );
        if (server.calls() !== size.expired) throw new Error(`sweep floor: ${server.calls()} calls`);
        sample.floorMs = floor.ms;
      }
      samples.push(sample);
    }
    const floors = samples.flatMap((s) => (s.floorMs === undefined ? [] : [s.floorMs]));
    return {
      ms: Math.round(median(samples.map((s) => s.ms))),
      calls: median(samples.map((s) => s.calls)),
      ...(floors.length > 0 ? { floorMs: Math.round(median(floors)) } : {}),
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface SweepJson {
  due: unknown[];
  removed: unknown[];
  orphans: unknown[];
  failing: unknown[];
  problems: unknown[];
}

const removedAll = (size: SweepSize) => (report: SweepJson) =>
  report.removed.length === size.expired && report.failing.length === 0 && report.problems.length === 0
    ? undefined
    : `expected ${size.expired} removed, got ${report.removed.length} (failing ${report.failing.length}, problems ${JSON.stringify(report.problems).slice(0, 300)})`;

const listedOnly = (size: SweepSize) => (report: SweepJson) =>
  report.due.length === size.expired && report.orphans.length === 0 && report.problems.length === 0
    ? undefined
    : `expected ${size.expired} due and no orphans, got ${report.due.length} due, ${report.orphans.length} orphans`;

export async function benchSweep(ctx: BenchContext): Promise<Measured[]> {
  const size = ctx.smoke ? SMOKE : FULL;
  const label = `${size.active} active + ${size.expired} expired`;
  const latency = `${LATENCY_MS} ms a call`;
  const reconcileLabel = `reconcile alone (sweep --dry-run), ${size.profiles} GitHub teams, ${size.active + size.expired} grants, ${latency}`;

  const aws = await sweepRuns(ctx, "aws-iam", size, ["--no-reconcile"], ctx.runs, removedAll(size));
  // GitHub asks integrations to space out writes (one a second); Octokit's throttling does: one run is enough.
  const github = await sweepRuns(ctx, "github-team", size, ["--no-reconcile"], 1, removedAll(size));
  const reconcile = await sweepRuns(
    ctx,
    "github-team",
    size,
    ["--dry-run"],
    Math.min(ctx.runs, 3),
    listedOnly(size),
  );
  return [
    {
      name: `sweep --no-reconcile, AWS IAM, ${label}, ${latency}: time`,
      value: aws.ms,
      unit: "ms",
      floor: aws.floorMs ?? null,
      ratio: aws.floorMs ? ratioOf(aws.ms, aws.floorMs) : null,
      target: `< ${TARGET_MS} ms`,
      met: aws.ms < TARGET_MS,
    },
    {
      name: `sweep --no-reconcile, AWS IAM, ${label}, ${latency}: platform calls`,
      value: aws.calls,
      unit: "calls",
      floor: size.expired,
      ratio: ratioOf(aws.calls, size.expired),
      target: `${size.expired} (only the expired)`,
      met: aws.calls === size.expired,
    },
    {
      name: `sweep --no-reconcile, GitHub teams, ${label}, ${latency}: time (one run)`,
      value: github.ms,
      unit: "ms",
      floor: null,
      ratio: null,
      target: `< ${TARGET_MS} ms`,
      met: github.ms < TARGET_MS,
    },
    {
      name: `sweep --no-reconcile, GitHub teams, ${label}, ${latency}: platform calls`,
      value: github.calls,
      unit: "calls",
      floor: size.expired,
      ratio: ratioOf(github.calls, size.expired),
      target: `${size.expired} (only the expired)`,
      met: github.calls === size.expired,
    },
    {
      name: `${reconcileLabel}: platform calls`,
      value: reconcile.calls,
      unit: "calls",
      floor: null,
      ratio: null,
      target: "none (lists every scope)",
      met: null,
    },
    {
      name: `${reconcileLabel}: time`,
      value: reconcile.ms,
      unit: "ms",
      floor: null,
      ratio: null,
      target: "none",
      met: null,
    },
  ];
}
