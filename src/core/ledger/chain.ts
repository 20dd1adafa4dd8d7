/** Reading the audit log back and checking its hash chain, record by record. */
import { canonicalJson, sha256Hex } from "./canonical.js";
import {
  AUDIT_EVENTS,
  AUDIT_FILE,
  type AuditRecord,
  auditFileFor,
  GENESIS_HASH,
  recordHash,
} from "./records.js";

export interface AuditFile {
  path: string;
  text: string;
}

export interface LocatedRecord {
  file: string;
  line: number;
  record: AuditRecord;
}

export interface Broken {
  file: string;
  line: number;
  seq?: number;
  grant?: string;
  code: string;
  message: string;
}

const EVENTS = new Set<string>(AUDIT_EVENTS);
const KEYS = new Set(["actor", "at", "data", "event", "grant", "hash", "prev", "seq", "v"]);
/** Version 2 records may carry these too; both or neither. */
const SEALED = new Set(["seal", "sig"]);
const HEX64 = /^[0-9a-f]{64}$/;
const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const KEY_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const BASE64 = /^[A-Za-z0-9+/]{1,200}={0,2}$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function sealProblem(seal: unknown, sig: unknown): string | undefined {
  if (!isObject(seal) || !isObject(sig)) return "a seal or signature that is not an object";
  for (const key in seal)
    if (!["base", "state", "time"].includes(key)) return "unexpected fields in the seal";
  if (typeof seal.state !== "string" || !HEX64.test(seal.state)) return "a seal without a state digest";
  if (seal.base !== undefined && (typeof seal.base !== "string" || !COMMIT.test(seal.base)))
    return "a seal whose base is not a commit";
  if (seal.time !== undefined && (typeof seal.time !== "string" || !ISO.test(seal.time)))
    return "a seal whose time is not valid";
  for (const key in sig) if (key !== "key" && key !== "value") return "unexpected fields in the signature";
  if (typeof sig.key !== "string" || !KEY_ID.test(sig.key)) return "a signature without a key id";
  if (typeof sig.value !== "string" || !BASE64.test(sig.value)) return "a signature that is not base64";
  return undefined;
}

function shapeProblem(value: unknown): string | undefined {
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
  return undefined;
}

/** Keys in canonical order at every depth and only whole numbers: then JSON.stringify writes canonical JSON. */
function inCanonicalOrder(value: unknown): boolean {
  if (typeof value === "number") return Number.isSafeInteger(value);
  if (typeof value !== "object" || value === null) return true;
  if (Array.isArray(value)) return value.every(inCanonicalOrder);
  let previous: string | undefined;
  for (const key in value) {
    if (previous !== undefined && !(previous < key)) return false;
    previous = key;
    if (!inCanonicalOrder((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** Whether `line` is the canonical JSON of `value`, the value parsed from it. */
function isCanonical(value: unknown, line: string): boolean {
  // The quick way holds for every record gitjit writes; objects V8 orders differently (integer-like
  // keys) take the long way.
  if (inCanonicalOrder(value)) return JSON.stringify(value) === line;
  try {
    return canonicalJson(value) === line;
  } catch {
    return false;
  }
}

/**
 * The record's hash, computed from its canonical line: the canonical JSON of the record without
 * `hash` (and `sig`) is the line without those members. Canonical order puts `hash` just before
 * `prev`, then the optional `seal`, `seq`, the optional `sig`, and `v`: the line's tail.
 */
function hashOfCanonicalLine(record: AuditRecord, line: string): string {
  const seal = record.seal === undefined ? "" : `"seal":${canonicalJson(record.seal)},`;
  const sig = record.sig === undefined ? "" : `"sig":${canonicalJson(record.sig)},`;
  const hashed = `"prev":"${record.prev}",${seal}"seq":${record.seq},`;
  const tail = `${hashed}${sig}"v":${record.v}}`;
  const member = `"hash":"${record.hash}",`;
  if (!line.endsWith(member + tail)) {
    const { hash: _hash, sig: _sig, ...rest } = record;
    return recordHash(rest);
  }
  return sha256Hex(`${line.slice(0, line.length - member.length - tail.length)}${hashed}"v":${record.v}}`);
}

/** One line of an audit file read as a record: its shape, canonical form and own hash. */
export function readRecordLine(
  line: string,
  where: { file: string; line: number },
): { record: AuditRecord } | { broken: Broken } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { broken: { ...where, code: "unreadable", message: "the line is not JSON" } };
  }
  const shape = shapeProblem(value);
  if (shape) return { broken: { ...where, code: "malformed", message: shape } };
  const record = value as AuditRecord;
  const at = { ...where, seq: record.seq, grant: record.grant };
  if (!isCanonical(record, line))
    return { broken: { ...at, code: "not-canonical", message: "is not written in canonical form" } };
  if (hashOfCanonicalLine(record, line) !== record.hash)
    return {
      broken: { ...at, code: "hash-mismatch", message: "its content does not match its hash (altered)" },
    };
  return { record };
}

/** Audit files in chain order: by path (audit/YYYY/MM.jsonl), ignoring anything else. */
export function sortAuditFiles(files: readonly AuditFile[]): AuditFile[] {
  return files.filter((f) => AUDIT_FILE.test(f.path)).sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * Parses and checks every record: shape, sequence, link to the record before, its own hash,
 * time order and the file it sits in. Stops at the first broken record.
 */
export function readChain(files: readonly AuditFile[]): { records: LocatedRecord[]; broken?: Broken } {
  const records: LocatedRecord[] = [];
  let prev = GENESIS_HASH;
  let seq = 0;
  let lastAt = "";
  for (const file of sortAuditFiles(files)) {
    const lines = file.text.split("\n");
    if (lines.at(-1) === "") lines.pop();
    for (let i = 0; i < lines.length; i++) {
      const where = { file: file.path, line: i + 1 };
      let value: unknown;
      try {
        value = JSON.parse(lines[i] as string);
      } catch {
        return { records, broken: { ...where, code: "unreadable", message: "the line is not JSON" } };
      }
      const shape = shapeProblem(value);
      if (shape) return { records, broken: { ...where, code: "malformed", message: shape } };
      const record = value as AuditRecord;
      const at = { ...where, seq: record.seq, grant: record.grant };
      if (!isCanonical(record, lines[i] as string))
        return {
          records,
          broken: { ...at, code: "not-canonical", message: "is not written in canonical form" },
        };
      if (record.seq !== seq + 1)
        return {
          records,
          broken: {
            ...at,
            code: "sequence-gap",
            message: `expected record ${seq + 1}, found ${record.seq} (records missing or reordered)`,
          },
        };
      if (record.prev !== prev)
        return {
          records,
          broken: { ...at, code: "chain-broken", message: "does not carry the hash of the record before it" },
        };
      const hash = record.hash;
      if (hashOfCanonicalLine(record, lines[i] as string) !== hash)
        return {
          records,
          broken: { ...at, code: "hash-mismatch", message: "its content does not match its hash (altered)" },
        };
      if (record.at < lastAt)
        return {
          records,
          broken: { ...at, code: "time-backwards", message: "is dated before the record before it" },
        };
      if (auditFileFor(record.at) !== file.path)
        return {
          records,
          broken: { ...at, code: "wrong-file", message: `is dated ${record.at} but sits in ${file.path}` },
        };
      records.push({ ...where, record });
      prev = hash;
      seq = record.seq;
      lastAt = record.at;
    }
  }
  return { records };
}
