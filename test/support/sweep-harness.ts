/** A sweep wired to real git (a bare remote and a clone) and the test platform. */
import { GitLedgerStore } from "../../src/adapters/git/ledger-store.js";
import { type SweepDeps, type SweepOptions, sweep } from "../../src/commands/sweep.js";
import { readChain } from "../../src/core/ledger/chain.js";
import type { LedgerTrust } from "../../src/core/ledger/guard.js";
import { type LedgerEntry, toSpec } from "../../src/core/ledger/records.js";
import type { ProviderId } from "../../src/core/model/schema.js";
import type { Notice } from "../../src/core/notify.js";
import { type TempGit, tempGit } from "./git-fixtures.js";
import { granted } from "./ledger-fixtures.js";
import { TestPlatform } from "./test-platform.js";

export class SweepHarness {
  readonly git: TempGit = tempGit();
  readonly platform = new TestPlatform();
  readonly notices: Notice[] = [];
  readonly loads: ProviderId[] = [];
  readonly sleeps: number[] = [];
  readonly logs: string[] = [];
  notifyFails = false;
  /** How every store of this harness verifies and signs (default: an unsigned ledger). */
  trust?: LedgerTrust;
  /** The default branch's history the sweep checks held grants' causes against (default: not checked). */
  causes?: SweepDeps["causes"];
  private clones = 0;

  store(now: Date, repo = this.git.clone(`runner-${++this.clones}`)) {
    return new GitLedgerStore({
      repo,
      branch: "gitjit-ledger",
      remote: "origin",
      now: () => now,
      backoff: { baseMs: 5, maxMs: 40 },
      ...(this.trust ? { trust: this.trust } : {}),
    });
  }

  /** Records the entries as granted and writes them on the platform, as apply would have. */
  async seed(entries: readonly LedgerEntry[], at: Date) {
    await this.store(at).update(() => entries.map((e) => granted(e)));
    for (const e of entries) this.platform.plant(toSpec(e));
  }

  options(now: Date, extra: Partial<SweepOptions> = {}): SweepOptions {
    return {
      now,
      dryRun: false,
      concurrency: 4,
      attempts: 3,
      backoff: { baseMs: 100, maxMs: 1000 },
      warnLeadMs: 15 * 60_000,
      reconcile: { scopes: [] },
      ...extra,
    };
  }

  /** `gate`, when given, holds the run after it has read the ledger, before any platform call. */
  run(now: Date, extra: Partial<SweepOptions> = {}, gate?: () => Promise<void>) {
    return sweep(this.options(now, extra), {
      store: this.store(now),
      provider: async (id) => {
        await gate?.();
        this.loads.push(id);
        return this.platform.provider();
      },
      notifier: {
        notify: async (notice) => {
          if (this.notifyFails) throw new Error("the chat service is down");
          this.notices.push(notice);
        },
      },
      random: () => 0.5,
      sleep: async (ms) => {
        this.sleeps.push(ms);
      },
      log: (m) => this.logs.push(m),
      ...(this.causes ? { causes: this.causes } : {}),
    });
  }

  async records(now = new Date()) {
    const contents = await this.store(now).contents();
    return { contents, ...readChain(contents.auditFiles) };
  }

  cleanup() {
    this.git.cleanup();
  }
}
