/**
 * Runs the built action (dist/index.js) the way the GitHub Actions runner runs a node24 action:
 * a child process with INPUT_* variables, the event payload in GITHUB_EVENT_PATH, and files for
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. Reads back what the runner would: workflow commands on
 * stdout and stderr (annotations), the outputs, the job summary and the exit code.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { PROJECT_ROOT } from "./repo.js";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export const DIST_ENTRY = join(PROJECT_ROOT, "dist", "index.js");

export interface Command {
  command: string;
  properties: Record<string, string>;
  message: string;
  /** Written in the old `##[name]message` syntax. */
  legacy?: true;
}

export interface ActionRun {
  code: number | null;
  /** The signal that ended the process, if one did (a kill). */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands the action printed (::error, ::warning, ::notice, …). */
  commands: Command[];
  annotations(kind: "error" | "warning" | "notice"): Command[];
}

export interface RunOptions {
  eventName: string;
  event: unknown;
  inputs?: Record<string, string>;
  /** GITHUB_WORKSPACE: the checkout. */
  workspace: string;
  apiUrl: string;
  repository: string;
  sha?: string;
  ref?: string;
  runId?: string;
  runAttempt?: string;
  env?: Record<string, string>;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), "gitjit-runner-"));
  made.push(dir);
  const eventPath = join(dir, "event.json");
  const outputPath = join(dir, "output");
  const summaryPath = join(dir, "summary.md");
  writeFileSync(eventPath, JSON.stringify(options.event));
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  // What the runner passes for action.yml's defaults; the token is the job's GITHUB_TOKEN.
  const inputs = {
    mode: "auto",
    token: "ghs_job_token",
    "policy-dir": "policies",
    comment: "true",
    "dry-run": "false",
    ...options.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: "https://github.test",
    GITHUB_REPOSITORY: options.repository,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_SHA: options.sha ?? "",
    GITHUB_REF: options.ref ?? "refs/heads/main",
    GITHUB_RUN_ID: options.runId ?? "7001",
    GITHUB_RUN_ATTEMPT: options.runAttempt ?? "1",
    // The runner keeps an input's name as written, upper-cased: INPUT_POLICY-DIR.
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...options.env,
  };
  const { code, signal, stdout, stderr } = await new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => {
    execFile(
      process.execPath,
      [DIST_ENTRY],
      { cwd: options.workspace, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === "number" ? error.code : null) : 0,
          signal: error?.signal ?? null,
          stdout,
          stderr,
        }),
    );
  });
  // The runner reads commands from both streams.
  const commands = [...parseCommands(stdout), ...parseCommands(stderr)];
  return {
    code,
    signal,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, "utf8")),
    summary: readFileSync(summaryPath, "utf8"),
    commands,
    annotations: (kind) => commands.filter((c) => c.command === kind),
  };
}

const unescapeData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ":").replace(/%2C/g, ",");
const unescapeLegacy = (s: string) => unescapeData(s).replace(/%3B/g, ";").replace(/%5D/g, "]");

/**
 * Workflow commands in the step's output, read as the runner reads them (actions/runner's
 * ActionCommand): lines split on LF, CRLF and a lone CR; `::name key=value,…::message` after any
 * leading whitespace; failing that, `##[name key=value;…]message` anywhere in the line. Any name
 * counts, not only the runner's registered ones: a test that no command gets through is stricter so.
 */
export function parseCommands(stdout: string): Command[] {
  const out: Command[] = [];
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const command = parseCommandV2(line) ?? parseCommandV1(line);
    if (command) out.push(command);
  }
  return out;
}

function parseCommandV2(line: string): Command | undefined {
  const trimmed = line.replace(/^\p{White_Space}+/u, "");
  if (!trimmed.startsWith("::")) return undefined;
  const end = trimmed.indexOf("::", 2);
  if (end < 0) return undefined;
  const info = trimmed.slice(2, end);
  const space = info.indexOf(" ");
  const command = space < 0 ? info : info.slice(0, space);
  if (!/^[A-Za-z][\w-]*$/.test(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0)
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(",")
      .filter(Boolean)) {
      const eq = pair.indexOf("=");
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  return { command, properties, message: unescapeData(trimmed.slice(end + 2)) };
}

function parseCommandV1(line: string): Command | undefined {
  const start = line.indexOf("##[");
  if (start < 0) return undefined;
  const close = line.indexOf("]", start);
  if (close < 0) return undefined;
  const info = line.slice(start + 3, close);
  const space = info.indexOf(" ");
  const command = space < 0 ? info : info.slice(0, space);
  if (!/^[A-Za-z][\w-]*$/.test(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0)
    for (const pair of info
      .slice(space + 1)
      .split(";")
      .filter(Boolean)) {
      const eq = pair.indexOf("=");
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeLegacy(pair.slice(eq + 1));
    }
  return { command, properties, message: unescapeLegacy(line.slice(close + 1)), legacy: true };
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] as string);
    if (!match) continue;
    const end = lines.indexOf(match[2] as string, i + 1);
    out[match[1] as string] = lines.slice(i + 1, end).join("\n");
    i = end;
  }
  return out;
}

const require = createRequire(import.meta.url);
type Example = { name: string; examples: Record<string, unknown>[] };

/** A webhook payload from @octokit/webhooks-examples, copied so a test may change it. */
export function webhookExample(name: string, pick: (e: Record<string, unknown>) => boolean = () => true) {
  const all = require("@octokit/webhooks-examples") as Example[];
  const found = all.find((e) => e.name === name)?.examples.find(pick);
  if (!found) throw new Error(`no ${name} example in @octokit/webhooks-examples`);
  // biome-ignore lint/suspicious/noExplicitAny: a payload is changed field by field, as a test needs it.
  return structuredClone(found) as Record<string, any>;
}
