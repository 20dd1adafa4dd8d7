/**
 * What apply says on a merged pull request: for each of its requests, granted (until when, and
 * who ends it, and a temporary login's password encrypted for the requester alone), extended (to
 * when), revoked, refused (and why), or failed (and that the others went on). Pure; untrusted
 * text goes through ./markdown.ts.
 */
import type { CredentialRecipient, SealedCredential } from "../../providers/provider.js";
import { type ExpiryEnforcement, GRANT_ID_PATTERN } from "../grant.js";
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
      /** A temporary login's password, encrypted to the requester's SSH keys. */
      credential?: SealedCredential;
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
  | {
      status: "extended";
      path: string;
      grantId: string;
      expiresAt: string;
      expiry: ExpiryEnforcement;
      /** The grant's temporary login, which keeps its password; `pr` is where it was delivered. */
      login?: { username: string; pr?: number };
    }
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
  context: {
    runUrl?: string;
    /**
     * The comment this one replaces: a re-run that finds a grant already done carries over the
     * credential an earlier run delivered in it, which nobody could deliver again.
     */
    previous?: string;
  } = {},
): string {
  const delivered = context.previous === undefined ? new Map() : credentialsIn(context.previous);
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
        if (o.credential) lines.push("", ...renderCredential(o.grantId, o.credential));
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
        if (o.login)
          lines.push(
            "",
            `The temporary login ${code(o.login.username)} keeps its password${o.login.pr !== undefined ? ` (delivered on pull request #${o.login.pr})` : ""}: only the time it is valid until moved.`,
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
        {
          const credential = (o.done ?? "granted") === "granted" ? delivered.get(o.grantId) : undefined;
          if (credential) lines.push("", ...renderCredential(o.grantId, credential));
        }
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

const CREDENTIAL_MARKER = "<!-- gitjit:credential ";
const CREDENTIAL_END = "<!-- gitjit:credential-end -->";
const ARMOR =
  /^-----BEGIN AGE ENCRYPTED FILE-----\n(?:[A-Za-z0-9+/=]{1,64}\n)+-----END AGE ENCRYPTED FILE-----\n?$/;

/**
 * A temporary login's password as the requester receives it: encrypted with age to their public
 * SSH keys on GitHub, with the command that decrypts it and connects. The ciphertext is safe to
 * show anyone; only the holder of one of those private keys can read it. A hidden line before it
 * lets a re-run carry it over (see credentialsIn).
 */
export function renderCredential(grantId: string, c: SealedCredential): string[] {
  const file = `${grantId}.age`;
  const key = c.recipients.some((r) => r.type === "ssh-ed25519") ? "~/.ssh/id_ed25519" : "~/.ssh/id_rsa";
  const about = {
    grant: grantId,
    username: c.username,
    expiresAt: c.expiresAt,
    recipients: c.recipients.map((r) => ({ type: r.type, fingerprint: r.fingerprint })),
  };
  // Nothing in it can end the HTML comment early.
  const hidden = JSON.stringify(about).replace(
    /[<>&]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return [
    `${CREDENTIAL_MARKER}${hidden} -->`,
    `**Your temporary login** ${code(c.username)}, valid until ${text(c.expiresAt)}. Its password is encrypted to your public SSH keys on GitHub (${c.recipients.map((r) => `${code(r.fingerprint)} ${text(r.type)}`).join(", ")}): only the holder of one of their private keys can read it, and gitjit keeps no other copy. Extending this grant keeps the same password.`,
    "",
    `Save the block below as ${code(file)}, then connect (with your private key's path after \`-i\`, e.g. \`~/.ssh/id_rsa\` for an RSA key):`,
    "",
    "```sh",
    `psql "$(age -d -i ${key} ${file})"`,
    "```",
    "",
    "It decrypts to a libpq connection string (server, database, user and password), which any libpq client takes as it is.",
    "",
    "```",
    ARMOR.test(c.armored) ? c.armored.replace(/\n$/, "") : "(not shown: the ciphertext is not an age file)",
    "```",
    CREDENTIAL_END,
  ];
}

/** The credentials an earlier apply comment delivered, by grant id, as far as they are well-formed. */
export function credentialsIn(comment: string): Map<string, SealedCredential> {
  const body = comment.replace(/\r\n/g, "\n");
  const found = new Map<string, SealedCredential>();
  let at = body.indexOf(CREDENTIAL_MARKER);
  while (at >= 0) {
    const end = body.indexOf(CREDENTIAL_END, at);
    if (end < 0) break;
    const section = body.slice(at, end);
    at = body.indexOf(CREDENTIAL_MARKER, end);
    const hidden = /^<!-- gitjit:credential (\{.*\}) -->\n/.exec(section)?.[1];
    const armored =
      /\n```\n(-----BEGIN AGE ENCRYPTED FILE-----\n[\s\S]*?\n-----END AGE ENCRYPTED FILE-----)\n```\n$/.exec(
        section,
      )?.[1];
    if (hidden === undefined || armored === undefined || !ARMOR.test(`${armored}\n`)) continue;
    let about: unknown;
    try {
      about = JSON.parse(hidden);
    } catch {
      continue;
    }
    const a = about as { grant?: unknown; username?: unknown; expiresAt?: unknown; recipients?: unknown };
    if (
      typeof a.grant !== "string" ||
      !GRANT_ID_PATTERN.test(a.grant) ||
      typeof a.username !== "string" ||
      typeof a.expiresAt !== "string" ||
      !Array.isArray(a.recipients) ||
      !a.recipients.every(
        (r: Partial<CredentialRecipient>) =>
          typeof r?.type === "string" && typeof r?.fingerprint === "string",
      )
    )
      continue;
    found.set(a.grant, {
      username: a.username,
      expiresAt: a.expiresAt,
      armored: `${armored}\n`,
      recipients: (a.recipients as CredentialRecipient[]).map((r) => ({
        type: r.type,
        fingerprint: r.fingerprint,
      })),
    });
  }
  return found;
}
