import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-OKDEPWAF.js";
import {
  grantSpecFor
} from "./chunk-V2A6MIHJ.js";
import {
  expiryEnforcement,
  grantId
} from "./chunk-GPPQHAHS.js";
import {
  ProviderError
} from "./chunk-45KOD4DP.js";

// src/adapters/git/git.ts
import { spawn } from "node:child_process";
var GitError = class extends Error {
  constructor(message, exitCode, stderr, stdout) {
    super(message);
    this.exitCode = exitCode;
    this.stderr = stderr;
    this.stdout = stdout;
  }
  exitCode;
  stderr;
  stdout;
};
function runGit(cwd, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
      stdio: ["pipe", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", reject);
    child.on(
      "close",
      (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8"), code })
    );
    child.stdin.on("error", () => {
    });
    child.stdin.end(input ?? "");
  });
}
async function git(cwd, args, input) {
  const result = await runGit(cwd, args, input);
  if (result.code !== 0)
    throw new GitError(
      `git ${args[0]} failed: ${result.stderr.trim() || `exit ${result.code}`}`,
      result.code,
      result.stderr,
      result.stdout.toString("utf8")
    );
  return result.stdout.toString("utf8");
}
async function resolveRef(cwd, ref) {
  const result = await runGit(cwd, [
    "rev-parse",
    "--verify",
    "--quiet",
    "--end-of-options",
    `${ref}^{commit}`
  ]);
  return result.code === 0 ? result.stdout.toString("utf8").trim() : void 0;
}
async function listTree(cwd, commit, paths) {
  const out = await git(cwd, ["ls-tree", "-r", "-z", "--full-tree", commit, "--", ...paths]);
  const entries = [];
  for (const record of out.split("\0")) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(record);
    if (!match) continue;
    const [, mode, type, object, path] = match;
    if (type === "blob") entries.push({ mode, type, object, path });
  }
  return entries;
}
async function readBlobs(cwd, objects) {
  const blobs = /* @__PURE__ */ new Map();
  const wanted = [...new Set(objects)];
  if (wanted.length === 0) return blobs;
  const result = await runGit(cwd, ["cat-file", "--batch"], `${wanted.join("\n")}
`);
  if (result.code !== 0)
    throw new GitError(`git cat-file failed: ${result.stderr.trim()}`, result.code, "", "");
  const out = result.stdout;
  let offset = 0;
  for (const object of wanted) {
    const newline = out.indexOf(10, offset);
    const header = out.subarray(offset, newline).toString("utf8");
    const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!match) throw new GitError(`git cat-file: cannot read ${object}: ${header}`, null, "", "");
    const size = Number(match[3]);
    blobs.set(object, out.subarray(newline + 1, newline + 1 + size));
    offset = newline + 1 + size + 1;
  }
  return blobs;
}

// src/adapters/git/ledger-store.ts
import { randomBytes } from "node:crypto";

// src/core/async.ts
function backoffDelay(attempt, backoff, random) {
  const cap = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * cap);
}
async function retry(fn, options) {
  let attempt = 0;
  for (; ; ) {
    attempt += 1;
    try {
      return { ok: true, value: await fn(attempt), attempts: attempt };
    } catch (error) {
      const again = attempt < options.attempts && (options.retryable?.(error) ?? true);
      if (!again) return { ok: false, error, attempts: attempt };
      await options.sleep(backoffDelay(attempt, options.backoff, options.random));
    }
  }
}
async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

