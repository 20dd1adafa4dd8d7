import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);

// src/adapters/repo-files.ts
import { execFile } from "node:child_process";
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var ConfigError = class extends Error {
};
function cachedFiles(files) {
  const lists = /* @__PURE__ */ new Map();
  const reads = /* @__PURE__ */ new Map();
  const once = (cache, key, ask) => {
    let known = cache.get(key);
    if (!known) {
      known = ask();
      known.catch(() => cache.delete(key));
      cache.set(key, known);
    }
    return known;
  };
  return {
    origin: files.origin,
    list: (dir) => once(lists, dir, () => files.list(dir)).then((paths) => [...paths]),
    read: (path, maxBytes) => once(reads, `${maxBytes}\0${path}`, () => files.read(path, maxBytes))
  };
}
function workTreeFiles(root) {
  return {
    origin: "the work tree",
    async list(dir) {
      const out = [];
      const walk = (abs) => {
        let entries;
        try {
          entries = readdirSync(abs, { withFileTypes: true });
        } catch (error) {
          const code = error.code;
          if (code === "ENOENT" || code === "ENOTDIR") return;
          throw error;
        }
        for (const entry of entries) {
          const child = join(abs, entry.name);
          if (entry.isDirectory()) walk(child);
          else if (entry.isFile() || entry.isSymbolicLink())
            out.push(relative(root, child).split(sep).join("/"));
        }
      };
      walk(join(root, dir));
      return out.sort();
    },
    async read(path, maxBytes) {
      const abs = join(root, path);
      let info;
      try {
        info = lstatSync(abs);
      } catch (error) {
        if (error.code === "ENOENT") return { kind: "missing" };
        throw error;
      }
      if (!info.isFile()) return { kind: "not-a-file" };
      if (info.size > maxBytes) return { kind: "too-large", size: info.size };
      return { kind: "file", bytes: readFileSync(abs) };
    }
  };
}
async function gitRefFiles(root, ref) {
  const git = (args) => run("git", args, { cwd: root, maxBuffer: 256 * 1024 * 1024, encoding: "buffer" });
  let commit;
  try {
    if (ref.startsWith("-")) throw new Error("a ref cannot start with -");
    commit = (await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).stdout.toString().trim();
  } catch {
    throw new ConfigError(`--base ${ref}: no such commit in ${root}`);
  }
  const entries = /* @__PURE__ */ new Map();
  const listing = (await git(["ls-tree", "-r", "-l", "-z", "--full-tree", commit])).stdout.toString("utf8");
  for (const record of listing.split("\0")) {
    const match = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.*)$/s.exec(record);
    if (match?.[2] !== "blob") continue;
    const [, mode, , object, size, path] = match;
    entries.set(path, { mode, object, size: Number(size) });
  }
  return {
    origin: `commit ${commit.slice(0, 12)}`,
    async list(dir) {
      const prefix = dir.endsWith("/") ? dir : `${dir}/`;
      return [...entries.keys()].filter((p) => p.startsWith(prefix)).sort();
    },
    async read(path, maxBytes) {
      const entry = entries.get(path);
      if (!entry) return { kind: "missing" };
      if (entry.mode !== "100644" && entry.mode !== "100755") return { kind: "not-a-file" };
      if (entry.size > maxBytes) return { kind: "too-large", size: entry.size };
      const { stdout } = await git(["cat-file", "blob", entry.object]);
      return { kind: "file", bytes: new Uint8Array(stdout) };
    }
  };
}

