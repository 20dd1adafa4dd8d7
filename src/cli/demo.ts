/**
 * `gitjit demo`: the whole lifecycle on this machine, narrated, with no cloud account and no
 * network — a policy in a new git repository, a request on a branch, validation and the comment
 * reviewers see, approvals (simulated), merge, a real grant on an embedded PostgreSQL (PGlite),
 * the access proven, the expiry, the sweep, the access proven gone, and the audit trail verified.
 */
import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isMap, isScalar, parseDocument } from "yaml";
import { GitLedgerStore } from "../adapters/git/ledger-store.js";
import { gitRefFiles, workTreeFiles } from "../adapters/repo-files.js";
import { ledgerTrust, SIGNING_KEY_ENV } from "../commands/ledger-trust.js";
import { applyGrant } from "../commands/lifecycle.js";
import { loadPolicy, validate } from "../commands/validate.js";
import { evaluateApproval, type Review } from "../core/approval/engine.js";
import { parseDuration } from "../core/duration.js";
import { grantSpecFor } from "../core/plan/grant-spec.js";
import { parse } from "./args.js";
import { type CliIO, EXIT, UsageError } from "./io.js";
import { main } from "./main.js";

export const demoHelp = `Usage: gitjit demo [--duration DUR] [--dir DIR]

Runs the whole gitjit lifecycle on this machine, narrated: no cloud account, no network.
A request for read access to a table in an embedded PostgreSQL (PGlite) is opened as a
branch, validated, approved (by simulated reviewers), merged and applied; the access is used,
expires, is swept away, and the audit trail is verified. The folder is kept for you to explore.

Options:
  --duration DUR  how long the demo grant lasts (default 30s; at least 2s)
  --dir DIR       where to create the demo (default: a new temporary folder)
  -h, --help      show this help`;

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const PROFILE = "prod-db-read";
const REQUESTER = "octocat";
const APPROVER = "pjhyett"; // a member of db-owners in the example policy
const REQUEST_PATH = `requests/${PROFILE}/${REQUESTER}-payouts-inc-4821.yaml`;
const DB_VARIABLE = "PAYOUTS_DB_URL";
const BRANCH = "octocat/payouts-inc-4821";

