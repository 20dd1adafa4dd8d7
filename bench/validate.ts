/**
 * Items 1 and 2: `gitjit validate` on one request and on every request of a large organisation,
 * each against its floor (bench/floor.mjs: read, parse and schema-check with the same libraries).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BenchContext, type Measured, ratioOf, timeProcess } from "./measure.js";
import { FULL, generateOrg, SMOKE } from "./org.js";

const NOW = "2026-11-21T10:00:00Z";

function compare(name: string, value: number, floor: number, limit: number): Measured {
  const ratio = ratioOf(value, floor);
  return { name, value, unit: "ms", floor, ratio, target: `≤ ${limit}× floor`, met: ratio <= limit };
}

export function benchValidate(ctx: BenchContext): Measured[] {
  const size = ctx.smoke ? SMOKE : FULL;
  const dir = mkdtempSync(join(tmpdir(), "gitjit-bench-validate-"));
  const floorScript = join(ctx.root, "bench", "floor.mjs");
  try {
    const { requestPaths } = generateOrg(dir, size);
    const one = requestPaths[Math.floor(requestPaths.length / 2)] as string;
    const author = /\/(user-\d+)-r\d+\.yaml$/.exec(one)?.[1] as string;

    const label = `${size.requests} requests, ${size.profiles} profiles, ${size.identities} identities`;
    const oneFile = timeProcess([ctx.bin, "validate", one, "--author", author, "--now", NOW], dir, ctx.runs);
    const oneFloor = timeProcess([floorScript, dir, one], dir, ctx.runs);
    const all = timeProcess([ctx.bin, "validate", "--now", NOW], dir, ctx.runs);
    const allFloor = timeProcess([floorScript, dir], dir, ctx.runs);
    return [
      compare(`validate one request (${label}): gitjit validate FILE`, oneFile, oneFloor, 2),
      compare(`validate all ${size.requests} requests: gitjit validate`, all, allFloor, 1.5),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
