/**
 * `gitjit approvals`: is a pull request's approval rule met? The policy and CODEOWNERS come from
 * the base commit (trust rule 1), the request files from the head, the reviews from GitHub.
 */
import { createHash } from "node:crypto";
import type { Forge, PullRequestInfo } from "../adapters/forge.js";
import { DEFAULT_LEDGER_BRANCH } from "../adapters/git/ledger-store.js";
import type { RepoFiles } from "../adapters/repo-files.js";
import { evaluateAnyOf } from "../core/approval/any-of.js";
import { type ChangedFile, classifyChanges } from "../core/approval/changes.js";
import {
  type ApprovalRule,
  type Dismissal,
  evaluateApproval,
  latestReviews,
  type Review,
  stepsFor,
} from "../core/approval/engine.js";
import type { ApprovalReport, ApprovalSubject } from "../core/approval/report.js";
import { stricterOf, summarizeReport } from "../core/approval/stricter.js";
import { ruleFor as codeownersRule, parseCodeowners } from "../core/codeowners/file.js";
import { generateSection, spliceSection } from "../core/codeowners/generate.js";
import { CODEOWNERS_LOCATIONS } from "../core/layout.js";
import { loadYaml, MAX_POLICY_BYTES, MAX_YAML_BYTES } from "../core/load/yaml.js";
import type { Policy } from "../core/policy/policy.js";
import { evaluateRequest } from "../core/request/evaluate.js";
import { type HeldGrants, heldGrantsIn } from "./held-grants.js";
import { alternativeGroups, checkExtends, revokeSubject } from "./lifecycle-subjects.js";
import { loadPolicy } from "./validate.js";

export const APPROVAL_CONTEXT = "gitjit/approval";

export interface ApprovalsOptions {
  pr: number;
  policyDir: string;
  now: Date;
  /** Set the gitjit/approval commit status on the head commit. */
  report: boolean;
  /**
   * The default branch's policy, which governs too: at merge, main as it was when the pull request
   * merged (the merge's first parent); on a pull request, main now. When it differs from the base's,
   * the pull request is judged by both and the stricter verdict stands (trust rule 1).
   */
  governing?: (pull: PullRequestInfo) => { files: RepoFiles; label: string };
  /**
   * The grants the ledger holds, for revokes and extensions. Default: the ledger branch read
   * through the forge's contents API (`ledgerBranch`, else gitjit-ledger).
   */
  held?: HeldGrants;
  ledgerBranch?: string;
}

export async function approvals(options: ApprovalsOptions, forge: Forge): Promise<ApprovalReport> {
  const pull = await forge.pull(options.pr);
  const [changed, { reviews, dismissals }] = await Promise.all([
    forge.pullFiles(pull.number),
    reviewsOf(forge, pull.number),
  ]);
  const inputs = { pull, changed, reviews, dismissals };
  const base = await judgeAt(forge.files(pull.baseSha), inputs, options, forge);
  const governing = options.governing?.(pull);
  if (!governing) return finish(base, options, forge);
  // The default branch's policy governs too: when it is not the base's, judge by both and keep the stricter.
  const files = governing.files;
  const digest = await policyDigest(files, options.policyDir).catch(() => undefined);
  if (digest !== undefined && digest === (await policyDigest(forge.files(pull.baseSha), options.policyDir)))
    return finish(base, options, forge);
  const main = await judgeAt(files, inputs, options, forge);
  return finish(stricterOf(main, base, governing.label), options, forge);
}

/** The default branch's current policy, for judging an open pull request whose base may be older. */
export const currentMainPolicy =
  (forge: Forge): NonNullable<ApprovalsOptions["governing"]> =>
  (pull) => ({
    files: forge.files(pull.defaultBranch),
    label: `the default branch's current policy (${pull.defaultBranch})`,
  });

interface PullInputs {
  pull: Awaited<ReturnType<Forge["pull"]>>;
  changed: ChangedFile[];
  reviews: Review[];
  dismissals: Dismissal[];
}

