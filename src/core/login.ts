/** GitHub logins are case-insensitive on GitHub but must be written exactly as the policy writes them. */
export type LoginMatch = "exact" | "case-only" | "none";

export function matchLogin(written: string, expected: string): LoginMatch {
  if (written === expected) return "exact";
  return written.toLowerCase() === expected.toLowerCase() ? "case-only" : "none";
}

/** Looks a login up in a list: an exact entry, else the entry it matches only by case. */
export function findLogin(written: string, list: Iterable<string>): { match: LoginMatch; entry?: string } {
  let caseOnly: string | undefined;
  for (const entry of list) {
    const match = matchLogin(written, entry);
    if (match === "exact") return { match, entry };
    if (match === "case-only") caseOnly = entry;
  }
  return caseOnly ? { match: "case-only", entry: caseOnly } : { match: "none" };
}
