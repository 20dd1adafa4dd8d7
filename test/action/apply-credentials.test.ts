/**
 * A temporary database login through the built action, as a merge to main runs it: the password
 * is encrypted with age to the requester's public SSH keys on GitHub (the test server's
 * GET /users/{username}/keys) and posted, only so, on the merged pull request, with the command
 * that decrypts it. It is in no log line, job summary, output, comment (outside the ciphertext)
 * or ledger record; a re-run keeps delivering it; an extension keeps it; a requester with no
 * usable key is refused before anything is written.
 */
import { execFileSync } from "node:child_process";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generateSection, spliceSection } from "../../src/core/codeowners/generate.js";
import { grantId } from "../../src/core/grant.js";
import { compilePolicy } from "../../src/core/policy/policy.js";
import { APPLY_MARKER, credentialsIn } from "../../src/core/render/apply-comment.js";
import { closeEmbeddedDatabases, openDatabase } from "../../src/providers/postgres/database.js";
import { scramVerifier } from "../../src/providers/postgres/password.js";
import type { ActionRun } from "../support/action.js";
import { freshDatabase } from "../support/action-db.js";
import { MainBranch, pushEvent, runIn, startWorld, type World } from "../support/action-world.js";
import { ageDecrypt, parseConnectionString, type SshKey, sshKey } from "../support/age.js";
import { baseFiles } from "../support/github/gitjit-repo.js";
import type { PullHandle } from "../support/github/state.js";
import { POLICY_FILES, POLICY_PROFILES, requestYaml } from "../support/policy-fixture.js";

/** The test policy, plus a profile that issues a temporary login. */
const PROFILES = `${POLICY_PROFILES}  prod-db-login:
    eligible: [sre]
    grant: { provider: postgres, connection: DB_URL, role: readonly, mode: temporary-login }
    duration: { default: 1h, max: 4h }
    approval:
      steps:
        - { groups: [leads], count: 1 }
`;

let world: World;
let main: MainBranch;
let dbUrl: string;
let key: SshKey;
let rsa: SshKey;
const runs: ActionRun[] = [];

beforeAll(() => {
  key = sshKey("ed25519");
  rsa = sshKey("rsa", 3072);
});
beforeEach(async () => {
  world = await startWorld();
  const policy = { ...POLICY_FILES, "policies/profiles.yaml": PROFILES };
  const { policy: compiled } = compilePolicy(
    Object.entries(policy).map(([path, content]) => ({ path, content })),
  );
  const codeowners = spliceSection(undefined, generateSection(compiled, "policies").lines);
  if (!codeowners.ok) throw new Error(codeowners.message);
  const base = world.repo.commit({ ...baseFiles(), ...policy, ".github/CODEOWNERS": codeowners.text });
  world.repo.branches.set(world.repo.defaultBranch, base);
  main = new MainBranch(world.repo, base);
  dbUrl = await freshDatabase();
  runs.length = 0;
});
afterEach(async () => {
  await closeEmbeddedDatabases();
  await world.close();
});

const REQUEST = "requests/prod-db-login/octocat-payouts.yaml";

function merge(author: string, change: Record<string, string>): PullHandle {
  const pull = world.repo.openPull({ author, base: main.head(), change });
  pull.review("lead-dana", "APPROVED");
  main.merge(pull);
  return pull;
}

async function push(before: string, workspace = main.root, runAttempt = "1"): Promise<ActionRun> {
  const after = main.head();
  const run = await runIn(world, {
    eventName: "push",
    event: pushEvent(before, after),
    workspace,
    sha: after,
    runAttempt,
    env: { DB_URL: dbUrl, GITJIT_RETRY_SCALE_MS: "1" },
  });
  runs.push(run);
  return run;
}

const applyComment = (pr: number) =>
  world.repo.comments.find((c) => c.issue === pr && c.body.startsWith(APPLY_MARKER))?.body ?? "";

