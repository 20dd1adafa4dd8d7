/**
 * Item 5: `gitjit approvals` (the whole process, through the real Octokit adapter) for a pull
 * request with 300 reviews, whose approval rule names teams of 1 000 members, against the GitHub
 * test server. API calls are counted from the server's request log, by kind.
 */
import { generateSection, spliceSection } from "../src/core/codeowners/generate.js";
import { compilePolicy } from "../src/core/policy/policy.js";
import { startGitHubServer } from "../test/support/github/server.js";
import type { Permission } from "../test/support/github/state.js";
import { type BenchContext, expectRun, type Measured, median, runProcess } from "./measure.js";

interface ApprovalsSize {
  reviews: number;
  /** Members of each of the three teams. */
  teamSize: number;
  /** Distinct reviewers; the others review twice. */
  reviewers: number;
}

const FULL: ApprovalsSize = { reviews: 300, teamSize: 1000, reviewers: 200 };
const SMOKE: ApprovalsSize = { reviews: 12, teamSize: 30, reviewers: 8 };
const LATENCY_MS = 50;
const REPO = "acme/access";
const NOW = "2026-11-02T09:00:00Z";
const REQUESTER = "sre-0";
const REQUEST = `requests/prod-db/${REQUESTER}-incident.yaml`;

const PEOPLE = `version: 1
admins: { groups: [security], count: 2 }
identities:
  ${REQUESTER}: { postgres: sre_0 }
groups:
  sre: { teams: ["@acme/sre"] }
  leads: { teams: ["@acme/leads"] }
  security: { teams: ["@acme/security"] }
`;
const PROFILES = `version: 1
profiles:
  prod-db:
    eligible: [sre]
    grant: { provider: postgres, connection: DB_URL, role: readonly }
    duration: { default: 1h, max: 4h }
    approval:
      steps:
        - { groups: [leads], count: 2 }
        - { groups: [security], count: 1 }
`;

function baseFiles(): Record<string, string> {
  const files = { "policies/people.yaml": PEOPLE, "policies/profiles.yaml": PROFILES };
  const { policy } = compilePolicy(Object.entries(files).map(([path, content]) => ({ path, content })));
  const codeowners = spliceSection(undefined, generateSection(policy, "policies").lines);
  if (!codeowners.ok) throw new Error(codeowners.message);
  return { ...files, ".github/CODEOWNERS": codeowners.text, "README.md": "Access requests.\n" };
}

/** Reviewers from every team and from outside them; most may write, some only read, outsiders not at all. */
function reviewerPool(size: ApprovalsSize): { login: string; permission?: Permission }[] {
  const kinds = ["lead", "sec", "sre", "outsider"] as const;
  return Array.from({ length: size.reviewers }, (_, i) => {
    const kind = kinds[i % 4] as (typeof kinds)[number];
    const login = `${kind}-${1 + Math.floor(i / 4)}`; // sre-0 is the author
    if (kind === "outsider") return { login };
    return { login, permission: i % 7 === 0 ? "read" : "write" };
  });
}

/** What a call was for, to count one run's calls by kind. */
function kindOf(method: string, path: string): string {
  if (path.includes("/teams/")) return "team pages";
  if (path.endsWith("/permission")) return "permissions";
  if (path.endsWith("/reviews")) return "review pages";
  if (path.includes("/contents")) return "file reads";
  if (/\/pulls\/\d+\/files$/.test(path)) return "changed files";
  if (/\/pulls\/\d+$/.test(path)) return "pull request";
  return `${method} ${path.replace(/^\/repos\/[^/]+\/[^/]+/, "")}`;
}

