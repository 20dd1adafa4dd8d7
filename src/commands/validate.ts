/**
 * `gitjit validate`: schema and policy checks for request and revoke files, with the policy read
 * from one place. Whether a revoked or extended grant is held is checked when a ledger is at hand.
 */
import { ConfigError, type ReadResult, type RepoFiles } from "../adapters/repo-files.js";
import type { Diagnostic } from "../core/diagnostics.js";
import { DEFAULT_POLICY_DIR, REQUESTS_DIR, REVOKES_DIR } from "../core/layout.js";
import { checkExtension, evaluateRevokeFile, REVOKE_FILE } from "../core/ledger/lifecycle.js";
import { loadYaml, MAX_POLICY_BYTES, MAX_YAML_BYTES } from "../core/load/yaml.js";
import { type CompiledPolicy, compilePolicy, type Policy } from "../core/policy/policy.js";
import type { FileReport, ValidateReport } from "../core/report.js";
import { evaluateRequest } from "../core/request/evaluate.js";
import { pathControlCharacter } from "../core/text.js";
import type { HeldGrants } from "./held-grants.js";

export { DEFAULT_POLICY_DIR, REQUESTS_DIR };

export interface ValidateOptions {
  /** Request and revoke files, repository-relative; empty means every YAML file under requests/ and revokes/. */
  files: readonly string[];
  policyDir: string;
  author?: string;
  now: Date;
  teamMembers?: ReadonlyMap<string, readonly string[]>;
  /** Looks up a GitHub team's members ("@org/team"), for eligibility through teams; offline when absent. */
  teamLookup?: (team: string) => Promise<readonly string[]>;
}

const isYaml = (path: string) => /\.ya?ml$/.test(path);

/** Loads and checks every policy file; a missing policy folder is a configuration error. */
export async function loadPolicy(
  files: RepoFiles,
  policyDir: string,
): Promise<CompiledPolicy & { paths: string[] }> {
  const dir = policyDir.replace(/\/+$/, "");
  const paths = (await files.list(dir)).filter((p) => isYaml(p) && !p.startsWith(`${dir}/tests/`));
  if (paths.length === 0) throw new ConfigError(`no policy files in ${dir}/ (read from ${files.origin})`);
  const sources = [];
  const unreadable: CompiledPolicy["errors"] = [];
  for (const path of paths) {
    const read = await files.read(path, MAX_POLICY_BYTES);
    if (read.kind === "file") sources.push({ path, content: read.bytes });
    else unreadable.push({ file: path, ...readProblem(read, MAX_POLICY_BYTES) });
  }
  const compiled = compilePolicy(sources);
  return { ...compiled, errors: [...unreadable, ...compiled.errors], paths };
}

export async function validate(
  options: ValidateOptions,
  /** `held`: the ledger's grants, when a ledger is at hand (a local ledger branch). */
  sources: { requests: RepoFiles; policy: RepoFiles; held?: HeldGrants },
): Promise<ValidateReport> {
  const compiled = await loadPolicy(sources.policy, options.policyDir);
  const files =
    options.files.length > 0
      ? [...options.files]
      : [
          ...(await sources.requests.list(REQUESTS_DIR)),
          ...(await sources.requests.list(REVOKES_DIR)),
        ].filter(isYaml);

  const reports: FileReport[] = [];
  // Policy problems are reported against the policy files themselves.
  const policyErrors = new Map<string, Diagnostic[]>();
  for (const { file, ...d } of compiled.errors)
    policyErrors.set(file, [...(policyErrors.get(file) ?? []), d]);
  const policyWarnings = new Map<string, Diagnostic[]>();
  for (const { file, ...d } of compiled.warnings ?? [])
    policyWarnings.set(file, [...(policyWarnings.get(file) ?? []), d]);
  for (const path of new Set([...policyErrors.keys(), ...policyWarnings.keys()])) {
    const errors = policyErrors.get(path) ?? [];
    reports.push({ path, valid: errors.length === 0, errors, warnings: policyWarnings.get(path) ?? [] });
  }

  const teamMembers =
    options.teamMembers ??
    (options.teamLookup && compiled.errors.length === 0
      ? await eligibleTeams(compiled.policy, options.teamLookup)
      : undefined);
  const judged = { ...options, teamMembers };
  for (const path of files) {
    if (compiled.errors.length > 0) {
      reports.push({
        path,
        valid: false,
        errors: [
          {
            code: "policy-invalid",
            message: "cannot be judged: the policy has errors (listed above)",
            line: 1,
            column: 1,
          },
        ],
        warnings: [],
      });
      continue;
    }
    reports.push(await validateFile(path, judged, compiled, sources.requests, sources.held));
  }
  return { policyOrigin: sources.policy.origin, files: reports };
}

