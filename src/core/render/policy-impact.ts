/**
 * The impact of a policy change as Markdown, for the governance pull request's comment and job
 * summary (and `gitjit impact`): what loosens first, each line marked ⚠️, then what tightens, then
 * what changes nothing allowed; the active grants the change touches; the CODEOWNERS lines that
 * change. Every list is cut at `limit` lines with "and N more". Policy text comes from the pull
 * request's head, so every value goes through ./markdown.ts, and fences are longer than any run
 * of backticks inside them. Pure.
 */
import type { Direction, ImpactItem, Part, PersonImpact, PolicyImpact } from "../policy/impact.js";
import { names } from "../policy/impact-rules.js";
import { code, table, text } from "./markdown.js";
import { fence } from "./plan-output.js";

export interface ImpactRenderOptions {
  /** The most lines of each list; the rest is counted. Default 50. */
  limit?: number;
  /** The commits compared, for the command that shows everything. */
  base?: string;
  head?: string;
}

export const LOOSENS = "⚠️";

/** gitjit's own words, escaped like any text, with the spaces that join them to the next part kept. */
function words(s: string): string {
  const flat = s.replace(/[\p{Cc}]+/gu, " ");
  const lead = /^ */.exec(flat)?.[0] ?? "";
  const trail = flat.trim() === "" ? "" : (/ *$/.exec(flat)?.[0] ?? "");
  return `${lead}${text(flat)}${trail}`;
}

export const renderParts = (parts: readonly Part[]): string =>
  parts.map((p) => (typeof p === "string" ? words(p) : code(p.code))).join("");

/** The parts as plain text, for the CLI's text output and for tests. */
export const plainParts = (parts: readonly Part[]): string =>
  parts.map((p) => (typeof p === "string" ? p : p.code)).join("");

function subject(item: ImpactItem): string {
  switch (item.subjectKind) {
    case "admins":
      return "the admins' rule";
    case "profile":
      return `profile ${code(item.subject)}`;
    case "team":
      return `team ${code(item.subject)}`;
    case "person":
      return code(item.subject);
    case "ledger-key":
      return `ledger key ${code(item.subject)}`;
  }
}

const mark = (direction: Direction) => (direction === "loosened" ? `${LOOSENS} ` : "");

function itemLine(item: ImpactItem): string {
  return `- ${mark(item.direction)}**${item.area}** · ${subject(item)}: ${renderParts(item.says)}`;
}

function personLine(p: PersonImpact, direction: "loosened" | "tightened"): string {
  const profiles = direction === "loosened" ? p.gains : p.loses;
  const verb = direction === "loosened" ? " becomes eligible for " : " is no longer eligible for ";
  return `- ${mark(direction)}**eligibility** · ${renderParts([{ code: p.login }, verb, ...names(profiles)])}`;
}

function capped(lines: readonly string[], limit: number, more: string): string[] {
  if (lines.length <= limit) return [...lines];
  return [...lines.slice(0, limit), `- … and ${lines.length - limit} more${more}`];
}

const HEADINGS: Record<Direction, string> = {
  loosened: `##### ${LOOSENS} Loosens: the head allows what the base did not`,
  tightened: "##### Tightens: the base allowed what the head does not",
  neutral: "##### Changes nothing allowed",
};

export function impactCounts(impact: PolicyImpact): Record<Direction, number> {
  const count = (d: Direction) => impact.items.filter((i) => i.direction === d).length;
  return {
    loosened: count("loosened") + impact.people.filter((p) => p.gains.length > 0).length,
    tightened: count("tightened") + impact.people.filter((p) => p.loses.length > 0).length,
    neutral: count("neutral"),
  };
}

