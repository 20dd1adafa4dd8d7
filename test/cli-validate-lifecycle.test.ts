/** `gitjit validate` on revoke files and extensions: offline, and against a local ledger branch. */
import { describe, expect, it } from "vitest";
import { GitLedgerStore } from "../src/adapters/git/ledger-store.js";
import { runCli } from "./support/cli.js";
import { entry, granted } from "./support/ledger-fixtures.js";
import { tempRepo } from "./support/repo.js";

const NOW = ["--now", "2026-11-21T10:00:00Z"];
const HELD = entry(1, {
  requester: "octocat",
  principal: "octocat",
  startsAt: "2026-11-21T09:00:00.000Z",
  expiresAt: "2026-11-21T11:00:00.000Z",
});
const REVOKE = `revokes/${HELD.id}.yaml`;
const EXTENSION = "requests/prod-db-read/octocat-more.yaml";
const EXTEND = `profile: prod-db-read
requester: octocat
duration: 1h
justification: Investigate failed payouts reported in INC-4821
ticket: INC-4821
extends: ${HELD.id}
`;

function repoWith(files: Record<string, string>, ledger: boolean) {
  const repo = tempRepo({ git: true });
  for (const [path, text] of Object.entries(files)) repo.write(path, text);
  return { repo, ready: ledger ? hold(repo.root) : Promise.resolve() };
}

async function hold(root: string) {
  const store = new GitLedgerStore({ repo: root, branch: "gitjit-ledger", now: () => new Date() });
  await store.update(() => [granted(HELD)]);
}

describe("gitjit validate on revokes and extensions", () => {
  it("checks a revoke file's schema and path offline, and says the ledger is checked on the pull request", async () => {
    const { repo } = repoWith(
      {
        [REVOKE]: "requester: octocat\nreason: done\n",
        "revokes/not-a-grant.yaml": "requester: octocat\nreason: done\nextra: 1\n",
      },
      false,
    );
    const run = await runCli(["validate", "--author", "octocat", "--format", "json", ...NOW], {
      cwd: repo.root,
    });
    expect(run.code).toBe(1);
    const files = JSON.parse(run.stdout).files as {
      path: string;
      valid: boolean;
      errors: { code: string }[];
      warnings: { code: string }[];
    }[];
    expect(files.find((f) => f.path === REVOKE)).toMatchObject({
      valid: true,
      errors: [],
      warnings: [{ code: "ledger-unverified" }],
    });
    expect(files.find((f) => f.path === "revokes/not-a-grant.yaml")?.errors.map((e) => e.code)).toEqual([
      "unknown-field",
      "not-a-revoke-path",
    ]);
  });

  it("checks a revoke and an extension against the local ledger branch", async () => {
    const { repo, ready } = repoWith(
      {
        [REVOKE]: "requester: octocat\nreason: done\n",
        "revokes/gj-00000000000000000000.yaml": "requester: octocat\nreason: done\n",
        [EXTENSION]: EXTEND,
      },
      true,
    );
    await ready;
    const run = await runCli(["validate", "--author", "octocat", ...NOW], { cwd: repo.root });
    expect(run.stdout).toContain(
      "revokes/gj-00000000000000000000.yaml:1:1 error revoke-not-held: gj-00000000000000000000 is not an active grant",
    );
    expect(run.stdout).not.toContain(`${REVOKE}:`);
    expect(run.stdout).toContain(`${EXTENSION}: ok: postgres for octocat, 1h until 2026-11-21T12:00:00.000Z`);
    expect(run.code).toBe(1);

    const late = await runCli(["validate", EXTENSION, "--now", "2026-11-21T11:00:00Z"], { cwd: repo.root });
    expect(late.stdout).toContain(`${EXTENSION}:6:10 error extends-expired: ${HELD.id} expired at`);
    expect(late.code).toBe(1);
  });
});
