/** Runs the CLI in-process against a directory, capturing what it prints. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { main } from "../../src/cli/main.js";

export const REPO_ROOT = resolve(import.meta.dirname, "..", "..");

export async function runCli(cwd: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env: {} });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** A repository on disk with the example policy and the given extra files. */
export function tempRepo(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "gitjit-plan-"));
  cpSync(join(REPO_ROOT, "policies"), join(root, "policies"), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