// src/core/ledger/canonical.ts
import { createHash } from "node:crypto";
function canonicalJson(value) {
  if (value === null || typeof value === "boolean") return JSON.stringify(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new TypeError(`cannot canonicalise the number ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  throw new TypeError(`cannot canonicalise a value of type ${typeof value}`);
}
function sha256Hex(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

// src/core/ledger/records.ts
var AUDIT_EVENTS = [
  "apply-started",
  "granted",
  "apply-failed",
  "refused",
  "revoked",
  "expired",
  "extended",
  "orphan-revoked",
  "break-glass",
  "revoke-failing",
  "expiry-warned"
];
var GENESIS_HASH = "0".repeat(64);
function recordHash(record) {
  const { v, seq, at, event, grant, actor, data, prev } = record;
  return sha256Hex(canonicalJson({ v, seq, at, event, grant, actor, data, prev }));
}
function chainRecords(drafts, tip, now) {
  let seq = tip?.seq ?? 0;
  let prev = tip?.hash ?? GENESIS_HASH;
  const at = tip && tip.at > now.toISOString() ? tip.at : now.toISOString();
  const out = [];
  for (const draft2 of drafts) {
    seq += 1;
    const base = { v: 1, seq, at, ...draftFields(draft2), prev };
    const hash = recordHash(base);
    out.push({ ...base, hash });
    prev = hash;
  }
  return out;
}
function draftFields(draft2) {
  return JSON.parse(
    canonicalJson({ event: draft2.event, grant: draft2.grant, actor: draft2.actor, data: draft2.data })
  );
}
function auditFileFor(at) {
  return `audit/${at.slice(0, 4)}/${at.slice(5, 7)}.jsonl`;
}
var AUDIT_FILE = /^audit\/(\d{4})\/(\d{2})\.jsonl$/;
var ACTIVE_DIR = "ledger/active";
var activePath = (id) => `${ACTIVE_DIR}/${id}.json`;
function serialiseRecord(record) {
  return canonicalJson(record);
}
function serialiseEntry(entry) {
  return `${JSON.stringify(entry, null, 2)}
`;
}
function toSpec(entry) {
  const {
    id,
    requestPath,
    pr,
    requester,
    principal,
    profile,
    grant,
    startsAt,
    expiresAt,
    justification,
    ticket
  } = entry;
  return {
    id,
    requestPath,
    ...pr === void 0 ? {} : { pr },
    requester,
    principal,
    profile,
    grant,
    startsAt,
    expiresAt,
    justification,
    ...ticket === void 0 ? {} : { ticket }
  };
}

// src/core/ledger/state.ts
function foldEvent(entries, event, at) {
  const id = event.grant;
  const held = entries.get(id);
  const data = event.data;
  switch (event.event) {
    case "apply-started":
    case "granted":
    case "break-glass": {
      const entry = data.entry;
      if (!entry || entry.id !== id) return `${event.event} without the grant's entry`;
      if (event.event === "apply-started" && held) return `apply-started for ${id}, which is already held`;
      if (event.event !== "apply-started" && held && held.state !== "applying")
        return `${event.event} for ${id}, which is already ${held.state}`;
      entries.set(id, entry);
      return void 0;
    }
    case "apply-failed":
      if (!held) return `apply-failed for ${id}, which is not held`;
      if (data.cleanedUp === true) entries.delete(id);
      else
        entries.set(id, {
          ...held,
          state: "revoke-failing",
          pendingEnd: { event: "apply-failed", data: { cleanedUp: true, error: data.error } }
        });
      return void 0;
    case "revoked":
    case "expired":
      if (!held) return `${event.event} for ${id}, which is not held`;
      entries.delete(id);
      return void 0;
    case "extended": {
      if (!held) return `extended ${id}, which is not held`;
      const extension = data.extension;
      if (!extension || extension.from !== held.expiresAt)
        return `extended ${id} from a time that is not its expiry`;
      entries.set(id, {
        ...held,
        expiresAt: extension.to,
        refs: data.refs ?? held.refs,
        extensions: [...held.extensions ?? [], extension],
        warnedAt: void 0
      });
      return void 0;
    }
    case "revoke-failing":
      if (!held) return `revoke-failing for ${id}, which is not held`;
      entries.set(id, {
        ...held,
        state: "revoke-failing",
        failures: Number(data.attempts) || 1,
        pendingEnd: data.pendingEnd ?? held.pendingEnd
      });
      return void 0;
    case "expiry-warned":
      if (!held) return `expiry-warned for ${id}, which is not held`;
      entries.set(id, { ...held, warnedAt: at });
      return void 0;
    case "refused":
    case "orphan-revoked":
      return void 0;
  }
}
var isPastExpiry = (entry, now) => Date.parse(entry.expiresAt) <= now.getTime();