/** Members of every team through which someone may be eligible for a profile. */
async function eligibleTeams(
  policy: Policy,
  lookup: (team: string) => Promise<readonly string[]>,
): Promise<Map<string, readonly string[]>> {
  const teams = new Set<string>();
  for (const profile of policy.profiles.values())
    for (const name of profile.eligible)
      for (const team of policy.groups.get(name)?.teams ?? []) teams.add(team);
  const list = [...teams].sort();
  const members = await Promise.all(list.map((t) => lookup(t)));
  return new Map(list.map((t, i) => [t, members[i] as readonly string[]]));
}

async function validateFile(
  path: string,
  options: ValidateOptions,
  compiled: CompiledPolicy,
  files: RepoFiles,
  held: HeldGrants | undefined,
): Promise<FileReport> {
  // Refused by its name alone, whatever the file holds (or whether it can be read).
  const control = pathControlCharacter(path);
  if (control) return { path, valid: false, errors: [{ ...control, line: 1, column: 1 }], warnings: [] };
  const read = await files.read(path, MAX_YAML_BYTES);
  if (read.kind !== "file") return { path, valid: false, errors: [readProblem(read)], warnings: [] };
  const loaded = loadYaml(read.bytes);
  if (!loaded.ok) return { path, valid: false, errors: loaded.errors, warnings: [] };
  if (path.startsWith(`${REVOKES_DIR}/`)) {
    const id = REVOKE_FILE.exec(path)?.[1];
    const entry = id !== undefined && held ? await held(id) : undefined;
    const result = evaluateRevokeFile({
      path,
      value: loaded.value,
      locate: loaded.locate,
      ...(options.author !== undefined ? { author: options.author } : {}),
      ...(entry ? { entry } : {}),
      policy: compiled.policy,
    });
    // Offline without a ledger, whether the grant is held is left to the pull request.
    const errors = held ? result.errors : result.errors.filter((e) => e.code !== "revoke-not-held");
    const warnings = held || id === undefined ? [] : [unverified(`whether ${id} is an active grant`)];
    return { path, valid: errors.length === 0, errors, warnings };
  }
  const result = evaluateRequest({
    path,
    value: loaded.value,
    locate: loaded.locate,
    policy: compiled.policy,
    now: options.now,
    author: options.author,
    teamMembers: options.teamMembers,
  });
  const errors = [...result.errors];
  const warnings = [...result.warnings];
  const extendsId = result.summary?.extends;
  const profile = result.summary && compiled.policy.profiles.get(result.summary.profile);
  let request = result.summary;
  if (result.summary && extendsId !== undefined && profile) {
    if (held) {
      const where = loaded.locate(["extends"]);
      const grant = await held(extendsId);
      const check = checkExtension(result.summary, grant, profile, options.now);
      errors.push(...check.errors.map((e) => ({ ...e, path: ["extends"], ...where })));
      // The same grant, from its current expiry to the new one.
      if (check.to && grant) request = { ...result.summary, startsAt: grant.expiresAt, expiresAt: check.to };
    } else warnings.push(unverified(`whether ${extendsId} is an active grant of yours`));
  }
  return {
    path,
    valid: errors.length === 0,
    errors,
    warnings,
    ...(request && errors.length === 0 ? { request } : {}),
  };
}

/** Something only the ledger can tell, and no ledger is at hand. */
const unverified = (what: string): Diagnostic => ({
  code: "ledger-unverified",
  message: `${what} is checked against the ledger on the pull request (no ledger branch here)`,
  line: 1,
  column: 1,
});

function readProblem(read: Exclude<ReadResult, { kind: "file" }>, limit = MAX_YAML_BYTES): Diagnostic {
  const where = { line: 1, column: 1 };
  switch (read.kind) {
    case "too-large":
      return {
        code: "file-too-large",
        message: `the file is ${read.size} bytes; the limit is ${limit}`,
        ...where,
      };
    case "missing":
      return { code: "file-missing", message: "the file does not exist", ...where };
    case "not-a-file":
      return {
        code: "not-a-regular-file",
        message: "not a regular file (symlinks and submodules are refused)",
        ...where,
      };
  }
}
