import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./support/repo.js";

type Schema = Record<string, unknown>;
const load = (name: string) =>
  JSON.parse(readFileSync(join(PROJECT_ROOT, "schemas", name), "utf8")) as Schema;

/** Every subschema with the JSON path that leads to it. */
function* walk(schema: unknown, path = "#"): Generator<[string, Schema]> {
  if (!schema || typeof schema !== "object") return;
  const node = schema as Schema;
  yield [path, node];
  for (const key of ["properties", "patternProperties"]) {
    for (const [name, child] of Object.entries((node[key] as Schema | undefined) ?? {}))
      yield* walk(child, `${path}/${key}/${name}`);
  }
  if (node.items) yield* walk(node.items, `${path}/items`);
  for (const [i, child] of ((node.oneOf as unknown[]) ?? []).entries())
    yield* walk(child, `${path}/oneOf/${i}`);
  for (const [i, child] of ((node.anyOf as unknown[]) ?? []).entries())
    yield* walk(child, `${path}/anyOf/${i}`);
}

describe.each(["request.schema.json", "policy.schema.json"])("%s", (name) => {
  const schema = load(name);

  it("is JSON Schema 2020-12 with an $id", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toMatch(/^https:\/\//);
  });

  it("describes every property, so editors show help", () => {
    const missing = [...walk(schema)]
      .filter(([path, node]) => /\/properties\/[^/]+$/.test(path) && !node.description)
      .map(([p]) => p);
    expect(missing).toEqual([]);
  });

  it("closes every object to unknown fields", () => {
    const open = [...walk(schema)]
      .filter(([, node]) => node.type === "object" && !node.oneOf && node.additionalProperties !== false)
      .map(([p]) => p);
    expect(open).toEqual([]);
  });

  it("bounds every string, array and number", () => {
    const unbounded = [...walk(schema)]
      .filter(([, node]) => {
        if (node.const !== undefined || node.enum) return false;
        if (node.type === "string") return node.maxLength === undefined;
        if (node.type === "array") return node.maxItems === undefined;
        if (node.type === "integer" || node.type === "number") return node.maximum === undefined;
        if (node.type === "object" && node.patternProperties) return node.maxProperties === undefined;
        return false;
      })
      .map(([p]) => p);
    expect(unbounded).toEqual([]);
  });
});

describe("generated files", () => {
  it("match the schema source: schemas/ and the ahead-of-time validators are fresh", () => {
    const run = () =>
      execFileSync(
        process.execPath,
        ["--import", "tsx", join(PROJECT_ROOT, "scripts/generate-schemas.ts"), "--check"],
        {
          cwd: PROJECT_ROOT,
          encoding: "utf8",
          stdio: "pipe",
        },
      );
    expect(run).not.toThrow();
  });

  it("compile no schema at start-up: the validators are plain code", () => {
    const code = readFileSync(join(PROJECT_ROOT, "src/generated/validators.js"), "utf8");
    expect(code).not.toMatch(/new Ajv|\.compile\(|require\(/);
  });
});
