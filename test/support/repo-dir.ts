/** Temporary repository folders on disk, removed after each test. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "vitest";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder holding `files` (path → text); removed when the test ends. */
export function repoDir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "gitjit-"));
  made.push(root);
  for (const [path, text] of Object.entries(files)) writeFiles(root, { [path]: text });
  return root;
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
