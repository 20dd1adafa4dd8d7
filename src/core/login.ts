/** GitHub logins are case-insensitive on GitHub but must be written exactly as the policy writes them. */
export type LoginMatch = "exact" | "case-only" | "none";

export function matchLogin(written: string, expected: string): LoginMatch {
  if (written === expected) return "exact";
  return written.toLowerCase() === expected.toLowerCase() ? "case-only" : "none";
}

/** A set of logins looked up in constant time: an exact entry, else the entry that differs only by case. */
export class LoginIndex {
  private readonly exact = new Set<string>();
  private readonly folded = new Map<string, string>();

  constructor(logins: Iterable<string>) {
    for (const login of logins) {
      this.exact.add(login);
      if (!this.folded.has(login.toLowerCase())) this.folded.set(login.toLowerCase(), login);
    }
  }

  find(written: string): { match: LoginMatch; entry?: string } {
    if (this.exact.has(written)) return { match: "exact", entry: written };
    const entry = this.folded.get(written.toLowerCase());
    return entry === undefined ? { match: "none" } : { match: "case-only", entry };
  }
}
