/**
 * The canonical JSON form audit records are hashed in: RFC 8785 (JSON Canonicalization Scheme)
 * for the values records hold — objects with keys sorted by UTF-16 code units, no whitespace,
 * strings as JSON.stringify writes them, integers only. Anything else is refused rather than
 * given a form another implementation might not reproduce.
 */
import { createHash } from "node:crypto";

export function canonicalJson(value: unknown): string {
  // Written as plain loops: audit questions canonicalise every record of the log.
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
        let out = "[";
        for (let i = 0; i < value.length; i++) out += `${i > 0 ? "," : ""}${canonicalJson(value[i])}`;
        return `${out}]`;
      }
      const object = value as Record<string, unknown>;
      // The default sort compares UTF-16 code units, as RFC 8785 orders keys.
      const keys = Object.keys(object).sort();
      let out = "{";
      for (const key of keys) {
        const member = object[key];
        if (member === undefined) continue;
        out += `${out.length > 1 ? "," : ""}${JSON.stringify(key)}:${canonicalJson(member)}`;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`cannot canonicalise a value of type ${typeof value}`);
  }
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function sha256Base64(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("base64");
}