/** The login's stored password verifier, VALID UNTIL and existence, read from the folder the action used. */
async function loginOnDatabase(login: string) {
  const db = await openDatabase(dbUrl, "DB_URL");
  try {
    const [row] = await db.query<{ rolpassword: string; rolvaliduntil: Date }>(
      "SELECT rolpassword, rolvaliduntil FROM pg_authid WHERE rolname = $1",
      [login],
    );
    return row;
  } finally {
    await closeEmbeddedDatabases(dbUrl);
  }
}

/** Whether `password` is the one the stored SCRAM verifier was made from. */
function verifies(stored: string | undefined, password: string): boolean {
  const match = /^SCRAM-SHA-256\$(\d+):([^$]+)\$/.exec(stored ?? "");
  return (
    match !== null &&
    scramVerifier(password, Buffer.from(match[2] as string, "base64"), Number(match[1])) === stored
  );
}

const git = (...args: string[]) => execFileSync("git", args, { cwd: main.origin, encoding: "utf8" });
/** Every file of the ledger branch and every commit message of it. */
const ledgerText = () =>
  [
    git("log", "--format=%B", "gitjit-ledger"),
    ...git("ls-tree", "-r", "--name-only", "gitjit-ledger")
      .split("\n")
      .filter(Boolean)
      .map((f) => git("show", `gitjit-ledger:${f}`)),
  ].join("\n");
const eventsOf = (id: string) =>
  git("ls-tree", "-r", "--name-only", "gitjit-ledger", "audit/")
    .split("\n")
    .filter(Boolean)
    .flatMap((f) => git("show", `gitjit-ledger:${f}`).split("\n").filter(Boolean))
    .map((line) => JSON.parse(line) as { event: string; grant: string })
    .filter((r) => r.grant === id)
    .map((r) => r.event);

/** Everything gitjit said anywhere but in the comment's ciphertext: logs, summaries, outputs, what it sent GitHub, the ledger. */
function everythingSaid(): string {
  return [
    ...runs.flatMap((r) => [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)]),
    ...world.server.requests.map((r) => JSON.stringify(r.body ?? "")),
    ...world.repo.comments.map((c) => c.body),
    ledgerText(),
  ].join("\n");
}

