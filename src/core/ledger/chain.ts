/** Reading the audit log back and checking its hash chain, record by record. */
import { canonicalJson } from "./canonical.js";
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
const KEYS = ["actor", "at", "data", "event", "grant", "hash", "prev", "seq", "v"].join();
const HEX64 = /^[0-9a-f]{64}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function shapeProblem(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a JSON object";
  const r = value as Record<string, unknown>;
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
  return undefined;
}

function isCanonical(value: unknown, line: string): boolean {
  try {
    return canonicalJson(value) === line;
  } catch {
    return false;
  }
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
      const { hash, ...rest } = record;
      if (recordHash(rest) !== hash)
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
