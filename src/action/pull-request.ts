/**
 * Pull request mode (pull_request, pull_request_target, pull_request_review): validate against
 * the policy of the base commit, judge the approvals, and report as one sticky comment,
 * annotations on the exact lines, the job summary and the gitjit/approval status.
 *
 * Every file is read through GitHub's contents API at the exact commits the pull request names
 * (the base for the policy and CODEOWNERS, the head for the requests), not from the checkout:
 * on pull_request the checkout is a test merge commit, usually shallow, and fetching the base
 * would need credentials that a pull request job should not keep. This also works unchanged for
 * a fork's read-only token. The grants a revoke or an extension names are read the same way,
 * from the ledger branch's ledger/active/<id>.json; apply judges them again from its own ledger
 * checkout at merge time.
 *
 * A governance change also shows its impact: the base policy compared with the head's (who
 * becomes eligible, approval rules loosened or tightened, identities re-mapped, the active grants
 * it touches, the CODEOWNERS lines that change). The head's policy is read like everything else,
 * through the contents API at the head commit; it judges nothing, it is only compared.
 */
import { type Forge, type PullRequestInfo, ServiceError } from "../adapters/forge.js";
import { ConfigError, cachedFiles, type RepoFiles } from "../adapters/repo-files.js";
import { APPROVAL_CONTEXT, approvals, currentMainPolicy } from "../commands/approvals.js";
import { codeowners } from "../commands/codeowners.js";
import { impactBetween } from "../commands/impact.js";
import { planGrant } from "../commands/plan.js";
import { checkPullRequest, type PullRequestCheck, problemsOf } from "../core/approval/pull-request-check.js";
import type { FileDiagnostic } from "../core/diagnostics.js";
import type { PolicyImpact } from "../core/policy/impact.js";
import { renderPullRequestComment, renderPullRequestSummary } from "../core/render/pull-request-comment.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionIO } from "./io.js";
import { setStatus, tryWrite, upsertSticky } from "./writes.js";

export interface PullRequestModeOptions {
  inputs: ActionInputs;
  pr: number;
  now: Date;
  runUrl?: string;
}

export async function pullRequestMode(
  options: PullRequestModeOptions,
  forge: Forge,
  io: ActionIO,
): Promise<PullRequestCheck> {
  const { inputs, pr } = options;
  const pulls = new Map<number, Promise<PullRequestInfo>>();
  const files = new Map<string, RepoFiles>();
  // approvals() reads the pull request and the base's files too: one read serves both.
  const reading: Forge = {
    ...forge,
    pull: (n) => {
      const known = pulls.get(n);
      if (known) return known;
      const pull = forge.pull(n);
      pulls.set(n, pull);
      return pull;
    },
    files: (ref) => {
      let known = files.get(ref);
      if (!known) {
        known = cachedFiles(forge.files(ref));
        files.set(ref, known);
      }
      return known;
    },
  };
  const report = await approvals(
    {
      pr,
      policyDir: inputs.policyDir,
      now: options.now,
      report: false,
      ledgerBranch: inputs.ledgerBranch,
      // A base older than the default branch's policy is judged by that policy too.
      governing: currentMainPolicy(reading),
    },
    reading,
  );
  const pull = await reading.pull(pr);
  const governance = report.subjects.some((s) => s.kind === "governance") && report.problems.length === 0;
  const plans = Object.fromEntries(
    // An extension makes no new grant: its plan is the moved expiry, shown with the request.
    report.subjects.flatMap((s) =>
      s.request && s.request.extends === undefined ? [[s.subject, planGrant(s.subject, s.request, pr)]] : [],
    ),
  );
  const check = checkPullRequest(
    report,
    pull,
    governance ? await governanceErrors(reading, pull.headSha, inputs.policyDir) : [],
    plans,
    governance ? await governanceImpact(reading, pull, inputs) : undefined,
  );

  for (const p of problemsOf(check)) {
    const where = { title: `gitjit ${p.code}`, file: p.file, line: p.line, column: p.column };
    if (p.severity === "error") io.error(p.message, where);
    else io.warning(p.message, where);
  }
  const context = options.runUrl ? { runUrl: options.runUrl } : {};
  await io.appendSummary(renderPullRequestSummary(check, context));
  if (inputs.comment) {
    const body = renderPullRequestComment(check, context);
    await tryWrite(io, "comment on the pull request", async () => {
      // A pull request with nothing for gitjit gets no comment, unless an earlier push made one.
      const done = await upsertSticky(forge, pr, body, undefined, check.verdict !== "nothing");
      io.info(`gitjit comment on #${pr}: ${done}`);
    });
  }
  await setStatus(io, forge, pull.headSha, {
    state: check.approved ? "success" : "failure",
    context: APPROVAL_CONTEXT,
    description: check.status,
    ...(options.runUrl ? { targetUrl: options.runUrl } : { targetUrl: pull.url }),
  });
  io.setOutput("valid", String(check.valid));
  io.setOutput("approved", String(check.approved));
  io.info(`gitjit: ${check.verdict}: ${check.status}`);
  if (!check.valid) {
    const count = problemsOf(check).filter((p) => p.severity === "error").length;
    io.fail(
      `gitjit: pull request #${pr} is not valid: ${count} problem${count === 1 ? "" : "s"} (see the annotations)`,
    );
  }
  return check;
}

/**
 * What a governance change does to its own files, read at its head: a policy that would not
 * compile, or a CODEOWNERS section that no longer matches the policy, must not be merged.
 */
async function governanceErrors(forge: Forge, headSha: string, policyDir: string): Promise<FileDiagnostic[]> {
  const at = { line: 1, column: 1 };
  try {
    const result = await codeowners({ policyDir, check: true }, forge.files(headSha), async () => {});
    if (result.policyErrors.length > 0) return result.policyErrors;
    if (result.status === "stale")
      return [
        {
          file: result.path,
          code: "codeowners-stale",
          message: `the gitjit section of ${result.path} does not match the policy this change makes; run gitjit codeowners and commit the result`,
          ...at,
        },
      ];
    return result.overridden.map((o) => ({ file: result.path, code: o.code, message: o.message, ...at }));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return [{ file: policyDir, code: "policy-missing", message: error.message, ...at }];
  }
}

/** What a governance change does, base policy to head policy; undefined when the head's policy does not load. */
async function governanceImpact(
  forge: Forge,
  pull: PullRequestInfo,
  inputs: ActionInputs,
): Promise<PolicyImpact | undefined> {
  const result = await impactBetween({
    base: forge.files(pull.baseSha),
    head: forge.files(pull.headSha),
    policyDir: inputs.policyDir,
    // A token that may not read a team's members (the job's GITHUB_TOKEN cannot): the team is named, not listed.
    teamMembers: (team) =>
      forge.teamMembers(team).catch((error: unknown) => {
        if (error instanceof ServiceError) return undefined;
        throw error;
      }),
    ledger: forge.files(inputs.ledgerBranch),
  });
  return result.ok ? result.impact : undefined;
}
