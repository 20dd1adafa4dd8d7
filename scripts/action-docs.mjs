// Writes the action's inputs and outputs tables into README.md from action.yml, between the
// markers below. `--check` exits 1 when README.md is not what this would write.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BEGIN = "<!-- action-docs:begin (generated from action.yml by scripts/action-docs.mjs) -->";
const END = "<!-- action-docs:end -->";

const cell = (text) => String(text).replace(/\s+/g, " ").trim().replace(/\|/g, "\\|");

export function actionTables(action) {
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  return [
    "| input | default | what |",
    "| --- | --- | --- |",
    ...inputs.map(
      ([name, i]) =>
        `| \`${name}\` | ${i.default === undefined ? (i.required ? "required" : "") : `\`${cell(i.default)}\``} | ${cell(i.description)} |`,
    ),
    "",
    "| output | what |",
    "| --- | --- |",
    ...outputs.map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`),
  ].join("\n");
}

const readmePath = join(root, "README.md");
const readme = readFileSync(readmePath, "utf8");
const start = readme.indexOf(BEGIN);
const end = readme.indexOf(END);
if (start < 0 || end < start) {
  console.error(`README.md has no ${BEGIN} … ${END} section`);
  process.exit(1);
}
const tables = actionTables(parse(readFileSync(join(root, "action.yml"), "utf8")));
const next = `${readme.slice(0, start + BEGIN.length)}\n${tables}\n${readme.slice(end)}`;
if (process.argv.includes("--check")) {
  if (next !== readme) {
    console.error("README.md's action tables differ from action.yml: run node scripts/action-docs.mjs");
    process.exit(1);
  }
} else if (next !== readme) writeFileSync(readmePath, next);
