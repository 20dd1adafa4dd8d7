/** What every measurement shares: its result row, medians, and timing a whole gitjit process. */
import { execFileSync, spawn } from "node:child_process";

/** One row of bench/results.json. */
export interface Result {
  name: string;
  value: number;
  unit: string;
  /** What the same work costs at its least (a bare loop, the calls that cannot be avoided), when there is one. */
  floor: number | null;
  ratio: number | null;
  target: string;
}

/** A row as measured: whether its target was met, for the table (results.json keeps the six fields). */
export interface Measured extends Result {
  met: boolean | null;
}

export interface BenchContext {
  smoke: boolean;
  /** Runs per measurement; the median is kept. */
  runs: number;
  /** The repository root (bin/gitjit.js, lib/). */
  root: string;
  bin: string;
  log(message: string): void;
}

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export const ratioOf = (value: number, floor: number) => Math.round((value / floor) * 100) / 100;

const elapsedMs = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** Median wall time of a whole process, in milliseconds. Exit status 0 or 1 both count as a run. */
export function timeProcess(args: string[], cwd: string, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    try {
      execFileSync(process.execPath, args, { cwd, stdio: "pipe", maxBuffer: 512 * 1024 * 1024 });
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status !== 1) throw error;
    }
    samples.push(elapsedMs(start));
  }
  return Math.round(median(samples));
}

export interface ProcessRun {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a Node process without blocking this one, so test servers living in this process can
 * answer it. Resolves with its wall time and output, whatever its exit status.
 */
export function runProcess(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        ms: elapsedMs(start),
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
  });
}

/** Fails the benchmark loudly: a run that did not do the work measures nothing. */
export function expectRun(run: ProcessRun, what: string, codes: readonly number[] = [0]): ProcessRun {
  if (run.code === null || !codes.includes(run.code))
    throw new Error(`${what}: exit ${run.code}\n${run.stderr.slice(0, 2000)}\n${run.stdout.slice(0, 2000)}`);
  return run;
}
