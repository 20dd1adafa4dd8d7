/** Real git repositories in a temporary folder: a bare repository as the remote, and clones of it. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TempGit {
  root: string;
  remote: string;
  /** A fresh clone of the remote (each call a new folder). */
  clone(name: string): string;
  /** A repository with no remote. */
  init(name: string): string;
  cleanup(): void;
}

export function gitSync(cwd: string, args: string[], input?: string): string {
  return execFileSync("git", args, { cwd, input, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] });
}

function configure(dir: string) {
  gitSync(dir, ["config", "user.name", "Test"]);
  gitSync(dir, ["config", "user.email", "test@example.com"]);
  gitSync(dir, ["config", "commit.gpgsign", "false"]);
}

export function tempGit(): TempGit {
  const root = mkdtempSync(join(tmpdir(), "gitjit-git-"));
  const remote = join(root, "remote.git");
  gitSync(root, ["init", "--quiet", "--bare", "--initial-branch=main", remote]);
  return {
    root,
    remote,
    clone(name) {
      const dir = join(root, name);
      gitSync(root, ["clone", "--quiet", remote, dir]);
      configure(dir);
      return dir;
    },
    init(name) {
      const dir = join(root, name);
      gitSync(root, ["init", "--quiet", "--initial-branch=main", dir]);
      configure(dir);
      return dir;
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
