/** Runs git as a child process: arguments as an array (never a shell), optional input, no prompts. */
import { spawn } from "node:child_process";

export class GitError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly stderr: string,
    readonly stdout: string,
  ) {
    super(message);
  }
}

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number | null;
}

/** Runs git in `cwd`; resolves whatever the exit code (callers decide what a failure means). */
export function runGit(
  cwd: string,
  args: readonly string[],
  input?: string | Buffer,
  /** More environment (a credential for the remote, as GIT_CONFIG_* entries). */
  env: Readonly<Record<string, string>> = {},
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, {
      cwd,
      env: { ...process.env, ...env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8"), code }),
    );
    child.stdin.on("error", () => {}); // git may exit before reading all input; the exit code tells
    child.stdin.end(input ?? "");
  });
}

/** Runs git and returns its output as text; a non-zero exit is a GitError. */
export async function git(
  cwd: string,
  args: readonly string[],
  input?: string | Buffer,
  env?: Readonly<Record<string, string>>,
): Promise<string> {
  const result = await runGit(cwd, args, input, env);
  if (result.code !== 0)
    throw new GitError(
      `git ${args[0]} failed: ${result.stderr.trim() || `exit ${result.code}`}`,
      result.code,
      result.stderr,
      result.stdout.toString("utf8"),
    );
  return result.stdout.toString("utf8");
}

/** The commit a ref points at, or undefined when it does not exist. */
export async function resolveRef(cwd: string, ref: string): Promise<string | undefined> {
  const result = await runGit(cwd, [
    "rev-parse",
    "--verify",
    "--quiet",
    "--end-of-options",
    `${ref}^{commit}`,
  ]);
  return result.code === 0 ? result.stdout.toString("utf8").trim() : undefined;
}

export interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  path: string;
}

/** Every blob under `paths` in `commit`. */
export async function listTree(cwd: string, commit: string, paths: readonly string[]): Promise<TreeEntry[]> {
  const out = await git(cwd, ["ls-tree", "-r", "-z", "--full-tree", commit, "--", ...paths]);
  const entries: TreeEntry[] = [];
  for (const record of out.split("\0")) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(record);
    if (!match) continue;
    const [, mode, type, object, path] = match as unknown as [string, string, string, string, string];
    if (type === "blob") entries.push({ mode, type, object, path });
  }
  return entries;
}

/** Reads many blobs through one `git cat-file --batch`. */
export async function readBlobs(cwd: string, objects: readonly string[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  const wanted = [...new Set(objects)];
  if (wanted.length === 0) return blobs;
  const result = await runGit(cwd, ["cat-file", "--batch"], `${wanted.join("\n")}\n`);
  if (result.code !== 0)
    throw new GitError(`git cat-file failed: ${result.stderr.trim()}`, result.code, "", "");
  const out = result.stdout;
  let offset = 0;
  for (const object of wanted) {
    const newline = out.indexOf(10, offset);
    const header = out.subarray(offset, newline).toString("utf8");
    const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!match) throw new GitError(`git cat-file: cannot read ${object}: ${header}`, null, "", "");
    const size = Number(match[3]);
    blobs.set(object, out.subarray(newline + 1, newline + 1 + size));
    offset = newline + 1 + size + 1;
  }
  return blobs;
}

/** A commit's parents. */
export async function parentsOf(cwd: string, commit: string): Promise<string[]> {
  const out = await git(cwd, ["rev-list", "--parents", "-n", "1", commit, "--"]);
  return out.trim().split(/\s+/).slice(1);
}