export function renderPolicyImpact(impact: PolicyImpact, options: ImpactRenderOptions = {}): string[] {
  const limit = options.limit ?? 50;
  const more =
    options.base !== undefined && options.head !== undefined
      ? ` (all of them: ${code(`gitjit impact --base ${options.base} --head ${options.head}`)})`
      : "";
  const counts = impactCounts(impact);
  const lines = ["#### What this change does to the policy", ""];
  if (counts.loosened + counts.tightened + counts.neutral === 0)
    lines.push(
      "Nothing the policy allows changes: who may request what, who approves, for how long and what is granted stay as they are.",
    );
  else
    lines.push(
      `From the base policy to the head's: ${counts.loosened > 0 ? `**${LOOSENS} ${counts.loosened} loosening**` : "nothing loosens"} · ${counts.tightened} tightening · ${counts.neutral} neutral.`,
    );

  for (const direction of ["loosened", "tightened", "neutral"] as const) {
    const items = impact.items.filter((i) => i.direction === direction).map(itemLine);
    const people =
      direction === "neutral"
        ? []
        : impact.people
            .filter((p) => (direction === "loosened" ? p.gains : p.loses).length > 0)
            .map((p) => personLine(p, direction));
    if (items.length + people.length === 0) continue;
    lines.push("", HEADINGS[direction], "", ...capped(items, limit, more), ...capped(people, limit, more));
  }

  if (impact.unresolvedTeams.length > 0)
    lines.push(
      "",
      `_Teams whose members could not be read: ${renderParts(names(impact.unresolvedTeams))}. A change through them is named by team, not per person, and someone listed by name may already have been eligible through one of them._`,
    );
  lines.push(...renderGrants(impact, limit, more), ...renderCodeowners(impact, limit));
  return lines;
}

function renderGrants(impact: PolicyImpact, limit: number, more: string): string[] {
  const grants = impact.grants;
  if (!grants) return [];
  const lines: string[] = [];
  if (grants.touched.length > 0) {
    const rows = grants.touched.map((g) => [
      code(g.id),
      code(g.profile),
      `${code(g.requester)} → ${code(g.principal)}`,
      text(g.expiresAt),
      g.reasons.map(renderParts).join("; "),
    ]);
    lines.push(
      "",
      "##### Active grants this change touches",
      "",
      "The change does not end them: each keeps what it was given until it ends. A pull request adding `revokes/<grant id>.yaml` ends one early.",
      "",
      ...table(["grant", "profile", "requester → principal", "ends", "what changes"], rows.slice(0, limit)),
    );
    if (rows.length > limit) lines.push("", `… and ${rows.length - limit} more${more}`);
  }
  if (grants.unread > 0)
    lines.push(
      "",
      `_${grants.unread} more grant${grants.unread === 1 ? "" : "s"} the ledger holds ${grants.unread === 1 ? "was" : "were"} not read (${grants.read} were), so ${grants.unread === 1 ? "it is" : "they are"} not checked here._`,
    );
  return lines;
}

/** A CODEOWNERS line longer than this is cut, and the owners it adds and drops are said below it. */
const CODEOWNERS_LINE = 200;

function renderCodeowners(impact: PolicyImpact, limit: number): string[] {
  const changes = impact.codeowners;
  if (changes.length === 0) return [];
  const line = (sign: string, pattern: string, owners: readonly string[]) => {
    const full = `${sign} ${pattern}  ${owners.length > 0 ? owners.join(" ") : "(no owners)"}`;
    if (full.length <= CODEOWNERS_LINE) return { text: full, cut: false };
    const space = full.lastIndexOf(" ", CODEOWNERS_LINE);
    const shown = full.slice(0, space > 0 ? space : CODEOWNERS_LINE);
    return { text: `${shown} … (${owners.length} owners)`, cut: true };
  };
  const lines: string[] = [];
  for (const c of changes.slice(0, limit)) {
    const before = c.before && line("-", c.pattern, c.before);
    const after = c.after && line("+", c.pattern, c.after);
    if (before) lines.push(before.text);
    if (after) lines.push(after.text);
    if (c.before && c.after && (before?.cut || after?.cut)) {
      const was = new Set(c.before.map((o) => o.toLowerCase()));
      const is = new Set(c.after.map((o) => o.toLowerCase()));
      const adds = c.after.filter((o) => !was.has(o.toLowerCase()));
      const drops = c.before.filter((o) => !is.has(o.toLowerCase()));
      lines.push(`#   ${c.pattern} adds ${list(adds)}; drops ${list(drops)}`);
    }
  }
  if (changes.length > limit) lines.push(`# … and ${changes.length - limit} more`);
  return [
    "",
    `<details><summary>CODEOWNERS: the owners of ${changes.length} pattern${changes.length === 1 ? "" : "s"} in the generated gitjit section change</summary>`,
    "",
    fence(lines.join("\n"), "diff"),
    "",
    "</details>",
  ];
}

const list = (owners: readonly string[]) =>
  owners.length === 0
    ? "nobody"
    : `${owners.slice(0, 10).join(" ")}${owners.length > 10 ? ` and ${owners.length - 10} more` : ""}`;
