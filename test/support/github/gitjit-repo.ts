/**
 * A repository that uses gitjit, on the GitHub test server: the test policy and its generated
 * CODEOWNERS on main, one merged request, collaborators and teams (one of 250 members).
 */
import { generateSection, spliceSection } from "../../../src/core/codeowners/generate.js";
import { compilePolicy } from "../../../src/core/policy/policy.js";
import { POLICY_FILES, requestYaml } from "../policy-fixture.js";
import type { GitHubServer } from "./server.js";
import type { Permission, Repo } from "./state.js";

export const REPO = "acme/access";
export const DBAS = Array.from({ length: 250 }, (_, i) => `dba-${String(i + 1).padStart(3, "0")}`);
export const MERGED_REQUEST = "requests/prod-db/hubot-earlier-incident.yaml";

const WRITERS: Record<string, Permission> = {
  octocat: "write",
  hubot: "write",
  "lead-dana": "maintain",
  "lead-eve": "triage",
  "sec-alice": "admin",
  "sec-bob": "write",
  "sec-carol": "write",
  "dba-001": "write",
  "dba-250": "write",
  "dba-002": "write",
  "sre-sam": "write",
};

export function baseFiles(): Record<string, string> {
  const { policy } = compilePolicy(
    Object.entries(POLICY_FILES).map(([path, content]) => ({ path, content })),
  );
  const codeowners = spliceSection(undefined, generateSection(policy, "policies").lines);
  if (!codeowners.ok) throw new Error(codeowners.message);
  return {
    ...POLICY_FILES,
    ".github/CODEOWNERS": codeowners.text,
    [MERGED_REQUEST]: requestYaml("prod-db", "hubot"),
    "README.md": "Access requests for acme.\n",
  };
}

export function gitjitRepo(server: GitHubServer): { repo: Repo; base: string } {
  const repo = server.state.addRepo(REPO);
  for (const [login, permission] of Object.entries(WRITERS)) repo.collaborator(login, permission);
  server.state.addTeam("@acme/sre", ["sre-sam"]);
  server.state.addTeam("@acme/dbas", DBAS);
  const base = repo.commit(baseFiles());
  repo.branches.set(repo.defaultBranch, base);
  return { repo, base };
}