// src/core/ledger/canonical.ts
import { createHash } from "node:crypto";
function canonicalJson(value) {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isSafeInteger(value)) throw new TypeError(`cannot canonicalise the number ${value}`);
      return JSON.stringify(value);
    case "object": {
      if (value === null) return "null";
      if (Array.isArray(value)) {
        let out2 = "[";
        for (let i = 0; i < value.length; i++) out2 += `${i > 0 ? "," : ""}${canonicalJson(value[i])}`;
        return `${out2}]`;
      }
      const object = value;
      const keys = Object.keys(object).sort();
      let out = "{";
      for (const key of keys) {
        const member = object[key];
        if (member === void 0) continue;
        out += `${out.length > 1 ? "," : ""}${JSON.stringify(key)}:${canonicalJson(member)}`;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`cannot canonicalise a value of type ${typeof value}`);
  }
}
function sha256Hex(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

// src/core/ledger/records.ts
var AUDIT_EVENTS = [
  "apply-started",
  "scheduled",
  "granted",
  "apply-failed",
  "refused",
  "lapsed",
  "revoked",
  "expired",
  "extended",
  "orphan-revoked",
  "break-glass",
  "revoke-failing",
  "expiry-warned",
  "governance-approved",
  "governance-unapproved"
];
var GOVERNANCE_SUBJECT = "governance";
var GENESIS_HASH = "0".repeat(64);
function recordHash(record) {
  const { v, seq, at, event, grant, actor, data, prev, seal } = record;
  return sha256Hex(canonicalJson({ v, seq, at, event, grant, actor, data, prev, seal }));
}
function chainRecords(drafts, tip, now, version = 1) {
  let seq = tip?.seq ?? 0;
  let prev = tip?.hash ?? GENESIS_HASH;
  const at = now.toISOString();
  if (tip && tip.at > at)
    throw new RangeError(`cannot record at ${at}: the chain's last record is dated ${tip.at}`);
  const out = [];
  for (const draft of drafts) {
    seq += 1;
    const base = { v: version, seq, at, ...draftFields(draft), prev };
    const hash = recordHash(base);
    out.push({ ...base, hash });
    prev = hash;
  }
  return out;
}
function draftFields(draft) {
  return JSON.parse(
    canonicalJson({ event: draft.event, grant: draft.grant, actor: draft.actor, data: draft.data })
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

// src/core/ledger/chain.ts
var EVENTS = new Set(AUDIT_EVENTS);
var KEYS = /* @__PURE__ */ new Set(["actor", "at", "data", "event", "grant", "hash", "prev", "seq", "v"]);
var SEALED = /* @__PURE__ */ new Set(["seal", "sig"]);
var HEX64 = /^[0-9a-f]{64}$/;
var COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
var KEY_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
var BASE64 = /^[A-Za-z0-9+/]{1,200}={0,2}$/;
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function sealProblem(seal, sig) {
  if (!isObject(seal) || !isObject(sig)) return "a seal or signature that is not an object";
  for (const key in seal)
    if (!["base", "state", "time"].includes(key)) return "unexpected fields in the seal";
  if (typeof seal.state !== "string" || !HEX64.test(seal.state)) return "a seal without a state digest";
  if (seal.base !== void 0 && (typeof seal.base !== "string" || !COMMIT.test(seal.base)))
    return "a seal whose base is not a commit";
  if (seal.time !== void 0 && (typeof seal.time !== "string" || !ISO.test(seal.time)))
    return "a seal whose time is not valid";
  for (const key in sig) if (key !== "key" && key !== "value") return "unexpected fields in the signature";
  if (typeof sig.key !== "string" || !KEY_ID.test(sig.key)) return "a signature without a key id";
  if (typeof sig.value !== "string" || !BASE64.test(sig.value)) return "a signature that is not base64";
  return void 0;
}
function shapeProblem(value) {
  if (!isObject(value)) return "not a JSON object";
  const r = value;
  let fields = 0;
  let sealed = 0;
  for (const key in r) {
    if (KEYS.has(key)) fields += 1;
    else if (r.v === 2 && SEALED.has(key)) sealed += 1;
    else return "unexpected or missing fields";
  }
  if (fields !== KEYS.size) return "unexpected or missing fields";
  if (r.v !== 1 && r.v !== 2) return "unknown record version";
  if (sealed === 1) return "a seal without its signature, or a signature without its seal";
  if (sealed === 2) {
    const problem = sealProblem(r.seal, r.sig);
    if (problem) return problem;
  }
  if (!Number.isSafeInteger(r.seq)) return "no sequence number";
  if (typeof r.at !== "string" || !ISO.test(r.at)) return "no valid time";
  if (typeof r.event !== "string" || !EVENTS.has(r.event)) return `unknown event ${JSON.stringify(r.event)}`;
  if (typeof r.grant !== "string" || r.grant === "") return "no grant id";
  if (typeof r.actor !== "string") return "no actor";
  if (!isObject(r.data)) return "no data";
  if (typeof r.prev !== "string" || !HEX64.test(r.prev)) return "no previous hash";
  if (typeof r.hash !== "string" || !HEX64.test(r.hash)) return "no hash";
  return void 0;
}
function inCanonicalOrder(value) {
  if (typeof value === "number") return Number.isSafeInteger(value);
  if (typeof value !== "object" || value === null) return true;
  if (Array.isArray(value)) return value.every(inCanonicalOrder);
  let previous;
  for (const key in value) {
    if (previous !== void 0 && !(previous < key)) return false;
    previous = key;
    if (!inCanonicalOrder(value[key])) return false;
  }
  return true;
}
function isCanonical(value, line) {
  if (inCanonicalOrder(value)) return JSON.stringify(value) === line;
  try {
    return canonicalJson(value) === line;
  } catch {
    return false;
  }
}
function hashOfCanonicalLine(record, line) {
  const seal = record.seal === void 0 ? "" : `"seal":${canonicalJson(record.seal)},`;
  const sig = record.sig === void 0 ? "" : `"sig":${canonicalJson(record.sig)},`;
  const hashed = `"prev":"${record.prev}",${seal}"seq":${record.seq},`;
  const tail = `${hashed}${sig}"v":${record.v}}`;
  const member = `"hash":"${record.hash}",`;
  if (!line.endsWith(member + tail)) {
    const { hash: _hash, sig: _sig, ...rest } = record;
    return recordHash(rest);
  }
  return sha256Hex(`${line.slice(0, line.length - member.length - tail.length)}${hashed}"v":${record.v}}`);
}
function readRecordLine(line, where) {
  let value;
  try {
    value = JSON.parse(line);
  } catch {
    return { broken: { ...where, code: "unreadable", message: "the line is not JSON" } };
  }
  const shape = shapeProblem(value);
  if (shape) return { broken: { ...where, code: "malformed", message: shape } };
  const record = value;
  const at = { ...where, seq: record.seq, grant: record.grant };
  if (!isCanonical(record, line))
    return { broken: { ...at, code: "not-canonical", message: "is not written in canonical form" } };
  if (hashOfCanonicalLine(record, line) !== record.hash)
    return {
      broken: { ...at, code: "hash-mismatch", message: "its content does not match its hash (altered)" }
    };
  return { record };
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
      const hash = record.hash;
      if (hashOfCanonicalLine(record, lines[i]) !== hash)
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

// src/core/duration.ts
var MINUTE = 6e4;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
var MAX_DURATION_MS = 366 * DAY;
var UNIT_MS = { d: DAY, h: HOUR, m: MINUTE, s: 1e3 };
var SHORT = /^(?:(\d{1,6})d)?(?:(\d{1,6})h)?(?:(\d{1,7})m)?(?:(\d{1,9})s)?$/;
var ISO2 = /^P(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,7})M)?(?:(\d{1,9})S)?)?$/;
function parseDuration(text) {
  if (typeof text !== "string") return { ok: false, reason: "a duration must be text such as 2h or PT2H" };
  const trimmed = text.trim();
  if (trimmed.startsWith("-") && !trimmed.startsWith("--")) {
    const magnitude = parseDuration(trimmed.slice(1));
    return magnitude.ok ? { ok: true, ms: -magnitude.ms } : magnitude;
  }
  const match = SHORT.exec(trimmed) ?? ISO2.exec(trimmed.toUpperCase());
  if (!match || match.slice(1).every((part) => part === void 0) || /T$/i.test(trimmed)) {
    return { ok: false, reason: `"${text}" is not a duration; write it as 90m, 2h, 1h30m, 7d or PT2H` };
  }
  const [, d, h, m, s] = match;
  const ms = [
    [d, "d"],
    [h, "h"],
    [m, "m"],
    [s, "s"]
  ].reduce(
    (sum, [value, unit]) => sum + (value ? Number(value) * UNIT_MS[unit] : 0),
    0
  );
  return { ok: true, ms };
}
function formatDuration(ms) {
  if (!Number.isFinite(ms) || ms <= 0) return "0s";
  let rest = Math.round(ms / 1e3) * 1e3;
  let out = "";
  for (const [unit, size] of Object.entries(UNIT_MS)) {
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  return out || "0s";
}

// src/core/ledger/resources.ts
function resourcesOf(grant) {
  switch (grant.provider) {
    case "aws-iam":
      return unique([
        `aws:${grant.account}`,
        ...grant.statements.flatMap((s) => s.resources.filter((r) => r !== "*"))
      ]);
    case "aws-iam-managed":
      return [`aws:${grant.account}`, grant.policyArn];
    case "aws-identity-center":
      return [`aws:${grant.account}`, grant.permissionSetArn];
    case "gcp-iam":
      return [grant.resource];
    case "azure-pim":
    case "azure-role-assignment":
      return [grant.scope];
    case "github-team":
      return [`github:${grant.org}/${grant.team}`];
    case "postgres":
      return [`postgres:${grant.connection}/${grant.role}`];
  }
}
function unique(values) {
  return [...new Set(values)];
}

// src/core/render/audit-output.ts
function renderBroken(b) {
  const where = b.line > 0 ? `${b.file}:${b.line}` : b.file;
  const what = [b.seq === void 0 ? void 0 : `record ${b.seq}`, b.grant].filter(Boolean).join(", ");
  return `${where}${what ? ` (${what})` : ""} error ${b.code}: ${b.message}`;
}

// src/core/ledger/state.ts
function foldEvent(entries, event, at) {
  const id = event.grant;
  const held = entries.get(id);
  const data = event.data;
  switch (event.event) {
    case "scheduled":
    case "apply-started":
    case "granted":
    case "break-glass": {
      const entry = data.entry;
      if (!entry || entry.id !== id) return `${event.event} without the grant's entry`;
      if (event.event === "scheduled" && held) return `scheduled ${id}, which is already held`;
      if (event.event === "apply-started" && held && held.state !== "scheduled")
        return `apply-started for ${id}, which is already held`;
      if ((event.event === "granted" || event.event === "break-glass") && held && held.state !== "applying")
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
    case "lapsed":
      if (held?.state === "scheduled") entries.delete(id);
      return void 0;
    case "refused":
    case "orphan-revoked":
    case "governance-approved":
    case "governance-unapproved":
      return void 0;
  }
}
function replay(records) {
  const entries = /* @__PURE__ */ new Map();
  for (const record of records) {
    const message = foldEvent(entries, record, record.at);
    if (message) return { entries, problem: { record, message } };
  }
  return { entries };
}
var isPastExpiry = (entry, now) => Date.parse(entry.expiresAt) <= now.getTime();

// src/core/ledger/time.ts
var MAX_CLOCK_SKEW_MS = 10 * 6e4;
function clockProblem(now, trustedNow, maxSkewMs = MAX_CLOCK_SKEW_MS) {
  const off = now.getTime() - trustedNow.getTime();
  if (Math.abs(off) <= maxSkewMs) return void 0;
  return {
    code: off > 0 ? "clock-ahead" : "clock-behind",
    message: `this writer's clock reads ${now.toISOString()}, ${formatDuration(Math.abs(off))} ${off > 0 ? "ahead of" : "behind"} the run's trusted time ${trustedNow.toISOString()}; refusing to date records by it`
  };
}
function recordTime(tip, now, trustedNow, maxSkewMs = MAX_CLOCK_SKEW_MS) {
  const trusted = trustedNow ?? now;
  const bound = trusted.getTime() + maxSkewMs;
  const off = clockProblem(now, trusted, maxSkewMs);
  if (off) return off;
  if (tip && Date.parse(tip.at) > bound)
    return {
      code: "ledger-ahead",
      message: `the ledger's last record (${tip.seq}) is dated ${tip.at}, ${formatDuration(Date.parse(tip.at) - trusted.getTime())} after ${trustedNow ? "the run's trusted time" : "this writer's clock"} ${trusted.toISOString()}: a writer with a bad clock wrote it; refusing to date every later record after it (run gitjit audit verify)`
    };
  return { at: tip && Date.parse(tip.at) > now.getTime() ? new Date(tip.at) : now };
}

// src/core/ledger/seal.ts
import { createHash as createHash3, verify } from "node:crypto";

// src/core/ledger/keys.ts
import { createHash as createHash2, createPrivateKey, createPublicKey, sign } from "node:crypto";
var BASE642 = /^[A-Za-z0-9+/]+={0,2}$/;
function der(text) {
  const compact = text.replace(/\s+/g, "");
  return BASE642.test(compact) ? Buffer.from(compact, "base64") : void 0;
}
function parsePublicKey(text) {
  let key;
  try {
    if (text.trim().startsWith("-----BEGIN")) key = createPublicKey({ key: text.trim(), format: "pem" });
    else {
      const bytes = der(text);
      if (!bytes) return { ok: false, reason: "neither PEM nor base64" };
      key = createPublicKey({ key: bytes, format: "der", type: "spki" });
    }
  } catch (error) {
    return { ok: false, reason: `not a public key (${error.message})` };
  }
  if (key.asymmetricKeyType !== "ed25519")
    return { ok: false, reason: `a ${key.asymmetricKeyType ?? "unknown"} key; ledger keys are Ed25519` };
  return { ok: true, value: { key, spki: spkiOf(key) } };
}
var spkiOf = (key) => key.export({ format: "der", type: "spki" }).toString("base64");
var fingerprint = (key) => createHash2("sha256").update(Buffer.from(key.spki, "base64")).digest("hex").slice(0, 16);
function ledgerKeys(policy) {
  const keys = [];
  for (const k of policy) {
    const parsed = parsePublicKey(k.publicKey);
    const from = Date.parse(k.from);
    const until = k.until === void 0 ? void 0 : Date.parse(k.until);
    if (!parsed.ok || Number.isNaN(from) || until !== void 0 && Number.isNaN(until)) continue;
    keys.push({
      id: k.id,
      publicKey: parsed.value.key,
      spki: parsed.value.spki,
      from,
      ...until === void 0 ? {} : { until }
    });
  }
  return keys;
}
var keyValidAt = (key, at) => {
  const t = typeof at === "number" ? at : Date.parse(at);
  return key.from <= t && (key.until === void 0 || t < key.until);
};
var describePeriod = (key) => `from ${new Date(key.from).toISOString()}${key.until === void 0 ? "" : ` until ${new Date(key.until).toISOString()}`}`;
var signingKeyAt = (signer, at) => signer.keys.find((k) => keyValidAt(k, at));
function signerFor(privateKey, keys) {
  let key;
  try {
    if (privateKey.trim().startsWith("-----BEGIN"))
      key = createPrivateKey({ key: privateKey.trim(), format: "pem" });
    else {
      const bytes = der(privateKey);
      if (!bytes) return { ok: false, reason: "the signing key is neither PEM nor base64" };
      key = createPrivateKey({ key: bytes, format: "der", type: "pkcs8" });
    }
  } catch (error) {
    return { ok: false, reason: `the signing key is not a private key (${error.message})` };
  }
  if (key.asymmetricKeyType !== "ed25519")
    return {
      ok: false,
      reason: `the signing key is a ${key.asymmetricKeyType ?? "unknown"} key, not Ed25519`
    };
  const spki = spkiOf(createPublicKey(key));
  const match = keys.filter((k) => k.spki === spki);
  if (match.length === 0)
    return {
      ok: false,
      reason: "the signing key's public half is not one of the policy's ledger keys (ledger.keys)"
    };
  return { ok: true, value: { keys: match, sign: (message) => sign(null, message, key).toString("base64") } };
}

// src/core/ledger/seal.ts
var signedMessage = (hash) => Buffer.from(`gitjit ledger seal v1
${hash}`, "utf8");
function fileHash(content) {
  return createHash3("sha256").update(content).digest("hex");
}
function stateDigest(hashes) {
  const digest = createHash3("sha256");
  for (const path of [...hashes.keys()].sort()) digest.update(`${path}\0${hashes.get(path)}
`);
  return digest.digest("hex");
}
var SealError = class extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
  code;
};
function sealRecord(record, seal, signer) {
  const key = signingKeyAt(signer, record.at);
  if (!key)
    throw new SealError(
      `the signing key is not valid at ${record.at} (${signer.keys.map(describePeriod).join("; ")}): rotate to a key the policy lists as valid now`,
      "ledger-key-not-valid"
    );
  const { hash: _hash, sig: _sig, ...rest } = record;
  const sealed = { ...rest, v: 2, seal: JSON.parse(canonicalJson(seal)) };
  const hash = recordHash(sealed);
  return { ...sealed, hash, sig: { key: key.id, value: signer.sign(signedMessage(hash)) } };
}
function signatureProblem(record, keys) {
  const sig = record.sig;
  if (!sig) return { code: "bad-signature", message: "sealed but not signed" };
  const named = keys.filter((k) => k.id === sig.key);
  if (named.length === 0)
    return {
      code: "unknown-key",
      message: `signed with key "${sig.key}", which the policy's ledger keys do not list`
    };
  let bytes;
  try {
    bytes = Buffer.from(sig.value, "base64");
  } catch {
    return { code: "bad-signature", message: "its signature is not base64" };
  }
  const good = named.filter((k) => verify(null, signedMessage(record.hash), k.publicKey, bytes));
  if (good.length === 0)
    return {
      code: "bad-signature",
      message: `its signature is not key "${sig.key}"'s (${named.map(fingerprint).join(", ")}): it was not made by the ledger's writer`
    };
  if (!good.some((k) => keyValidAt(k, record.at)))
    return {
      code: "key-not-valid",
      message: `signed with key "${sig.key}", which is not valid at ${record.at} (${good.map(describePeriod).join("; ")})`
    };
  return void 0;
}

// src/core/ledger/store.ts
var LedgerError = class extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
  code;
};
function planCommit(snapshot, drafts, now, options = {}) {
  const time = recordTime(snapshot.tip, now, options.trustedNow, options.maxSkewMs ?? MAX_CLOCK_SKEW_MS);
  if (!("at" in time)) throw new LedgerError(time.message, time.code);
  const records = chainRecords(drafts, snapshot.tip, time.at, options.seal ? 2 : 1);
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
  if (options.seal && records.length > 0) {
    const hashes = new Map(
      snapshot.activeHashes ?? [...snapshot.entries.values()].map((e) => [activePath(e.id), fileHash(serialiseEntry(e))])
    );
    for (const change of changes)
      if (change.content === void 0) hashes.delete(change.path);
      else hashes.set(change.path, fileHash(change.content));
    const last = records.length - 1;
    const seal = {
      ...options.seal.base === void 0 ? {} : { base: options.seal.base },
      state: stateDigest(hashes),
      ...options.trustedNow ? { time: options.trustedNow.toISOString() } : {}
    };
    try {
      records[last] = sealRecord(records[last], seal, options.seal.signer);
    } catch (error) {
      if (error instanceof SealError) throw new LedgerError(error.message, error.code);
      throw error;
    }
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
var isActivePath = (path) => path.startsWith(`${ACTIVE_DIR}/`) && path.endsWith(".json");

// src/core/ledger/guard.ts
function sealedTip(evidence, keys, trustedNow, maxSkewMs = MAX_CLOCK_SKEW_MS) {
  const file = evidence.lastAuditFile;
  if (!file) return { ok: false, reason: "no audit record" };
  const text = file.text.endsWith("\n") ? file.text.slice(0, -1) : file.text;
  const start = text.lastIndexOf("\n") + 1;
  const read = readRecordLine(text.slice(start), { file: file.path, line: 0 });
  if ("broken" in read) return { ok: false, reason: read.broken.message };
  const { record } = read;
  if (!record.seal) return { ok: false, reason: "the last record is not sealed" };
  const bad = signatureProblem(record, keys);
  if (bad) return { ok: false, reason: bad.message };
  const expected = record.seal.base === void 0 ? [] : [record.seal.base];
  if (evidence.parents.length !== expected.length || evidence.parents[0] !== expected[0])
    return { ok: false, reason: "the newest commit is not the one that sealed the last record" };
  if (stateDigest(evidence.activeHashes) !== record.seal.state)
    return { ok: false, reason: "the active files are not those the last record sealed" };
  if (auditFileFor(record.at) !== file.path)
    return { ok: false, reason: "the last record is in the wrong file" };
  if (Date.parse(record.at) > trustedNow.getTime() + maxSkewMs)
    return { ok: false, reason: `the last record is dated ${record.at}, in the future` };
  return { ok: true };
}
var LedgerUnverified = class extends LedgerError {
  constructor(where, commit, problems, verified, claimed) {
    super(
      `the ledger (${where}, commit ${commit.slice(0, 12)}) failed verification: ${renderBroken(problems[0])}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ""}`,
      "ledger-failed-verification"
    );
    this.where = where;
    this.commit = commit;
    this.problems = problems;
    this.verified = verified;
    this.claimed = claimed;
  }
  where;
  commit;
  problems;
  verified;
  claimed;
};

export {
  ConfigError,
  cachedFiles,
  workTreeFiles,
  gitRefFiles,
  resourcesOf,
  renderBroken,
  canonicalJson,
  GOVERNANCE_SUBJECT,
  ACTIVE_DIR,
  activePath,
  toSpec,
  readChain,
  parsePublicKey,
  ledgerKeys,
  signerFor,
  fileHash,
  signatureProblem,
  foldEvent,
  replay,
  isPastExpiry,
  HOUR,
  MAX_DURATION_MS,
  parseDuration,
  formatDuration,
  MAX_CLOCK_SKEW_MS,
  clockProblem,
  LedgerError,
  planCommit,
  isActivePath,
  sealedTip,
  LedgerUnverified
};
