/**
 * Renders a plan: the Markdown a pull request comment shows (also readable in a terminal), or the
 * stable JSON. Request text is untrusted: it is only ever placed inside code spans and fences
 * long enough that nothing in it can close them.
 */
import type { PlannedGrant, PlanReport } from "../plan/plan.js";

const longestRun = (text: string) => Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));

/** Inline code that no backtick inside can end early. */
export function code(text: string): string {
  const ticks = "`".repeat(longestRun(text) + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${ticks}${pad}${text.replace(/\r?\n/g, " ")}${pad}${ticks}`;
}

/** A fenced block that no line inside can close. */
export function fence(text: string, info = ""): string {
  const ticks = "`".repeat(Math.max(3, longestRun(text) + 1));
  return `${ticks}${info}\n${text}\n${ticks}`;
}

const EXPIRY_WORDS = {
  native: "the platform itself ends it on time",
  sweep: "gitjit's sweep removes it (the platform cannot end it by itself)",
} as const;

function renderGrant(grant: PlannedGrant): string[] {
  const lines = [
    `### ${code(grant.request)}`,
    "",
    `- grant ${code(grant.id)}: ${code(grant.provider)} for ${code(grant.principal)}`,
    `- from ${grant.startsAt} until ${grant.expiresAt}; expiry: **${grant.expiry}**, ${EXPIRY_WORDS[grant.expiry]}`,
    ...grant.notes.map((n) => `- ${n}`),
  ];
  if (grant.error) {
    lines.push("", `**cannot be granted** (${code(grant.error.code)}): ${grant.error.message}`);
    return lines;
  }
  grant.operations.forEach((op, i) => {
    // A SQL statement reads best as SQL; every other body is JSON, exactly as sent.
    const body =
      typeof op.body === "string" && op.api === "sql"
        ? fence(op.body, "sql")
        : fence(JSON.stringify(op.body, null, 2), "json");
    lines.push("", `${i + 1}. ${code(op.api)}`, "", body);
  });
  return lines;
}

export function renderPlanText(report: PlanReport): string {
  const failed = report.grants.filter((g) => g.error).length;
  const summary =
    report.grants.length === 0
      ? "No requests to plan."
      : `${report.grants.length} grant${report.grants.length === 1 ? "" : "s"} planned against the policy from ${report.policyOrigin}${failed ? `; ${failed} cannot be granted` : ""}.`;
  return ["## gitjit plan", "", summary, ...report.grants.flatMap((g) => ["", ...renderGrant(g)])].join("\n");
}

export function renderPlanJson(report: PlanReport): string {
  return JSON.stringify(
    {
      grants: report.grants.map((g) => ({
        request: g.request,
        id: g.id,
        provider: g.provider,
        principal: g.principal,
        startsAt: g.startsAt,
        expiresAt: g.expiresAt,
        expiry: g.expiry,
        operations: g.operations,
        notes: g.notes,
        ...(g.error ? { error: g.error } : {}),
      })),
    },
    null,
    2,
  );
}
