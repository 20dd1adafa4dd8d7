/** Runs the gitjit CLI in-process, as bin/gitjit.js does, capturing what it prints. */
import { main } from "../../src/cli/main.js";

export async function runCli(cwd: string, argv: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd,
    env: { ...env },
  });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
