/** Runs the gitjit CLI in-process, capturing what it prints, as bin/gitjit.js would run it. */
import { main } from "../../src/cli/main.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    cwd: options.cwd,
    env: options.env ?? {},
  });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