/** The pull request judged by the policy and CODEOWNERS that `policyFiles` hold. */
async function judgeAt(
  policyFiles: RepoFiles,
  { pull, changed, reviews, dismissals }: PullInputs,
  options: ApprovalsOptions,
  forge: Forge,
): Promise<ApprovalReport> {
  const [compiled, codeowners] = await Promise.all([
    loadPolicy(policyFiles, options.policyDir),
    readCodeowners(policyFiles),
  ]);
  const report: ApprovalReport = {
    repository: forge.repository,
    pullRequest: pull.number,
    url: pull.url,
    author: pull.author,
    headSha: pull.headSha,
    baseSha: pull.baseSha,
    satisfied: false,
    summary: "",
    problems: [],
    subjects: [],
    files: [],
    warnings: [],
  };
  const policy = compiled.policy;
  const classified = classifyChanges(changed, {
    policyDir: options.policyDir,
    profiles: policy.profiles.keys(),
  });
  report.files = describeFiles(changed, classified, codeowners?.parsed);
  report.problems.push(...classified.problems);
  if (pull.baseRef !== pull.defaultBranch)
    // Another branch's policy is whatever was pushed there; only the default branch's is governed.
    report.problems.push({
      code: "base-not-default-branch",
      message: `the pull request merges into ${pull.baseRef}, not ${pull.defaultBranch}: gitjit judges only pull requests into the default branch, whose policy is governed`,
    });
  if (compiled.errors.length > 0) {
    report.problems.push(
      ...compiled.errors.map((e) => ({
        code: "policy-invalid",
        path: e.file,
        message: `the policy at ${policyFiles.origin} has an error: ${e.file}:${e.line}:${e.column} ${e.code}: ${e.message}`,
      })),
    );
    return report;
  }

  const expected = spliceSection(codeowners?.text, generateSection(policy, options.policyDir).lines);
  if (!expected.ok || expected.text !== codeowners?.text)
    report.warnings.push(
      `the gitjit section of ${codeowners?.path ?? "CODEOWNERS"} at ${policyFiles.origin} does not match the policy there; GitHub may ask the wrong reviewers (run gitjit codeowners)`,
    );

  const head = forge.files(pull.headSha);
  const held = options.held ?? heldGrantsIn(forge.files(options.ledgerBranch ?? DEFAULT_LEDGER_BRANCH));
  const revokes = [];
  for (const path of classified.revokes)
    revokes.push(await revokeSubject(path, head, policy, pull.author, held));
  const teams = await resolveTeams(
    forge,
    policy,
    classified.requests,
    classified.governance.length > 0,
    alternativeGroups(revokes),
  );
  if (classified.governance.length > 0 && policy.admins) {
    report.subjects.push({
      subject: "governance",
      kind: "governance",
      errors: [],
      rule: {
        steps: [{ groups: policy.admins.groups, count: policy.admins.count }],
        selfApproval: false,
        auto: false,
      },
    });
  }
  for (const path of classified.requests) {
    const subject: ApprovalSubject = { subject: path, kind: "request", errors: [] };
    report.subjects.push(subject);
    const read = await head.read(path, MAX_YAML_BYTES);
    if (read.kind !== "file") {
      subject.errors.push({
        code: "request-unreadable",
        message: `${path} is not a readable file (${read.kind})`,
        line: 1,
        column: 1,
      });
      continue;
    }
    const loaded = loadYaml(read.bytes);
    if (!loaded.ok) {
      subject.errors.push(...loaded.errors);
      continue;
    }
    const evaluation = evaluateRequest({
      path,
      value: loaded.value,
      locate: loaded.locate,
      policy,
      now: options.now,
      author: pull.author,
      teamMembers: teams,
    });
    subject.errors.push(...evaluation.errors);
    if (evaluation.warnings.length > 0) subject.warnings = evaluation.warnings;
    if (evaluation.summary) {
      subject.profile = evaluation.summary.profile;
      subject.rule = evaluation.summary.approval;
      subject.request = evaluation.summary;
      await checkExtends(subject, evaluation.summary, loaded.locate, policy, held, options.now);
    }
  }
  report.subjects.push(...revokes);

  const rules = report.subjects.flatMap((s) =>
    s.errors.length > 0 ? [] : [...(s.rule ? [s.rule] : []), ...(s.alternatives ?? []).map((a) => a.rule)],
  );
  const writeAccess = await lookUpWriters(forge, policy, rules, reviews, pull.author, teams);
  const context = {
    author: pull.author,
    headSha: pull.headSha,
    reviews,
    dismissals,
    groups: policy.groups,
    teamMembers: teams,
    writeAccess,
  };
  for (const subject of report.subjects) {
    if (subject.errors.length > 0) continue;
    const judged = [
      ...(subject.rule ? [subject.rule] : []),
      ...(subject.alternatives ?? []).map((a) => a.rule),
    ];
    for (const rule of judged)
      for (const step of rule.steps)
        for (const name of step.groups) {
          const group = policy.groups.get(name);
          if (group) report.approvers = { ...report.approvers, [name]: [...group.members, ...group.teams] };
        }
    if (subject.alternatives) subject.verdict = evaluateAnyOf(subject.alternatives, context);
    else if (subject.rule) subject.verdict = evaluateApproval(subject.rule, context);
  }
  return report;
}