// src/core/ledger/store.ts
var LedgerError = class extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
  code;
};
function planCommit(snapshot, drafts, now) {
  const records = chainRecords(drafts, snapshot.tip, now);
  const entries = new Map(snapshot.entries);
  const touched = /* @__PURE__ */ new Set();
  for (const record of records) {
    const misfit = foldEvent(entries, record, record.at);
    if (misfit) throw new LedgerError(`refusing to record: ${misfit}`, "event-does-not-fit");
    touched.add(record.grant);
  }
  const changes = [];
  for (const id of [...touched].sort()) {
    const entry = entries.get(id);
    if (entry) changes.push({ path: activePath(id), content: serialiseEntry(entry) });
    else if (snapshot.entries.has(id)) changes.push({ path: activePath(id) });
  }
  const appended = /* @__PURE__ */ new Map();
  if (snapshot.lastAuditFile) appended.set(snapshot.lastAuditFile.path, snapshot.lastAuditFile.text);
  for (const record of records) {
    const path = auditFileFor(record.at);
    appended.set(path, `${appended.get(path) ?? ""}${serialiseRecord(record)}
`);
  }
  for (const [path, content] of appended)
    if (path !== snapshot.lastAuditFile?.path || content !== snapshot.lastAuditFile.text)
      changes.push({ path, content });
  return { records, changes, message: commitMessage(records, entries, snapshot.entries) };
}
var clean = (s) => s.replace(/[^\x20-\x7e]/g, "?");
function commitMessage(records, after, before) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of records) counts.set(r.event, (counts.get(r.event) ?? 0) + 1);
  const first = records[0];
  const subject = records.length === 1 ? `gitjit: ${first.event} ${first.grant}` : `gitjit: ${[...counts].map(([event, n]) => `${n} ${event}`).join(", ")}`;
  const lines = records.map((r) => {
    const principal = (after.get(r.grant) ?? before.get(r.grant))?.principal ?? r.data.principal;
    return clean(`${r.event} ${r.grant}${principal ? ` (${String(principal)})` : ""} by ${r.actor}`);
  });
  const last = records.at(-1);
  const trailers = [
    ...[...counts.keys()].map((e) => `Gitjit-Event: ${e}`),
    ...[...new Set(records.map((r) => r.grant))].map((g) => `Gitjit-Grant: ${clean(g)}`),
    `Gitjit-Audit-Seq: ${first.seq}-${last.seq}`,
    `Gitjit-Audit-Hash: ${last.hash}`
  ];
  return `${subject}

${lines.join("\n")}

${trailers.join("\n")}
`;
}

