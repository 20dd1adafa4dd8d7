/**
 * The impact of a policy change as Markdown: policy text comes from the pull request's head, so
 * whatever it holds stays text; loosening comes first, each line marked; every list is bounded.
 */
import { describe, expect, it } from "vitest";
import { checkPullRequest } from "../../src/core/approval/pull-request-check.js";
import type { ApprovalReport } from "../../src/core/approval/report.js";
import type { PolicyImpact } from "../../src/core/policy/impact.js";
import { policyImpact } from "../../src/core/policy/impact.js";
import { compilePolicy } from "../../src/core/policy/policy.js";
import { MAX_COMMENT } from "../../src/core/render/markdown.js";
import { renderPolicyImpact } from "../../src/core/render/policy-impact.js";
import {
  renderPullRequestComment,
  renderPullRequestSummary,
} from "../../src/core/render/pull-request-comment.js";

const HOSTILE =
  "</details><img src=x onerror=alert(1)> @sec-alice [x](https://evil.test) | ``` `code` **b** <!-- c -->";
const RAW = ["<img", "</details><img", "@sec-alice", "[x](", "https://evil", "**b**", "<!--", "`code`"];

const empty = (): PolicyImpact => ({ items: [], people: [], unresolvedTeams: [], codeowners: [] });

/** The rendered text outside gitjit's own tags and fences. */
const rendered = (impact: PolicyImpact, limit?: number) =>
  renderPolicyImpact(impact, { ...(limit ? { limit } : {}), base: "abc", head: "def" }).join("\n");

