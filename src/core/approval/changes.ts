/**
 * What a pull request changes, as gitjit sees it (trust rules 2 and 3): new access requests,
 * early revokes (revokes/<grant id>.yaml), governance files (judged by the admins' rule), or
 * none of these. Merged requests and revokes are immutable, a governance change carries no
 * request or revoke, a request carries nothing else, and a revoke carries only revokes. A request
 * or revoke whose name holds a control character is refused, not judged, and every path a
 * message quotes has its control characters shown escaped.
 */
import { GOVERNANCE_ANYWHERE, isGovernancePath, REQUESTS_DIR, REVOKES_DIR } from "../layout.js";
import { pathControlCharacter, showControlCharacters as shown } from "../text.js";

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
    | "requests-with-other-changes"
    | "revoke-path-case"
    | "revokes-with-requests"
    | "path-control-character";
  path?: string;
  message: string;
}

export interface ClassifiedChanges {
  /** Request files the pull request adds. */
  requests: string[];
  /** Revoke files the pull request adds. */
  revokes: string[];
  governance: string[];
  other: string[];
  problems: ChangeProblem[];
}

const REQUESTS_PREFIX = `${REQUESTS_DIR}/`;
const REVOKES_PREFIX = `${REVOKES_DIR}/`;
const ADDING = new Set(["added", "copied"]);

export function classifyChanges(
  files: readonly ChangedFile[],
  options: { policyDir: string; profiles: Iterable<string> },
): ClassifiedChanges {
  const profiles = [...options.profiles];
  const isGovernance = (path: string) => isGovernancePath(path, options.policyDir);
  const out: ClassifiedChanges = { requests: [], revokes: [], governance: [], other: [], problems: [] };
  const add = (list: string[], path: string) => {
    if (!list.includes(path)) list.push(path);
  };

  const merged = (path: string, how: string) =>
    out.problems.push({
      code: "merged-request-changed",
      path,
      message: path.startsWith(REVOKES_PREFIX)
        ? `${shown(path)} is a merged revoke and cannot be ${how}: it is part of the record`
        : `${shown(path)} is a merged request and cannot be ${how}: merged requests are immutable (revoke or extend a grant through its own flow)`,
    });
  // A line break in a request's or revoke's name could forge lines wherever the name is quoted.
  const refusedName = (path: string) => {
    const lower = path.toLowerCase();
    if (!lower.startsWith(REQUESTS_PREFIX) && !lower.startsWith(REVOKES_PREFIX)) return false;
    const control = pathControlCharacter(path);
    if (control) out.problems.push({ ...control, path });
    return control !== undefined;
  };

  for (const file of files) {
    const { path } = file;
    if (file.status === "renamed" && file.previousPath !== undefined) {
      const from = file.previousPath;
      if (from.startsWith(REQUESTS_PREFIX) || from.startsWith(REVOKES_PREFIX))
        merged(from, `moved to ${shown(path)}`);
      else if (isGovernance(from)) add(out.governance, from);
    }
    if (refusedName(path)) continue;
    if (isGovernanceAnywhere(path)) add(out.governance, path);
    else if (path.startsWith(REQUESTS_PREFIX)) {
      if (ADDING.has(file.status) || file.status === "renamed") {
        add(out.requests, path);
        checkFolderCase(path, profiles, out.problems);
      } else if (file.status !== "unchanged") merged(path, file.status === "removed" ? "deleted" : "edited");
    } else if (path.toLowerCase().startsWith(REQUESTS_PREFIX)) {
      out.problems.push({
        code: "request-path-case",
        path,
        message: `${shown(path)} is not under ${REQUESTS_PREFIX}: folder names are case-sensitive, and requests go in ${REQUESTS_PREFIX}<profile>/`,
      });
    } else if (path.startsWith(REVOKES_PREFIX)) {
      if (ADDING.has(file.status) || file.status === "renamed") add(out.revokes, path);
      else if (file.status !== "unchanged") merged(path, file.status === "removed" ? "deleted" : "edited");
    } else if (path.toLowerCase().startsWith(REVOKES_PREFIX)) {
      out.problems.push({
        code: "revoke-path-case",
        path,
        message: `${shown(path)} is not under ${REVOKES_PREFIX}: folder names are case-sensitive, and revokes go in ${REVOKES_PREFIX}<grant id>.yaml`,
      });
    } else if (isGovernance(path)) add(out.governance, path);
    else add(out.other, path);
  }

  const access = [...out.requests, ...out.revokes];
  if (out.revokes.length > 0 && out.requests.length > 0)
    out.problems.push({
      code: "revokes-with-requests",
      message: `this pull request revokes grants (${list(out.revokes)}) and also carries access requests (${list(out.requests)}): a revoke carries only revokes; split it in two`,
    });

  if (access.length > 0 && out.governance.length > 0)
    out.problems.push({
      code: "governance-with-requests",
      message: `this pull request changes governance files (${list(out.governance)}) and also carries access requests or revokes (${list(access)}); a governance change may carry neither: split it in two`,
    });
  if (access.length > 0 && out.other.length > 0)
    out.problems.push({
      code: "requests-with-other-changes",
      message: `a pull request with access requests or revokes may change nothing else; it also changes ${list(out.other)}`,
    });
  return out;
}

/** A `.gitattributes` is governance wherever it is, under requests/ too: it changes what diffs show. */
function isGovernanceAnywhere(path: string): boolean {
  const name = (path.split("/").pop() ?? "").toLowerCase();
  return (GOVERNANCE_ANYWHERE as readonly string[]).includes(name);
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
      message: `${shown(path)} is in ${REQUESTS_PREFIX}${folder}/, which is not profile "${meant}"'s folder: folder names are case-sensitive (${REQUESTS_PREFIX}${meant}/)`,
    });
}

function list(paths: readonly string[]): string {
  const named = paths.map(shown);
  return named.length <= 3
    ? named.join(", ")
    : `${named.slice(0, 3).join(", ")} and ${named.length - 3} more`;
}