// src/adapters/git/ledger-store.ts
var DEFAULT_LEDGER_BRANCH = "gitjit-ledger";
var BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*@\{|.*\.lock$|.*\/$)[A-Za-z0-9._/-]{1,200}$/;
var REMOTE = /^[A-Za-z0-9._-]{1,100}$/;
var GitLedgerStore = class {
  constructor(options) {
    this.options = options;
    if (!BRANCH.test(options.branch) || options.branch.startsWith("-"))
      throw new LedgerError(`"${options.branch}" is not a usable branch name`, "ledger-config");
    if (options.remote !== void 0 && !REMOTE.test(options.remote))
      throw new LedgerError(`"${options.remote}" is not a usable remote name`, "ledger-config");
    this.location = options.remote === void 0 ? `branch ${options.branch}` : `branch ${options.branch} on ${options.remote}`;
  }
  options;
  location;
  entryCache = /* @__PURE__ */ new Map();
  /** The ref the ledger is read from: the remote-tracking ref when there is a remote. */
  get readRef() {
    const { remote, branch } = this.options;
    return remote === void 0 ? `refs/heads/${branch}` : `refs/remotes/${remote}/${branch}`;
  }
  async read() {
    return this.snapshot(await this.fetch());
  }
  async contents() {
    const commit = await resolveRef(this.options.repo, this.readRef);
    if (!commit) return { auditFiles: [], activeFiles: [] };
    const entries = await listTree(this.options.repo, commit, ["audit", ACTIVE_DIR]);
    const blobs = await readBlobs(
      this.options.repo,
      entries.map((e) => e.object)
    );
    const file = (e) => ({
      path: e.path,
      text: blobs.get(e.object).toString("utf8")
    });
    return {
      commit,
      auditFiles: entries.filter((e) => e.path.startsWith("audit/")).map(file),
      activeFiles: entries.filter((e) => e.path.startsWith(`${ACTIVE_DIR}/`)).map(file),
      anchors: await this.anchors(commit)
    };
  }
  /** The Gitjit-Audit-Seq and Gitjit-Audit-Hash trailers of every commit on the branch. */
  async anchors(commit) {
    const format = "%H%x1f%(trailers:key=Gitjit-Audit-Seq,valueonly,separator=%x2C)%x1f%(trailers:key=Gitjit-Audit-Hash,valueonly,separator=%x2C)%x1e";
    const out = await git(this.options.repo, ["log", `--format=${format}`, commit, "--"]);
    const anchors = [];
    for (const record of out.split("")) {
      const [sha, seq, hash] = record.trim().split("");
      const last = /^(\d+)-(\d+)$/.exec(seq?.trim() ?? "");
      if (!sha || !last || !/^[0-9a-f]{64}$/.test(hash?.trim() ?? "")) continue;
      anchors.push({ commit: sha, seq: Number(last[2]), hash: hash.trim() });
    }
    return anchors.reverse();
  }
  async update(decide) {
    const attempts = this.options.attempts ?? 12;
    const backoff = this.options.backoff ?? { baseMs: 200, maxMs: 5e3 };
    for (let attempt = 1; ; attempt++) {
      const base = await this.fetch();
      const snapshot = await this.snapshot(base);
      const drafts = await decide(snapshot);
      if (drafts.length === 0) return { records: [], attempts: attempt };
      const plan = planCommit(snapshot, drafts, this.options.now());
      const commit = await this.writeCommit(base, plan);
      if (await this.publish(base, commit)) return { records: plan.records, commit, attempts: attempt };
      if (attempt >= attempts)
        throw new LedgerError(
          `could not record in the ledger (${this.location}): other writers kept moving it (${attempts} attempts)`,
          "ledger-contended"
        );
      const random = this.options.random ?? Math.random;
      await (this.options.sleep ?? defaultSleep)(backoffDelay(attempt, backoff, random));
    }
  }
  /** Brings the remote's branch in (when there is a remote) and returns the commit to build on. */
  async fetch() {
    const { repo, remote, branch } = this.options;
    if (remote === void 0) return resolveRef(repo, this.readRef);
    const result = await runGit(repo, [
      "fetch",
      "--quiet",
      "--no-tags",
      "--no-write-fetch-head",
      remote,
      `+refs/heads/${branch}:${this.readRef}`
    ]);
    if (result.code === 0) return resolveRef(repo, this.readRef);
    if (/couldn't find remote ref/i.test(result.stderr)) {
      if (await resolveRef(repo, this.readRef))
        throw new LedgerError(
          `the ledger branch ${branch} has disappeared from ${remote}; refusing to start a new one`,
          "ledger-branch-missing"
        );
      return void 0;
    }
    throw new LedgerError(
      `cannot fetch the ledger from ${remote}: ${firstLine(result.stderr)}`,
      "ledger-fetch-failed"
    );
  }
  async snapshot(commit) {
    if (!commit) return { entries: /* @__PURE__ */ new Map() };
    const { repo } = this.options;
    const tree = await listTree(repo, commit, ["audit", ACTIVE_DIR]);
    const active = tree.filter((e) => e.path.startsWith(`${ACTIVE_DIR}/`) && e.path.endsWith(".json"));
    const auditPaths = tree.filter((e) => /^audit\/\d{4}\/\d{2}\.jsonl$/.test(e.path)).sort((a, b) => a.path < b.path ? -1 : 1);
    const last = auditPaths.at(-1);
    const unread = active.filter((e) => !this.entryCache.has(e.object)).map((e) => e.object);
    const blobs = await readBlobs(repo, last ? [...unread, last.object] : unread);
    const entries = /* @__PURE__ */ new Map();
    for (const e of active) {
      let entry = this.entryCache.get(e.object);
      if (!entry) {
        entry = JSON.parse(blobs.get(e.object).toString("utf8"));
        this.entryCache.set(e.object, entry);
      }
      entries.set(entry.id, entry);
    }
    if (!last) return { commit, entries };
    const lastAuditFile = { path: last.path, text: blobs.get(last.object).toString("utf8") };
    return { commit, entries, tip: tipOf(lastAuditFile), lastAuditFile };
  }
  /** One commit on top of `base` with the plan's files, made without touching any work tree. */
  async writeCommit(base, plan) {
    const { repo } = this.options;
    const who = this.options.committer ?? { name: "gitjit", email: "gitjit@users.noreply.github.com" };
    const when = `${Math.floor(this.options.now().getTime() / 1e3)} +0000`;
    const temp = `refs/gitjit/tmp/${randomBytes(8).toString("hex")}`;
    const data = (text) => `data ${Buffer.byteLength(text)}
${text}
`;
    const stream = [
      `commit ${temp}
`,
      `committer ${who.name} <${who.email}> ${when}
`,
      data(plan.message),
      base ? `from ${base}
` : "",
      ...plan.changes.map(
        (c) => c.content === void 0 ? `D ${c.path}
` : `M 100644 inline ${c.path}
${data(c.content)}`
      ),
      "\ndone\n"
    ].join("");
    await git(repo, ["fast-import", "--quiet", "--done", "--date-format=raw"], stream);
    const commit = await resolveRef(repo, temp);
    await git(repo, ["update-ref", "-d", temp]);
    if (!commit) throw new LedgerError("git fast-import wrote no commit", "ledger-write-failed");
    return commit;
  }
  /** Publishes `commit` if the ledger is still at `base`; false when another writer moved it first. */
  async publish(base, commit) {
    const { repo, remote, branch } = this.options;
    if (remote === void 0) {
      const result2 = await runGit(repo, ["update-ref", this.readRef, commit, base ?? "0".repeat(40)]);
      return result2.code === 0;
    }
    const result = await runGit(repo, [
      "push",
      "--porcelain",
      "--quiet",
      remote,
      `${commit}:refs/heads/${branch}`
    ]);
    if (result.code === 0) {
      await git(repo, ["update-ref", this.readRef, commit]);
      return true;
    }
    const now = await this.remoteHead();
    if (now !== base) return false;
    const reason = result.stdout.toString("utf8").match(/^!\t[^\t]*\t(.*)$/m)?.[1] ?? firstLine(result.stderr);
    throw new LedgerError(
      `${remote} refused the ledger commit on ${branch}: ${reason}`,
      "ledger-push-refused"
    );
  }
  async remoteHead() {
    const { repo, remote, branch } = this.options;
    const out = await git(repo, ["ls-remote", "--heads", remote, `refs/heads/${branch}`]).catch(
      (error) => {
        if (error instanceof GitError)
          throw new LedgerError(`cannot reach ${remote}: ${firstLine(error.stderr)}`, "ledger-fetch-failed");
        throw error;
      }
    );
    return out.split("	")[0]?.trim() || void 0;
  }
};
function tipOf(file) {
  const lines = file.text.split("\n").filter((l) => l !== "");
  const last = lines.at(-1);
  if (last === void 0) return void 0;
  let record;
  try {
    record = JSON.parse(last);
  } catch {
    throw new LedgerError(
      `${file.path}: the last audit record is not JSON; run gitjit audit verify`,
      "ledger-corrupt"
    );
  }
  return { seq: record.seq, hash: record.hash, at: record.at };
}
var firstLine = (text) => text.trim().split("\n")[0] ?? "";
var defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// src/cli/ledger-options.ts
var LEDGER_HELP = `  --ledger BRANCH   the branch holding the ledger and audit log
                    (default: $GITJIT_LEDGER_BRANCH, else ${DEFAULT_LEDGER_BRANCH})
  --remote NAME     the remote the ledger is published to, or "none" to keep it in this
                    repository only (default: $GITJIT_LEDGER_REMOTE, else origin if it exists)`;
