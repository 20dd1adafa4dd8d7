/**
 * Generates a synthetic organisation on disk: a policy with many identities, groups and profiles,
 * and many request files, all valid, spread over the profiles.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface OrgSize {
  identities: number;
  profiles: number;
  requests: number;
}

export const FULL: OrgSize = { identities: 5000, profiles: 1000, requests: 10_000 };
export const SMOKE: OrgSize = { identities: 50, profiles: 10, requests: 40 };

const login = (i: number) => `user-${i}`;

export function generateOrg(root: string, size: OrgSize): { requestPaths: string[] } {
  mkdirSync(join(root, "policies"), { recursive: true });
  const teams = Math.max(1, Math.floor(size.profiles / 10));

  const people = ["version: 1", "admins: { groups: [security], count: 2 }", "identities:"];
  for (let i = 0; i < size.identities; i++) {
    people.push(
      `  ${login(i)}:`,
      `    aws: arn:aws:iam::123456789012:user/${login(i)}`,
      `    gcp: user:${login(i)}@example.com`,
      `    postgres: u${i}`,
    );
  }
  people.push(
    "groups:",
    "  security: { members: [sec-1, sec-2, sec-3] }",
    "  leads: { members: [lead-1, lead-2, lead-3] }",
  );
  for (let t = 0; t < teams; t++) {
    const members = Array.from({ length: Math.ceil(size.identities / teams) }, (_, k) =>
      login(t + k * teams),
    ).filter((_, k) => t + k * teams < size.identities);
    people.push(`  team-${t}: { members: [${members.join(", ")}] }`);
  }
  writeFileSync(join(root, "policies", "people.yaml"), `${people.join("\n")}\n`);

  const profiles = ["version: 1", "profiles:"];
  for (let p = 0; p < size.profiles; p++) {
    const grant =
      p % 3 === 0
        ? `{ provider: postgres, connection: DB_URL, role: role_${p} }`
        : p % 3 === 1
          ? `{ provider: gcp-iam, resource: projects/project-${String(p).padStart(5, "0")}, role: roles/logging.viewer }`
          : `{ provider: aws-iam, account: "123456789012", statements: [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::bucket-${p}/*"] }] }`;
    profiles.push(
      `  profile-${p}:`,
      `    description: Synthetic profile ${p}.`,
      `    eligible: [team-${p % teams}]`,
      `    grant: ${grant}`,
      "    duration: { default: 1h, max: 8h }",
      '    ticket: { required: true, pattern: "INC-[0-9]{1,6}" }',
      "    approval: { steps: [{ groups: [leads], count: 1 }] }",
    );
  }
  writeFileSync(join(root, "policies", "profiles.yaml"), `${profiles.join("\n")}\n`);

  const requestPaths: string[] = [];
  for (let r = 0; r < size.requests; r++) {
    const p = r % size.profiles;
    const team = p % teams;
    // A member of the profile's team: logins t, t+teams, t+2*teams, ...
    const k = Math.floor(r / size.profiles) % Math.max(1, Math.floor(size.identities / teams));
    const who = login(team + k * teams);
    const path = `requests/profile-${p}/${who}-r${r}.yaml`;
    mkdirSync(join(root, "requests", `profile-${p}`), { recursive: true });
    writeFileSync(
      join(root, path),
      `profile: profile-${p}\nrequester: ${who}\nduration: 2h\njustification: Synthetic request number ${r} for the benchmark\nticket: INC-${r}\n`,
    );
    requestPaths.push(path);
  }
  return { requestPaths };
}
