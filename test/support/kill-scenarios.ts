/**
 * The scenarios the kill harness (./kill-harness.ts) kills at every step, for any platform: each
 * sets the world up to just before the run that is killed, and says which run that is.
 */

import { expect } from "vitest";
import { grantId } from "../../src/core/grant.js";
import {
  type KillOptions,
  type KillReport,
  type KillWorld,
  killAtEveryStep,
  type RunUnderTest,
} from "./kill-harness.js";
import { POLICY_PEOPLE, POLICY_PROFILES, requestYaml } from "./policy-fixture.js";

/** How one platform takes part: which profile grants on it, and how a write to it is made to fail. */
export interface PlatformKit {
  /** The profile whose grants land on this platform. */
  profile: string;
  /** The policy to merge first (a governance change), when the base policy does not name the platform. */
  policy?: { people: string; profiles: string };
  /** A request whose platform write fails once `breaks` is called, until `fix` is. */
  failing: { profile: string; login: string; breaks?(k: KillWorld): void; fix(k: KillWorld): Promise<void> };
}

export interface Scenario {
  run: RunUnderTest;
  options?: KillOptions;
}

const HOUR = 3_600_000;
const sleepUntil = (at: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));

/**
 * The test policy's people with their AWS and GCP principals, and profiles granting on the clouds
 * named (alone: reconcile lists every profile's scope, and the world has no database).
 */
export function cloudPolicy(clouds: readonly ("aws" | "gcp" | "gcp-new")[]) {
  const people = POLICY_PEOPLE.replace(
    "  octocat: { postgres: octocat }\n  hubot: { postgres: hubot }\n",
    [
      '  octocat: { postgres: octocat, aws: "arn:aws:iam::123456789012:user/octocat", gcp: "user:octocat@acme.example" }',
      '  hubot: { postgres: hubot, aws: "arn:aws:iam::123456789012:user/hubot", gcp: "user:hubot@acme.example" }',
      "",
    ].join("\n"),
  );
  const grant = {
    aws: '{ provider: aws-iam, account: "123456789012", statements: [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::acme-prod-uploads/*"] }] }',
    gcp: "{ provider: gcp-iam, resource: projects/acme-prod, role: roles/logging.viewer }",
    "gcp-new": "{ provider: gcp-iam, resource: projects/acme-new, role: roles/logging.viewer }",
  };
  const profiles = clouds.map(
    (cloud) => `  cloud-${cloud}:
    eligible: [sre]
    grant: ${grant[cloud]}
    duration: { default: 1h, max: 4h }
    approval:
      steps:
        - { groups: [leads], count: 1 }
`,
  );
  return { people, profiles: `version: 1\nprofiles:\n${profiles.join("")}` };
}

const requestPath = (profile: string, login: string, slug: string) =>
  `requests/${profile}/${login}-${slug}.yaml`;

/**
 * Merges the kit's policy, if it has one, and (unless the caller's own apply will) runs the apply
 * that judges it, so the run under test finds its governance already recorded.
 */
async function policy(k: KillWorld, kit: PlatformKit, settle = true) {
  if (!kit.policy) return;
  const before = k.main.head();
  k.mergePolicy(kit.policy.people, kit.policy.profiles);
  if (!settle) return;
  const run = await k.apply(before);
  if (run.code !== 0) throw new Error(`setting up: the policy was not judged approved\n${run.stdout}`);
}

/** An approved request by octocat, merged (at `at`); its grant id. */
function request(k: KillWorld, profile: string, slug = "payouts", extra = "", at?: Date, login = "octocat") {
  const path = requestPath(profile, login, slug);
  const pull = k.merge(login, { [path]: requestYaml(profile, login, extra) }, at);
  return grantId(path, pull.number);
}

/** octocat's grant, merged and applied. */
async function granted(k: KillWorld, kit: PlatformKit, at?: Date): Promise<string> {
  const before = k.main.head();
  await policy(k, kit, false);
  const id = request(k, kit.profile, "payouts", "", at);
  const run = await k.apply(before);
  if (run.code !== 0) throw new Error(`setting up: the grant was not applied\n${run.stdout}`);
  if (!(await k.entries()).has(id)) throw new Error(`setting up: ${id} is not in the ledger\n${run.stdout}`);
  return id;
}

