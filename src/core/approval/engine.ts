/**
 * The approval rule checked against a pull request's real reviews. Pure: reviews, team
 * memberships and write access are passed in. Rules (trust rule 4):
 * - each person's latest review counts (COMMENTED and PENDING reviews change nothing, as on GitHub);
 * - an approval counts only when it is of the head commit;
 * - changes requested by someone whose approval would count block until that person approves;
 *   dismissing such a review lifts the block only when someone other than the author (and no
 *   bot, which a workflow the author can edit may act as) dismissed it, as the forge's
 *   dismissal records show; a dismissal nobody can be found for keeps it (fail closed);
 * - the author never counts, unless the profile allows self-approval;
 * - a person counts toward one step only (a maximum matching, not first come first served);
 * - no write access, no count; bots count only when a group names them (by name, not through a team).
 */
import type { Group } from "../policy/policy.js";
import { assignApprovers } from "./matching.js";

export interface Review {
  id: number;
  login: string;
  /** GitHub's account id: the stable key for a person, when known. */
  userId?: number;
  /** GitHub says the account is a bot (an App). */
  bot: boolean;
  state: string;
  /** The commit the review was made on. */
  commitId: string | null;
  submittedAt?: string | null;
}

/**
 * A review someone dismissed: GitHub then lists the review itself as DISMISSED, and only its
 * issue events say who dismissed it and what the review had been.
 */
export interface Dismissal {
  /** The dismissed review's id (the id in the reviews list). */
  reviewId: number;
  /** Who dismissed it; null when GitHub does not say (a deleted account). */
  by: { login: string; userId?: number; bot: boolean } | null;
  /** The review's state before it was dismissed, in the reviews list's spelling: APPROVED, CHANGES_REQUESTED. */
  state: string;
}

export interface ApprovalStep {
  groups: readonly string[];
  count: number;
}

export interface ApprovalRule {
  steps: readonly ApprovalStep[];
  selfApproval: boolean;
  /** The policy approves this without anyone. */
  auto: boolean;
}

export interface ApprovalContext {
  author: string;
  headSha: string;
  reviews: readonly Review[];
  /**
   * Who dismissed which review. A DISMISSED review that no dismissal here explains is taken as a
   * change request whose dismissal cannot lift it.
   */
  dismissals: readonly Dismissal[];
  groups: ReadonlyMap<string, Group>;
  /** "@org/team" → its members' logins, for every team the rule's groups name. */
  teamMembers: ReadonlyMap<string, readonly string[]>;
  /** Lowercased login → may write to the repository. Anyone missing is taken as unable to. */
  writeAccess: ReadonlyMap<string, boolean>;
}

export interface StepTally {
  groups: readonly string[];
  count: number;
  approvedBy: string[];
  missing: number;
}

export type IgnoredCode =
  | "self-approval"
  | "not-an-approver"
  | "bot-not-named"
  | "no-write-access"
  | "stale-approval"
  | "not-needed";

export interface IgnoredReview {
  login: string;
  code: IgnoredCode;
  message: string;
}

export interface ApprovalVerdict {
  satisfied: boolean;
  auto: boolean;
  steps: StepTally[];
  /** Eligible approvers whose latest review requests changes. */
  blockedBy: string[];
  /** Reviews that did not count, and why. */
  ignored: IgnoredReview[];
  /** What is still needed, in sentences for the people reviewing. */
  missing: string[];
}

const DECISIVE = new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
const short = (sha: string | null) => (sha ?? "unknown").slice(0, 7);
const lower = (s: string) => s.toLowerCase();
const isBot = (login: string, bot: boolean) => bot || login.endsWith("[bot]");

/** Each person's latest review that decides something (approve, request changes, dismissed). */
export function latestReviews(reviews: readonly Review[]): Review[] {
  const ordered = reviews
    .filter((r) => DECISIVE.has(r.state))
    .map((r, index) => ({ r, index }))
    .sort((a, b) => {
      const at = (a.r.submittedAt ?? "").localeCompare(b.r.submittedAt ?? "");
      return at !== 0 ? at : a.r.id - b.r.id || a.index - b.index;
    });
  const latest = new Map<string, Review>();
  for (const { r } of ordered) latest.set(r.userId !== undefined ? `id:${r.userId}` : lower(r.login), r);
  return [...latest.values()];
}

/** GitHub's stand-in for a deleted account: it names no one who can be told apart from the author. */
const DELETED_ACCOUNT = "ghost";

/**
 * Whether a review the reviews list shows as DISMISSED still blocks, and why in a sentence; undefined
 * when it does not (it was no change request, or someone other than the author, and no bot,
 * dismissed it). Anyone with write access may dismiss a review, the author included, so a
 * dismissal lifts a change request only when it is known to be someone else's (fail closed).
 */
export function standingVeto(
  review: Review,
  dismissals: readonly Dismissal[],
  author: string,
): string | undefined {
  const { login } = review;
  const until = `it blocks until ${login} approves the latest commit`;
  const records = dismissals.filter((d) => d.reviewId === review.id);
  if (records.length === 0)
    return `${login}'s review was dismissed, but GitHub records no dismissal of it, so neither who dismissed it nor what it was can be found; taken as a change request, ${until}`;
  for (const { by, state } of records) {
    if (state.toUpperCase() !== "CHANGES_REQUESTED") continue;
    if (!by || lower(by.login) === DELETED_ACCOUNT)
      return `${login} requested changes and the review was dismissed, but GitHub does not say by whom; a change request stands unless someone other than the author dismissed it, so ${until}`;
    if (lower(by.login) === lower(author))
      return `${login} requested changes and ${by.login}, who wrote the pull request, dismissed that review; the author cannot lift a change request, so ${until}`;
    if (isBot(by.login, by.bot))
      return `${login} requested changes and ${by.login} dismissed that review; a bot cannot lift a change request (a workflow the author can change may act as one), so ${until}`;
  }
  return undefined;
}

