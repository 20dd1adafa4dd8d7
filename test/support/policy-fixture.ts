/** A small policy used across tests: every approval shape gitjit knows, in one place. */

export const POLICY_PEOPLE = `version: 1
admins:
  groups: [security]
  count: 2
identities:
  octocat: { postgres: octocat }
  hubot: { postgres: hubot }
  lead-dana: { postgres: dana }
groups:
  security:
    members: [sec-alice, sec-bob, sec-carol]
  sre:
    members: [octocat, hubot]
    teams: ["@acme/sre"]
  leads:
    members: [lead-dana, lead-eve]
  dbas:
    teams: ["@acme/dbas"]
  robots:
    members: ["deploy-bot[bot]"]
`;

const grant = "grant: { provider: postgres, connection: DB_URL, role: readonly }";
const duration = "duration: { default: 1h, max: 4h }";

export const POLICY_PROFILES = `version: 1
profiles:
  prod-db:
    eligible: [sre, leads]
    ${grant}
    ${duration}
    approval:
      steps:
        - { groups: [leads], count: 1 }
  prod-admin:
    eligible: [sre]
    ${grant}
    ${duration}
    approval:
      steps:
        - { groups: [leads, security], count: 1 }
        - { groups: [security], count: 1 }
  self-serve:
    eligible: [sre]
    ${grant}
    ${duration}
    approval:
      selfApproval: true
      steps:
        - { groups: [sre], count: 1 }
  dba-only:
    eligible: [sre]
    ${grant}
    ${duration}
    approval:
      steps:
        - { groups: [dbas], count: 2 }
  sandbox:
    eligible: [sre]
    ${grant}
    ${duration}
    approval:
      autoApprove: {}
      steps: []
  robot-ok:
    eligible: [sre]
    ${grant}
    ${duration}
    approval:
      steps:
        - { groups: [robots, leads], count: 1 }
`;

export const POLICY_FILES = {
  "policies/people.yaml": POLICY_PEOPLE,
  "policies/profiles.yaml": POLICY_PROFILES,
};

/** A valid request file for `profile`, by `login`. */
export function requestYaml(profile: string, login: string, extra = ""): string {
  return `profile: ${profile}\nrequester: ${login}\nduration: 1h\njustification: Investigate the failed payouts of INC-4821\n${extra}`;
}
