/**
 * Where things live in a repository that uses gitjit, and which paths are governance: a change
 * to any of them is judged by the admins' rule, never by a profile's.
 */

export const REQUESTS_DIR = "requests";
/** Early revokes: revokes/<grant id>.yaml (see core/ledger/lifecycle.ts). */
export const REVOKES_DIR = "revokes";
export const DEFAULT_POLICY_DIR = "policies";
/** The folders whose added files apply settles: every merge adding one must run apply. */
export const SETTLED_DIRS = [REQUESTS_DIR, REVOKES_DIR] as const;
export const SCHEMAS_DIR = "schemas";
export const GITHUB_DIR = ".github";

/** Where GitHub looks for CODEOWNERS, in the order it looks: the first one present is used. */
export const CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"] as const;

/** The action's own code when it is vendored into the repository (action.yml and its bundle). */
export const ACTION_PATHS = ["action.yml", "action.yaml", "dist/"] as const;

/**
 * git's own configuration kept in the repository: they change what a checkout holds and what a
 * diff shows (attributes such as export-ignore, -diff or a filter; submodules; LFS endpoints), so
 * a reviewer could approve something other than what lands.
 */
export const GIT_CONFIG_FILES = [".gitattributes", ".gitmodules", ".lfsconfig"] as const;

/** Files that are governance in any folder, not only at the root (`.gitattributes` applies per folder). */
export const GOVERNANCE_ANYWHERE = [".gitattributes"] as const;

/**
 * Governance paths as repository-relative prefixes ("dir/"), exact files, or a file name after
 * two stars and a slash for a file that is governance in every folder.
 */
export function governancePaths(policyDir: string = DEFAULT_POLICY_DIR): string[] {
  return [
    `${trimSlashes(policyDir)}/`,
    `${SCHEMAS_DIR}/`,
    `${GITHUB_DIR}/`,
    ...CODEOWNERS_LOCATIONS.filter((p) => !p.startsWith(`${GITHUB_DIR}/`)),
    ...ACTION_PATHS,
    ...GIT_CONFIG_FILES.filter((f) => !(GOVERNANCE_ANYWHERE as readonly string[]).includes(f)),
    ...GOVERNANCE_ANYWHERE.map((f) => `**/${f}`),
  ];
}

export function isUnder(path: string, entry: string): boolean {
  if (entry.startsWith("**/")) {
    const name = entry.slice(3);
    return path === name || path.endsWith(`/${name}`);
  }
  return entry.endsWith("/") ? path.startsWith(entry) : path === entry;
}

/** Whether a repository path is governance (case-insensitively: a case-folding checkout sees them alike). */
export function isGovernancePath(path: string, policyDir: string = DEFAULT_POLICY_DIR): boolean {
  const lower = path.toLowerCase();
  return governancePaths(policyDir).some((entry) => isUnder(lower, entry.toLowerCase()));
}

export const trimSlashes = (dir: string) => dir.replace(/^\/+|\/+$/g, "");
