/**
 * The default branch's history as the ledger's causes: every request and revoke file a first-parent
 * commit added, with that commit's time and the pull request its subject names, and the fields of
 * the request files that records name. Read with plain git, offline (core/ledger/causes.ts judges).
 */

import { REQUESTS_DIR, REVOKES_DIR } from "../../core/layout.js";
import type { AddedFile, CauseIndex } from "../../core/ledger/causes.js";
import { pullsNamed } from "../../core/ledger/causes.js";
import { loadYaml, MAX_YAML_BYTES } from "../../core/load/yaml.js";
import { pathControlCharacter } from "../../core/text.js";
import { git, readBlobs, resolveRef, runGit } from "./git.js";

/** The default branch here: the remote's HEAD (origin/HEAD, set by clone), else HEAD. */
export async function defaultBranchRef(repo: string): Promise<string | undefined> {
  for (const ref of ["refs/remotes/origin/HEAD", "HEAD"]) if (await resolveRef(repo, ref)) return ref;
  return undefined;
}

export type History = { index: CauseIndex } | { unavailable: string };

/**
 * The files `ref`'s first-parent history added under requests/ and revokes/; the request files
 * among `wanted` are read (at the commit that added them) for the fields a record must match.
 */
export async function mainHistory(repo: string, ref: string, wanted?: ReadonlySet<string>): Promise<History> {
  if (ref.startsWith("-")) return { unavailable: `${ref} is not a ref` };
  const commit = await resolveRef(repo, ref);
  if (!commit) return { unavailable: `${ref} is not a commit in ${repo}` };
  const shallow = await runGit(repo, ["rev-parse", "--is-shallow-repository"]);
  if (shallow.stdout.toString("utf8").trim() === "true")
    return { unavailable: `${repo} is a shallow clone: its history is cut (check out with fetch-depth: 0)` };
  const headTime = Number((await git(repo, ["log", "-1", "--format=%ct", commit, "--"])).trim()) * 1000;
  const log = await git(repo, [
    "log",
    "--first-parent",
    "--diff-filter=A",
    "--no-renames",
    "--name-only",
    "-z",
    "--format=%x00@%H %ct %s",
    commit,
    "--",
    `${REQUESTS_DIR}/`,
    `${REVOKES_DIR}/`,
  ]);
  const added = new Map<string, AddedFile>();
  let current: AddedFile | undefined;
  for (const raw of log.split("\0")) {
    const field = raw.replace(/^\n/, "");
    const header = /^@([0-9a-f]{40,64}) (\d+) (.*)$/s.exec(field);
    if (header) {
      current = {
        commit: header[1] as string,
        time: Number(header[2]) * 1000,
        pulls: pullsNamed(header[3] as string),
      };
      continue;
    }
    // Newest first: a file added twice (deleted and added again) keeps its first adding.
    if (field && current) added.set(field, { ...current });
  }
  const requests = [...added].filter(
    ([path]) =>
      path.startsWith(`${REQUESTS_DIR}/`) &&
      // cat-file --batch reads names a line each: a name with a control character cannot be asked for.
      !pathControlCharacter(path) &&
      (wanted === undefined || wanted.has(path)),
  );
  if (requests.length > 0) {
    const objects = requests.map(([path, file]) => `${file.commit}:${path}`);
    const blobs = await readBlobs(repo, objects).catch(() => new Map<string, Buffer>());
    for (const [i, [, file]] of requests.entries()) {
      const bytes = blobs.get(objects[i] as string);
      if (bytes && bytes.length <= MAX_YAML_BYTES) file.request = requestFields(bytes);
    }
  }
  return {
    index: { ref: `${ref.replace(/^refs\/remotes\//, "")} (${commit.slice(0, 12)})`, headTime, added },
  };
}

function requestFields(bytes: Uint8Array): AddedFile["request"] {
  const loaded = loadYaml(bytes);
  if (!loaded.ok || typeof loaded.value !== "object" || loaded.value === null) return {};
  const value = loaded.value as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  const fields: NonNullable<AddedFile["request"]> = {};
  const profile = text(value.profile);
  const requester = text(value.requester);
  const extending = text(value.extends);
  if (profile !== undefined) fields.profile = profile;
  if (requester !== undefined) fields.requester = requester;
  if (extending !== undefined) fields.extends = extending;
  return fields;
}
