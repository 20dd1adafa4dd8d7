/**
 * A temporary login granted, extended and re-applied through the lifecycle as apply runs it: the
 * real PostgreSQL provider on PGlite, the ledger on real git, the password sealed with age for the
 * requester's SSH keys. Only the requester's key opens it; it is in no ledger file or commit; an
 * extension keeps it; a requester with no usable key is refused before anything is written.
 */
import { execFileSync } from "node:child_process";
import { renameSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ageCommand } from "../src/adapters/age.js";
import { GitLedgerStore } from "../src/adapters/git/ledger-store.js";
import { sshKeyDelivery } from "../src/commands/credentials.js";
import { applyExtension, applyGrant } from "../src/commands/lifecycle.js";
import { readChain } from "../src/core/ledger/chain.js";
import { closeEmbeddedDatabases } from "../src/providers/postgres/database.js";
import { grantStatements } from "../src/providers/postgres/plan.js";
import type { SealedCredential } from "../src/providers/provider.js";
import { loadProvider } from "../src/providers/registry.js";
import { ageDecrypt, openCredential, type SshKey, sshKey } from "./support/age.js";
import { type TempGit, tempGit } from "./support/git-fixtures.js";
import { REVIEWED } from "./support/ledger-fixtures.js";
import { CONNECTION, Fixture, pgGrant } from "./support/postgres.js";

const URL = "pglite://memory/credential-delivery";
let fx: Fixture;
let role: string;
let table: string;
let key: SshKey;
let stranger: SshKey;
let git: TempGit | undefined;

beforeAll(async () => {
  fx = await Fixture.open(URL);
  ({ role, table } = await fx.readableTable());
  key = sshKey("ed25519");
  stranger = sshKey("ed25519");
}, 60_000);
afterAll(async () => {
  await fx.cleanup();
  await closeEmbeddedDatabases();
});
afterEach(() => git?.cleanup());

async function world(keys: Record<string, readonly string[]>) {
  git = tempGit();
  const repo = git.clone("runner");
  const now = new Date("2026-12-01T09:00:00Z");
  const store = new GitLedgerStore({ repo, branch: "gitjit-ledger", remote: "origin", now: () => now });
  const log: string[] = [];
  const provider = await loadProvider("postgres", {
    env: { [CONNECTION]: URL },
    now: () => now,
    log: (m) => log.push(m),
  });
  const asked: string[] = [];
  const delivery = sshKeyDelivery({
    keys: async (login) => {
      asked.push(login);
      return keys[login] ?? [];
    },
    age: ageCommand(),
  });
  /** Every file of the ledger branch, and every commit message, as one text. */
  const ledgerText = () => {
    const remote = (git as TempGit).remote;
    const git_ = (...args: string[]) => execFileSync("git", args, { cwd: remote, encoding: "utf8" });
    const files = git_("ls-tree", "-r", "--name-only", "gitjit-ledger").split("\n").filter(Boolean);
    return [
      git_("log", "--format=%B", "gitjit-ledger"),
      ...files.map((f) => git_("show", `gitjit-ledger:${f}`)),
    ].join("\n");
  };
  const events = async (id: string) =>
    readChain((await store.contents({ anchors: false })).auditFiles)
      .records.filter((r) => r.record.grant === id)
      .map((r) => r.record.event);
  return { store, provider, delivery, log, asked, now, ledgerText, events };
}

const opened = (credential: SealedCredential | undefined) => {
  if (!credential) throw new Error("the temporary login came without its credential");
  return openCredential(credential, key);
};

