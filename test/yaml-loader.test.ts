import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadYaml, MAX_YAML_BYTES } from "../src/core/load/yaml.js";

function errorsOf(text: string | Uint8Array) {
  const result = loadYaml(text);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.errors;
}
const codesOf = (text: string | Uint8Array) => errorsOf(text).map((e) => e.code);

describe("the safe YAML loader", () => {
  it("loads a plain mapping and locates its values and keys", () => {
    const result = loadYaml("profile: x\nrequester: octocat\nnested:\n  list: [a, b]\n");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({ profile: "x", requester: "octocat", nested: { list: ["a", "b"] } });
    expect(result.locate(["requester"])).toEqual({ line: 2, column: 12 });
    expect(result.locate(["requester"], "key")).toEqual({ line: 2, column: 1 });
    expect(result.locate(["nested", "list", 1])).toEqual({ line: 4, column: 13 });
    expect(result.locate(["missing", "deeper"])).toEqual({ line: 1, column: 1 });
  });

  it("rejects duplicate keys at the second occurrence", () => {
    expect(errorsOf("a: 1\nb: 2\na: 3\n")).toEqual([
      expect.objectContaining({ code: "duplicate-key", line: 3, column: 1 }),
    ]);
  });

  it("rejects an alias bomb without expanding it", () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
      .concat(
        Array.from(
          { length: 8 },
          (_, i) =>
            `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
              .fill(`*${String.fromCharCode(97 + i)}`)
              .join(",")}]`,
        ),
      )
      .join("\n");
    const codes = codesOf(bomb);
    expect(codes).toContain("yaml-anchor");
    expect(codes).toContain("yaml-alias");
  });

  it("rejects a %YAML 1.1 directive, and with it the 1.1 merge keys and yes/no booleans", () => {
    const errors = errorsOf("%YAML 1.1\n---\nbase: &b {x: 1}\nthing:\n  <<: *b\n  enabled: yes\n");
    expect(errors[0]).toMatchObject({ code: "yaml-directive", line: 1, column: 1 });
  });

  it("rejects merge keys even without a directive", () => {
    expect(errorsOf("a: 1\n<<: {b: 2}\n")).toContainEqual(
      expect.objectContaining({ code: "merge-key", line: 2, column: 1 }),
    );
  });

  it("reads yes and on as text under the YAML 1.2 core schema", () => {
    const result = loadYaml("a: yes\nb: on\nc: true\n");
    expect(result.ok && result.value).toEqual({ a: "yes", b: "on", c: true });
  });

  it.each([
    ["!!js/function", "a: !!js/function 'function () { return 1 }'\n"],
    ["a custom tag", "a: !vault secret/prod\n"],
    ["a core tag", "a: !!str 12\n"],
    ["a %TAG directive", "%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n"],
  ])("rejects %s", (_name, text) => {
    expect(codesOf(text).some((c) => c === "yaml-tag" || c === "yaml-directive")).toBe(true);
  });

  it.each(["__proto__", "constructor", "prototype"])("rejects the key %s at any depth", (key) => {
    expect(errorsOf(`${key}: {polluted: true}\n`)[0]).toMatchObject({
      code: "forbidden-key",
      line: 1,
      column: 1,
    });
    expect(errorsOf(`a:\n  b:\n    ${key}: 1\n`)[0]).toMatchObject({
      code: "forbidden-key",
      line: 3,
      column: 5,
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("rejects two documents, pointing at the second", () => {
    expect(errorsOf("a: 1\n---\nb: 2\n")).toEqual([
      expect.objectContaining({ code: "multiple-documents", line: 2 }),
    ]);
  });

  it.each([
    ["flow sequences", `a: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`],
    ["flow mappings", `a: ${"{a: ".repeat(10_000)}1${"}".repeat(10_000)}\n`],
    ["block sequences", `a:\n${Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}- `).join("\n")}x\n`],
  ])("rejects 10 000-deep nesting of %s with one error, not a crash", (_name, text) => {
    const codes = codesOf(text);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c === "too-deep" || c === "yaml-syntax")).toBe(true);
  });

  it("allows nesting up to its limit", () => {
    expect(loadYaml(`a: ${"[".repeat(20)}1${"]".repeat(20)}\n`).ok).toBe(true);
  });

  it("refuses a 5 MB file before parsing it", () => {
    const big = `a: "${"x".repeat(5 * 1024 * 1024)}"\n`;
    expect(errorsOf(big)).toEqual([expect.objectContaining({ code: "file-too-large", line: 1, column: 1 })]);
    expect(MAX_YAML_BYTES).toBe(64 * 1024);
  });

  it("refuses binary content: invalid UTF-8 and control characters", () => {
    expect(codesOf(new Uint8Array([0xff, 0xfe, 0x00, 0x01, 0x89, 0x50, 0x4e, 0x47]))).toEqual(["not-text"]);
    expect(errorsOf("a: 1\nb: \u0000\n")[0]).toMatchObject({ code: "not-text", line: 2, column: 4 });
  });

  it.each([
    ["an empty file", ""],
    ["only whitespace", "  \n\n"],
    ["only comments", "# nothing here\n"],
    ["an explicit null", "~\n"],
  ])("rejects %s as empty", (_name, text) => {
    expect(codesOf(text)).toEqual(["empty-file"]);
  });

  it.each([
    ["a list", "- a\n- b\n", "list"],
    ["a scalar", "just text\n", "single value"],
  ])("rejects %s at the top level", (_name, text, kind) => {
    const [error] = errorsOf(text);
    expect(error).toMatchObject({ code: "not-a-mapping", line: 1, column: 1 });
    expect(error?.message).toContain(kind);
  });

  it("rejects complex and non-string keys", () => {
    expect(codesOf("? [a, b]\n: 1\n")).toContain("complex-key");
    expect(codesOf("1: one\n")).toEqual(["non-string-key"]);
    expect(codesOf("~: none\n")).toEqual(["non-string-key"]);
  });

  it("reports syntax errors with line and column", () => {
    expect(errorsOf("a: [1, 2\nb: 3\n")[0]).toMatchObject({ code: "yaml-syntax" });
    expect(errorsOf("a:\n\tb: 1\n")[0]).toMatchObject({ code: "yaml-syntax", line: 2 });
  });

  it("skips a byte order mark", () => {
    expect(loadYaml("\ufeffa: 1\n").ok).toBe(true);
  });

  it("never throws on random text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const result = loadYaml(text);
        if (!result.ok) for (const e of result.errors) expect(e.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on random YAML-ish text built from YAML's own punctuation", () => {
    const token = fc.constantFrom(
      "a",
      "b",
      ":",
      " ",
      "\n",
      "- ",
      "[",
      "]",
      "{",
      "}",
      ",",
      "&x ",
      "*x",
      "!t ",
      "<<",
      "---",
      "%YAML 1.1",
      "? ",
      "'",
      '"',
      "#",
      "|",
      ">",
      "  ",
      "__proto__",
      "~",
      "1e9",
      ".inf",
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (tokens) => {
        loadYaml(tokens.join(""));
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws on any JSON-like value serialised as YAML, and reads back what it was given", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc
            .string({ minLength: 1 })
            .filter((k) => !["__proto__", "constructor", "prototype", "<<"].includes(k)),
          fc.jsonValue({ maxDepth: 4 }),
        ),
        (value) => {
          const text = JSON.stringify(value);
          const result = loadYaml(text);
          if (result.ok) expect(result.value).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});
