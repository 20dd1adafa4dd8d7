/**
 * The rules of one profile (or the admins' rule) compared from the base policy to the head's:
 * approval steps, self- and auto-approval, durations, scheduling, ticket and justification rules,
 * and what is granted. Each difference is one item, marked by what it does: loosened when the head
 * allows something the base did not (a change gitjit cannot order, such as a new ticket pattern
 * or a different grant, allows something new, so it counts as loosening), tightened when the base
 * allowed something the head does not. Pure.
 */
import { formatDuration, parseDuration } from "../duration.js";
import type { ApprovalStepPolicy, ProfilePolicy } from "../model/schema.js";
import { DEFAULT_JUSTIFICATION_MIN } from "../request/evaluate.js";
import type { Direction, ImpactItem, Part } from "./impact.js";
import { difference, groupSpec, type PeopleResolver } from "./impact-people.js";
import { type Policy, scheduleHorizon } from "./policy.js";

/** How many names one item lists before it says "and N more". */
const NAMES_SHOWN = 10;

export interface Sides {
  base: Policy;
  head: Policy;
  resolver: PeopleResolver;
}

type Emit = (direction: Direction, says: Part[]) => void;

export const names = (list: readonly string[], max = NAMES_SHOWN): Part[] => {
  const parts: Part[] = [];
  list.slice(0, max).forEach((name, i) => {
    if (i > 0) parts.push(", ");
    parts.push({ code: name });
  });
  if (list.length > max) parts.push(` and ${list.length - max} more`);
  return parts;
};

const ms = (text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const parsed = parseDuration(text);
  return parsed.ok ? parsed.ms : undefined;
};
const shown = (value: number) => formatDuration(value);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Every difference between a profile as the base and the head define it. */
export function compareProfile(
  name: string,
  base: ProfilePolicy,
  head: ProfilePolicy,
  sides: Sides,
): ImpactItem[] {
  const items: ImpactItem[] = [];
  const emitter =
    (area: ImpactItem["area"]): Emit =>
    (direction, says) =>
      items.push({ direction, area, subject: name, subjectKind: "profile", says });

  compareSteps(base.approval.steps, head.approval.steps, sides, emitter("approval"));
  compareApprovalFlags(base, head, emitter("approval"));
  compareDurations(base, head, emitter("duration"));
  compareSchedule(base, head, emitter("schedule"));
  compareTicket(base, head, emitter("ticket"));
  const minB = base.justification?.minLength ?? DEFAULT_JUSTIFICATION_MIN;
  const minH = head.justification?.minLength ?? DEFAULT_JUSTIFICATION_MIN;
  if (minH !== minB)
    emitter("justification")(minH < minB ? "loosened" : "tightened", [
      `a justification needs ${plural(minH, "character")} instead of ${minB}`,
    ]);
  compareGrant(base, head, emitter("grant"));
  return items;
}

/** The admins' rule: one step of `count` people from the admin groups. */
export function compareAdmins(sides: Sides): ImpactItem[] {
  const items: ImpactItem[] = [];
  const step = (p: Policy): ApprovalStepPolicy[] =>
    p.admins ? [{ groups: [...p.admins.groups], count: p.admins.count }] : [];
  compareSteps(
    step(sides.base),
    step(sides.head),
    sides,
    (direction, says) =>
      items.push({ direction, area: "approval", subject: "admins", subjectKind: "admins", says }),
    () => "a governance change",
  );
  return items;
}

const stepKey = (s: ApprovalStepPolicy) => JSON.stringify([[...s.groups].sort(), s.count]);
const stepWords = (s: ApprovalStepPolicy): Part[] => [
  `${plural(s.count, "approval")} from `,
  ...names(s.groups),
];

/**
 * Steps are paired by what they are, so removing the second step reads as that step removed, not
 * as the second one changed: steps naming the same groups and count on both sides anchor the
 * pairing, and between anchors the remaining steps are paired in order; what is left over was
 * removed or added. Every pair is compared, anchors too: a group's members may have changed.
 */
