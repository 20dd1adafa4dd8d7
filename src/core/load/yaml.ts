/**
 * Loads untrusted YAML into plain data, refusing everything that lets a file mean something
 * other than what a reviewer sees: several documents, anchors and aliases, tags, directives,
 * merge keys, duplicate keys, prototype keys, runaway size or depth. Pure: bytes in, result out.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseAllDocuments } from "yaml";
import type { Diagnostic } from "../diagnostics.js";

export const MAX_YAML_BYTES = 64 * 1024;
/** Policy files are reviewed by admins and list whole organisations: a larger, still bounded, cap. */
export const MAX_POLICY_BYTES = 8 * 1024 * 1024;
export const MAX_YAML_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export type JsonPath = readonly (string | number)[];

export interface LoadedYaml {
  ok: true;
  value: Record<string, unknown>;
  /** Line and column of the value at `path` (or of its key), falling back to the nearest ancestor. */
  locate(path: JsonPath, which?: "key" | "value"): { line: number; column: number };
}
export type LoadResult = LoadedYaml | { ok: false; errors: Diagnostic[] };

interface Options {
  maxBytes?: number;
}

export function loadYaml(input: string | Uint8Array, options: Options = {}): LoadResult {
  const maxBytes = options.maxBytes ?? MAX_YAML_BYTES;
  const fail = (code: string, message: string, line = 1, column = 1): LoadResult => ({
    ok: false,
    errors: [{ code, message, line, column }],
  });

  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (size > maxBytes) return fail("file-too-large", `the file is ${size} bytes; the limit is ${maxBytes}`);

  let text: string;
  if (typeof input === "string") text = input;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      return fail("not-text", "the file is not UTF-8 text");
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // YAML forbids most control characters; a NUL means a binary file, not a typo.
  const control = firstControlCharacter(text);
  if (control >= 0) {
    const { line, column } = position(text, control);
    return fail("not-text", "the file contains control characters (is it binary?)", line, column);
  }
  if (text.trim() === "") return fail("empty-file", "the file is empty");

  const lineCounter = new LineCounter();
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, {
      version: "1.2",
      schema: "core",
      merge: false,
      // Checked in inspect() with a set per mapping: the parser's own check is quadratic in keys.
      uniqueKeys: false,
      strict: true,
      prettyErrors: false,
      customTags: [],
      lineCounter,
    }) as ReturnType<typeof parseAllDocuments>;
  } catch (error) {
    return fail("yaml-syntax", `the YAML could not be parsed: ${describe(error)}`);
  }
  const list = Array.isArray(docs) ? docs : [docs];
  const pos = (offset: number | undefined) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };

  if (list.length === 0) return fail("empty-file", "the file holds no YAML document");
  if (list.length > 1) {
    const second = pos(list[1]?.range?.[0]);
    return fail(
      "multiple-documents",
      "the file holds more than one YAML document",
      second.line,
      second.column,
    );
  }
  const doc = list[0];
  if (!doc) return fail("empty-file", "the file holds no YAML document");

  const errors: Diagnostic[] = [];
  for (const problem of [...doc.errors, ...doc.warnings]) {
    const offset = problem.pos[0];
    errors.push({ ...classify(problem.code, problem.message), ...pos(offset) });
  }
  // A nesting bomb makes the parser report the same overflow at every level: one report is enough.
  const overflow = errors.find((e) => e.code === "too-deep");
  if (overflow) return { ok: false, errors: [overflow] };
  // A line starting with % at column 1 can only be a directive (or an error) in YAML.
  const directive = /^%/m.exec(text);
  if (directive) {
    errors.push({
      code: "yaml-directive",
      message: "YAML directives (%YAML, %TAG) are not allowed",
      ...pos(directive.index),
    });
  }
  if (errors.length > 0) return { ok: false, errors: dedupe(errors) };

  const root = doc.contents as Node | null;
  if (!root || (isScalar(root) && (root.value === null || root.value === undefined)))
    return fail("empty-file", "the file holds no content");
  if (!isMap(root)) {
    const p = pos(root.range?.[0]);
    return fail(
      "not-a-mapping",
      `the top level must be a mapping of keys to values, not a ${kind(root)}`,
      p.line,
      p.column,
    );
  }

  errors.push(...inspect(root, pos));
  if (errors.length > 0) return { ok: false, errors: dedupe(errors) };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return fail("yaml-syntax", `the YAML could not be read: ${describe(error)}`);
  }
  return {
    ok: true,
    value: value as Record<string, unknown>,
    locate: (path, which = "value") => {
      const node = find(root, path, which);
      return pos(node?.range?.[0]);
    },
  };
}