describe("a temporary login's password, delivered to the requester alone", () => {
  it("is sealed for the requester's key before the login exists, and recorded nowhere", async () => {
    const spec = pgGrant({ principal: fx.name("octocat"), role, mode: "temporary-login" });
    const w = await world({ [spec.requester]: [sshKey("ecdsa").listed, key.listed] });
    const outcome = await applyGrant(w.store, w.provider, {
      spec,
      approval: REVIEWED,
      now: w.now,
      delivery: w.delivery,
    });
    if (outcome.status !== "done") throw new Error(JSON.stringify(outcome));
    expect(w.asked).toEqual([spec.requester]);
    const { user, password } = opened(outcome.credential);
    expect(user).toBe(grantStatements(spec).roleName);
    expect(await fx.passwordIs(user as string, password as string)).toBe(true);
    expect(await fx.selectAs(user as string, table)).toBe("ok");
    // Another key cannot open it.
    expect(() => ageDecrypt(outcome.credential?.armored ?? "", stranger)).toThrow();
    // Neither the password, nor the ciphertext, is in the ledger; nor in what the provider logged.
    const ledger = w.ledgerText();
    expect(ledger).toContain(spec.id);
    expect(ledger).not.toContain(password);
    expect(ledger).not.toContain(outcome.credential?.armored.split("\n")[1]);
    expect(JSON.stringify(outcome.entry)).not.toContain(password);
    expect(w.log.join("\n")).not.toContain(password);
    expect(await w.events(spec.id)).toEqual(["apply-started", "granted"]);
  }, 60_000);

  it("refuses a requester with no usable SSH key before anything is written, in the ledger or the database", async () => {
    const w = await world({ octocat: [sshKey("ecdsa").listed] });
    const spec = pgGrant({ principal: "octocat", role, mode: "temporary-login", slug: "no-key" });
    const outcome = await applyGrant(w.store, w.provider, {
      spec,
      approval: REVIEWED,
      now: w.now,
      delivery: w.delivery,
    });
    expect(outcome).toEqual({
      status: "refused",
      code: "requester-no-ssh-key",
      message: expect.stringContaining("octocat has no public SSH key on GitHub"),
    });
    expect(w.asked).toEqual(["octocat"]);
    expect(await fx.roleExists(grantStatements(spec).roleName)).toBe(false);
    expect(await w.events(spec.id)).toEqual([]);
  }, 60_000);

  it("stays the same when the grant is extended: only VALID UNTIL moves", async () => {
    const w = await world({});
    const spec = pgGrant({ principal: fx.name("octocat"), role, mode: "temporary-login", slug: "extended" });
    const delivery = sshKeyDelivery({ keys: async () => [key.listed], age: ageCommand() });
    const granted = await applyGrant(w.store, w.provider, { spec, approval: REVIEWED, now: w.now, delivery });
    if (granted.status !== "done") throw new Error(JSON.stringify(granted));
    const { user, password } = opened(granted.credential);
    const to = new Date(Date.parse(spec.expiresAt) + 2 * 3600_000).toISOString();

    const extended = await applyExtension(w.store, w.provider, {
      grantId: spec.id,
      requestPath: "requests/prod-db-read/octocat-more.yaml",
      pr: 18,
      to,
      approval: REVIEWED,
      now: w.now,
    });
    expect(extended).toMatchObject({ status: "done", entry: { expiresAt: to } });
    expect(await fx.passwordIs(user as string, password as string)).toBe(true);
    const [row] = await fx.admin.query<{ until: Date }>(
      "SELECT rolvaliduntil AS until FROM pg_roles WHERE rolname = $1",
      [user],
    );
    expect(row?.until.toISOString()).toBe(to);
    expect(w.ledgerText()).not.toContain(password);
  }, 60_000);

  it("is issued anew when a run finishes an apply cut short after the login was written", async () => {
    const w = await world({});
    const spec = pgGrant({ principal: fx.name("octocat"), role, mode: "temporary-login", slug: "cut" });
    const delivery = sshKeyDelivery({ keys: async () => [key.listed], age: ageCommand() });
    // The first run writes the login, then loses the ledger's remote: its credential is never delivered.
    const remote = (git as TempGit).remote;
    const original = w.provider.apply.bind(w.provider);
    let lost: SealedCredential | undefined;
    w.provider.apply = async (grant, options) => {
      const result = await original(grant, options);
      lost = result.credential;
      renameSync(remote, `${remote}.away`);
      return result;
    };
    await expect(
      applyGrant(w.store, w.provider, { spec, approval: REVIEWED, now: w.now, delivery }),
    ).rejects.toMatchObject({ code: "ledger-fetch-failed" });
    renameSync(`${remote}.away`, remote);
    w.provider.apply = original;
    const first = opened(lost).password as string;

    const finished = await applyGrant(w.store, w.provider, {
      spec,
      approval: REVIEWED,
      now: w.now,
      delivery,
    });
    if (finished.status !== "done") throw new Error(JSON.stringify(finished));
    const { user, password } = opened(finished.credential);
    expect(password).not.toBe(first);
    expect(await fx.passwordIs(user as string, password as string)).toBe(true);
    expect(await fx.passwordIs(user as string, first)).toBe(false);
    expect(await w.events(spec.id)).toEqual(["apply-started", "granted"]);
  }, 60_000);
});