async function ledgerLocation(values, io) {
  const inside = await runGit(io.cwd, ["rev-parse", "--git-dir"]);
  if (inside.code !== 0) throw new ConfigError(`${io.cwd} is not in a git repository`);
  const repo = (await git(io.cwd, ["rev-parse", "--show-toplevel"]).catch(() => io.cwd)).trim() || io.cwd;
  const branch = values.ledger ?? io.env.GITJIT_LEDGER_BRANCH ?? DEFAULT_LEDGER_BRANCH;
  const asked = values.remote ?? io.env.GITJIT_LEDGER_REMOTE;
  if (asked === "none") return { repo, branch };
  const remotes = (await git(repo, ["remote"])).split("\n").filter(Boolean);
  if (asked !== void 0) {
    if (!remotes.includes(asked)) throw new ConfigError(`--remote ${asked}: no such remote in ${repo}`);
    return { repo, branch, remote: asked };
  }
  return remotes.includes("origin") ? { repo, branch, remote: "origin" } : { repo, branch };
}
function openStore(location, now) {
  return new GitLedgerStore({ ...location, now });
}

// src/core/ledger/chain.ts
var EVENTS = new Set(AUDIT_EVENTS);
var KEYS = ["actor", "at", "data", "event", "grant", "hash", "prev", "seq", "v"].join();
var HEX64 = /^[0-9a-f]{64}$/;
var ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
function shapeProblem(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a JSON object";
  const r = value;
  if (Object.keys(r).sort().join() !== KEYS) return "unexpected or missing fields";
  if (r.v !== 1) return "unknown record version";
  if (!Number.isSafeInteger(r.seq)) return "no sequence number";
  if (typeof r.at !== "string" || !ISO.test(r.at)) return "no valid time";
  if (typeof r.event !== "string" || !EVENTS.has(r.event)) return `unknown event ${JSON.stringify(r.event)}`;
  if (typeof r.grant !== "string" || r.grant === "") return "no grant id";
  if (typeof r.actor !== "string") return "no actor";
  if (typeof r.data !== "object" || r.data === null || Array.isArray(r.data)) return "no data";
  if (typeof r.prev !== "string" || !HEX64.test(r.prev)) return "no previous hash";
  if (typeof r.hash !== "string" || !HEX64.test(r.hash)) return "no hash";
  return void 0;
}
function isCanonical(value, line) {
  try {
    return canonicalJson(value) === line;
  } catch {
    return false;
  }
}
function sortAuditFiles(files) {
  return files.filter((f) => AUDIT_FILE.test(f.path)).sort((a, b) => a.path < b.path ? -1 : 1);
}
function readChain(files) {
  const records = [];
  let prev = GENESIS_HASH;
  let seq = 0;
  let lastAt = "";
  for (const file of sortAuditFiles(files)) {
    const lines = file.text.split("\n");
    if (lines.at(-1) === "") lines.pop();
    for (let i = 0; i < lines.length; i++) {
      const where = { file: file.path, line: i + 1 };
      let value;
      try {
        value = JSON.parse(lines[i]);
      } catch {
        return { records, broken: { ...where, code: "unreadable", message: "the line is not JSON" } };
      }
      const shape = shapeProblem(value);
      if (shape) return { records, broken: { ...where, code: "malformed", message: shape } };
      const record = value;
      const at = { ...where, seq: record.seq, grant: record.grant };
      if (!isCanonical(record, lines[i]))
        return {
          records,
          broken: { ...at, code: "not-canonical", message: "is not written in canonical form" }
        };
      if (record.seq !== seq + 1)
        return {
          records,
          broken: {
            ...at,
            code: "sequence-gap",
            message: `expected record ${seq + 1}, found ${record.seq} (records missing or reordered)`
          }
        };
      if (record.prev !== prev)
        return {
          records,
          broken: { ...at, code: "chain-broken", message: "does not carry the hash of the record before it" }
        };
      const { hash, ...rest } = record;
      if (recordHash(rest) !== hash)
        return {
          records,
          broken: { ...at, code: "hash-mismatch", message: "its content does not match its hash (altered)" }
        };
      if (record.at < lastAt)
        return {
          records,
          broken: { ...at, code: "time-backwards", message: "is dated before the record before it" }
        };
      if (auditFileFor(record.at) !== file.path)
        return {
          records,
          broken: { ...at, code: "wrong-file", message: `is dated ${record.at} but sits in ${file.path}` }
        };
      records.push({ ...where, record });
      prev = hash;
      seq = record.seq;
      lastAt = record.at;
    }
  }
  return { records };
}

