/**
 * Where a grant gives access and what it gives, as names an auditor can type: the account, project,
 * scope, team or database and role. A grant on a parent (a subscription, an account) covers the
 * things under it, and a question about a parent finds the grants under it.
 */
import type { Grant } from "../model/schema.js";

export function resourcesOf(grant: Grant): string[] {
  switch (grant.provider) {
    case "aws-iam":
      return unique([
        `aws:${grant.account}`,
        ...grant.statements.flatMap((s) => s.resources.filter((r) => r !== "*")),
      ]);
    case "aws-iam-managed":
      return [`aws:${grant.account}`, grant.policyArn];
    case "aws-identity-center":
      return [`aws:${grant.account}`, grant.permissionSetArn];
    case "gcp-iam":
      return [grant.resource];
    case "azure-pim":
    case "azure-role-assignment":
      return [grant.scope];
    case "github-team":
      return [`github:${grant.org}/${grant.team}`];
    case "postgres":
      return [`postgres:${grant.connection}/${grant.role}`];
  }
}

/** What the grant gives, in the platform's words. */
export function accessOf(grant: Grant): string {
  switch (grant.provider) {
    case "aws-iam":
      return unique(grant.statements.flatMap((s) => s.actions)).join(", ");
    case "aws-iam-managed":
      return grant.policyArn;
    case "aws-identity-center":
      return grant.permissionSetArn;
    case "gcp-iam":
      return grant.role;
    case "azure-pim":
    case "azure-role-assignment":
      return `role ${grant.roleDefinitionId}`;
    case "github-team":
      return grant.role ?? "member";
    case "postgres":
      return `role ${grant.role}`;
  }
}

/** Whether a question about `asked` concerns a grant on `held` (same thing, parent or child). */
export function resourceMatches(asked: string, held: string): boolean {
  const fold = (s: string) => (s.startsWith("/") ? s.toLowerCase() : s); // Azure scopes ignore case
  const a = fold(asked.replace(/\/+$/, ""));
  const h = fold(held);
  if (a === h) return true;
  const wildcard = /\*$/.test(h);
  const base = h.replace(/\/?\*$/, "");
  if (wildcard && (a === base || a.startsWith(h.slice(0, -1)))) return true;
  const under = (child: string, parent: string) => parent !== "" && child.startsWith(`${parent}/`);
  return under(a, base) || under(base, a);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
