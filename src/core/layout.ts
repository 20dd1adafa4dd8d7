/**
 * Where things live in a repository that uses gitjit, and which paths are governance: a change
 * to any of them is judged by the admins' rule, never by a profile's.
 */

export const REQUESTS_DIR = "requests";
/** Early revokes: revokes/<grant id>.yaml (see core/ledger/lifecycle.ts). */
export const REVOKES_DIR = "revokes";
export const DEFAULT_POLICY_DIR = "policies";
export const SCHEMAS_DIR = "schemas";
export const GITHUB_DIR = ".github";

/** Where GitHub looks for CODEOWNERS, in the order it looks: the first one present is used. */
export const CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"] as const;

/** The action's own code when it is vendored into the repository (action.yml and its bundle). */
export const ACTION_PATHS = ["action.yml", "action.yaml", "dist/"] as const;

/** Governance paths as repository-relative prefixes ("dir/") or exact files. */
export function governancePaths(policyDir: string = DEFAULT_POLICY_DIR): string[] {
  return [
    `${trimSlashes(policyDir)}/`,
    `${SCHEMAS_DIR}/`,
    `${GITHUB_DIR}/`,
    ...CODEOWNERS_LOCATIONS.filter((p) => !p.startsWith(`${GITHUB_DIR}/`)),
    ...ACTION_PATHS,
  ];
}

export function isUnder(path: string, entry: string): boolean {
  return entry.endsWith("/") ? path.startsWith(entry) : path === entry;
}

export const trimSlashes = (dir: string) => dir.replace(/^\/+|\/+$/g, "");
