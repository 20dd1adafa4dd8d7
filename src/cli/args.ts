/** Shared parsing of command-line values into typed options, rejecting bad input by name. */
import { isAbsolute, relative, resolve, sep } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./io.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parse<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({
      args: [...args],
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}

export function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(date.getTime()))
    throw new UsageError(`--now ${value}: expected an ISO 8601 time such as 2026-12-01T09:00:00Z`);
  return date;
}

export function parseFormat(value: string | undefined): "text" | "json" {
  if (value === undefined || value === "text" || value === "json") return value ?? "text";
  throw new UsageError(`--format ${value}: expected text or json`);
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$/;
export function parseLogin(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!LOGIN.test(value)) throw new UsageError(`${flag} ${JSON.stringify(value)}: not a GitHub login`);
  return value;
}

/** A path argument as a repository-relative path with forward slashes; refuses paths outside the root. */
export function repoPath(root: string, arg: string): string {
  const rel = relative(root, resolve(root, arg));
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel))
    throw new UsageError(`${arg}: not inside the repository at ${root}`);
  return rel.split(sep).join("/");
}