/** A merge adding one approved request; its apply is killed. */
export async function grant(k: KillWorld, kit: PlatformKit): Promise<Scenario> {
  await policy(k, kit);
  const before = k.main.head();
  request(k, kit.profile);
  return { run: { mode: "apply", before } };
}

/** A merge extending a grant; its apply is killed. */
export async function extension(k: KillWorld, kit: PlatformKit): Promise<Scenario> {
  const id = await granted(k, kit);
  const before = k.main.head();
  request(k, kit.profile, "more", `extends: ${id}\n`);
  return { run: { mode: "apply", before } };
}

/** A merge revoking a grant (its requester gives it up); its apply is killed. */
export async function revoke(k: KillWorld, kit: PlatformKit): Promise<Scenario> {
  const id = await granted(k, kit);
  const before = k.main.head();
  k.merge("octocat", { [`revokes/${id}.yaml`]: "requester: octocat\nreason: The incident is closed\n" });
  return { run: { mode: "apply", before } };
}

/** A grant past its expiry; the sweep that removes it is killed. */
export async function expired(k: KillWorld, kit: PlatformKit): Promise<Scenario> {
  // Merged almost an hour ago for an hour: it ends a few seconds after it is applied.
  const mergedAt = Math.floor(Date.now() / 1000) * 1000 - HOUR + 10_000;
  await granted(k, kit, new Date(mergedAt));
  await sleepUntil(mergedAt + HOUR + 1000);
  return { run: { mode: "sweep" } };
}

/** A grant scheduled on a platform that cannot hold a start; the sweep that starts it is killed. */
export async function scheduled(k: KillWorld, kit: PlatformKit): Promise<Scenario> {
  const before = k.main.head();
  const base = kit.policy ?? { people: POLICY_PEOPLE, profiles: POLICY_PROFILES };
  k.mergePolicy(
    base.people,
    base.profiles.replace(
      `  ${kit.profile}:\n    eligible: [sre, leads]\n`,
      `  ${kit.profile}:\n    eligible: [sre, leads]\n    schedule: { allowed: true, horizon: 7d }\n`,
    ),
  );
  const start = Math.ceil((Date.now() + 8_000) / 1000) * 1000;
  const at = new Date(start).toISOString().replace(".000Z", "Z");
  const id = request(k, kit.profile, "payouts", `start: ${at}\n`);
  const run = await k.apply(before);
  if (run.code !== 0 || (await k.entries()).get(id)?.state !== "scheduled")
    throw new Error(`setting up: ${id} was not scheduled\n${run.stdout}`);
  await sleepUntil(start + 500);
  return { run: { mode: "sweep" } };
}

/**
 * A merge whose platform write fails; its apply is killed. After the re-run and the sweep (which
 * fail too), the platform is fixed, and later sweeps retry the write until it lands.
 */
export async function failing(k: KillWorld, kit: PlatformKit): Promise<Scenario> {
  await policy(k, kit);
  const before = k.main.head();
  const { profile, login, breaks, fix } = kit.failing;
  breaks?.(k);
  const id = request(k, profile, "payouts", "", undefined, login);
  return {
    run: { mode: "apply", before },
    options: {
      expectedCode: 1,
      afterRecovery: async (world) => {
        await fix(world);
        await retriedUntilGranted(world, id);
      },
    },
  };
}

/** Sweeps until the grant is active (the harness's runs retry a failed write at once); at most four. */
async function retriedUntilGranted(k: KillWorld, id: string) {
  for (let i = 0; i < 4 && (await k.entries()).get(id)?.state !== "active"; i++) await k.sweep();
}

/**
 * Sets `scenario` up on `kit`'s platform and kills its run at every step (or at those `only`
 * keeps), recovering and checking after each.
 */
export async function killEverywhere(
  k: KillWorld,
  kit: PlatformKit,
  scenario: (k: KillWorld, kit: PlatformKit) => Promise<Scenario>,
  only?: (point: string) => boolean,
): Promise<KillReport> {
  const { run, options } = await scenario(k, kit);
  const report = await killAtEveryStep(k, run, {
    ...options,
    ...(only ? { only: (p) => p.filter(only) } : {}),
  });
  expect(report.killed).toBeGreaterThan(0);
  if (!only) expect(report.killed).toBe(report.points.length);
  return report;
}

/** The representative subset the cloud platforms are killed at: every platform write, and every ledger push that landed. */
export const PLATFORM_AND_LANDED = (point: string) => /platform|ledger-push-updated/.test(point);