// src/commands/describe-error.ts
function describe(error) {
  if (error instanceof ProviderError) return `${error.code}: ${error.message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}

// src/commands/lifecycle.ts
var APPLY_ACTOR = "gitjit-apply";
var draft = (event, grant, data, actor = APPLY_ACTOR) => ({
  event,
  grant,
  actor,
  data
});
function othersActive(entries, except, provider, now) {
  return [...entries].filter((e) => e.id !== except && e.grant.provider === provider && !isPastExpiry(e, now)).map(toSpec);
}
async function seenBefore(store, id) {
  const { records } = readChain((await store.contents()).auditFiles);
  return records.some(
    (r) => r.record.grant === id && ["granted", "break-glass", "expired", "revoked", "apply-failed"].includes(r.record.event)
  );
}
async function applyGrant(store, provider, input) {
  const { spec, approval, now } = input;
  const intent = {
    ...spec,
    state: "applying",
    expiry: expiryEnforcement(spec.grant),
    approval,
    refs: {}
  };
  await store.read();
  if (await seenBefore(store, spec.id)) return { status: "already" };
  let state = "applying";
  await store.update((snapshot) => {
    const held = snapshot.entries.get(spec.id);
    state = held?.state ?? "applying";
    return held ? [] : [draft("apply-started", spec.id, { entry: intent })];
  });
  if (state !== "applying") return { status: "already" };
  let refs;
  try {
    refs = (await provider.apply(spec)).refs;
  } catch (error) {
    let cleanedUp = true;
    try {
      await provider.revoke(
        spec,
        othersActive((await store.read()).entries.values(), spec.id, spec.grant.provider, now)
      );
    } catch {
      cleanedUp = false;
    }
    await store.update(
      (snapshot) => snapshot.entries.get(spec.id)?.state === "applying" ? [draft("apply-failed", spec.id, { cleanedUp, error: { message: describe(error) } })] : []
    );
    return { status: "failed", code: "apply-failed", message: describe(error) };
  }
  const event = approval.mode === "break-glass" ? "break-glass" : "granted";
  let entry;
  await store.update((snapshot) => {
    const held = snapshot.entries.get(spec.id);
    if (held?.state !== "applying") return [];
    entry = { ...held, state: "active", refs };
    return [draft(event, spec.id, { entry })];
  });
  return { status: "done", entry };
}
async function recordRefused(store, id, data) {
  await store.update(() => [draft("refused", id, data)]);
}

// src/providers/registry.ts
var LOADERS = {
  "aws-iam": () => import("./iam-RZAEIF3O.js"),
  "aws-iam-managed": () => import("./managed-HJE6L5KM.js"),
  "aws-identity-center": () => import("./identity-center-NVSCUAM7.js"),
  "gcp-iam": () => import("./iam-YI22X25E.js"),
  "azure-pim": () => import("./pim-E4D5LLDO.js"),
  "azure-role-assignment": () => import("./role-assignment-C6235BYQ.js"),
  postgres: () => import("./postgres-FNWCHZ7P.js"),
  "github-team": () => import("./github-team-J2UDV57D.js")
};
async function loadProvider(id, context) {
  const loader = LOADERS[id];
  if (!loader)
    throw new ProviderError(`the ${id} provider is not part of this build of gitjit`, "provider-unavailable");
  const module = await loader();
  return module.default(context);
}

// src/action/granting.ts
async function openLedger(options) {
  const location = await ledgerLocation(
    { ledger: options.branch },
    { cwd: options.workspace, env: options.env, stdout: options.log, stderr: options.log }
  );
  return openStore(location, options.now);
}
async function ledgerGranting(options) {
  const store = await openLedger(options);
  const { env, now, log } = options;
  return {
    async grant(verdict) {
      const spec = grantSpecFor(verdict.path, verdict.summary, verdict.pull.number);
      const provider = await loadProvider(spec.grant.provider, { env, now, log });
      const approval = verdict.auto ? { mode: "auto", approvers: [] } : { mode: "reviewed", approvers: verdict.approvedBy.map((login) => ({ login })) };
      const outcome = await applyGrant(store, provider, { spec, approval, now: now() });
      switch (outcome.status) {
        case "done":
          return {
            status: "granted",
            path: verdict.path,
            grantId: spec.id,
            principal: spec.principal,
            expiresAt: spec.expiresAt,
            expiry: expiryEnforcement(spec.grant)
          };
        case "already":
          return { status: "already", path: verdict.path, grantId: spec.id };
        case "refused":
          return {
            status: "refused",
            path: verdict.path,
            reasons: [{ code: outcome.code, message: outcome.message }]
          };
        case "failed":
          return { status: "failed", path: verdict.path, code: outcome.code, message: outcome.message };
      }
    },
    async refuse(verdict) {
      const id = grantId(verdict.path, verdict.pull?.number);
      await store.read();
      const { records } = readChain((await store.contents()).auditFiles);
      if (records.some((r) => r.record.grant === id && r.record.event === "refused")) return;
      await recordRefused(store, id, {
        requestPath: verdict.path,
        ...verdict.pull ? { pr: verdict.pull.number } : {},
        requester: verdict.pull?.author ?? "unknown",
        reasons: verdict.reasons
      });
    }
  };
}

export {
  retry,
  pool,
  canonicalJson,
  toSpec,
  isPastExpiry,
  describe,
  loadProvider,
  openLedger,
  ledgerGranting
};
