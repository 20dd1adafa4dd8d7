/** A ledger with a history, built through the same lifecycle calls the merge flow uses, on a clock the test moves. */
import { GitLedgerStore } from "../../src/adapters/git/ledger-store.js";
import { applyExtension, applyGrant, applyRevoke } from "../../src/commands/lifecycle.js";
import { sweep } from "../../src/commands/sweep.js";
import type { LedgerTrust } from "../../src/core/ledger/guard.js";
import type { Approval, LedgerEntry } from "../../src/core/ledger/records.js";
import { toSpec } from "../../src/core/ledger/records.js";
import { type TempGit, tempGit } from "./git-fixtures.js";
import { TestPlatform } from "./test-platform.js";

export class History {
  readonly git: TempGit = tempGit();
  readonly platform = new TestPlatform();
  readonly repo: string;
  now = new Date("2026-12-01T09:00:00Z");
  readonly store: GitLedgerStore;

  /** `trust`: the keys the ledger is verified with and the signer of what this history records. */
  constructor(trust?: LedgerTrust) {
    this.repo = this.git.clone("work");
    this.store = new GitLedgerStore({
      repo: this.repo,
      branch: "gitjit-ledger",
      remote: "origin",
      now: () => this.now,
      ...(trust ? { trust } : {}),
    });
  }

  at(iso: string) {
    this.now = new Date(iso);
    return this;
  }

  grant(entry: LedgerEntry) {
    this.requesters.set(entry.id, { profile: entry.profile, requester: entry.requester });
    return applyGrant(this.store, this.platform.provider(), {
      spec: toSpec(entry),
      approval: entry.approval,
      now: this.now,
    });
  }

  /** The requester of each grant made here, so that an extension is their request, as it must be. */
  private readonly requesters = new Map<string, { profile: string; requester: string }>();

  extend(
    id: string,
    to: string,
    approval: Approval,
    requestPath = `requests/${this.requesters.get(id)?.profile ?? "prod-db-read"}/${this.requesters.get(id)?.requester ?? "someone"}-ext-${to}.yaml`,
  ) {
    return applyExtension(this.store, this.platform.provider(), {
      grantId: id,
      requestPath,
      pr: 77,
      to,
      approval,
      now: this.now,
    });
  }

  revoke(id: string, by: string, approval: Approval = { mode: "self", approvers: [] }) {
    return applyRevoke(this.store, this.platform.provider(), {
      grantId: id,
      by,
      approval,
      requestPath: `revokes/${id}.yaml`,
      pr: 88,
      reason: "done early",
      now: this.now,
    });
  }

  sweep(iso: string) {
    this.at(iso);
    return sweep(
      {
        now: this.now,
        dryRun: false,
        concurrency: 2,
        attempts: 1,
        backoff: { baseMs: 1, maxMs: 1 },
        warnLeadMs: 0,
        reconcile: { scopes: [] },
      },
      {
        store: this.store,
        provider: async () => this.platform.provider(),
        notifier: { notify: async () => {} },
        random: () => 0,
        sleep: async () => {},
        log: () => {},
      },
    );
  }

  cleanup() {
    this.git.cleanup();
  }
}
