/**
 * What a pull request changes, as gitjit sees it (trust rules 2 and 3): new access requests,
 * governance files (judged by the admins' rule), or neither. Merged requests are immutable,
 * a governance change carries no request, and a request carries nothing else.
 */
import { governancePaths, isUnder, REQUESTS_DIR } from "../layout.js";

export interface ChangedFile {
  path: string;
  /** GitHub's file status: added, removed, modified, renamed, copied, changed, unchanged. */
  status: string;
  /** For a rename: where the file was. */
  previousPath?: string;
}

export interface ChangeProblem {
  code:
    | "merged-request-changed"
    | "request-path-case"
    | "request-folder-case"
    | "governance-with-requests"
    | "requests-with-other-changes";
  path?: string;
  message: string;
}

export interface ClassifiedChanges {
  /** Request files the pull request adds. */
  requests: string[];
  governance: string[];
  other: string[];
  problems: ChangeProblem[];
}

const REQUESTS_PREFIX = `${REQUESTS_DIR}/`;
const ADDING = new Set(["added", "copied"]);

export function classifyChanges(
  files: readonly ChangedFile[],
  options: { policyDir: string; profiles: Iterable<string> },
): ClassifiedChanges {
  const profiles = [...options.profiles];
  const governance = governancePaths(options.policyDir).map((p) => p.toLowerCase());
  const isGovernance = (path: string) => governance.some((entry) => isUnder(path.toLowerCase(), entry));
  const out: ClassifiedChanges = { requests: [], governance: [], other: [], problems: [] };
  const add = (list: string[], path: string) => {
    if (!list.includes(path)) list.push(path);
  };

  const merged = (path: string, how: string) =>
    out.problems.push({
      code: "merged-request-changed",
      path,
      message: `${path} is a merged request and cannot be ${how}: merged requests are immutable (revoke or extend a grant through its own flow)`,
    });

  for (const file of files) {
    const { path } = file;
    if (file.status === "renamed" && file.previousPath !== undefined) {
      const from = file.previousPath;
      if (from.startsWith(REQUESTS_PREFIX)) merged(from, `moved to ${path}`);
      else if (isGovernance(from)) add(out.governance, from);
    }
    if (path.startsWith(REQUESTS_PREFIX)) {
      if (ADDING.has(file.status) || file.status === "renamed") {
        add(out.requests, path);
        checkFolderCase(path, profiles, out.problems);
      } else if (file.status !== "unchanged") merged(path, file.status === "removed" ? "deleted" : "edited");
    } else if (path.toLowerCase().startsWith(REQUESTS_PREFIX)) {
      out.problems.push({
        code: "request-path-case",
        path,
        message: `${path} is not under ${REQUESTS_PREFIX}: folder names are case-sensitive, and requests go in ${REQUESTS_PREFIX}<profile>/`,
      });
    } else if (isGovernance(path)) add(out.governance, path);
    else add(out.other, path);
  }

  if (out.requests.length > 0 && out.governance.length > 0)
    out.problems.push({
      code: "governance-with-requests",
      message: `this pull request changes governance files (${list(out.governance)}) and also carries access requests (${list(out.requests)}); a governance change may carry no request: split it in two`,
    });
  if (out.requests.length > 0 && out.other.length > 0)
    out.problems.push({
      code: "requests-with-other-changes",
      message: `a pull request with access requests may change nothing else; it also changes ${list(out.other)}`,
    });
  return out;
}

/** requests/Prod-DB/… for profile prod-db: the folder must be the profile's name exactly. */
function checkFolderCase(path: string, profiles: readonly string[], problems: ChangeProblem[]) {
  const folder = path.slice(REQUESTS_PREFIX.length).split("/")[0] ?? "";
  if (profiles.includes(folder)) return;
  const meant = profiles.find((p) => p.toLowerCase() === folder.toLowerCase());
  if (meant !== undefined)
    problems.push({
      code: "request-folder-case",
      path,
      message: `${path} is in ${REQUESTS_PREFIX}${folder}/, which is not profile "${meant}"'s folder: folder names are case-sensitive (${REQUESTS_PREFIX}${meant}/)`,
    });
}

function list(paths: readonly string[]): string {
  return paths.length <= 3
    ? paths.join(", ")
    : `${paths.slice(0, 3).join(", ")} and ${paths.length - 3} more`;
}