describe("apply delivers a temporary login's password to its requester alone", () => {
  it("encrypts it to the requester's SSH keys, posts it with the command, and says it nowhere else", async () => {
    world.server.state.addSshKey("octocat", sshKey("ecdsa").publicKey);
    world.server.state.addSshKey("octocat", key.publicKey);
    world.server.state.addSshKey("octocat", rsa.publicKey);
    const before = main.head();
    const pull = merge("octocat", { [REQUEST]: requestYaml("prod-db-login", "octocat") });
    const run = await push(before);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const id = grantId(REQUEST, pull.number);
    const login = `octocat_gj_${id.slice(3)}`;
    expect(run.outputs.granted).toBe(JSON.stringify([id]));
    expect(world.server.requests.some((r) => r.path === "/users/octocat/keys")).toBe(true);

    const comment = applyComment(pull.number);
    expect(comment).toContain(`psql "$(age -d -i ~/.ssh/id_ed25519 ${id}.age)"`);
    const delivered = credentialsIn(comment).get(id);
    if (!delivered) throw new Error(`no credential in the comment:\n${comment}`);
    expect(delivered.username).toBe(login);
    expect(delivered.recipients.map((r) => r.type)).toEqual(["ssh-ed25519", "ssh-rsa"]);
    // Either of the requester's keys opens it; a stranger's does not.
    const secret = parseConnectionString(ageDecrypt(delivered.armored, key).trim());
    expect(parseConnectionString(ageDecrypt(delivered.armored, rsa).trim())).toEqual(secret);
    expect(() => ageDecrypt(delivered.armored, sshKey("ed25519"))).toThrow();
    expect(secret).toEqual({ user: login, password: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    const password = secret.password as string;
    // It is the login's password on the database.
    expect(verifies((await loginOnDatabase(login))?.rolpassword, password)).toBe(true);
    // And nothing else gitjit said or wrote holds it, nor what it decrypts to.
    const said = everythingSaid();
    expect(said).toContain(id);
    expect(said).not.toContain(password);
    expect(ledgerText()).not.toContain(delivered.armored.split("\n")[1]);
    expect(run.summary).not.toContain("BEGIN AGE");

    // A re-run of the same merge applies nothing, and the comment it rewrites still carries the password.
    const rerun = await push(before, main.checkout(), "2");
    expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
    expect(rerun.outputs.granted).toBe("[]");
    expect(applyComment(pull.number)).toContain("was granted by an earlier run");
    expect(credentialsIn(applyComment(pull.number)).get(id)).toEqual(delivered);
    expect(verifies((await loginOnDatabase(login))?.rolpassword, password)).toBe(true);
    expect(everythingSaid()).not.toContain(password);
  }, 180_000);

  it("keeps the password when the grant is extended, and says so on the extension's pull request", async () => {
    world.server.state.addSshKey("octocat", key.publicKey);
    const first = main.head();
    const pull = merge("octocat", { [REQUEST]: requestYaml("prod-db-login", "octocat") });
    expect((await push(first)).code).toBe(0);
    const id = grantId(REQUEST, pull.number);
    const login = `octocat_gj_${id.slice(3)}`;
    const delivered = credentialsIn(applyComment(pull.number)).get(id);
    const password = parseConnectionString(ageDecrypt(delivered?.armored ?? "", key).trim())
      .password as string;
    const stored = await loginOnDatabase(login);

    const before = main.head();
    const extension = merge("octocat", {
      "requests/prod-db-login/octocat-more.yaml": requestYaml("prod-db-login", "octocat", `extends: ${id}\n`),
    });
    const run = await push(before);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const after = await loginOnDatabase(login);
    expect(after?.rolpassword).toBe(stored?.rolpassword);
    expect(verifies(after?.rolpassword, password)).toBe(true);
    expect(after?.rolvaliduntil.getTime()).toBe((stored?.rolvaliduntil.getTime() ?? 0) + 3600_000);
    const comment = applyComment(extension.number);
    expect(comment).toContain("✅ extended");
    expect(comment).toContain(`keeps its password (delivered on pull request #${pull.number})`);
    expect(comment).not.toContain("BEGIN AGE");
    expect(everythingSaid()).not.toContain(password);
  }, 180_000);

  it("refuses a requester with no usable SSH key before anything is written, with its code", async () => {
    world.server.state.addSshKey("hubot", sshKey("ecdsa").publicKey);
    const path = "requests/prod-db-login/hubot-payouts.yaml";
    const before = main.head();
    const pull = merge("hubot", { [path]: requestYaml("prod-db-login", "hubot") });
    const run = await push(before);
    const id = grantId(path, pull.number);
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({ granted: "[]", refused: JSON.stringify([path]) });
    expect(run.annotations("error").map((a) => a.message)).toEqual([
      expect.stringMatching(/^requester-no-ssh-key: hubot has no public SSH key on GitHub/),
      expect.anything(),
    ]);
    const comment = applyComment(pull.number);
    expect(comment).toContain("❌ refused: nothing granted");
    expect(comment).toContain("requester\\-no\\-ssh\\-key");
    expect(await loginOnDatabase(`hubot_gj_${id.slice(3)}`)).toBeUndefined();
    // Recorded as refused, and final: nothing was started.
    expect(eventsOf(id)).toEqual(["refused"]);
    const again = await push(before, main.checkout(), "2");
    expect(again.outputs.refused).toBe(JSON.stringify([path]));
    expect(eventsOf(id)).toEqual(["refused"]);
  }, 180_000);
});
