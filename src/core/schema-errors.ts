/** Turns ajv's errors into diagnostics with stable codes and sentences a requester can act on. */
import type { ErrorObject } from "ajv";
import type { Diagnostic } from "./diagnostics.js";
import type { JsonPath } from "./load/yaml.js";

export type Locate = (path: JsonPath, which?: "key" | "value") => { line: number; column: number };

const FORMAT_HINTS: Record<string, string> = {
  requester: "a GitHub login: ASCII letters, digits and single hyphens, at most 39 characters",
  members: "a GitHub login: ASCII letters, digits and single hyphens, at most 39 characters",
  profile: "lowercase letters, digits and hyphens",
  start: "an RFC 3339 time with a zone, such as 2026-12-01T09:00:00Z",
};

export function schemaDiagnostics(
  errors: readonly ErrorObject[] | null | undefined,
  locate: Locate,
  knownFields: (path: JsonPath) => readonly string[] = () => [],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const error of errors ?? []) {
    const path = pointerToPath(error.instancePath);
    const field = path.length ? path.map(String).join(".") : "the document";
    const last = String(path.at(-1) ?? "");
    const params = error.params as Record<string, unknown>;
    const push = (code: string, message: string, where: JsonPath = path, which: "key" | "value" = "value") =>
      out.push({ code, message, path: where, ...locate(where, which) });

    switch (error.keyword) {
      case "required":
        push(
          "missing-field",
          `${field === "the document" ? "" : `${field}: `}\`${params.missingProperty}\` is required`,
        );
        break;
      case "additionalProperties": {
        const name = String(params.additionalProperty);
        const hint = closest(name, knownFields(path));
        push(
          "unknown-field",
          `unknown field \`${name}\`${hint ? `; did you mean \`${hint}\`?` : ""}`,
          [...path, name],
          "key",
        );
        break;
      }
      case "type":
        push("wrong-type", `\`${field}\` must be ${article(String(params.type))}`);
        break;
      case "pattern":
        push(
          "invalid-format",
          `\`${field}\` must be ${FORMAT_HINTS[last] ?? FORMAT_HINTS[String(path.at(-2))] ?? `in the form ${params.pattern}`}`,
        );
        break;
      case "const":
      case "enum": {
        const allowed = (params.allowedValues as unknown[] | undefined) ?? [params.allowedValue];
        push(
          "invalid-value",
          `\`${field}\` must be one of: ${allowed.map((v) => JSON.stringify(v)).join(", ")}`,
        );
        break;
      }
      case "discriminator":
        // Ajv reports "tag" (missing) or "mapping" (unknown value); `enum` on provider reports the choices.
        if (params.error === "tag") push("missing-field", `${field}: \`provider\` is required`);
        break;
      case "oneOf":
      case "anyOf":
        break; // the failing branch's own errors say more
      case "uniqueItems":
        push("duplicate-item", `\`${field}\` lists the same value twice`);
        break;
      case "minLength":
      case "maxLength":
      case "minItems":
      case "maxItems":
      case "minimum":
      case "maximum":
      case "maxProperties":
        push("out-of-range", `\`${field}\` ${rangeWords(error.keyword, params.limit)}`);
        break;
      default:
        push("invalid-value", `\`${field}\` ${error.message ?? "is not valid"}`);
    }
  }
  return out;
}

function rangeWords(keyword: string, limit: unknown): string {
  switch (keyword) {
    case "minLength":
      return Number(limit) === 1 ? "must not be empty" : `must have at least ${limit} characters`;
    case "maxLength":
      return `must have at most ${limit} characters`;
    case "minItems":
      return `must list at least ${limit}`;
    case "maxItems":
      return `must list at most ${limit}`;
    case "minimum":
      return `must be at least ${limit}`;
    case "maximum":
      return `must be at most ${limit}`;
    default:
      return `must have at most ${limit} entries`;
  }
}

const article = (type: string) =>
  type === "integer" || type === "object" || type === "array" ? `an ${type}` : `a ${type}`;

export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** The known field a misspelling was probably meant to be (edit distance ≤ 2). */
function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
