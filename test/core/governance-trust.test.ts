import { describe, expect, it } from "vitest";
import { parseChanges } from "../../src/commands/governance.js";
import { type ChangeVerdict, GovernanceTrust, type PathChange } from "../../src/core/governance/trust.js";

const approved: ChangeVerdict = { approved: true, pr: 1, approvers: ["sec-bob", "sec-carol"], missing: [] };
const unapproved = (pr?: number): ChangeVerdict => ({
  approved: false,
  ...(pr !== undefined ? { pr } : {}),
  approvers: [],
  missing: ["step 1: 1 more approval"],
});
let n = 0;
const change = (...paths: PathChange[]) => {
  n += 1;
  return { commit: `c${n}`.padEnd(40, "0"), parent: `c${n - 1}`.padEnd(40, "0"), paths };
};
const edit = (path: string, before: string | null, after: string | null): PathChange => ({
  path,
  before,
  after,
});

describe("governance trust, file by file", () => {
  it("stays clean while every change is approved", () => {
    const trust = new GovernanceTrust("anchor");
    trust.apply(change(edit("policies/a.yaml", "a1", "a2")), approved);
    trust.apply(change(edit("policies/a.yaml", "a2", "a3")), approved);
    expect(trust.clean).toBe(true);
    expect(trust.unapproved()).toEqual([]);
  });

  it("is tainted by an unapproved change, naming its commit, pull request and files", () => {
    const trust = new GovernanceTrust("anchor");
    const bad = change(edit("policies/a.yaml", "a1", "a2"), edit("CODEOWNERS", null, "o1"));
    trust.apply(bad, unapproved(7));
    expect(trust.clean).toBe(false);
    expect(trust.unapproved()).toEqual([
      {
        commit: bad.commit,
        pr: 7,
        missing: ["step 1: 1 more approval"],
        paths: ["CODEOWNERS", "policies/a.yaml"],
      },
    ]);
    expect(trust.lastClean).toBe("anchor");
  });

  it("does not let an approved change on top of an unapproved one clear it", () => {
    const trust = new GovernanceTrust("anchor");
    trust.apply(change(edit("policies/a.yaml", "a1", "evil")), unapproved());
    trust.apply(change(edit("policies/a.yaml", "evil", "evil-and-more")), approved);
    expect(trust.clean).toBe(false);
  });

  it("is cleared by a revert to the approved content, whoever made it, even with other approved changes between", () => {
    const trust = new GovernanceTrust("anchor");
    trust.apply(change(edit("policies/a.yaml", "a1", "evil")), unapproved());
    trust.apply(change(edit("policies/b.yaml", "b1", "b2")), approved);
    expect(trust.clean).toBe(false);
    const revert = change(edit("policies/a.yaml", "evil", "a1"));
    trust.apply(revert, approved);
    expect(trust.clean).toBe(true);
    expect(trust.lastClean).toBe(revert.commit);
  });

  it("keeps the approved content of each file: a later unapproved change back to an older approved content still taints", () => {
    const trust = new GovernanceTrust("anchor");
    trust.apply(change(edit("policies/a.yaml", "loose", "tight")), approved);
    trust.apply(change(edit("policies/a.yaml", "tight", "loose")), unapproved());
    expect(trust.clean).toBe(false);
  });

  it("taints only the files a change touched", () => {
    const trust = new GovernanceTrust("anchor");
    trust.apply(change(edit("policies/a.yaml", "a1", "evil")), unapproved());
    trust.apply(change(edit("policies/b.yaml", "b1", "b2")), approved);
    expect(trust.unapproved().flatMap((u) => u.paths)).toEqual(["policies/a.yaml"]);
  });

  it("treats a deletion like any other change", () => {
    const trust = new GovernanceTrust("anchor");
    trust.apply(change(edit("policies/a.yaml", "a1", null)), unapproved());
    expect(trust.clean).toBe(false);
    trust.apply(change(edit("policies/a.yaml", null, "a1")), unapproved());
    expect(trust.clean).toBe(true);
  });
});

describe("reading governance changes from git log --raw -z", () => {
  it("reads each commit's first parent and every file's blobs, with deletions and additions as null", () => {
    const a = "a".repeat(40);
    const b = "b".repeat(40);
    const z = "0".repeat(40);
    const blob1 = "1".repeat(40);
    const blob2 = "2".repeat(40);
    const log = [
      `\0${a} \0\n:000000 100644 ${z} ${blob1} A\0policies/a.yaml\0`,
      `\0${b} ${a}\0\n:100644 100644 ${blob1} ${blob2} M\0policies/a.yaml\0:100644 000000 ${blob2} ${z} D\0.github/CODEOWNERS\0`,
    ].join("");
    expect(parseChanges(log)).toEqual([
      { commit: a, parent: "", paths: [{ path: "policies/a.yaml", before: null, after: `100644:${blob1}` }] },
      {
        commit: b,
        parent: a,
        paths: [
          { path: "policies/a.yaml", before: `100644:${blob1}`, after: `100644:${blob2}` },
          { path: ".github/CODEOWNERS", before: `100644:${blob2}`, after: null },
        ],
      },
    ]);
  });

  it("keeps a path with spaces, colons and newlines whole", () => {
    const a = "a".repeat(40);
    const z = "0".repeat(40);
    const log = `\0${a} \0\n:000000 100644 ${z} ${"1".repeat(40)} A\0policies/x: y\nz.yaml\0`;
    expect(parseChanges(log)[0]?.paths[0]?.path).toBe("policies/x: y\nz.yaml");
  });
});
