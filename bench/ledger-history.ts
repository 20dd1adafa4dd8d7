/**
 * Years of an organisation's access, as the events gitjit records and the commits it records them
 * in: people are granted access in small groups (an incident, a rotation), each grant applied in
 * two commits (intent, then outcome); a sweep every five minutes records in one commit the warnings
 * and expiries that fell due; some grants are revoked early or extended, each in its own commit.
 * Deterministic: the same size gives the same history.
 */
import { expiryEnforcement, grantId } from "../src/core/grant.js";
import type { Approval, EventDraft, LedgerEntry } from "../src/core/ledger/records.js";
import type { Grant } from "../src/core/model/schema.js";

export interface HistorySize {
  grants: number;
  /** The span the grants are spread over, in months from 2021-01. */
  months: number;
}

export interface HistoryCommit {
  at: Date;
  drafts: EventDraft[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SWEEP_EVERY = 5 * MINUTE;
const WARN_LEAD = HOUR;
const START = Date.UTC(2021, 0, 1);
const APPLY = "gitjit-apply";
const SWEEP = "gitjit-sweep";

/** mulberry32: small and deterministic. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROFILES: { name: string; grant: Grant }[] = [
  {
    name: "prod-db-read",
    grant: { provider: "postgres", connection: "PAYOUTS_DB_URL", role: "payouts_readonly" },
  },
  {
    name: "s3-uploads",
    grant: {
      provider: "aws-iam",
      account: "123456789012",
      statements: [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::acme-prod-uploads/*"] }],
    },
  },
  {
    name: "gcp-logs",
    grant: { provider: "gcp-iam", resource: "projects/acme-prod", role: "roles/logging.viewer" },
  },
  { name: "incident-tools", grant: { provider: "github-team", org: "acme", team: "incident-responders" } },
  {
    name: "aws-readonly",
    grant: {
      provider: "aws-iam-managed",
      account: "210987654321",
      policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess",
    },
  },
];

/** What the benchmark asks about: the AWS account one of the profiles grants on. */
export const ASKED_RESOURCE = "aws:123456789012";

interface Action {
  at: number;
  /** Order among actions at the same time: applies, then revokes and extensions, then the sweep. */
  rank: number;
  drafts: EventDraft[];
}

const iso = (t: number) => new Date(t).toISOString();
const nextSweep = (t: number) => Math.ceil(t / SWEEP_EVERY) * SWEEP_EVERY;

export function simulateHistory(size: HistorySize): HistoryCommit[] {
  const rnd = random(20_210_101);
  const span = Date.UTC(2021, size.months, 1) - START;
  const actions: Action[] = [];
  const sweeps = new Map<number, { expired: EventDraft[]; warned: EventDraft[] }>();
  const sweepAt = (t: number) => {
    let due = sweeps.get(t);
    if (!due) {
      due = { expired: [], warned: [] };
      sweeps.set(t, due);
    }
    return due;
  };
  const meanBatch = 6.5;
  const batches = Math.max(1, Math.round(size.grants / meanBatch));
  let made = 0;
  for (let b = 0; b < batches && made < size.grants; b++) {
    const people =
      b === batches - 1 ? size.grants - made : Math.min(1 + Math.floor(rnd() * 12), size.grants - made);
    const profile = PROFILES[b % PROFILES.length] as (typeof PROFILES)[number];
    const hours = [1, 2, 4, 8][Math.floor(rnd() * 4)] as number;
    let t = START + Math.floor(((b + rnd() * 0.5) * span) / batches / 1000) * 1000 + 7 * MINUTE;
    const expiresAt = nextSweep(t) + hours * HOUR;
    const lead = `lead-${Math.floor(rnd() * 40)}`;
    for (let p = 0; p < people; p++, made++) {
      const login = `user-${Math.floor(rnd() * 3000)}`;
      const requestPath = `requests/${profile.name}/${login}-g${made}.yaml`;
      const pr = 1000 + made;
      const approval: Approval = { mode: "reviewed", approvers: [{ login: lead, reviewId: 900_000 + made }] };
      const entry: LedgerEntry = {
        id: grantId(requestPath, pr),
        requestPath,
        pr,
        requester: login,
        principal: login,
        profile: profile.name,
        grant: profile.grant,
        startsAt: iso(t),
        expiresAt: iso(expiresAt),
        justification: `Investigate INC-${4000 + b} with the on-call group`,
        ticket: `INC-${4000 + b}`,
        state: "applying",
        expiry: expiryEnforcement(profile.grant),
        approval,
        refs: {},
      };
      const id = entry.id;
      actions.push({
        at: t,
        rank: 0,
        drafts: [{ event: "apply-started", grant: id, actor: APPLY, data: { entry } }],
      });
      t += 10_000;
      const active: LedgerEntry = { ...entry, state: "active", refs: { grant: id } };
      actions.push({
        at: t,
        rank: 0,
        drafts: [{ event: "granted", grant: id, actor: APPLY, data: { entry: active } }],
      });
      t += 10_000;

      const fate = rnd();
      const firstWarn = Math.max(nextSweep(t + 1), nextSweep(expiresAt - WARN_LEAD));
      if (fate < 0.1) {
        // Revoked early by the requester, halfway through.
        const at = Math.floor((Date.parse(entry.startsAt) + expiresAt) / 2 / 1000) * 1000 + 3000;
        if (firstWarn < at) sweepAt(firstWarn).warned.push(warn(id, expiresAt));
        const data = {
          by: login,
          approval: { mode: "self", approvers: [] },
          requestPath: `revokes/${id}.yaml`,
          pr: 500_000 + made,
          reason: "Done early",
        };
        actions.push({ at, rank: 1, drafts: [{ event: "revoked", grant: id, actor: login, data }] });
      } else if (fate < 0.15 && expiresAt - 30 * MINUTE > firstWarn) {
        // Extended half an hour before expiry by two hours, then warned and expired again.
        sweepAt(firstWarn).warned.push(warn(id, expiresAt));
        const at = expiresAt - 30 * MINUTE + 4000;
        const to = expiresAt + 2 * HOUR;
        const extension = {
          requestPath: `requests/${profile.name}/${login}-extend-g${made}.yaml`,
          pr: 600_000 + made,
          from: iso(expiresAt),
          to: iso(to),
          approval,
        };
        actions.push({
          at,
          rank: 1,
          drafts: [{ event: "extended", grant: id, actor: APPLY, data: { extension, refs: active.refs } }],
        });
        sweepAt(Math.max(nextSweep(at + 1), nextSweep(to - WARN_LEAD))).warned.push(warn(id, to));
        sweepAt(nextSweep(to)).expired.push(expire(id, to));
      } else {
        sweepAt(firstWarn).warned.push(warn(id, expiresAt));
        sweepAt(nextSweep(expiresAt)).expired.push(expire(id, expiresAt));
      }
    }
  }
  for (const [at, due] of sweeps) actions.push({ at, rank: 2, drafts: [...due.expired, ...due.warned] });
  actions.sort((a, b) => a.at - b.at || a.rank - b.rank);
  return actions.map((a) => ({ at: new Date(a.at), drafts: a.drafts }));
}

function warn(grant: string, expiresAt: number): EventDraft {
  return { event: "expiry-warned", grant, actor: SWEEP, data: { expiresAt: iso(expiresAt) } };
}

function expire(grant: string, expiresAt: number): EventDraft {
  return { event: "expired", grant, actor: SWEEP, data: { expiresAt: iso(expiresAt) } };
}
