import { afterEach, describe, expect, it } from "vitest";
import { GitLedgerStore } from "../src/adapters/git/ledger-store.js";
import { readChain } from "../src/core/ledger/chain.js";
import { verifyLedger } from "../src/core/ledger/verify.js";
import { barrier } from "./support/barrier.js";
import { gitSync, type TempGit, tempGit } from "./support/git-fixtures.js";
import { entry, granted } from "./support/ledger-fixtures.js";

let repos: TempGit | undefined;
afterEach(() => repos?.cleanup());

const NOW = new Date("2026-12-01T09:00:00Z");
const store = (repo: string, extra: Partial<ConstructorParameters<typeof GitLedgerStore>[0]> = {}) =>
  new GitLedgerStore({ repo, branch: "gitjit-ledger", remote: "origin", now: () => NOW, ...extra });

describe("the git ledger store", () => {
  it("records a grant as an active file and a chained audit record, with trailers", async () => {
    repos = tempGit();
    const clone = repos.clone("a");
    const e = entry(1);
    const result = await store(clone).update(() => [granted(e)]);
    expect(result.records.map((r) => [r.seq, r.event, r.grant])).toEqual([[1, "granted", e.id]]);
    const files = gitSync(repos.remote, ["ls-tree", "-r", "--name-only", "gitjit-ledger"]).trim().split("\n");
    expect(files).toEqual(["audit/2026/12.jsonl", `ledger/active/${e.id}.json`]);
    const trailers = gitSync(repos.remote, [
      "log",
      "-1",
      "--format=%(trailers:key=Gitjit-Event,valueonly)%(trailers:key=Gitjit-Grant,valueonly)",
      "gitjit-ledger",
    ]);
    expect(trailers.trim().split("\n")).toEqual(["granted", e.id]);
  });

  it("loses no record when two writers race to push to the same remote", async () => {
    repos = tempGit();
    const a = repos.clone("a");
    const b = repos.clone("b");
    const fast = { backoff: { baseMs: 5, maxMs: 50 }, attempts: 100 };
    const writers = [store(a, fast), store(b, fast)];
    // Both writers read the same ledger before either publishes: one of them must lose the push.
    const bothRead = barrier(2);
    let raced = 0;
    await Promise.all(
      writers.map(async (writer, w) => {
        for (let i = 0; i < 12; i++) {
          const result = await writer.update(async () => {
            if (i === 0) await bothRead();
            return [granted(entry(w * 100 + i))];
          });
          if (result.attempts > 1) raced++;
        }
      }),
    );
    const fresh = repos.clone("check");
    const contents = await store(fresh).contents();
    const { records, broken } = readChain(contents.auditFiles);
    expect(broken).toBeUndefined();
    expect(records).toHaveLength(24);
    expect(new Set(records.map((r) => r.record.grant)).size).toBe(24);
    expect(contents.activeFiles).toHaveLength(24);
    expect(raced).toBeGreaterThan(0);
    const verified = verifyLedger({ ...contents, now: NOW, graceMs: 0 });
    expect(verified.problems).toEqual([]);
  }, 60_000);

  it("asks again from the newer ledger after losing a race, so an event is recorded once", async () => {
    repos = tempGit();
    const a = repos.clone("a");
    const b = repos.clone("b");
    // Expired an hour ago, so that both sweeps may record its expiry.
    const e = entry(7, { startsAt: "2026-12-01T07:00:00.000Z", expiresAt: "2026-12-01T08:00:00.000Z" });
    await store(a).update(() => [granted(e)]);
    const bothRead = barrier(2);
    let calls = 0;
    const expire = (s: GitLedgerStore) =>
      s.update(async (snap) => {
        if (++calls <= 2) await bothRead();
        return snap.entries.has(e.id)
          ? [{ event: "expired", grant: e.id, actor: "gitjit-sweep", data: {} }]
          : [];
      });
    // Two sweeps on two machines, a second apart, both seeing the grant as held.
    const later = () => new Date(NOW.getTime() + 1000);
    const [first, second] = await Promise.all([expire(store(a)), expire(store(b, { now: later }))]);
    expect(first.records.length + second.records.length).toBe(1);
    expect(calls).toBe(3); // the loser asked again, and found nothing left to record
    const contents = await store(repos.clone("check")).contents();
    expect(readChain(contents.auditFiles).records.map((r) => r.record.event)).toEqual(["granted", "expired"]);
    expect(contents.activeFiles).toEqual([]);
  }, 30_000);

  it("keeps a ledger in a repository without a remote, moving the branch by compare-and-swap", async () => {
    repos = tempGit();
    const local = repos.init("local");
    const s = new GitLedgerStore({ repo: local, branch: "gitjit-ledger", now: () => NOW });
    await Promise.all([1, 2, 3, 4].map((n) => s.update(() => [granted(entry(n))])));
    const contents = await s.contents();
    expect(readChain(contents.auditFiles).records).toHaveLength(4);
    expect(gitSync(local, ["rev-list", "--count", "gitjit-ledger"]).trim()).toBe("4");
    // Each commit's anchor names the chain's tip when it was made; left out when not asked for.
    expect(contents.anchors?.map((a) => a.seq)).toEqual([1, 2, 3, 4]);
    const light = await s.contents({ anchors: false });
    expect(light.anchors).toBeUndefined();
    expect(light.auditFiles).toEqual(contents.auditFiles);
  }, 30_000);
});