/** A digest of the policy files' paths and bytes: two commits with the same one hold the same policy. */
async function policyDigest(files: RepoFiles, policyDir: string): Promise<string> {
  const hash = createHash("sha256");
  const dir = policyDir.replace(/\/+$/, "");
  for (const path of await files.list(dir)) {
    const read = await files.read(path, MAX_POLICY_BYTES);
    hash.update(`${path}\0${read.kind}\0`);
    if (read.kind === "file") hash.update(read.bytes);
    hash.update("\0");
  }
  for (const path of CODEOWNERS_LOCATIONS) {
    const read = await files.read(path, 4_000_000);
    hash.update(`${path}\0${read.kind}\0`);
    if (read.kind === "file") hash.update(read.bytes);
  }
  return hash.digest("hex");
}

async function finish(
  report: ApprovalReport,
  options: ApprovalsOptions,
  forge: Forge,
): Promise<ApprovalReport> {
  const invalid = report.subjects.filter((s) => s.errors.length > 0);
  const waiting = report.subjects.filter((s) => s.verdict && !s.verdict.satisfied);
  report.satisfied = report.problems.length === 0 && invalid.length === 0 && waiting.length === 0;
  report.summary = summarizeReport(report, invalid, waiting);
  if (options.report)
    await forge.setStatus(report.headSha, {
      state: report.satisfied ? "success" : "failure",
      context: APPROVAL_CONTEXT,
      description: report.summary,
      targetUrl: report.url,
    });
  return report;
}

/**
 * The reviews, and who dismissed the dismissed ones. The dismissals are read after the reviews
 * and only when some review shows as dismissed: a review dismissed after the reviews were read
 * still shows as a change request there, which blocks, so nothing is lifted unseen.
 */
export async function reviewsOf(
  forge: Forge,
  pr: number,
): Promise<{ reviews: Review[]; dismissals: Dismissal[] }> {
  const reviews = await forge.reviews(pr);
  const dismissals = reviews.some((r) => r.state === "DISMISSED") ? await forge.dismissals(pr) : [];
  return { reviews, dismissals };
}

/** Members of every team the judged rules and the requests' eligibility can name. */
async function resolveTeams(
  forge: Forge,
  policy: Policy,
  requests: readonly string[],
  governance: boolean,
  more: readonly string[] = [],
): Promise<Map<string, readonly string[]>> {
  const groupNames = new Set<string>([...(governance ? (policy.admins?.groups ?? []) : []), ...more]);
  for (const path of requests) {
    const profile = policy.profiles.get(path.split("/")[1] ?? "");
    if (!profile) continue;
    for (const g of profile.eligible) groupNames.add(g);
    for (const step of profile.approval.steps) for (const g of step.groups) groupNames.add(g);
  }
  const teams = [...groupNames].flatMap((g) => policy.groups.get(g)?.teams ?? []);
  const unique = [...new Set(teams)];
  const members = await Promise.all(unique.map((t) => forge.teamMembers(t)));
  return new Map(unique.map((t, i) => [t, members[i] as string[]]));
}

/** Write access, asked only of the people whose approval could count. */
async function lookUpWriters(
  forge: Forge,
  policy: Policy,
  rules: readonly ApprovalRule[],
  reviews: Parameters<typeof latestReviews>[0],
  author: string,
  teams: ReadonlyMap<string, readonly string[]>,
): Promise<Map<string, boolean>> {
  const people = new Set<string>();
  for (const review of latestReviews(reviews)) {
    if (review.bot || review.login.endsWith("[bot]")) continue;
    if (rules.some((r) => stepsFor(review.login, false, r.steps, policy.groups, teams).length > 0))
      people.add(review.login);
  }
  if (rules.some((r) => r.selfApproval)) people.add(author);
  const logins = [...people];
  const answers = await Promise.all(logins.map((l) => forge.canWrite(l)));
  return new Map(logins.map((l, i) => [l.toLowerCase(), answers[i] === true]));
}

async function readCodeowners(base: ReturnType<Forge["files"]>) {
  for (const path of CODEOWNERS_LOCATIONS) {
    const read = await base.read(path, 4_000_000);
    if (read.kind === "file") {
      const text = new TextDecoder().decode(read.bytes);
      return { path, text, parsed: parseCodeowners(text) };
    }
  }
  return undefined;
}

function describeFiles(
  changed: readonly ChangedFile[],
  classified: ReturnType<typeof classifyChanges>,
  codeowners: ReturnType<typeof parseCodeowners> | undefined,
): ApprovalReport["files"] {
  return changed.map((f) => ({
    path: f.path,
    status: f.status,
    kind: classified.requests.includes(f.path)
      ? "request"
      : classified.revokes.includes(f.path)
        ? "revoke"
        : classified.governance.includes(f.path)
          ? "governance"
          : "other",
    owners: [...((codeowners && codeownersRule(codeowners, f.path)?.owners) ?? [])],
  }));
}
