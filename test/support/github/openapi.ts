/** GitHub's official OpenAPI description (@octokit/openapi), as validators of response bodies. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const SPEC = "@octokit/openapi/generated/api.github.com.json";

interface Operation {
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

let loaded: { spec: Spec; ajv: Ajv } | undefined;
function load() {
  if (!loaded) {
    const spec = JSON.parse(readFileSync(require.resolve(SPEC), "utf8")) as Spec;
    // OpenAPI 3.0 schemas: `nullable` is understood by ajv; x-github and example keywords are not schema.
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats.default(ajv);
    ajv.addSchema({ $id: "github", components: { schemas: spec.components.schemas } });
    loaded = { spec, ajv };
  }
  return loaded;
}

/** The validator of one operation's response, e.g. ("GET", "/repos/{owner}/{repo}/pulls/{pull_number}", 200). */
export function responseValidator(method: string, route: string, status: number): ValidateFunction {
  const { spec, ajv } = load();
  const operation = spec.paths[route]?.[method.toLowerCase()];
  if (!operation) throw new Error(`no operation ${method} ${route} in GitHub's description`);
  const schema = operation.responses[String(status)]?.content?.["application/json"]?.schema;
  if (!schema) throw new Error(`no ${status} JSON response for ${method} ${route}`);
  const rooted = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"github#/components/'));
  return ajv.compile(rooted);
}

/**
 * The validator of one of the description's named schemas, e.g. "review-dismissed-issue-event":
 * sharper than a response's anyOf of every event kind, which a loose object can satisfy.
 */
export function schemaValidator(name: string): ValidateFunction {
  const { spec, ajv } = load();
  if (!(name in spec.components.schemas)) throw new Error(`no schema ${name} in GitHub's description`);
  return ajv.compile({ $ref: `github#/components/schemas/${name}` });
}
