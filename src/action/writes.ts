/**
 * The action's writes to GitHub: the sticky comment and the gitjit/approval status. A token that
 * may not write (a fork's pull request gets a read-only one) turns a write into a notice, never
 * a failure: the check itself and the job summary still stand.
 */
import { type CommitStatus, type Forge, ServiceError } from "../adapters/forge.js";
import { STICKY_MARKER } from "../core/render/pull-request-comment.js";
import type { ActionIO } from "./io.js";

export type WriteOutcome = "done" | "refused";

/** Runs a write; a 403 from GitHub becomes a notice and "refused". */
export async function tryWrite(
  io: ActionIO,
  what: string,
  write: () => Promise<void>,
): Promise<WriteOutcome> {
  try {
    await write();
    return "done";
  } catch (error) {
    if (error instanceof ServiceError && error.code === "github-forbidden") {
      io.notice(
        `gitjit could not ${what}: the token may not write here (a pull request from a fork gets a read-only token). The job summary has the full report.`,
      );
      return "refused";
    }
    throw error;
  }
}

/**
 * Creates or updates the one gitjit comment of a pull request: the oldest comment that starts
 * with the marker and was written by the token's own account (for an App's token, which may
 * not ask who it is: by a bot). Anyone else's comment is never touched, whatever it says.
 */
export async function upsertSticky(
  forge: Forge,
  pr: number,
  /** The body, or how to make it from the body it replaces (undefined when there is none). */
  content: string | ((previous: string | undefined) => string),
  marker = STICKY_MARKER,
  create = true,
): Promise<"created" | "updated" | "unchanged" | "none"> {
  const me = (await forge.viewer())?.toLowerCase();
  const mine = (await forge.comments(pr)).filter(
    (c) =>
      c.body.startsWith(marker) &&
      (me !== undefined ? c.author.toLowerCase() === me : c.authorType === "Bot"),
  );
  const [existing] = mine;
  const body = typeof content === "string" ? content : content(existing?.body);
  if (!existing) {
    if (!create) return "none";
    await forge.createComment(pr, body);
    return "created";
  }
  if (existing.body === body) return "unchanged";
  await forge.updateComment(existing.id, body);
  return "updated";
}

export async function setStatus(io: ActionIO, forge: Forge, sha: string, status: CommitStatus) {
  return tryWrite(io, `set the ${status.context} status`, () => forge.setStatus(sha, status));
}
