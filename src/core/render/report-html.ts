/**
 * `gitjit report --html`: one self-contained page (no network: a Content-Security-Policy allows
 * nothing but its own inline style and its one script, by hash) with every grant on a timeline,
 * per principal and per resource, filters, and each grant's approval trail. Every string that
 * came from a request or the log goes through `html`, which escapes it.
 */
import { sha256Base64 } from "../ledger/canonical.js";
import type { AuditRecord, LedgerEntry } from "../ledger/records.js";
import { accessOf, resourcesOf } from "../ledger/resources.js";
import type { GrantHistory } from "../ledger/timeline.js";
import { describeApproval } from "./audit-output.js";
import { type Html, html, trusted } from "./html.js";
import { REPORT_CSS, REPORT_SCRIPT } from "./report-assets.js";

export interface ReportInput {
  histories: readonly GrantHistory[];
  records: readonly AuditRecord[];
  origin: string;
  now: Date;
}

type Status = "active" | "expired" | "revoked" | "failing" | "overran" | "break-glass";

interface Row {
  history: GrantHistory;
  entry: LedgerEntry;
  status: Status;
  from: number;
  until: number;
}

function statusOf(h: GrantHistory, entry: LedgerEntry): Status {
  if (entry.state === "revoke-failing" && !h.end) return "failing";
  if (h.overran) return "overran";
  if (h.end?.event === "revoked") return "revoked";
  if (entry.approval.mode === "break-glass" && !h.end) return "break-glass";
  return h.end ? "expired" : "active";
}

const short = (iso: string) => `${iso.slice(0, 16).replace("T", " ")}Z`;

export function renderReportHtml(input: ReportInput): string {
  const now = input.now.getTime();
  const rows: Row[] = [];
  for (const history of input.histories) {
    const entry = history.entry;
    if (!history.granted || !entry) continue;
    const from = Date.parse(entry.startsAt);
    const until = history.heldUntil
      ? Date.parse(history.heldUntil)
      : Math.max(Date.parse(entry.expiresAt), now);
    rows.push({ history, entry, status: statusOf(history, entry), from, until: Math.max(until, from) });
  }
  rows.sort((a, b) => a.from - b.from || (a.entry.id < b.entry.id ? -1 : 1));
  const min = Math.min(...rows.map((r) => r.from), now);
  const max = Math.max(...rows.map((r) => r.until), min + 3_600_000);
  const pct = (t: number) => ((t - min) / (max - min)) * 100;

  const byPrincipal = group(rows, (r) => r.entry.principal);
  const byResource = group(rows, (r) => resourcesOf(r.entry.grant)[0] ?? r.entry.grant.provider);
  const principals = [...byPrincipal.keys()].sort();
  const profiles = [...new Set(rows.map((r) => r.entry.profile))].sort();
  const count = (s: Status) => rows.filter((r) => r.status === s).length;
  const others = input.records.filter(
    (r) => r.event === "refused" || r.event === "orphan-revoked" || r.event === "apply-failed",
  );
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => min + f * (max - min));
  const axis = html`<div class="axis"><div></div><div class="ticks">${ticks.map(
    (t, i) => html`<span style="left:${(i * 25).toFixed(0)}%">${short(new Date(t).toISOString())}</span>`,
  )}</div></div>`;
  const groups = (map: Map<string, Row[]>, kind: string) =>
    [...map.keys()]
      .sort()
      .map(
        (key) =>
          html`<section class="group" data-group="${kind}"><h2>${key}</h2>${(map.get(key) as Row[]).map((r) => grantRow(r, pct))}</section>`,
      );

  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${sha256Base64(REPORT_SCRIPT)}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>gitjit access report</title><style>${trusted(REPORT_CSS)}</style></head>