/** Walks the tree without recursion, so no depth of nesting can overflow the stack. */
function inspect(
  root: Node,
  pos: (offset: number | undefined) => { line: number; column: number },
): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0 && errors.length < 50) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (node === null || node === undefined) continue;
    const where = pos((node as { range?: [number] }).range?.[0]);
    if (isAlias(node)) {
      errors.push({ code: "yaml-alias", message: "aliases (*name) are not allowed", ...where });
      continue;
    }
    const anchored = node as { anchor?: string; tag?: string };
    if (anchored.anchor)
      errors.push({ code: "yaml-anchor", message: "anchors (&name) are not allowed", ...where });
    if (anchored.tag)
      errors.push({ code: "yaml-tag", message: `tags are not allowed (found ${anchored.tag})`, ...where });
    if (depth > MAX_YAML_DEPTH) {
      errors.push({ code: "too-deep", message: `nesting deeper than ${MAX_YAML_DEPTH} levels`, ...where });
      break;
    }
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const keyWhere = pos(key?.range?.[0] ?? (node.range?.[0] as number));
        if (!isScalar(key)) {
          errors.push({ code: "complex-key", message: "mapping keys must be plain scalars", ...keyWhere });
          stack.push({ node: key, depth: depth + 1 });
        } else {
          const name = key.value;
          if (seen.has(name))
            errors.push({
              code: "duplicate-key",
              message: "a key appears twice in the same mapping",
              ...keyWhere,
            });
          seen.add(name);
          if (typeof name !== "string")
            errors.push({
              code: "non-string-key",
              message: `keys must be strings, not ${String(name)}`,
              ...keyWhere,
            });
          else if (name === "<<")
            errors.push({ code: "merge-key", message: "merge keys (<<) are not allowed", ...keyWhere });
          else if (FORBIDDEN_KEYS.has(name))
            errors.push({ code: "forbidden-key", message: `the key "${name}" is not allowed`, ...keyWhere });
          if (key.anchor || key.tag) stack.push({ node: key, depth: depth + 1 });
        }
        stack.push({ node: pair.value, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    } else if (isPair(node)) {
      errors.push({ code: "yaml-syntax", message: "unexpected key/value pair", ...where });
    }
  }
  return errors;
}

function find(root: Node, path: JsonPath, which: "key" | "value"): Node | undefined {
  let node: Node | undefined = root;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return node;
      if (last && which === "key") return pair.key as Node;
      if (!pair.value) return pair.key as Node;
      node = pair.value as Node;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) return node;
      node = item;
    } else return node;
  }
  return node;
}

function classify(code: string, message: string): { code: string; message: string } {
  if (code === "DUPLICATE_KEY")
    return { code: "duplicate-key", message: "a key appears twice in the same mapping" };
  if (code === "TAG_RESOLVE_FAILED")
    return { code: "yaml-tag", message: `tags are not allowed (${firstLine(message)})` };
  if (/call stack/i.test(message))
    return { code: "too-deep", message: `nesting deeper than ${MAX_YAML_DEPTH} levels` };
  return { code: "yaml-syntax", message: firstLine(message) };
}

const firstLine = (message: string) =>
  (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
const describe = (error: unknown) => firstLine(error instanceof Error ? error.message : String(error));
const kind = (node: Node) => (isSeq(node) ? "list" : "single value");

function firstControlCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return i;
  }
  return -1;
}

function position(text: string, index: number) {
  const before = text.slice(0, index).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function dedupe(errors: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return errors
    .filter((e) => {
      const key = `${e.line}:${e.column}:${e.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
