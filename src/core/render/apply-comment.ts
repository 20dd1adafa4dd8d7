/**
 * What apply says on a merged pull request: for each of its requests, granted (until when, and
 * who ends it), extended (to when), revoked, refused (and why), or failed (and that the others
 * went on). Pure; untrusted text goes through ./markdown.ts.
 */
import type { ExpiryEnforcement } from "../grant.js";
import { code, fitComment, text } from "./markdown.js";
import { EXPIRY_WORDS } from "./pull-request-comment.js";

export const APPLY_MARKER = "<!-- gitjit:apply-result -->";

export type ApplyOutcome =
  | {
      status: "granted";
      path: string;
      grantId: string;
      principal: string;
      expiresAt: string;
      expiry: ExpiryEnforcement;
    }
  /** Approved, and recorded to start later: the sweep writes it on the platform at its start. */
  | {
      status: "scheduled";
      path: string;
      grantId: string;
      principal: string;
      startsAt: string;
      expiresAt: string;
    }
  /** Approved, and not applied: a dry run. */
  | { status: "approved"; path: string; principal: string }
  /** An extension: the grant's expiry moved, with no second grant. */
  | { status: "extended"; path: string; grantId: string; expiresAt: string; expiry: ExpiryEnforcement }
  /** A revoke file: the grant ended early. */
  | { status: "revoked"; path: string; grantId: string }
  /** Approved, not revoked: a dry run. */
  | { status: "revoke-approved"; path: string; grantId: string }
  /** Already done by an earlier run of the same merge: nothing applied twice. */
  | { status: "already"; path: string; grantId: string; done?: "granted" | "extended" | "revoked" }
  | { status: "refused"; path: string; reasons: { code: string; message: string }[] }
  /** Approved, but its window had ended before any run could apply it: recorded, nothing granted late. */
  | { status: "lapsed"; path: string; reason: string }
  | { status: "failed"; path: string; code: string; message: string };

const HEADLINE = {
  granted: "✅ granted",
  approved: "✅ approved (dry run: nothing applied)",
  extended: "✅ extended",
  revoked: "✅ revoked",
  "revoke-approved": "✅ approved (dry run: nothing revoked)",
  already: "✅ already done",
  refused: "❌ refused: nothing granted",
  lapsed: "⌛ lapsed: nothing granted",
  scheduled: "⏳ scheduled",
  failed: "⚠️ failed: nothing granted",
} as const;

export function renderApplyComment(
  outcomes: readonly ApplyOutcome[],
  context: { runUrl?: string } = {},
): string {
  const lines = [APPLY_MARKER, "### gitjit apply"];
  for (const o of outcomes) {
    const headline = o.status === "already" ? `✅ already ${o.done ?? "granted"}` : HEADLINE[o.status];
    lines.push("", `#### ${code(o.path)}: ${headline}`, "");
    switch (o.status) {
      case "granted":
        lines.push(
          `Grant ${code(o.grantId)} to ${code(o.principal)} until ${text(o.expiresAt)}.`,
          "",
          `Expiry: ${EXPIRY_WORDS[o.expiry]}.`,
        );
        break;
      case "approved":
        lines.push(`Would be granted to ${code(o.principal)}.`);
        break;
      case "extended":
        lines.push(
          `Grant ${code(o.grantId)} now ends at ${text(o.expiresAt)}: the same grant, with no gap.`,
          "",
          `Expiry: ${EXPIRY_WORDS[o.expiry]}.`,
        );
        break;
      case "revoked":
        lines.push(
          `Grant ${code(o.grantId)} has ended: removed from the platform and recorded in the ledger.`,
        );
        break;
      case "revoke-approved":
        lines.push(`Grant ${code(o.grantId)} would be revoked.`);
        break;
      case "already":
        lines.push(
          `Grant ${code(o.grantId)} was ${o.done ?? "granted"} by an earlier run; nothing was applied again.`,
        );
        break;
      case "refused":
        lines.push(...o.reasons.map((r) => `- **${text(r.code)}**: ${text(r.message)}`));
        break;
      case "lapsed":
        lines.push(text(o.reason));
        break;
      case "scheduled":
        lines.push(
          `Grant ${code(o.grantId)} to ${code(o.principal)} from ${text(o.startsAt)} until ${text(o.expiresAt)}.`,
          "",
          "Nothing is on the platform yet: its platform cannot hold a start time, so gitjit's sweep grants it at its start (up to one sweep interval later) and the access still ends at the time above.",
        );
        break;
      case "failed":
        lines.push(
          `**${text(o.code)}**: ${text(o.message)}`,
          "",
          "The other requests of this merge went on; the next apply or sweep retries this one until it lands or its window ends.",
        );
        break;
    }
  }
  if (context.runUrl) lines.push("", `<sub><a href="${encodeURI(context.runUrl)}">workflow run</a></sub>`);
  return fitComment(lines.join("\n"), "_The rest is cut: GitHub limits a comment's length._");
}
