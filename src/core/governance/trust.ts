/**
 * Governance provenance (trust rule 2): the policy judges requests only while every change to a
 * governance file that reached the default branch met the admins' rule. Pure: the changes come in
 * the order the default branch took them (first parent), each with its verdict.
 *
 * Trust is kept per file. Each governance file has a trusted content (as of the anchor, then as
 * each approved change left it). An unapproved change taints the files it changes; the taint goes
 * when the admins approve that change after the fact, or when an approved change (or any change)
 * puts the file back to its trusted content — a revert. An approved change to a tainted file does
 * not clear it: its reviewers approved a diff from content nobody approved.
 */

/** A git blob id, or null when the file is absent. */
export type BlobId = string | null;

export interface PathChange {
  path: string;
  before: BlobId;
  after: BlobId;
}

/** One first-parent commit of the default branch that changes governance files. */
export interface GovernanceChange {
  commit: string;
  /** Its first parent: the default branch just before it. */
  parent: string;
  paths: readonly PathChange[];
}

export interface ChangeVerdict {
  approved: boolean;
  /** The pull request that merged the change, when there is one. */
  pr?: number;
  approvers: string[];
  /** What was missing, in sentences (empty when approved). */
  missing: string[];
}

export interface UnapprovedChange {
  commit: string;
  pr?: number;
  missing: string[];
  /** The files it left differing from their approved content. */
  paths: string[];
}

export class GovernanceTrust {
  private readonly trusted = new Map<string, BlobId>();
  /** Tainted file → the unapproved change that tainted it. */
  private readonly tainted = new Map<string, { commit: string; pr?: number; missing: string[] }>();
  private lastCleanCommit: string;

  constructor(readonly anchor: string) {
    this.lastCleanCommit = anchor;
  }

  /** Every governance file holds the content the admins approved. */
  get clean(): boolean {
    return this.tainted.size === 0;
  }

  /** The newest commit at which the state was clean: its policy's admins judge while it is not. */
  get lastClean(): string {
    return this.lastCleanCommit;
  }

  apply(change: GovernanceChange, verdict: ChangeVerdict): void {
    for (const p of change.paths) {
      // A file first seen here was trusted as it was before this change (the anchor's content).
      if (!this.trusted.has(p.path)) this.trusted.set(p.path, p.before);
      const trusted = this.trusted.get(p.path) ?? null;
      if (p.after === trusted) this.tainted.delete(p.path);
      else if (verdict.approved && !this.tainted.has(p.path)) this.trusted.set(p.path, p.after);
      else if (!verdict.approved)
        this.tainted.set(p.path, {
          commit: change.commit,
          ...(verdict.pr !== undefined ? { pr: verdict.pr } : {}),
          missing: verdict.missing,
        });
    }
    if (this.clean) this.lastCleanCommit = change.commit;
  }

  /** The unapproved changes that keep files tainted, oldest first. */
  unapproved(): UnapprovedChange[] {
    const byCommit = new Map<string, UnapprovedChange>();
    for (const [path, taint] of this.tainted) {
      const known = byCommit.get(taint.commit);
      if (known) known.paths.push(path);
      else
        byCommit.set(taint.commit, {
          commit: taint.commit,
          ...(taint.pr !== undefined ? { pr: taint.pr } : {}),
          missing: taint.missing,
          paths: [path],
        });
    }
    return [...byCommit.values()].map((u) => ({ ...u, paths: u.paths.sort() }));
  }
}

/** One sentence naming what froze granting, for refusals and alerts. */
export function describeUnapproved(changes: readonly UnapprovedChange[]): string {
  const parts = changes.map((c) => {
    const where =
      c.pr !== undefined
        ? `pull request #${c.pr}, commit ${c.commit.slice(0, 12)}`
        : `commit ${c.commit.slice(0, 12)}`;
    const files =
      c.paths.length <= 3
        ? c.paths.join(", ")
        : `${c.paths.slice(0, 3).join(", ")} and ${c.paths.length - 3} more`;
    return `${where} changed ${files} without the admins' approval (${c.missing.join("; ") || "not approved"})`;
  });
  return `${parts.join("; ")}: granting is frozen until the admins approve ${changes.length === 1 ? "that change" : "those changes"} on ${changes.length === 1 ? "its" : "their"} pull request or revert ${changes.length === 1 ? "it" : "them"} through an approved pull request`;
}