<body><header><h1>gitjit access report</h1><p>From the audit log at ${input.origin}; generated ${input.now.toISOString()}. Times are UTC.</p></header>
<main>
<div class="summary">
<div class="card"><b>${rows.length}</b>grants</div><div class="card"><b>${count("active") + count("break-glass")}</b>active</div>
<div class="card"><b>${count("revoked")}</b>revoked early</div><div class="card"><b>${count("failing") + count("overran")}</b>past expiry, not removed in time</div>
<div class="card"><b>${input.records.length}</b>audit records</div>
</div>
<div id="filters" class="filters">
<fieldset><legend class="muted">Timeline</legend>
<label><span><input type="radio" name="view" value="principal" checked> per principal</span></label>
<label><span><input type="radio" name="view" value="resource"> per resource</span></label></fieldset>
<label>Principal<select id="f-principal"><option value="">all</option>${principals.map((p) => html`<option>${p}</option>`)}</select></label>
<label>Profile<select id="f-profile"><option value="">all</option>${profiles.map((p) => html`<option>${p}</option>`)}</select></label>
<label>Status<select id="f-status"><option value="">all</option>${(["active", "expired", "revoked", "failing", "overran", "break-glass"] as const).map((s) => html`<option>${s}</option>`)}</select></label>
<label>Resource<input id="f-resource" type="search" placeholder="e.g. projects/acme-prod"></label>
<label>Search<input id="f-text" type="search" placeholder="grant, ticket, approver…"></label>
<span class="muted"><span id="shown">${rows.length}</span> shown</span>
</div>
<div class="view" data-view="principal">${axis}${groups(byPrincipal, "principal")}</div>
<div class="view" data-view="resource" hidden>${axis}${groups(byResource, "resource")}</div>
${rows.length === 0 ? html`<p class="muted">No grants in the audit log.</p>` : ""}
<h2>Other events</h2>
${
  others.length === 0
    ? html`<p class="muted">No refusals, failed applies or orphans.</p>`
    : html`<table><thead><tr><th>time</th><th>event</th><th>grant</th><th>details</th></tr></thead><tbody>${others.map(
        (r) =>
          html`<tr><td>${r.at}</td><td>${r.event}</td><td><code>${r.grant}</code></td><td>${otherDetails(r)}</td></tr>`,
      )}</tbody></table>`
}
</main><script>${trusted(REPORT_SCRIPT)}</script></body></html>
`;
  return page.text;
}

function group(rows: readonly Row[], key: (r: Row) => string): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return map;
}

function grantRow(r: Row, pct: (t: number) => number): Html {
  const { entry, history, status } = r;
  const resources = resourcesOf(entry.grant);
  const left = pct(r.from);
  const width = Math.max(0.4, pct(r.until) - left);
  const until = history.heldUntil ?? `${entry.expiresAt} (still held)`;
  const untilShort = history.heldUntil ? short(history.heldUntil) : `${short(entry.expiresAt)} (still held)`;
  const search = [
    entry.id,
    entry.principal,
    entry.requester,
    entry.profile,
    entry.ticket ?? "",
    entry.justification,
    ...entry.approval.approvers.map((a) => a.login),
  ]
    .join(" ")
    .toLowerCase();
  return html`<div class="grant" data-grant="${entry.id}" data-principal="${entry.principal}" data-profile="${entry.profile}" data-status="${status}" data-resources="${resources.join(" ")}" data-search="${search}">
<div class="label" title="${entry.principal} · ${entry.profile}"><b>${entry.principal}</b> <span class="muted">${entry.profile}</span></div>
<div class="track"><div class="bar s-${status}" style="left:${left.toFixed(3)}%;width:${width.toFixed(3)}%" title="${entry.startsAt} → ${until} (${status})"></div></div>
<details><summary><code>${entry.id}</code> · ${short(entry.startsAt)} → ${untilShort} · ${status} · ${describeApproval(entry.approval)}</summary>
<ul class="trail">
<li>${accessOf(entry.grant)} on ${resources.join(", ")} (${entry.grant.provider}; expiry enforced by ${entry.expiry === "native" ? "the platform" : "the sweep"})</li>
<li>requested by <b>${entry.requester}</b>${entry.pr === undefined ? "" : html` in PR #${entry.pr}`}: <code>${entry.requestPath}</code>${entry.ticket ? html`, ticket ${entry.ticket}` : ""}</li>
<li>justification: ${entry.justification}</li>
${history.records.map((rec) => html`<li>${rec.at} <b>${rec.event}</b> by ${rec.actor}${eventNote(rec)}</li>`)}
</ul></details></div>`;
}

function eventNote(record: AuditRecord): Html | string {
  const d = record.data;
  if (record.event === "granted" || record.event === "break-glass")
    return html` — ${describeApproval((d.entry as LedgerEntry).approval)}`;
  if (record.event === "extended") {
    const x = d.extension as NonNullable<LedgerEntry["extensions"]>[number];
    return html` — ${x.from} → ${x.to}, ${describeApproval(x.approval)}`;
  }
  if (record.event === "revoked")
    return html` — ${describeApproval(d.approval as LedgerEntry["approval"])}${d.reason ? html`: ${String(d.reason)}` : ""}`;
  return "";
}

function otherDetails(r: AuditRecord): Html | string {
  const d = r.data;
  if (r.event === "orphan-revoked") return html`${String(d.principal)} at ${String(d.location)}`;
  return JSON.stringify(d.reasons ?? d.error ?? d);
}
