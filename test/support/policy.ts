/** A small policy written out in YAML, compiled with the real code: the fixture most core tests judge against. */

import { loadYaml } from "../../src/core/load/yaml.js";
import { compilePolicy } from "../../src/core/policy/policy.js";
import { evaluateRequest } from "../../src/core/request/evaluate.js";

export const NOW = new Date("2026-12-01T09:00:00Z");

export const POLICY_YAML = `
version: 1
admins: { groups: [admins], count: 1 }
identities:
  alice:
    aws: arn:aws:iam::111122223333:user/alice
    postgres: alice
    gcp: user:alice@example.com
  bob:
    postgres: bob
groups:
  admins: { members: [carol] }
  engineers: { members: [alice, bob], teams: ["@acme/eng"] }
  leads: { members: [dave, erin] }
  contractors: { members: [mallory] }
profiles:
  prod-db:
    eligible: [engineers]
    grant: { provider: postgres, connection: DB_URL, role: readonly }
    duration: { default: 1h, max: 4h }
    justification: { minLength: 20 }
    ticket: { required: true, pattern: "INC-[0-9]+" }
    schedule: { allowed: true, horizon: 2d }
    approval:
      steps: [{ groups: [leads], count: 1 }]
  aws-debug:
    eligible: [engineers]
    grant:
      provider: aws-iam
      account: "111122223333"
      statements: [{ actions: ["s3:GetObject"], resources: ["*"] }]
    duration: { default: 1h, max: 2h }
    approval:
      autoApprove: { upTo: 30m }
      steps: [{ groups: [leads], count: 1 }]
  other-account:
    eligible: [engineers]
    grant:
      provider: aws-iam
      account: "999988887777"
      statements: [{ actions: ["s3:GetObject"], resources: ["*"] }]
    duration: { default: 1h, max: 2h }
    approval: { steps: [{ groups: [leads], count: 1 }] }
`;

export function testPolicy(yaml = POLICY_YAML) {
  const compiled = compilePolicy([{ path: "policies/policy.yaml", content: yaml }]);
  if (compiled.errors.length) throw new Error(`fixture policy invalid: ${JSON.stringify(compiled.errors)}`);
  return compiled.policy;
}

export const GOOD_REQUEST = `profile: prod-db
requester: alice
duration: 2h
justification: Investigate failed payouts in INC-4821
ticket: INC-4821
`;

/** Judges request text at a path, as the validate command does. */
export function judge(
  text: string,
  options: {
    path?: string;
    author?: string;
    now?: Date;
    policy?: ReturnType<typeof testPolicy>;
    teamMembers?: Map<string, string[]>;
  } = {},
) {
  const loaded = loadYaml(text);
  if (!loaded.ok) throw new Error(`fixture request does not load: ${JSON.stringify(loaded.errors)}`);
  return evaluateRequest({
    path: options.path ?? "requests/prod-db/alice-payouts.yaml",
    value: loaded.value,
    locate: loaded.locate,
    policy: options.policy ?? testPolicy(),
    now: options.now ?? NOW,
    author: "author" in options ? options.author : "alice",
    teamMembers: options.teamMembers,
  });
}
