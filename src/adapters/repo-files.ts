/**
 * Read-only views of a repository's files: the work tree, or a commit (so a pull request is
 * judged by its base, not by what it changes). Nothing here follows a symlink out of the repository.
 */
import { execFile } from "node:child_process";
import { type Dirent, lstatSync, readdirSync, readFileSync, type Stats } from "node:fs";
import { join, relative, sep } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type ReadResult =
  | { kind: "file"; bytes: Uint8Array }
  | { kind: "too-large"; size: number }
  | { kind: "missing" }
  | { kind: "not-a-file" };

export interface RepoFiles {
  /** Where the files come from, for messages: "the work tree" or "commit abc1234". */
  readonly origin: string;
  /** Files under `dir` (repository-relative, forward slashes), sorted. Empty if `dir` is absent. */
  list(dir: string): Promise<string[]>;
  /** The file's bytes, unless it is larger than `maxBytes` (then it is not read at all). */
  read(path: string, maxBytes: number): Promise<ReadResult>;
}

export class ConfigError extends Error {}

/** The same files, each listing and each read asked of `files` once (a run that reads a commit twice). */
export function cachedFiles(files: RepoFiles): RepoFiles {
  const lists = new Map<string, Promise<string[]>>();
  const reads = new Map<string, Promise<ReadResult>>();
  const once = <T>(cache: Map<string, Promise<T>>, key: string, ask: () => Promise<T>): Promise<T> => {
    let known = cache.get(key);
    if (!known) {
      known = ask();
      // A failed read is asked again next time, not remembered.
      known.catch(() => cache.delete(key));
      cache.set(key, known);
    }
    return known;
  };
  return {
    origin: files.origin,
    list: (dir) => once(lists, dir, () => files.list(dir)).then((paths) => [...paths]),
    read: (path, maxBytes) => once(reads, `${maxBytes}\0${path}`, () => files.read(path, maxBytes)),
  };
}

/** The work tree. Reads are synchronous: thousands of small files read faster without the thread pool. */
export function workTreeFiles(root: string): RepoFiles {
  return {
    origin: "the work tree",
    async list(dir) {
      const out: string[] = [];
      const walk = (abs: string) => {
        let entries: Dirent[];
        try {
          entries = readdirSync(abs, { withFileTypes: true });
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === "ENOENT" || code === "ENOTDIR") return;
          throw error;
        }
        for (const entry of entries) {
          const child = join(abs, entry.name);
          if (entry.isDirectory()) walk(child);
          else if (entry.isFile() || entry.isSymbolicLink())
            out.push(relative(root, child).split(sep).join("/"));
        }
      };
      walk(join(root, dir));
      return out.sort();
    },
    async read(path, maxBytes) {
      const abs = join(root, path);
      let info: Stats;
      try {
        info = lstatSync(abs);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
        throw error;
      }
      if (!info.isFile()) return { kind: "not-a-file" };
      if (info.size > maxBytes) return { kind: "too-large", size: info.size };
      return { kind: "file", bytes: readFileSync(abs) };
    },
  };
}

/** Files as of a commit. `ref` is passed to git as one argument, never through a shell. */
export async function gitRefFiles(root: string, ref: string): Promise<RepoFiles> {
  const git = (args: string[]) =>
    run("git", args, { cwd: root, maxBuffer: 256 * 1024 * 1024, encoding: "buffer" });
  let commit: string;
  try {
    if (ref.startsWith("-")) throw new Error("a ref cannot start with -");
    commit = (await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).stdout
      .toString()
      .trim();
  } catch {
    throw new ConfigError(`--base ${ref}: no such commit in ${root}`);
  }
  // One listing of the whole tree: mode, type, object, size and path for every blob.
  const entries = new Map<string, { mode: string; size: number; object: string }>();
  const listing = (await git(["ls-tree", "-r", "-l", "-z", "--full-tree", commit])).stdout.toString("utf8");
  for (const record of listing.split("\0")) {
    const match = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.*)$/s.exec(record);
    if (match?.[2] !== "blob") continue;
    const [, mode, , object, size, path] = match as unknown as string[];
    entries.set(path as string, { mode: mode as string, object: object as string, size: Number(size) });
  }
  return {
    origin: `commit ${commit.slice(0, 12)}`,
    async list(dir) {
      const prefix = dir.endsWith("/") ? dir : `${dir}/`;
      return [...entries.keys()].filter((p) => p.startsWith(prefix)).sort();
    },
    async read(path, maxBytes) {
      const entry = entries.get(path);
      if (!entry) return { kind: "missing" };
      if (entry.mode !== "100644" && entry.mode !== "100755") return { kind: "not-a-file" };
      if (entry.size > maxBytes) return { kind: "too-large", size: entry.size };
      const { stdout } = await git(["cat-file", "blob", entry.object]);
      return { kind: "file", bytes: new Uint8Array(stdout) };
    },
  };
}
