/**
 * Item 4: `gitjit audit who` (the whole process) over years of ledger history: about 100 000 audit
 * events in more than 50 000 commits, generated as gitjit's git store writes them. Its floor reads
 * the audit files from git and parses every record, nothing more (bench/audit-floor.mjs).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LedgerEntry } from "../src/core/ledger/records.js";
import { ASKED_RESOURCE, type HistorySize, simulateHistory } from "./ledger-history.js";
import { writeLedger } from "./ledger-writer.js";
import { type BenchContext, expectRun, type Measured, median, ratioOf, runProcess } from "./measure.js";

// 24 800 grants in groups over five years make just over 100 000 events in about 63 000 commits:
// every grant is applied in two commits, so events per commit stay under two.
const FULL: HistorySize = { grants: 24_800, months: 60 };
const SMOKE: HistorySize = { grants: 40, months: 2 };
const BRANCH = "gitjit-ledger";
const TARGET_MS = 1000;

/** A time when someone held access on the asked resource: half an hour into a grant mid-history. */
function askedTime(history: ReturnType<typeof simulateHistory>): Date {
  const starts = history.flatMap((c) =>
    c.drafts.flatMap((d) => {
      const entry = d.data.entry as LedgerEntry | undefined;
      return d.event === "granted" && entry?.grant.provider === "aws-iam" ? [entry.startsAt] : [];
    }),
  );
  const middle = starts[Math.floor(starts.length / 2)];
  if (!middle) throw new Error("the history has no grant on the asked resource");
  return new Date(Date.parse(middle) + 30 * 60_000);
}

async function timed(ctx: BenchContext, args: string[], cwd: string, what: string, runs = ctx.runs) {
  const samples: number[] = [];
  let stdout = "";
  for (let i = 0; i < runs; i++) {
    const run = expectRun(await runProcess(args, { cwd }), what);
    samples.push(run.ms);
    stdout = run.stdout;
  }
  return { ms: Math.round(median(samples)), stdout };
}

export async function benchAudit(ctx: BenchContext): Promise<Measured[]> {
  const size = ctx.smoke ? SMOKE : FULL;
  const dir = mkdtempSync(join(tmpdir(), "gitjit-bench-audit-"));
  try {
    const history = simulateHistory(size);
    const repo = join(dir, "repo");
    execFileSync("git", ["init", "--quiet", repo]);
    const start = Date.now();
    const ledger = writeLedger(repo, BRANCH, history);
    ctx.log(
      `audit: wrote ${ledger.records} records in ${ledger.commits} commits in ${((Date.now() - start) / 1000).toFixed(1)} s`,
    );
    if (ctx.smoke) execFileSync("git", ["fsck", "--full", "--no-dangling"], { cwd: repo, stdio: "pipe" });
    const ledgerArgs = ["--ledger", BRANCH, "--remote", "none"];

    // The generated log must be one gitjit accepts as genuine: chain, anchors, approvals, active files.
    const verify = await timed(
      ctx,
      [ctx.bin, "audit", "verify", ...ledgerArgs, "--now", ledger.lastAt, "--grace", "1h"],
      repo,
      "gitjit audit verify",
      1,
    );
    if (!verify.stdout.startsWith("audit verify: ok")) throw new Error(`audit verify: ${verify.stdout}`);

    const at = askedTime(history).toISOString();
    const who = await timed(
      ctx,
      [ctx.bin, "audit", "who", "--resource", ASKED_RESOURCE, "--at", at, ...ledgerArgs, "--format", "json"],
      repo,
      "gitjit audit who",
    );
    const held = (JSON.parse(who.stdout) as { held: unknown[] }).held.length;
    if (held === 0) throw new Error(`audit who found nobody on ${ASKED_RESOURCE} at ${at}`);
    const floor = await timed(ctx, [join(ctx.root, "bench", "audit-floor.mjs"), BRANCH], repo, "audit floor");

    const label = `${ledger.records} events in ${ledger.commits} commits`;
    return [
      {
        name: `audit who --resource R --at T, ${label} (${held} held at T)`,
        value: who.ms,
        unit: "ms",
        floor: floor.ms,
        ratio: ratioOf(who.ms, floor.ms),
        target: `< ${TARGET_MS} ms`,
        met: who.ms < TARGET_MS,
      },
      {
        name: `audit verify, ${label} (one run)`,
        value: verify.ms,
        unit: "ms",
        floor: null,
        ratio: null,
        target: "none",
        met: null,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
