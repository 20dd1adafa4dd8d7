/**
 * `npm run bench`: measures each step against its floor on generated organisations and writes
 * bench/results.json. `--smoke` uses tiny sizes and one run, only to prove the runner works.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FULL, generateOrg, SMOKE } from "./org.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..");
const smoke = process.argv.includes("--smoke");
const RUNS = smoke ? 1 : 5;
const NOW = "2026-11-21T10:00:00Z";

export interface Result {
  name: string;
  value: number;
  unit: string;
  floor: number | null;
  ratio: number | null;
  target: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Median wall time of a whole process, in milliseconds. Exit status 0 or 1 both count as a run. */
function timeProcess(args: string[], cwd: string): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    try {
      execFileSync(process.execPath, args, { cwd, stdio: "pipe", maxBuffer: 512 * 1024 * 1024 });
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status !== 1) throw error;
    }
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return Math.round(median(samples));
}

function compare(name: string, value: number, floor: number, limit: number): Result {
  const ratio = Math.round((value / floor) * 100) / 100;
  return { name, value, unit: "ms", floor, ratio, target: `≤ ${limit}× floor` };
}

function main() {
  const size = smoke ? SMOKE : FULL;
  const dir = mkdtempSync(join(tmpdir(), "gitjit-bench-"));
  const bin = join(ROOT, "bin", "gitjit.js");
  const floorScript = join(HERE, "floor.mjs");
  const results: Result[] = [];
  try {
    const { requestPaths } = generateOrg(dir, size);
    const one = requestPaths[Math.floor(requestPaths.length / 2)] as string;
    const author = /\/(user-\d+)-r\d+\.yaml$/.exec(one)?.[1] as string;

    const label = `${size.requests} requests, ${size.profiles} profiles, ${size.identities} identities`;
    const oneFile = timeProcess([bin, "validate", one, "--author", author, "--now", NOW], dir);
    const oneFloor = timeProcess([floorScript, dir, one], dir);
    results.push(compare(`validate one request (${label}): gitjit validate FILE`, oneFile, oneFloor, 2));

    const all = timeProcess([bin, "validate", "--now", NOW], dir);
    const allFloor = timeProcess([floorScript, dir], dir);
    results.push(compare(`validate all ${size.requests} requests: gitjit validate`, all, allFloor, 1.5));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const machine = `${cpus()[0]?.model ?? "unknown CPU"} ×${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const width = Math.max(...results.map((r) => r.name.length));
  console.log(
    `machine: ${machine}${smoke ? " (smoke run: tiny sizes, one run each)" : ` (median of ${RUNS} runs)`}`,
  );
  console.log(`${"measurement".padEnd(width)}  value      floor      ratio  target`);
  for (const r of results) {
    console.log(
      `${r.name.padEnd(width)}  ${`${r.value} ${r.unit}`.padEnd(9)}  ${`${r.floor ?? "-"} ${r.unit}`.padEnd(9)}  ${String(r.ratio ?? "-").padEnd(5)}  ${r.target}`,
    );
  }
  if (!smoke) writeFileSync(join(HERE, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  else writeFileSync(join(tmpdir(), "gitjit-bench-smoke.json"), `${JSON.stringify(results, null, 2)}\n`);
}

main();
