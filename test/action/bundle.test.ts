import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Metafile } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAction } from "../../scripts/build-action.mjs";
import { PROJECT_ROOT } from "../support/repo.js";

let meta: Metafile;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "gitjit-bundle-"));
  const result = await buildAction(dir, { metafile: true });
  if (!result.metafile) throw new Error("esbuild wrote no metafile");
  meta = result.metafile;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Heavy or platform code that validating a pull request must never load. */
const FORBIDDEN =
  /node_modules\/(@aws-sdk|@smithy|@google-cloud|google-auth-library|@azure|pg|pg-[a-z]+|@electric-sql)\//;
/** Ajv's compiler: the schemas are compiled ahead of time, never at start-up. */
const COMPILER = /node_modules\/ajv\/dist\/(core|ajv|compile)/;

/** Every output a set of outputs loads before running: the closure over static imports. */
function loadedWith(starts: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...starts];
  while (todo.length > 0) {
    const out = todo.pop() as string;
    if (seen.has(out)) continue;
    seen.add(out);
    for (const i of meta.outputs[out]?.imports ?? [])
      if (i.kind === "import-statement" && !i.external) todo.push(i.path);
  }
  return seen;
}

const outputFor = (entry: string) => {
  const found = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === entry);
  if (!found) throw new Error(`no chunk for ${entry}`);
  return found[0];
};
const inputsOf = (outputs: Set<string>) =>
  [...outputs].flatMap((o) => Object.keys(meta.outputs[o]?.inputs ?? {}));

describe("the action's bundle", () => {
  it("starts without a cloud SDK, a database driver or the schema compiler", () => {
    const start = loadedWith([outputFor("src/action/index.ts")]);
    expect(inputsOf(start).filter((i) => FORBIDDEN.test(i) || COMPILER.test(i))).toEqual([]);
  });

  it("validates a pull request without loading a cloud SDK or a database driver", () => {
    const path = loadedWith(
      [
        "src/action/index.ts",
        "src/adapters/github/client.ts",
        "src/adapters/github/forge.ts",
        "src/action/pull-request.ts",
      ].map(outputFor),
    );
    const inputs = inputsOf(path);
    expect(inputs).toContain("src/commands/approvals.ts");
    expect(inputs).toContain("src/providers/planners.ts");
    expect(inputs.filter((i) => FORBIDDEN.test(i) || COMPILER.test(i))).toEqual([]);
  });

  it("holds the SDKs and drivers apply and sweep load, each behind a dynamic import", () => {
    const everything = inputsOf(new Set(Object.keys(meta.outputs)));
    for (const sdk of [
      "@aws-sdk/client-iam",
      "@google-cloud/resource-manager",
      "@azure/arm-authorization",
      "pg",
    ])
      expect(
        everything.some((i) => i.includes(`node_modules/${sdk}/`)),
        sdk,
      ).toBe(true);
    // Apply's own code loads no provider until a grant needs one.
    const apply = loadedWith(
      ["src/action/push.ts", "src/action/granting.ts", "src/action/sweep.ts"].map(outputFor),
    );
    expect(inputsOf(apply).filter((i) => FORBIDDEN.test(i))).toEqual([]);
  });

  it("loads every provider from the bundle, as apply and sweep do on a runner", () => {
    // Bundled CommonJS reads __dirname and __filename as it loads (the Google client libraries do).
    // The provider modules the registry loads by id (`id: () => import("./….js")`).
    const registry = readFileSync(join(PROJECT_ROOT, "src/providers/registry.ts"), "utf8");
    const providers = [...registry.matchAll(/: \(\) => import\("\.\/([\w/-]+)\.js"\)/g)].map(
      (m) => `src/providers/${m[1]}.ts`,
    );
    expect(providers).toContain("src/providers/gcp/iam.ts");
    expect(providers.length).toBeGreaterThanOrEqual(8);
    const script = `for (const file of ${JSON.stringify(providers.map((p) => join(dir, outputFor(p).replace(/^.*?(chunks\/)/, "$1"))))}) {
      const loaded = await import(file);
      if (typeof loaded.default !== "function") throw new Error(file + " has no provider factory");
    }`;
    expect(() =>
      execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: tmpdir(), stdio: "pipe" }),
    ).not.toThrow();
  }, 30_000);
});
