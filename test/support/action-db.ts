/**
 * The database the test policy's profiles name (connection: DB_URL), as PGlite in a folder that
 * the action's child process opens, so grants are real. Made once per test file and copied for
 * each test: creating a PGlite database takes seconds, copying its folder does not.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { closeEmbeddedDatabases, openDatabase } from "../../src/providers/postgres/database.js";

let template: Promise<string> | undefined;
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A database holding the role `readonly` and the login `octocat` (and no login `hubot`). */
export async function freshDatabase(): Promise<string> {
  template ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "gitjit-pglite-template-"));
    made.push(dir);
    const url = `pglite://${dir}`;
    const db = await openDatabase(url, "DB_URL");
    await db.query("CREATE ROLE readonly NOLOGIN");
    await db.query("CREATE ROLE octocat LOGIN");
    await closeEmbeddedDatabases(url);
    return dir;
  })();
  const dir = mkdtempSync(join(tmpdir(), "gitjit-pglite-"));
  made.push(dir);
  cpSync(await template, dir, { recursive: true });
  return `pglite://${dir}`;
}
