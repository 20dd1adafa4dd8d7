/**
 * Whether a record follows from the ledger before it, beyond fitting the fold (state.ts): what
 * gitjit's own writers never record, a forged record may. A grant's id is the one its request file
 * and pull request give; a request sits in its profile's folder under its requester's name; a grant
 * is recorded as expired only once its expiry has passed; an extension moves the expiry later; a
 * revoke names its revoke file. Pure, and separate from the fold so the fold stays the one
 * definition of what the active files hold.
 */
import { grantId } from "../grant.js";
import type { AuditRecord, Extension, LedgerEntry } from "./records.js";

const REQUEST_FILE = /^requests\/([^/]+)\/([^/]+)\.ya?ml$/;
/** lifecycle.ts's REVOKE_FILE, without loading the revoke schema's validators into audit questions. */
const REVOKE_FILE = /^revokes\/(gj-[0-9a-f]{20})\.ya?ml$/;

/** Why `path` cannot be a request of `requester` for `profile`, if it cannot. */
export function requestPathProblem(path: unknown, profile: string, requester: string): string | undefined {
  if (typeof path !== "string") return "names no request file";
  const match = REQUEST_FILE.exec(path);
  if (!match) return `${JSON.stringify(path)} is not a request file`;
  const [, folder, name] = match as unknown as [string, string, string];
  if (folder !== profile) return `${JSON.stringify(path)} is not in the folder of profile ${profile}`;
  if (!(name.startsWith(`${requester}-`) && name.length > requester.length + 1))
    return `${JSON.stringify(path)} is not a request of ${requester}`;
  return undefined;
}

export function followsProblem(record: AuditRecord, held: LedgerEntry | undefined): string | undefined {
  const data = record.data;
  switch (record.event) {
    case "scheduled":
    case "apply-started":
    case "granted": {
      const entry = data.entry as LedgerEntry | undefined;
      if (!entry || typeof entry !== "object") return undefined; // the fold says so
      // Break-glass access comes from no request file; only what a merged request caused is checked.
      if (entry.approval?.mode === "break-glass") return undefined;
      const expected = grantId(
        String(entry.requestPath),
        typeof entry.pr === "number" ? entry.pr : undefined,
      );
      if (expected !== record.grant)
        return `${record.grant} is not the id its request file and pull request give (${expected})`;
      const path = requestPathProblem(entry.requestPath, entry.profile, entry.requester);
      if (path) return `the grant ${path}`;
      if (!(Date.parse(entry.startsAt) < Date.parse(entry.expiresAt)))
        return `the grant ends (${entry.expiresAt}) before it starts (${entry.startsAt})`;
      return undefined;
    }
    case "expired":
      if (held && Date.parse(record.at) < Date.parse(held.expiresAt))
        return `recorded as expired at ${record.at}, before its expiry ${held.expiresAt}`;
      return undefined;
    case "extended": {
      const extension = data.extension as Extension | undefined;
      if (!held || !extension || typeof extension !== "object") return undefined;
      if (!(Date.parse(extension.to) > Date.parse(extension.from)))
        return `extended from ${extension.from} to ${extension.to}, which is not later`;
      const path = requestPathProblem(extension.requestPath, held.profile, held.requester);
      return path ? `the extension ${path}` : undefined;
    }
    case "revoked": {
      const path = data.requestPath;
      const match = typeof path === "string" ? REVOKE_FILE.exec(path) : null;
      if (!match) return `names no revoke file (${JSON.stringify(path)})`;
      if (match[1] !== record.grant) return `names the revoke file of another grant (${String(path)})`;
      return undefined;
    }
    default:
      return undefined;
  }
}
