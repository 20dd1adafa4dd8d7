/** The action's inputs, read once into a typed object; a wrong value names itself and what is accepted. */

export const MODES = ["auto", "validate", "apply", "sweep"] as const;
export type Mode = (typeof MODES)[number];

export interface ActionInputs {
  mode: Mode;
  token: string;
  policyDir: string;
  comment: boolean;
  dryRun: boolean;
  /** The branch holding the ledger and the audit log (apply and sweep). */
  ledgerBranch: string;
  /** owner/name of a repository of its own holding the ledger; absent: the checkout's origin. */
  ledgerRepository?: string;
  /** The ledger writer's token (a GitHub App's), which fetches and pushes the ledger; absent: the checkout's credentials. */
  ledgerToken?: string;
}

const BRANCH = /^(?!-|\/|.*\/\/|.*\.\.|.*@\{|.*\.lock$|.*\/$)[A-Za-z0-9._/-]{1,200}$/;
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;

export class InputError extends Error {}

/** `read(name)` returns the raw input ('' when unset), as @actions/core's getInput does. */
export function parseInputs(read: (name: string) => string): ActionInputs {
  const problems: string[] = [];
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = read(name).trim() || fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`input ${name} is "${value}"; expected one of: ${allowed.join(", ")}`);
    return fallback;
  };
  const flag = (name: string, fallback: boolean) =>
    choice(name, ["true", "false"] as const, String(fallback) as "true" | "false") === "true";

  const policyDir = read("policy-dir").trim() || "policies";
  if (policyDir.startsWith("/") || policyDir.split("/").includes(".."))
    problems.push(`input policy-dir is "${policyDir}"; expected a folder inside the repository`);

  const ledgerBranch = read("ledger-branch").trim() || "gitjit-ledger";
  if (!BRANCH.test(ledgerBranch))
    problems.push(`input ledger-branch is "${ledgerBranch}"; expected a branch name such as gitjit-ledger`);

  const ledgerRepository = read("ledger-repository").trim();
  if (ledgerRepository !== "" && !REPOSITORY.test(ledgerRepository))
    problems.push(`input ledger-repository is "${ledgerRepository}"; expected owner/repo`);
  const ledgerToken = read("ledger-token").trim();

  const inputs: ActionInputs = {
    mode: choice("mode", MODES, "auto"),
    token: read("token").trim(),
    policyDir,
    comment: flag("comment", true),
    dryRun: flag("dry-run", false),
    ledgerBranch,
    ...(ledgerRepository ? { ledgerRepository } : {}),
    ...(ledgerToken ? { ledgerToken } : {}),
  };
  if (problems.length > 0) throw new InputError(problems.join("\n"));
  return inputs;
}
