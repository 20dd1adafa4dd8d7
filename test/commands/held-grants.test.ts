/**
 * Listing every grant the ledger branch holds (ledger/active/<id>.json), from a git branch on disk
 * and through GitHub's contents API: the same entries either way, at most `max` read.
 */
import { execFileSync } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitHubClient } from "../../src/adapters/github/client.js";
import { githubForge } from "../../src/adapters/github/forge.js";
import { gitRefFiles, type RepoFiles } from "../../src/adapters/repo-files.js";
import { listHeldGrants } from "../../src/commands/held-grants.js";
import { activePath } from "../../src/core/ledger/records.js";
import { LedgerError } from "../../src/core/ledger/store.js";
import { REPO } from "../support/github/gitjit-repo.js";
import { type GitHubServer, startGitHubServer } from "../support/github/server.js";
import { entry } from "../support/ledger-fixtures.js";
import { repoDir } from "../support/repo-dir.js";

const ENTRIES = [entry(1), entry(2), entry(3)];
const LEDGER: Record<string, string> = {
  ...Object.fromEntries(ENTRIES.map((e) => [activePath(e.id), `${JSON.stringify(e, null, 2)}\n`])),
  "ledger/active/README.txt": "not an entry\n",
  "ledger/active/old/gj-00000000000000000000.json": "{}\n",
  "audit/2026/12.jsonl": "",
};
const sortedIds = ENTRIES.map((e) => e.id).sort();

let server: GitHubServer;
beforeEach(async () => {
  server = await startGitHubServer();
});
afterEach(() => server.close());

/** The ledger branch as a git branch on disk, read as gitjit validate reads it. */
async function onDisk(files: Record<string, string>): Promise<RepoFiles> {
  const root = repoDir(files);
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: root });
  git("init", "-q", "-b", "gitjit-ledger");
  git("add", "-A");
  git("commit", "-qm", "ledger");
  return gitRefFiles(root, "gitjit-ledger");
}

/** The ledger branch on the GitHub test server, read through the contents API as a pull request job reads it. */
function onGitHub(files: Record<string, string>): RepoFiles {
  const repo = server.state.addRepo(REPO);
  repo.branches.set("gitjit-ledger", repo.commit(files));
  const forge = githubForge(createGitHubClient({ token: "t", baseUrl: server.url }), REPO);
  return forge.files("gitjit-ledger");
}

describe("listing the grants the ledger holds", () => {
  for (const [where, files] of [
    ["a git branch", onDisk],
    ["GitHub's contents API", async (f: Record<string, string>) => onGitHub(f)],
  ] as const) {
    it(`reads every entry of ledger/active/ from ${where}, and only entries`, async () => {
      const listed = await listHeldGrants(await files(LEDGER), { max: 100 });
      expect(listed.entries.map((e) => e.id)).toEqual(sortedIds);
      expect(listed.entries.find((e) => e.id === ENTRIES[0]?.id)).toEqual(ENTRIES[0]);
      expect(listed.unread).toBe(0);
    });

    it(`reads at most max entries from ${where} and counts the rest`, async () => {
      const listed = await listHeldGrants(await files(LEDGER), { max: 2 });
      expect(listed.entries.map((e) => e.id)).toEqual(sortedIds.slice(0, 2));
      expect(listed.unread).toBe(1);
    });

    it(`refuses an entry from ${where} that is not the grant its name says`, async () => {
      const forged = { ...LEDGER, [activePath("gj-11111111111111111111")]: JSON.stringify(entry(9)) };
      await expect(listHeldGrants(await files(forged), { max: 100 })).rejects.toBeInstanceOf(LedgerError);
    });
  }

  it("finds nothing held when there is no ledger branch", async () => {
    server.state.addRepo(REPO);
    const forge = githubForge(createGitHubClient({ token: "t", baseUrl: server.url }), REPO);
    expect(await listHeldGrants(forge.files("gitjit-ledger"), { max: 100 })).toEqual({
      entries: [],
      unread: 0,
    });
  });
});