async function approvalsRuns(ctx: BenchContext, size: ApprovalsSize, latencyMs: number) {
  const server = await startGitHubServer({ latencyMs });
  try {
    server.state.tokens.add("bench-token");
    const team = (name: string, first: number) =>
      Array.from({ length: size.teamSize }, (_, i) => `${name}-${first + i}`);
    server.state.addTeam("@acme/sre", team("sre", 0));
    server.state.addTeam("@acme/leads", team("lead", 1));
    server.state.addTeam("@acme/security", team("sec", 1));
    const repo = server.state.addRepo(REPO);
    const pool = reviewerPool(size);
    for (const r of pool) if (r.permission) repo.collaborator(r.login, r.permission);
    repo.collaborator(REQUESTER, "write");
    const base = repo.commit(baseFiles());
    repo.branches.set(repo.defaultBranch, base); // the default branch's policy is read too
    const pull = repo.openPull({
      author: REQUESTER,
      base,
      change: {
        [REQUEST]: `profile: prod-db\nrequester: ${REQUESTER}\nduration: 2h\njustification: Investigate the failed payouts of INC-4821\n`,
      },
    });
    // Half the reviews are of the first commit; then the author pushes, and the rest are of the new head.
    const states = ["COMMENTED", "APPROVED", "APPROVED", "CHANGES_REQUESTED", "COMMENTED"] as const;
    for (let i = 0; i < size.reviews; i++) {
      if (i === Math.floor(size.reviews / 2))
        pull.push({ [REQUEST]: `${repo.requireCommit(pull.headSha).files.get(REQUEST)}ticket: INC-4821\n` });
      const reviewer = pool[i % pool.length] as (typeof pool)[number];
      const state = states[i % states.length] as (typeof states)[number];
      const late = i >= size.reviews / 2;
      pull.review(reviewer.login, late && state === "CHANGES_REQUESTED" ? "APPROVED" : state);
    }

    const samples: number[] = [];
    let calls = new Map<string, number>();
    let verdict = "";
    for (let i = 0; i < ctx.runs; i++) {
      server.requests.length = 0;
      const run = expectRun(
        await runProcess(
          [
            ctx.bin,
            "approvals",
            "--repo",
            REPO,
            "--pr",
            String(pull.number),
            "--now",
            NOW,
            "--format",
            "json",
          ],
          { cwd: ctx.root, env: { GITHUB_TOKEN: "bench-token", GITHUB_API_URL: server.url } },
        ),
        "gitjit approvals",
        [0, 1],
      );
      samples.push(run.ms);
      calls = new Map();
      for (const r of server.requests) {
        const kind = kindOf(r.method, r.path);
        calls.set(kind, (calls.get(kind) ?? 0) + 1);
      }
      const report = JSON.parse(run.stdout) as {
        summary: string;
        problems: unknown[];
        approvals: { errors: unknown[]; steps?: unknown[] }[];
      };
      if (report.problems.length > 0 || report.approvals.length !== 1 || !report.approvals[0]?.steps)
        throw new Error(`gitjit approvals judged something else: ${run.stdout.slice(0, 1000)}`);
      verdict = report.summary;
    }
    return { ms: Math.round(median(samples)), calls, verdict };
  } finally {
    await server.close();
  }
}

export async function benchApprovals(ctx: BenchContext): Promise<Measured[]> {
  const size = ctx.smoke ? SMOKE : FULL;
  const slow = await approvalsRuns(ctx, size, LATENCY_MS);
  const local = await approvalsRuns(ctx, size, 0);
  const total = [...slow.calls.values()].reduce((a, b) => a + b, 0);
  const kinds = [...slow.calls]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${n} ${kind}`)
    .join(", ");
  const label = `PR with ${size.reviews} reviews by ${size.reviewers} people, 3 teams of ${size.teamSize}`;
  ctx.log(`approvals: ${slow.verdict}`);
  return [
    {
      name: `approvals, ${label}: API calls (${kinds})`,
      value: total,
      unit: "calls",
      floor: null,
      ratio: null,
      target: "none (measured)",
      met: null,
    },
    {
      name: `approvals, ${label}: time at ${LATENCY_MS} ms a call`,
      value: slow.ms,
      unit: "ms",
      floor: null,
      ratio: null,
      target: "none (measured)",
      met: null,
    },
    {
      name: `approvals, ${label}: time on loopback`,
      value: local.ms,
      unit: "ms",
      floor: null,
      ratio: null,
      target: "none (measured)",
      met: null,
    },
  ];
}
