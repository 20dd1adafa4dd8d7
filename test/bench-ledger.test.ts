/**
 * The benchmark's ledger generator writes a pack directly instead of one commit at a time; its
 * history must be exactly the one gitjit's own git store writes from the same events.
 */
import { execFileSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { simulateHistory } from "../bench/ledger-history.js";
import { writeLedger } from "../bench/ledger-writer.js";
import { GitLedgerStore } from "../src/adapters/git/ledger-store.js";
import { verifyLedger } from "../src/core/ledger/verify.js";
import { type TempGit, tempGit } from "./support/git-fixtures.js";

let repos: TempGit | undefined;
afterEach(() => repos?.cleanup());

describe("the benchmark's ledger generator", () => {
  it("writes, commit for commit, the history gitjit's git store writes from the same events", async () => {
    repos = tempGit();
    const history = simulateHistory({ grants: 24, months: 2 });
    const events = history.flatMap((c) => c.drafts.map((d) => d.event));
    expect(new Set(events)).toEqual(
      new Set(["apply-started", "granted", "expiry-warned", "expired", "revoked", "extended"]),
    );

    const generated = repos.init("generated");
    const written = writeLedger(generated, "gitjit-ledger", history);
    expect(written).toMatchObject({ commits: history.length, records: events.length });
    execFileSync("git", ["fsck", "--full", "--strict", "--no-dangling"], { cwd: generated, stdio: "pipe" });

    const real = repos.init("real");
    let now = new Date(0);
    const store = new GitLedgerStore({ repo: real, branch: "gitjit-ledger", now: () => now });
    for (const commit of history) {
      now = commit.at;
      await store.update(() => commit.drafts);
    }
    const tip = execFileSync("git", ["rev-parse", "gitjit-ledger"], { cwd: real, encoding: "utf8" }).trim();
    expect(written.tip).toBe(tip);

    const contents = await new GitLedgerStore({
      repo: generated,
      branch: "gitjit-ledger",
      now: () => now,
    }).contents();
    expect(contents.anchors).toHaveLength(history.length);
    expect(verifyLedger({ ...contents, now, graceMs: 0 }).problems).toEqual([]);
  }, 120_000);
});
