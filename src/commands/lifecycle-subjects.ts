/**
 * A pull request's revokes and extensions as approval subjects: each judged against the grant the
 * ledger holds (core/ledger/lifecycle.ts has the rules), with the approval it needs.
 */
import type { RepoFiles } from "../adapters/repo-files.js";
import type { Alternative } from "../core/approval/any-of.js";
import type { ApprovalSubject } from "../core/approval/report.js";
import { checkExtension, evaluateRevokeFile, REVOKE_FILE } from "../core/ledger/lifecycle.js";
import { loadYaml, MAX_YAML_BYTES } from "../core/load/yaml.js";
import type { Policy } from "../core/policy/policy.js";
import type { RequestSummary } from "../core/request/evaluate.js";
import type { Locate } from "../core/schema-errors.js";
import type { HeldGrants } from "./held-grants.js";

const at = { line: 1, column: 1 };

/** A revoke file the pull request adds, as read at its head. */
export async function revokeSubject(
  path: string,
  head: RepoFiles,
  policy: Policy,
  author: string | undefined,
  held: HeldGrants,
): Promise<ApprovalSubject> {
  const subject: ApprovalSubject = { subject: path, kind: "revoke", errors: [] };
  const read = await head.read(path, MAX_YAML_BYTES);
  if (read.kind !== "file") {
    subject.errors.push({
      code: "request-unreadable",
      message: `${path} is not a readable file (${read.kind})`,
      ...at,
    });
    return subject;
  }
  const loaded = loadYaml(read.bytes);
  if (!loaded.ok) {
    subject.errors.push(...loaded.errors);
    return subject;
  }
  const id = REVOKE_FILE.exec(path)?.[1];
  const entry = id === undefined ? undefined : await held(id);
  const evaluation = evaluateRevokeFile({
    path,
    value: loaded.value,
    locate: loaded.locate,
    ...(author !== undefined ? { author } : {}),
    ...(entry ? { entry } : {}),
    policy,
  });
  subject.errors.push(...evaluation.errors);
  const { requester, reason } = loaded.value;
  subject.revoke = {
    ...(evaluation.grantId ? { grantId: evaluation.grantId } : {}),
    ...(entry ? { entry } : {}),
    ...(typeof requester === "string" ? { requester } : {}),
    ...(typeof reason === "string" ? { reason: reason.trim() } : {}),
    self: evaluation.authority?.kind === "self",
  };
  if (entry) subject.profile = entry.profile;
  const authority = evaluation.authority;
  if (authority?.kind === "self")
    // Less privilege is always safe: the grant's own requester gives it up without anyone.
    subject.verdict = { satisfied: true, auto: false, steps: [], blockedBy: [], ignored: [], missing: [] };
  else if (authority?.kind === "approval") {
    const profileSteps = entry ? policy.profiles.get(entry.profile)?.approval.steps : undefined;
    subject.alternatives = authority.anyOf.map(
      (rule): Alternative => ({
        label: rule.steps === profileSteps ? `the approvers of profile ${entry?.profile}` : "the admins",
        rule: { steps: rule.steps, selfApproval: rule.selfApproval, auto: rule.auto },
      }),
    );
  }
  return subject;
}

/** Judges a request's `extends:` against the grant it names; on success the subject says what moves. */
export async function checkExtends(
  subject: ApprovalSubject,
  summary: RequestSummary,
  locate: Locate,
  policy: Policy,
  held: HeldGrants,
  now: Date,
): Promise<void> {
  const id = summary.extends;
  const profile = policy.profiles.get(summary.profile);
  if (id === undefined || !profile) return;
  const entry = await held(id);
  const check = checkExtension(summary, entry, profile, now);
  const where = locate(["extends"]);
  subject.errors.push(...check.errors.map((e) => ({ ...e, path: ["extends"], ...where })));
  if (check.to && entry)
    subject.extension = { grantId: id, from: entry.expiresAt, to: check.to, principal: entry.principal };
}

/** Every group a subject's alternatives name: their members' teams must be resolved. */
export const alternativeGroups = (subjects: readonly ApprovalSubject[]): string[] =>
  subjects.flatMap((s) => (s.alternatives ?? []).flatMap((a) => a.rule.steps.flatMap((step) => step.groups)));
