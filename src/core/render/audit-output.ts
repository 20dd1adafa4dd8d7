/** `gitjit audit` answers as text for people, and as stable JSON and CSV for tools. */
import type { Broken } from "../ledger/chain.js";
import type { Approval, AuditRecord, LedgerEntry } from "../ledger/records.js";
import { accessOf, resourcesOf } from "../ledger/resources.js";
import type { GrantHistory, WhoAnswer } from "../ledger/timeline.js";

export function describeApproval(approval: Approval | undefined): string {
  if (!approval) return "no approval recorded";
  switch (approval.mode) {
    case "auto":
      return "auto-approved by the policy";
    case "self":
      return "given up by the requester (no approval needed)";
    case "break-glass":
      return `break-glass: ${approval.reason ?? "no reason given"}`;
    case "reviewed":
      return `approved by ${approval.approvers
        .map((a) => (a.reviewId === undefined ? a.login : `${a.login} (review ${a.reviewId})`))
        .join(", ")}`;
  }
}

const span = (e: LedgerEntry, h: GrantHistory) =>
  `${e.startsAt} → ${h.heldUntil ?? `${e.expiresAt} (still held)`}${h.overran ? " — held past its expiry" : ""}`;

export function renderWhoText(
  answers: readonly WhoAnswer[],
  resource: string,
  at: Date,
  origin: string,
): string {
  const head = `on ${resource} at ${at.toISOString()} (audit log at ${origin})`;
  if (answers.length === 0) return `Nobody held access ${head}.`;
  const lines = [`Who held access ${head}:`];
  for (const { entry, history, access } of answers) {
    lines.push(`${entry.principal}  ${access} on ${resourcesOf(entry.grant).join(", ")}`);
    lines.push(
      `  grant ${entry.id} (${entry.profile}), requested by ${entry.requester}${entry.pr === undefined ? "" : ` in PR #${entry.pr}`}: ${span(entry, history)}`,
    );
    lines.push(`  ${describeApproval(entry.approval)}`);
    for (const x of entry.extensions ?? [])
      lines.push(
        `  extended ${x.from} → ${x.to}${x.pr === undefined ? "" : ` in PR #${x.pr}`}, ${describeApproval(x.approval)}`,
      );
  }
  return lines.join("\n");
}

export function renderWhoJson(
  answers: readonly WhoAnswer[],
  resource: string,
  at: Date,
  origin: string,
): string {
  return JSON.stringify(
    {
      resource,
      at: at.toISOString(),
      origin,
      held: answers.map(({ entry, history, resources, access }) => ({
        grant: entry.id,
        principal: entry.principal,
        requester: entry.requester,
        profile: entry.profile,
        provider: entry.grant.provider,
        resources,
        access,
        startsAt: entry.startsAt,
        expiresAt: entry.expiresAt,
        heldUntil: history.heldUntil ?? null,
        overran: history.overran,
        pr: entry.pr ?? null,
        requestPath: entry.requestPath,
        approval: entry.approval,
        extensions: entry.extensions ?? [],
      })),
    },
    null,
    2,
  );
}

function recordSummary(r: AuditRecord, entry: LedgerEntry | undefined): string {
  const d = r.data;
  switch (r.event) {
    case "granted":
    case "break-glass": {
      const granted = (d.entry as LedgerEntry | undefined) ?? entry;
      return granted
        ? `${granted.startsAt} → ${granted.expiresAt}; ${describeApproval(granted.approval)}`
        : "";
    }
    case "extended": {
      const x = d.extension as NonNullable<LedgerEntry["extensions"]>[number];
      return `${x.from} → ${x.to}; ${describeApproval(x.approval)}`;
    }
    case "revoked":
      return `by ${String(d.by ?? r.actor)}; ${describeApproval(d.approval as Approval)}`;
    case "refused":
    case "apply-failed":
    case "revoke-failing":
      return JSON.stringify(d.reasons ?? d.error ?? "");
    case "orphan-revoked":
      return `${String(d.principal)} at ${String(d.location)}`;
    case "governance-approved":
    case "governance-unapproved":
      return `commit ${String(d.commit).slice(0, 12)}${d.pr !== undefined ? ` (#${String(d.pr)})` : ""}${
        Array.isArray(d.missing) && d.missing.length > 0 ? `: ${d.missing.join("; ")}` : ""
      }`;
    default:
      return "";
  }
}

export function renderHistoryText(
  records: readonly AuditRecord[],
  histories: ReadonlyMap<string, GrantHistory>,
): string {
  if (records.length === 0) return "No audit records match.";
  return records
    .map((r) => {
      const entry = histories.get(r.grant)?.entry;
      const who = entry ? `${entry.principal} ${entry.profile}` : String(r.data.principal ?? "");
      return `${r.at}  #${r.seq}  ${r.event.padEnd(14)} ${r.grant}  ${who}  ${recordSummary(r, entry)}`.trimEnd();
    })
    .join("\n");
}

export function renderBroken(b: Broken): string {
  const where = b.line > 0 ? `${b.file}:${b.line}` : b.file;
  const what = [b.seq === undefined ? undefined : `record ${b.seq}`, b.grant].filter(Boolean).join(", ");
  return `${where}${what ? ` (${what})` : ""} error ${b.code}: ${b.message}`;
}

const CSV_COLUMNS = [
  "seq",
  "at",
  "event",
  "grant",
  "actor",
  "principal",
  "requester",
  "profile",
  "provider",
  "resources",
  "access",
  "startsAt",
  "expiresAt",
  "details",
  "pr",
  "requestPath",
  "hash",
] as const;

/** One cell: quoted when needed (RFC 4180), and never read as a formula by a spreadsheet. */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderExportCsv(
  records: readonly AuditRecord[],
  histories: ReadonlyMap<string, GrantHistory>,
): string {
  const rows = [CSV_COLUMNS.join(",")];
  for (const r of records) {
    const entry = histories.get(r.grant)?.entry;
    const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      seq: r.seq,
      at: r.at,
      event: r.event,
      grant: r.grant,
      actor: r.actor,
      principal: entry?.principal ?? r.data.principal,
      requester: entry?.requester,
      profile: entry?.profile,
      provider: entry?.grant.provider ?? r.data.provider,
      resources: entry ? resourcesOf(entry.grant).join(" ") : r.data.location,
      access: entry ? accessOf(entry.grant) : "",
      startsAt: entry?.startsAt,
      expiresAt: entry?.expiresAt,
      details: recordSummary(r, entry),
      pr: entry?.pr,
      requestPath: entry?.requestPath,
      hash: r.hash,
    };
    rows.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(","));
  }
  return `${rows.join("\r\n")}\r\n`;
}

export function renderExportJson(records: readonly AuditRecord[], origin: string): string {
  return JSON.stringify({ origin, records }, null, 2);
}