describe("the rendered impact of a policy change", () => {
  it("keeps hostile names as text: Markdown, backticks, HTML, mentions and links", () => {
    const impact: PolicyImpact = {
      items: [
        {
          direction: "loosened",
          area: "grant",
          subject: HOSTILE,
          subjectKind: "profile",
          says: ["the grant's ", { code: HOSTILE }, " is ", { code: "```\n</code>" }, ` ${HOSTILE}`],
        },
        {
          direction: "tightened",
          area: "identity",
          subject: HOSTILE,
          subjectKind: "person",
          says: [{ code: HOSTILE }],
        },
        { direction: "neutral", area: "approval", subject: HOSTILE, subjectKind: "team", says: [HOSTILE] },
      ],
      people: [{ login: HOSTILE, gains: [HOSTILE], loses: [HOSTILE] }],
      unresolvedTeams: [HOSTILE],
      grants: {
        touched: [
          {
            id: HOSTILE,
            profile: HOSTILE,
            requester: HOSTILE,
            principal: HOSTILE,
            expiresAt: HOSTILE,
            reasons: [[HOSTILE, { code: HOSTILE }]],
          },
        ],
        read: 1,
        unread: 0,
      },
      codeowners: [{ pattern: "/requests/x/", before: [HOSTILE], after: ["````", HOSTILE] }],
    };
    const md = rendered(impact);
    const [outside = "", fenced = ""] = md.split("<details>");
    for (const raw of RAW) expect(outside).not.toContain(raw);
    expect(outside).toContain("&lt;/details&gt;&lt;img src=x onerror=alert\\(1\\)&gt;");
    // No table cell is closed early, no line starts a heading or a list of the policy's making.
    const rows = md.split("\n").filter((l) => l.startsWith("| "));
    expect(rows.map((r) => r.split(/(?<!\\)\|/).length)).toEqual(rows.map(() => 7));
    // The CODEOWNERS lines sit in a fence longer than any run of backticks in them, and nothing closes <details> early.
    const opening = /\n(`{3,})diff\n/.exec(fenced)?.[1] ?? "";
    expect(opening.length).toBeGreaterThan(4);
    const inside = fenced.slice(fenced.indexOf("diff\n") + 5, fenced.lastIndexOf(`\n${opening}\n`));
    expect(inside).toContain(`+ /requests/x/  \`\`\`\` ${HOSTILE}`);
    expect(inside).not.toContain(`\n${opening}`);
    const unfenced = md.replace(inside, "");
    expect(unfenced.match(/<\/details>/g)).toEqual(["</details>"]);
    expect(md.trimEnd().endsWith("</details>")).toBe(true);
  });

  it("keeps hostile policy text as text when it comes from a real head policy", () => {
    const policy = (pattern: string, resource: string) =>
      compilePolicy([
        {
          path: "policies/p.yaml",
          content: `version: 1
admins: { groups: [sec], count: 1 }
groups:
  sec: { members: [sec-a] }
profiles:
  s3:
    eligible: [sec]
    grant: { provider: aws-iam, account: "111122223333", statements: [{ actions: ["s3:GetObject"], resources: [${JSON.stringify(resource)}] }] }
    duration: { default: 1h, max: 2h }
    ticket: { required: true, pattern: ${JSON.stringify(pattern)} }
    approval: { steps: [{ groups: [sec], count: 1 }] }
`,
        },
      ]);
    const base = policy("INC-[0-9]+", "arn:aws:s3:::logs/*");
    const head = policy(
      "INC-1|<img src=x onerror=alert\\(1\\)>|`{3}",
      "arn:aws:s3:::`</code><script>alert(1)</script>",
    );
    expect(base.errors).toEqual([]);
    expect(head.errors).toEqual([]);
    const md = rendered(policyImpact(base.policy, head.policy, { policyDir: "policies" }));
    for (const raw of ["<img", "<script", "`</code>"]) expect(md).not.toContain(raw);
    expect(md).toContain("&lt;script&gt;alert\\(1\\)&lt;/script&gt;");
    expect(md).toContain("&lt;img src=x onerror=alert\\\\\\(1\\\\\\)&gt;");
  });

  it("puts what loosens first, every loosening line marked, and nothing else marked", () => {
    const impact: PolicyImpact = {
      ...empty(),
      items: [
        {
          direction: "loosened",
          area: "approval",
          subject: "prod-db",
          subjectKind: "profile",
          says: ["step 1 needs 1 approval instead of 2"],
        },
        {
          direction: "tightened",
          area: "duration",
          subject: "prod-db",
          subjectKind: "profile",
          says: ["the maximum duration is 2h instead of 4h"],
        },
        {
          direction: "neutral",
          area: "approval",
          subject: "admins",
          subjectKind: "admins",
          says: ["same people"],
        },
      ],
      people: [{ login: "sre-sam", gains: ["prod-db"], loses: ["sandbox"] }],
    };
    const lines = renderPolicyImpact(impact);
    const loosens = lines.findIndex((l) => l.startsWith("##### ⚠️ Loosens"));
    const tightens = lines.findIndex((l) => l.startsWith("##### Tightens"));
    const neutral = lines.findIndex((l) => l.startsWith("##### Changes nothing allowed"));
    expect(loosens).toBeGreaterThan(0);
    expect(tightens).toBeGreaterThan(loosens);
    expect(neutral).toBeGreaterThan(tightens);
    const items = (from: number, to: number) => lines.slice(from, to).filter((l) => l.startsWith("- "));
    expect(items(loosens, tightens)).toEqual([
      "- ⚠️ **approval** · profile <code>prod\\-db</code>: step 1 needs 1 approval instead of 2",
      "- ⚠️ **eligibility** · <code>sre\\-sam</code> becomes eligible for <code>prod\\-db</code>",
    ]);
    expect(items(tightens, lines.length).every((l) => !l.includes("⚠️"))).toBe(true);
    expect(items(tightens, neutral)).toContain(
      "- **eligibility** · <code>sre\\-sam</code> is no longer eligible for <code>sandbox</code>",
    );
    expect(lines).toContain(
      "From the base policy to the head's: **⚠️ 2 loosening** · 2 tightening · 1 neutral.",
    );
  });

  it("says so when nothing the policy allows changes", () => {
    expect(rendered(empty())).toContain("Nothing the policy allows changes");
    expect(rendered(empty())).not.toContain("#####");
  });

  it("cuts every list at its limit and says how many more, with the command that shows them all", () => {
    const people = Array.from({ length: 120 }, (_, i) => ({
      login: `user-${i}`,
      gains: ["prod-db"],
      loses: [],
    }));
    const lines = renderPolicyImpact(
      {
        ...empty(),
        people,
        codeowners: people.map((p) => ({ pattern: `/requests/${p.login}/`, after: ["@x"] })),
      },
      { limit: 50, base: "abc", head: "def" },
    );
    expect(lines.filter((l) => l.startsWith("- ⚠️ **eligibility**"))).toHaveLength(50);
    expect(lines).toContain(
      "- … and 70 more (all of them: <code>gitjit impact \\-\\-base abc \\-\\-head def</code>)",
    );
    expect(lines.join("\n")).toContain("\n# … and 70 more\n");
    expect(lines.join("\n").length).toBeLessThan(10_000);
  });

  it("cuts a long CODEOWNERS line, and says which owners it adds and drops", () => {
    const owners = Array.from({ length: 300 }, (_, i) => `@dba-${i}`);
    const md = rendered({
      ...empty(),
      codeowners: [{ pattern: "/requests/dba/", before: owners, after: [...owners.slice(1), "@newbie"] }],
    });
    const lines = md.split("\n");
    const cut = lines.filter((l) => l.startsWith("- /requests/dba/") || l.startsWith("+ /requests/dba/"));
    expect(cut).toHaveLength(2);
    for (const l of cut) expect(l).toMatch(/ … \(300 owners\)$/);
    expect(cut.every((l) => l.length < 220)).toBe(true);
    expect(lines).toContain("#   /requests/dba/ adds @newbie; drops @dba-0");
  });

  it("fits the pull request comment with shorter lists when the full ones would crowd it out, keeping the rest of the comment", () => {
    const profiles = Array.from({ length: 30 }, (_, i) => `profile-with-a-rather-long-name-${i}`);
    const impact: PolicyImpact = {
      ...empty(),
      items: profiles.map((p) => ({
        direction: "loosened" as const,
        area: "approval" as const,
        subject: p,
        subjectKind: "profile" as const,
        says: [
          "step 1 may now be approved by ",
          ...profiles.slice(0, 10).flatMap((n) => [{ code: n }, ", "]),
        ],
      })),
      people: Array.from({ length: 3000 }, (_, i) => ({
        login: `person-${i}`,
        gains: profiles,
        loses: profiles,
      })),
    };
    const report: ApprovalReport = {
      repository: "acme/access",
      pullRequest: 7,
      url: "https://github.test/acme/access/pull/7",
      author: "sec-alice",
      headSha: "b".repeat(40),
      baseSha: "a".repeat(40),
      satisfied: false,
      summary: "Waiting: step 1: 2 more approvals",
      problems: [],
      subjects: [{ subject: "governance", kind: "governance", errors: [] }],
      files: [],
      warnings: [],
    };
    const check = checkPullRequest(
      report,
      { title: "Loosen", headRef: "x", baseRef: "main" },
      [],
      {},
      impact,
    );
    const comment = renderPullRequestComment(check);
    expect(comment.length).toBeLessThan(MAX_COMMENT - 1_000);
    expect(comment).toContain("<sub>Waiting: step 1: 2 more approvals</sub>");
    expect(comment).not.toContain("The rest is cut");
    // Lists of 50 would not fit in the comment's share; lists of 20 do.
    const people = (md: string) => md.split("\n").filter((l) => l.startsWith("- ⚠️ **eligibility**")).length;
    expect(people(comment)).toBe(20);
    expect(comment).toContain("- … and 2980 more");
    // The summary has room for longer lists.
    expect(people(renderPullRequestSummary(check))).toBe(100);
  });
});