function compareSteps(
  base: readonly ApprovalStepPolicy[],
  head: readonly ApprovalStepPolicy[],
  sides: Sides,
  emit: Emit,
  label: StepLabel = stepLabel,
) {
  const anchors = commonSubsequence(base.map(stepKey), head.map(stepKey));
  let i = 0;
  let j = 0;
  for (const [ai, aj] of [...anchors, [base.length, head.length] as const]) {
    const pendingBase: number[] = [];
    const pendingHead: number[] = [];
    for (; i < ai; i++) pendingBase.push(i);
    for (; j < aj; j++) pendingHead.push(j);
    const paired = Math.min(pendingBase.length, pendingHead.length);
    for (let k = 0; k < paired; k++) {
      const bi = pendingBase[k] as number;
      const hj = pendingHead[k] as number;
      compareStep(label(bi, hj), base[bi] as ApprovalStepPolicy, head[hj] as ApprovalStepPolicy, sides, emit);
    }
    for (const bi of pendingBase.slice(paired))
      emit("loosened", [
        `step ${bi + 1} of the base (`,
        ...stepWords(base[bi] as ApprovalStepPolicy),
        `) is removed: ${plural(head.length, "step")} instead of ${base.length}`,
      ]);
    for (const hj of pendingHead.slice(paired))
      emit("tightened", [
        `step ${hj + 1} (`,
        ...stepWords(head[hj] as ApprovalStepPolicy),
        `) is added: ${plural(head.length, "step")} instead of ${base.length}`,
      ]);
    // An anchor names the same groups and count on both sides; the people in those groups may differ.
    if (ai < base.length && aj < head.length)
      compareStep(label(ai, aj), base[ai] as ApprovalStepPolicy, head[aj] as ApprovalStepPolicy, sides, emit);
    i = ai + 1;
    j = aj + 1;
  }
}

type StepLabel = (baseIndex: number, headIndex: number) => string;
const stepLabel: StepLabel = (bi, hj) =>
  bi === hj ? `step ${hj + 1}` : `step ${hj + 1} (step ${bi + 1} of the base)`;

function compareStep(label: string, b: ApprovalStepPolicy, h: ApprovalStepPolicy, sides: Sides, emit: Emit) {
  if (h.count !== b.count)
    emit(h.count < b.count ? "loosened" : "tightened", [
      `${label} needs ${plural(h.count, "approval")} instead of ${b.count}`,
    ]);
  const groupsChanged = stepKey({ ...b, count: 0 }) !== stepKey({ ...h, count: 0 });
  const regrouped: Part[] = groupsChanged
    ? [" (groups ", ...names(h.groups), " instead of ", ...names(b.groups), ")"]
    : [];
  if (groupSpec(b.groups, sides.base) === groupSpec(h.groups, sides.head)) {
    if (groupsChanged) emit("neutral", [`${label} names other groups of the same people`, ...regrouped]);
    return;
  }
  const { added, removed } = difference(
    sides.resolver.peopleOf(b.groups, sides.base),
    sides.resolver.peopleOf(h.groups, sides.head),
  );
  if (added.length > 0) emit("loosened", [`${label} may now be approved by `, ...names(added), ...regrouped]);
  if (removed.length > 0)
    emit("tightened", [`${label} may no longer be approved by `, ...names(removed), ...regrouped]);
  if (added.length === 0 && removed.length === 0 && groupsChanged)
    emit("neutral", [`${label} names other groups of the same people`, ...regrouped]);
}

