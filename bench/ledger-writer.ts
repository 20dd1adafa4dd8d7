/**
 * Writes a ledger branch from a simulated history, commit by commit exactly as gitjit's git store
 * would (the real planCommit numbers, chains and serialises the records and writes the message and
 * trailers; the real fold keeps ledger/active/), but straight into a pack instead of one
 * `git fast-import` per commit. Every commit holds the full tree of its time: each audit file as it
 * stood then.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { AUDIT_FILE, type ChainTip, type LedgerEntry } from "../src/core/ledger/records.js";
import { foldEvent } from "../src/core/ledger/state.js";
import { isActivePath, planCommit } from "../src/core/ledger/store.js";
import { PackWriter, treeData } from "./git-pack.js";
import type { HistoryCommit } from "./ledger-history.js";

/** The committer gitjit's git store signs its commits with by default. */
const COMMITTER = "gitjit <gitjit@users.noreply.github.com>";

interface Planned {
  seconds: number;
  message: string;
  /** The ledger/ tree at this commit, absent when nothing is held. */
  ledgerTree?: string;
  /** The audit file this commit appended to, and its length after. */
  month: string;
  length: number;
}

export interface WrittenLedger {
  commits: number;
  records: number;
  tip: string;
  /** The newest record's time. */
  lastAt: string;
}

export function writeLedger(repo: string, branch: string, history: readonly HistoryCommit[]): WrittenLedger {
  const gitDir = execFileSync("git", ["rev-parse", "--absolute-git-dir"], {
    cwd: repo,
    encoding: "utf8",
  }).trim();
  const pack = new PackWriter(join(gitDir, "objects", "pack"));
  const entries = new Map<string, LedgerEntry>();
  const active = new Map<string, string>(); // file name → blob
  const months = new Map<string, Buffer[]>();
  const lengths = new Map<string, number>();
  const planned: Planned[] = [];
  let tip: ChainTip | undefined;
  let records = 0;

  // Pass 1: the records, the active files and the ledger/ trees; the audit files grow in memory.
  for (const { at, drafts } of history) {
    const plan = planCommit({ commit: "-", entries, tip }, drafts, at);
    for (const record of plan.records) {
      const misfit = foldEvent(entries, record, record.at);
      if (misfit) throw new Error(`the simulated history does not fit: ${misfit}`);
    }
    records += plan.records.length;
    const last = plan.records.at(-1);
    if (last) tip = { seq: last.seq, hash: last.hash, at: last.at };
    let month = "";
    for (const change of plan.changes) {
      if (isActivePath(change.path)) {
        const name = change.path.slice(change.path.lastIndexOf("/") + 1);
        if (change.content === undefined) active.delete(name);
        else {
          active.set(name, pack.add("blob", Buffer.from(change.content)));
          // The git store reads entries back from these files: hold them as read, key order and all.
          const stored = JSON.parse(change.content) as LedgerEntry;
          entries.set(stored.id, stored);
        }
      } else if (AUDIT_FILE.test(change.path)) {
        const bytes = Buffer.from(change.content ?? "");
        months.set(change.path, [...(months.get(change.path) ?? []), bytes]);
        lengths.set(change.path, (lengths.get(change.path) ?? 0) + bytes.length);
        month = change.path;
      } else throw new Error(`unexpected change to ${change.path}`);
    }
    const activeTree =
      active.size > 0
        ? pack.add("tree", treeData([...active].map(([name, object]) => ({ name, tree: false, object }))))
        : undefined;
    planned.push({
      seconds: Math.floor(at.getTime() / 1000),
      message: plan.message,
      ledgerTree:
        activeTree && pack.add("tree", treeData([{ name: "active", tree: true, object: activeTree }])),
      month,
      length: lengths.get(month) ?? 0,
    });
  }

  // Each audit file whole, then every commit's tree with each file as long as it was then.
  const finals = new Map<string, { data: Buffer; object: string }>();
  for (const [path, chunks] of months) {
    const data = Buffer.concat(chunks);
    finals.set(path, { data, object: pack.add("blob", data) });
  }
  const seen: string[] = []; // audit files in order of first appearance
  let parent: string | undefined;
  for (const commit of planned) {
    if (!seen.includes(commit.month)) seen.push(commit.month);
    const current = finals.get(commit.month) as { data: Buffer; object: string };
    const version = pack.addPrefix(current.object, current.data, commit.length);
    const years = new Map<string, { name: string; tree: boolean; object: string }[]>();
    for (const path of seen) {
      const [, year, month] = AUDIT_FILE.exec(path) as RegExpExecArray;
      const object = path === commit.month ? version : (finals.get(path) as { object: string }).object;
      years.set(year as string, [
        ...(years.get(year as string) ?? []),
        { name: `${month}.jsonl`, tree: false, object },
      ]);
    }
    const audit = pack.add(
      "tree",
      treeData(
        [...years].map(([year, files]) => ({
          name: year,
          tree: true,
          object: pack.add("tree", treeData(files)),
        })),
      ),
    );
    const root = pack.add(
      "tree",
      treeData([
        { name: "audit", tree: true, object: audit },
        ...(commit.ledgerTree ? [{ name: "ledger", tree: true, object: commit.ledgerTree }] : []),
      ]),
    );
    const who = `${COMMITTER} ${commit.seconds} +0000`;
    parent = pack.add(
      "commit",
      Buffer.from(
        `tree ${root}\n${parent ? `parent ${parent}\n` : ""}author ${who}\ncommitter ${who}\n\n${commit.message}`,
      ),
    );
  }
  pack.finish();
  if (!parent || !tip) throw new Error("an empty history");
  execFileSync("git", ["update-ref", `refs/heads/${branch}`, parent], { cwd: repo });
  return { commits: planned.length, records, tip: parent, lastAt: tip.at };
}