export async function demoCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values } = parse(args, { duration: { type: "string" }, dir: { type: "string" } });
  if (values.help) {
    io.stdout(demoHelp);
    return EXIT.ok;
  }
  const duration = values.duration ?? "30s";
  const parsed = parseDuration(duration);
  if (!parsed.ok || parsed.ms < 2000)
    throw new UsageError(`--duration ${duration}: expected a duration of at least 2s, such as 30s`);

  const root = values.dir ? resolve(io.cwd, values.dir) : mkdtempSync(join(tmpdir(), "gitjit-demo-"));
  const repo = join(root, "repo");
  const dbUrl = `pglite://${join(root, "database")}`;
  // The ledger's signing key: made for this demo, kept in memory only; its public half goes in the policy.
  const signing = generateKeyPairSync("ed25519");
  const env = {
    ...io.env,
    [DB_VARIABLE]: dbUrl,
    GITJIT_LEDGER_REMOTE: "none",
    [SIGNING_KEY_ENV]: signing.privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
  };
  const say = (text = "") => io.stdout(text);
  const step = (n: number, title: string) =>
    say(`\n── ${n}. ${title} ${"─".repeat(Math.max(0, 66 - title.length))}`);
  const indent = (text: string) => text.replace(/^/gm, "   │ ");
  const gitjit = async (cwd: string, ...argv: string[]) => {
    const out: string[] = [];
    const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => out.push(t), cwd, env });
    say(indent(`$ gitjit ${argv.join(" ")}\n${out.join("\n")}`));
    return code;
  };
  const git = (...gitArgs: string[]) =>
    execFileSync("git", gitArgs, {
      cwd: repo,
      encoding: "utf8",
      env: { ...process.env, ...gitIdentity(REQUESTER) },
    });

  const { openDatabase, closeEmbeddedDatabases } = await import("../providers/postgres/database.js");
  try {
    say("gitjit demo: just-in-time access through git, end to end, on this machine.");
    say(`Everything is created in ${root}`);

    step(1, "A repository that uses gitjit");
    mkdirSync(repo, { recursive: true });
    for (const folder of ["policies", "schemas"])
      cpSync(join(PACKAGE_ROOT, folder), join(repo, folder), { recursive: true });
    keepOnlyProfile(join(repo, "policies", "profiles.yaml"), PROFILE);
    writeFileSync(
      join(repo, "policies", "ledger-keys.yaml"),
      ledgerKeysFile(
        signing.publicKey.export({ format: "der", type: "spki" }).toString("base64"),
        new Date(Date.now() - 60_000),
      ),
    );
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-qm", "Adopt gitjit: the example policy");
    say("The example policy (policies/) is committed on main, trimmed to its PostgreSQL profile (the");
    say("others need cloud accounts). Profile prod-db-read grants the role payouts_readonly to eligible");
    say("engineers for at most 4h, with a ticket, approved by one of db-owners. policies/ledger-keys.yaml");
    say(`holds the public half of a key made for this demo: only its holder (here, this process, through`);
    say(`${SIGNING_KEY_ENV}) can sign the ledger's records, and gitjit audit verify checks every signature.`);

    step(2, "An embedded PostgreSQL with a table nobody may read yet");
    const db = await openDatabase(dbUrl, DB_VARIABLE);
    await db.query("CREATE ROLE payouts_readonly NOLOGIN");
    await db.query(`CREATE ROLE ${REQUESTER} LOGIN`);
    await db.query("CREATE TABLE payouts (id int PRIMARY KEY, amount_cents bigint, status text)");
    await db.query(
      "INSERT INTO payouts VALUES (1, 125000, 'failed'), (2, 98000, 'paid'), (3, 4200, 'failed')",
    );
    await db.query("GRANT SELECT ON payouts TO payouts_readonly");
    say(`PGlite database in ${join(root, "database")}: table payouts, role payouts_readonly (SELECT on it),`);
    say(`and ${REQUESTER}'s own login, which holds nothing.`);
    const query = "SELECT count(*) AS failed FROM payouts WHERE status = 'failed'";
    const tryRead = async () => {
      try {
        const rows = await db.transaction(async (tx) => {
          await tx.query(`SET LOCAL ROLE ${REQUESTER}`);
          return tx.query<{ failed: number }>(query);
        });
        return `allowed: ${rows[0]?.failed} failed payouts`;
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    };
    say(indent(`${REQUESTER}> ${query};\n${await tryRead()}`));

    step(3, `${REQUESTER} opens a pull request asking for ${duration} of access`);
    git("checkout", "-q", "-b", BRANCH);
    const request = [
      "# yaml-language-server: $schema=../../schemas/request.schema.json",
      `profile: ${PROFILE}`,
      `requester: ${REQUESTER}`,
      `duration: ${duration}`,
      "justification: Investigate failed payouts reported in INC-4821",
      "ticket: INC-4821",
      "",
    ].join("\n");
    mkdirSync(join(repo, dirname(REQUEST_PATH)), { recursive: true });
    writeFileSync(join(repo, REQUEST_PATH), request);
    git("add", REQUEST_PATH);
    git("commit", "-qm", "Request read access to payouts for INC-4821");
    say(`Branch ${BRANCH} adds ${REQUEST_PATH}:`);
    say(indent(request.trimEnd()));

    step(4, "gitjit checks it against the policy of the base commit");
    await gitjit(repo, "validate", REQUEST_PATH, "--author", REQUESTER, "--base", "main");
    say("\nThe pull request comment shows reviewers exactly what will happen:");
    await gitjit(repo, "plan", REQUEST_PATH, "--author", REQUESTER, "--base", "main", "--pr", "1");

    step(5, "Reviewers approve (simulated: no GitHub here)");
    const head = git("rev-parse", "HEAD").trim();
    const policyFiles = await gitRefFiles(repo, "main");
    const judged = await validate(
      { files: [REQUEST_PATH], policyDir: "policies", author: REQUESTER, now: new Date() },
      { requests: workTreeFiles(repo), policy: policyFiles },
    );
    const summary = judged.files[0]?.request;
    if (!summary) throw new Error("the demo's request did not validate");
    const { policy } = await loadPolicy(policyFiles, "policies");
    const reviews: Review[] = [
      {
        id: 1,
        login: REQUESTER,
        bot: false,
        state: "APPROVED",
        commitId: head,
        submittedAt: new Date().toISOString(),
      },
      {
        id: 2,
        login: APPROVER,
        bot: false,
        state: "APPROVED",
        commitId: head,
        submittedAt: new Date().toISOString(),
      },
    ];
    const verdict = evaluateApproval(
      {
        steps: summary.approval.steps,
        selfApproval: summary.approval.selfApproval,
        auto: summary.approval.auto,
      },
      {
        author: REQUESTER,
        headSha: head,
        reviews,
        dismissals: [],
        groups: policy.groups,
        teamMembers: new Map(),
        writeAccess: new Map([
          [REQUESTER, true],
          [APPROVER, true],
        ]),
      },
    );
    say(
      `[simulated] ${REQUESTER} approves their own pull request; ${APPROVER} (db-owners) approves commit ${head.slice(0, 7)}.`,
    );
    for (const ignored of verdict.ignored) say(`   not counted: ${ignored.login}: ${ignored.message}`);
    for (const tally of verdict.steps)
      say(
        `   step: ${tally.count} of ${tally.groups.join("/")}: approved by ${tally.approvedBy.join(", ") || "nobody"}`,
      );
    say(
      `   gitjit/approval: ${verdict.satisfied ? "success — the approval rule is met" : `pending — ${verdict.missing.join("; ")}`}`,
    );
    if (!verdict.satisfied) throw new Error("the simulated approvals did not satisfy the policy");

    step(6, "Merge, and apply with a hard expiry");
    git("checkout", "-q", "main");
    execFileSync("git", ["merge", "-q", "--no-ff", BRANCH, "-m", `Merge pull request #1 from ${BRANCH}`], {
      cwd: repo,
      env: { ...process.env, ...gitIdentity(APPROVER) },
    });
    // As at merge time: judged again, and timed from now.
    const atMerge = await validate(
      { files: [REQUEST_PATH], policyDir: "policies", author: REQUESTER, now: new Date() },
      { requests: await gitRefFiles(repo, "HEAD"), policy: await gitRefFiles(repo, "HEAD^1") },
    );
    const merged = atMerge.files[0]?.request;
    if (!merged) throw new Error("the demo's request did not validate at merge");
    const spec = grantSpecFor(REQUEST_PATH, merged, 1);
    const { loadProvider } = await import("../providers/registry.js");
    const provider = await loadProvider("postgres", {
      env,
      now: () => new Date(),
      log: (m) => say(`   ${m}`),
    });
    const { trust } = await ledgerTrust(workTreeFiles(repo), "policies", env);
    const store = new GitLedgerStore({ repo, branch: "gitjit-ledger", now: () => new Date(), trust });
    const outcome = await applyGrant(store, provider, {
      spec,
      approval: {
        mode: "reviewed",
        approvers: [{ login: APPROVER, reviewId: 2, at: new Date().toISOString() }],
        reason: "simulated review in gitjit demo",
      },
      now: new Date(),
    });
    if (outcome.status !== "done") throw new Error(`apply did not succeed: ${JSON.stringify(outcome)}`);
    say(
      `Grant ${spec.id}: ${spec.principal} holds payouts_readonly until ${spec.expiresAt}; recorded on branch gitjit-ledger.`,
    );

    step(7, `${REQUESTER} uses the access`);
    say(indent(`${REQUESTER}> ${query};\n${await tryRead()}`));

    step(8, "Waiting for the expiry");
    const expires = Date.parse(spec.expiresAt);
    for (
      let left = Math.ceil((expires - Date.now()) / 1000);
      left > 0;
      left = Math.ceil((expires - Date.now()) / 1000)
    ) {
      if (left % 5 === 0 || left <= 3) say(`   expires in ${left}s`);
      await new Promise((r) => setTimeout(r, Math.min(1000, expires - Date.now() + 50)));
    }
    say(
      "   expired. PostgreSQL has no timed GRANT, so gitjit's sweep ends this kind of grant (the plan said so).",
    );

    step(9, "The sweep revokes what has expired");
    await gitjit(repo, "sweep");

    step(10, "The access is gone");
    say(indent(`${REQUESTER}> ${query};\n${await tryRead()}`));

    step(11, "The audit trail, from git alone");
    const verified = await gitjit(repo, "audit", "verify");
    await gitjit(
      repo,
      "audit",
      "who",
      "--resource",
      `postgres:${DB_VARIABLE}`,
      "--at",
      new Date(Date.parse(spec.startsAt) + 1000).toISOString(),
    );
    say(
      indent(
        `$ git log --format='%h %s' gitjit-ledger\n${git("log", "--format=%h %s%n%(trailers:key=Gitjit-Event,key=Gitjit-Grant,separator=%x2C )", "gitjit-ledger").trimEnd()}`,
      ),
    );

    say(`\nDone. Explore it: cd ${repo}`);
    say("   git log --all --graph --oneline          the request, the merge and the ledger");
    say(`   npx gitjit audit history                 every event (run from ${repo})`);
    say("   npx gitjit report --html report.html     the access timeline as a page");
    return verified === 0 ? EXIT.ok : EXIT.invalid;
  } finally {
    await closeEmbeddedDatabases(dbUrl);
  }
}

/** The policy part naming the ledger's one key, valid from `from`. */
function ledgerKeysFile(publicKey: string, from: Date): string {
  return [
    "# yaml-language-server: $schema=../schemas/policy.schema.json",
    "# The keys that may sign the ledger. Made by gitjit demo; the private half was never written to disk.",
    "version: 1",
    "",
    "ledger:",
    "  keys:",
    "    - id: demo",
    `      publicKey: ${publicKey}`,
    `      from: ${from.toISOString()}`,
    "",
  ].join("\n");
}

/** Drops every profile but one from a policy file, keeping its comments and layout. */
function keepOnlyProfile(file: string, keep: string) {
  const doc = parseDocument(readFileSync(file, "utf8"));
  const profiles = doc.get("profiles");
  if (isMap(profiles))
    profiles.items = profiles.items.filter((pair) => isScalar(pair.key) && pair.key.value === keep);
  writeFileSync(file, doc.toString());
}

function gitIdentity(login: string) {
  const email = `${login}@users.noreply.github.com`;
  return {
    GIT_AUTHOR_NAME: login,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: login,
    GIT_COMMITTER_EMAIL: email,
  };
}
