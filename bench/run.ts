/**
 * `npm run bench`: measures each step against its floor or target on generated organisations and
 * writes bench/results.json. `--smoke` uses tiny sizes and one run, only to prove the runner works.
 * `--only NAME[,NAME]` runs some of them (validate, action, sweep, audit, approvals), leaving results.json alone.
 * Each measurement lives in its own module; this file only runs them and shows the table.
 */
import { writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchActionPullRequest } from "./action-pr.js";
import { benchApprovals } from "./approvals.js";
import { benchAudit } from "./audit.js";
import type { BenchContext, Measured } from "./measure.js";
import { benchSweep } from "./sweep.js";
import { renderTable } from "./table.js";
import { benchValidate } from "./validate.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..");

type Bench = (ctx: BenchContext) => Measured[] | Promise<Measured[]>;
const BENCHES: [string, Bench][] = [
  ["validate", benchValidate],
  ["action", benchActionPullRequest],
  ["sweep", benchSweep],
  ["audit", benchAudit],
  ["approvals", benchApprovals],
];

async function main() {
  const smoke = process.argv.includes("--smoke");
  const onlyAt = process.argv.indexOf("--only");
  const only = onlyAt === -1 ? undefined : (process.argv[onlyAt + 1] ?? "").split(",");
  const unknown = only?.filter((name) => !BENCHES.some(([n]) => n === name)) ?? [];
  if (unknown.length > 0) throw new Error(`--only: no measurement ${unknown.join(", ")}`);
  const ctx: BenchContext = {
    smoke,
    runs: smoke ? 1 : 5,
    root: ROOT,
    bin: join(ROOT, "bin", "gitjit.js"),
    log: (message) => process.stderr.write(`bench: ${message}\n`),
  };
  const load = loadavg()[0]?.toFixed(1);
  const results: Measured[] = [];
  for (const [name, bench] of BENCHES) {
    if (only && !only.includes(name)) continue;
    const start = Date.now();
    results.push(...(await bench(ctx)));
    ctx.log(`${name} done in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  }

  const machine = `${cpus()[0]?.model ?? "unknown CPU"} ×${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${load} at start`;
  const how = smoke ? "smoke run: tiny sizes, one run each" : `median of ${ctx.runs} runs`;
  console.log(renderTable(results, `machine: ${machine} (${how})`));
  const rows = results.map(({ met: _met, ...row }) => row);
  const out = smoke || only ? join(tmpdir(), "gitjit-bench-partial.json") : join(HERE, "results.json");
  writeFileSync(out, `${JSON.stringify(rows, null, 2)}\n`);
}

await main();
