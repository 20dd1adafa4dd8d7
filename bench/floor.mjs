// The floor for validation: a Node process that only reads, parses and schema-checks request files
// with the same libraries gitjit uses (yaml, and the same ahead-of-time ajv validator), nothing else.
// Usage: node bench/floor.mjs ROOT [FILE]   (no FILE: every YAML file under ROOT/requests)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { validateRequest } from "../lib/generated/validators.js";

const [root, one] = process.argv.slice(2);
const files = one
  ? [one]
  : readdirSync(join(root, "requests"), { recursive: true })
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join("requests", f));
let valid = 0;
for (const file of files) if (validateRequest(parse(readFileSync(join(root, file), "utf8")))) valid++;
if (valid !== files.length) {
  console.error(`floor: ${files.length - valid} of ${files.length} files failed the schema`);
  process.exit(1);
}
