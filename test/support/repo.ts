/** Temporary repositories on disk: a copy of the shipped example policy plus whatever a test writes. */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface TempRepo {
  root: string;
  write(path: string, content: string | Uint8Array): string;
  git(...args: string[]): string;
}

/** A folder holding the example policy (and, with `withRequests`, the example requests). */
export function tempRepo(options: { withRequests?: boolean; git?: boolean } = {}): TempRepo {
  const root = mkdtempSync(join(tmpdir(), "gitjit-test-"));
  made.push(root);
  cpSync(join(PROJECT_ROOT, "policies"), join(root, "policies"), { recursive: true });
  if (options.withRequests)
    cpSync(join(PROJECT_ROOT, "requests"), join(root, "requests"), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: root,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "t",
        GIT_AUTHOR_EMAIL: "t@example.com",
        GIT_COMMITTER_NAME: "t",
        GIT_COMMITTER_EMAIL: "t@example.com",
      },
    });
  if (options.git) {
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-qm", "initial policy");
  }
  return {
    root,
    git,
    write(path, content) {
      const abs = join(root, path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
      return path;
    },
  };
}