/** The steps a person may fill: members of a step's groups, by name or (humans only) through a team. */
export function stepsFor(
  login: string,
  bot: boolean,
  steps: readonly ApprovalStep[],
  groups: ReadonlyMap<string, Group>,
  teamMembers: ReadonlyMap<string, readonly string[]>,
): number[] {
  const me = lower(login);
  const inGroup = (name: string) => {
    const group = groups.get(name);
    if (!group) return false;
    if (group.members.some((m) => lower(m) === me)) return true;
    if (isBot(login, bot)) return false;
    return group.teams.some((team) => (teamMembers.get(team) ?? []).some((m) => lower(m) === me));
  };
  return steps.flatMap((step, i) => (step.groups.some(inGroup) ? [i] : []));
}

export function evaluateApproval(rule: ApprovalRule, context: ApprovalContext): ApprovalVerdict {
  const steps = rule.steps;
  if (rule.auto) return { satisfied: true, auto: true, steps: [], blockedBy: [], ignored: [], missing: [] };

  const ignored: IgnoredReview[] = [];
  const blockedBy: string[] = [];
  /** Why each of blockedBy blocks, in a sentence. */
  const vetoes: string[] = [];
  const candidates: { login: string; steps: number[] }[] = [];
  const ignore = (login: string, code: IgnoredCode, message: string) =>
    ignored.push({ login, code, message });
  const canWrite = (login: string) => context.writeAccess.get(lower(login)) === true;
  const author = lower(context.author);

  for (const review of latestReviews(context.reviews)) {
    const { login } = review;
    const mine = stepsFor(login, review.bot, steps, context.groups, context.teamMembers);
    const approving = review.state === "APPROVED";
    const verb = approving
      ? "approved"
      : review.state === "DISMISSED"
        ? "had a review dismissed"
        : "requested changes";
    if (lower(login) === author) {
      // With self-approval the pull request itself stands for the author's approval (below).
      if (!rule.selfApproval)
        ignore(
          login,
          "self-approval",
          `${login} ${verb} but wrote the pull request; the author never counts`,
        );
      continue;
    }
    if (mine.length === 0) {
      if (isBot(login, review.bot))
        ignore(
          login,
          "bot-not-named",
          `${login} ${verb} but is a bot, and bots count only when a group names them`,
        );
      else
        ignore(
          login,
          "not-an-approver",
          `${login} ${verb} but is not in ${groupList(steps.flatMap((s) => s.groups))}`,
        );
      continue;
    }
    // A GitHub App is no collaborator: the policy naming it is what vouches for it.
    if (!isBot(login, review.bot) && !canWrite(login)) {
      ignore(
        login,
        "no-write-access",
        `${login} ${verb} but cannot write to the repository, so does not count`,
      );
      continue;
    }
    const veto =
      review.state === "CHANGES_REQUESTED"
        ? `${login} requested changes; that blocks until ${login} approves the latest commit`
        : review.state === "DISMISSED"
          ? standingVeto(review, context.dismissals, context.author)
          : undefined;
    if (veto !== undefined) {
      blockedBy.push(login);
      vetoes.push(veto);
    } else if (approving && review.commitId !== context.headSha)
      ignore(
        login,
        "stale-approval",
        `${login} approved commit ${short(review.commitId)}, not the latest commit ${short(context.headSha)}; approve again`,
      );
    else if (approving) candidates.push({ login, steps: mine });
  }

  if (rule.selfApproval && canWrite(context.author)) {
    const mine = stepsFor(context.author, false, steps, context.groups, context.teamMembers);
    if (mine.length > 0) candidates.push({ login: context.author, steps: mine });
  }

  const assigned = assignApprovers(
    candidates.map((c) => c.steps),
    steps.map((s) => s.count),
  );
  const tallies: StepTally[] = steps.map((s) => ({
    groups: s.groups,
    count: s.count,
    approvedBy: [],
    missing: 0,
  }));
  candidates.forEach((c, i) => {
    const step = assigned[i];
    if (step !== undefined) tallies[step]?.approvedBy.push(c.login);
    else
      ignore(c.login, "not-needed", `${c.login} approved, but the steps ${c.login} can fill are already met`);
  });

  const missing: string[] = [];
  tallies.forEach((t, i) => {
    t.missing = t.count - t.approvedBy.length;
    if (t.missing <= 0) return;
    const elsewhere = candidates.flatMap((c, k) => {
      const step = assigned[k];
      return c.steps.includes(i) && step !== undefined && step !== i
        ? [`${c.login} already counts toward step ${step + 1}`]
        : [];
    });
    missing.push(
      `step ${i + 1}${steps.length > 1 ? ` of ${steps.length}` : ""}: ${t.missing} more approval${t.missing === 1 ? "" : "s"} of the latest commit from ${groupList(t.groups)}` +
        (elsewhere.length > 0
          ? ` (${elsewhere.join("; ")}, and one person counts toward one step only)`
          : ""),
    );
  });
  missing.push(...vetoes);

  return {
    satisfied: steps.length > 0 && missing.length === 0,
    auto: false,
    steps: tallies,
    blockedBy,
    ignored,
    missing,
  };
}

function groupList(names: readonly string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return `group ${unique[0] ?? "(none)"}`;
  return `groups ${unique.slice(0, -1).join(", ")} or ${unique[unique.length - 1]}`;
}
