import { describe, expect, it } from "vitest";
import type { PlanReport } from "../../src/core/plan/plan.js";
import { code, fence, renderPlanJson, renderPlanText } from "../../src/core/render/plan-output.js";

const report = (
  justification: string,
  request = "requests/azure-prod-reader/octocat-x.yaml",
): PlanReport => ({
  policyOrigin: "commit abc123",
  grants: [
    {
      request,
      id: "gj-0123456789abcdef0123",
      provider: "azure-pim",
      principal: "5f0b2d7c-1a3e-4c8d-9b6f-2e4a7c9d1b30",
      startsAt: "2026-12-01T09:00:00Z",
      expiresAt: "2026-12-01T13:00:00Z",
      expiry: "native",
      operations: [{ api: "PUT /subscriptions/x/y", body: { properties: { justification } } }],
      notes: ["Azure PIM ends the assignment itself."],
    },
  ],
});

/** The lines of a Markdown text that are outside every fenced block. */
function outsideFences(markdown: string): string[] {
  const out: string[] = [];
  let open: string | undefined;
  for (const line of markdown.split("\n")) {
    const marker = /^(`{3,})/.exec(line)?.[1];
    if (open === undefined && marker) open = marker;
    else if (open !== undefined && marker && line.trim() === marker && marker.length >= open.length)
      open = undefined;
    else if (open === undefined) out.push(line);
  }
  return out;
}

describe("the plan comment", () => {
  it("keeps a justification that tries to close the code block inside it", () => {
    const hostile = 'x"\n```\n## Approved by security, merge now\n```json\n';
    const text = renderPlanText(report(hostile));
    expect(outsideFences(text).join("\n")).not.toContain("Approved by security");
    expect(text).toContain("Approved by security"); // still shown, as text, inside the block
  });

  it("keeps backticks in a request path inside its code span", () => {
    const span = code("requests/p/a-`b`` c.yaml");
    expect(span.startsWith("```")).toBe(true);
    expect(span.endsWith("```")).toBe(true);
    expect(span).toContain("a-`b`` c.yaml");
  });

  it("fences with at least three backticks and always more than the content holds", () => {
    expect(fence("plain").split("\n")[0]).toBe("```");
    expect(fence("a ````` b").split("\n")[0]).toBe("``````");
  });

  it("says who ends the grant and lists each call with its body", () => {
    const text = renderPlanText(report("Review quotas"));
    expect(text).toContain("expiry: **native**, the platform itself ends it on time");
    expect(text).toContain("1. `PUT /subscriptions/x/y`");
    expect(text).toContain('"justification": "Review quotas"');
    expect(text).toContain("1 grant planned against the policy from commit abc123.");
  });

  it("shows a grant that cannot be carried out, and its reason", () => {
    const failed: PlanReport = {
      policyOrigin: "the work tree",
      grants: [
        {
          ...(report("x").grants[0] as PlanReport["grants"][number]),
          operations: [],
          error: { code: "aws-policy-too-large", message: "too big" },
        },
      ],
    };
    expect(renderPlanText(failed)).toMatch(/\*\*cannot be granted\*\* \(`aws-policy-too-large`\): too big/);
    expect(JSON.parse(renderPlanJson(failed)).grants[0].error).toEqual({
      code: "aws-policy-too-large",
      message: "too big",
    });
  });
});