/** Index pairs of a longest common subsequence (small inputs: at most a few steps). */
function commonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      (table[i] as number[])[j] =
        a[i] === b[j]
          ? ((table[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((table[i + 1] as number[])[j] as number, (table[i] as number[])[j + 1] as number);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (((table[i + 1] as number[])[j] as number) >= ((table[i] as number[])[j + 1] as number)) i++;
    else j++;
  }
  return pairs;
}

function compareApprovalFlags(base: ProfilePolicy, head: ProfilePolicy, emit: Emit) {
  const selfB = base.approval.selfApproval === true;
  const selfH = head.approval.selfApproval === true;
  if (selfH && !selfB) emit("loosened", ["self-approval is turned on: the requester counts as an approver"]);
  if (selfB && !selfH) emit("tightened", ["self-approval is turned off"]);

  // autoApprove without upTo approves a request of any duration.
  const any = Number.POSITIVE_INFINITY;
  const autoB = base.approval.autoApprove ? (ms(base.approval.autoApprove.upTo) ?? any) : undefined;
  const autoH = head.approval.autoApprove ? (ms(head.approval.autoApprove.upTo) ?? any) : undefined;
  const upTo = (v: number) => (v === any ? "of any duration" : `up to ${shown(v)}`);
  if (autoH !== undefined && autoB === undefined)
    emit("loosened", [`auto-approval is turned on: requests ${upTo(autoH)} need no approver`]);
  else if (autoB !== undefined && autoH === undefined) emit("tightened", ["auto-approval is turned off"]);
  else if (autoB !== undefined && autoH !== undefined && autoB !== autoH)
    emit(autoH > autoB ? "loosened" : "tightened", [
      `auto-approves requests ${upTo(autoH)} instead of ${upTo(autoB)}`,
    ]);
}

function compareDurations(base: ProfilePolicy, head: ProfilePolicy, emit: Emit) {
  for (const which of ["max", "default"] as const) {
    const b = ms(base.duration[which]);
    const h = ms(head.duration[which]);
    if (b !== undefined && h !== undefined && b !== h)
      emit(h > b ? "loosened" : "tightened", [
        `the ${which === "max" ? "maximum" : "default"} duration is ${shown(h)} instead of ${shown(b)}`,
      ]);
  }
  const cumulativeB = base.duration.cumulative === true;
  const cumulativeH = head.duration.cumulative === true;
  if (cumulativeB && !cumulativeH)
    emit("loosened", ["extensions no longer count toward the maximum: a grant may be extended without end"]);
  if (cumulativeH && !cumulativeB) emit("tightened", ["extensions now count toward the maximum"]);
}

function compareSchedule(base: ProfilePolicy, head: ProfilePolicy, emit: Emit) {
  const allowedB = base.schedule?.allowed === true;
  const allowedH = head.schedule?.allowed === true;
  const horizonB = ms(scheduleHorizon(base));
  const horizonH = ms(scheduleHorizon(head));
  if (allowedH && !allowedB)
    emit("loosened", [
      `a scheduled start is allowed, up to ${horizonH !== undefined ? shown(horizonH) : "7d"} ahead`,
    ]);
  else if (allowedB && !allowedH) emit("tightened", ["a scheduled start is no longer allowed"]);
  else if (allowedB && allowedH && horizonB !== undefined && horizonH !== undefined && horizonB !== horizonH)
    emit(horizonH > horizonB ? "loosened" : "tightened", [
      `a scheduled start may be up to ${shown(horizonH)} ahead instead of ${shown(horizonB)}`,
    ]);
}

function compareTicket(base: ProfilePolicy, head: ProfilePolicy, emit: Emit) {
  const requiredB = base.ticket?.required === true;
  const requiredH = head.ticket?.required === true;
  if (requiredB && !requiredH) emit("loosened", ["a ticket is no longer required"]);
  if (requiredH && !requiredB) emit("tightened", ["a ticket is now required"]);
  const patternB = base.ticket?.pattern;
  const patternH = head.ticket?.pattern;
  if (patternB === patternH) return;
  if (patternH === undefined)
    emit("loosened", ["a ticket no longer has to match ", { code: patternB ?? "" }]);
  else if (patternB === undefined) emit("tightened", ["a ticket must match ", { code: patternH }]);
  else
    emit("loosened", [
      "a ticket must match ",
      { code: patternH },
      " instead of ",
      { code: patternB },
      ": it may accept tickets the old pattern refused",
    ]);
}

/** Arrays in a grant are sets (statements, actions, resources): compared without regard to order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(",")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

export const sameGrant = (a: unknown, b: unknown) => canonical(a) === canonical(b);

const valueText = (value: unknown) =>
  value === undefined ? "(not set)" : typeof value === "string" ? value : JSON.stringify(value);

function compareGrant(base: ProfilePolicy, head: ProfilePolicy, emit: Emit) {
  if (sameGrant(base.grant, head.grant)) return;
  if (base.grant.provider !== head.grant.provider) {
    emit("loosened", [
      "grants through ",
      { code: head.grant.provider },
      " instead of ",
      { code: base.grant.provider },
      ": ",
      { code: canonical(head.grant) },
    ]);
    return;
  }
  const b = base.grant as Record<string, unknown>;
  const h = head.grant as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(b), ...Object.keys(h)])].sort()) {
    if (canonical(b[key]) === canonical(h[key])) continue;
    emit("loosened", [
      "the grant's ",
      { code: key },
      " is ",
      { code: valueText(h[key]) },
      " instead of ",
      { code: valueText(b[key]) },
    ]);
  }
}
