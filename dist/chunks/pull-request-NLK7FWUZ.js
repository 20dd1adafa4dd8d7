import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  expiryNote,
  planGrant
} from "./chunk-IE6APDL3.js";
import {
  planMembership
} from "./chunk-BH2LGAKW.js";
import {
  gcpGrantFor,
  notes as notes3,
  planGcp
} from "./chunk-MRUN4ITY.js";
import {
  notes as notes2,
  planPim,
  planRoleAssignment
} from "./chunk-DZ5OVSW2.js";
import {
  checkPullRequest,
  problemsOf,
  renderPullRequestComment,
  renderPullRequestSummary,
  setStatus,
  tryWrite,
  upsertSticky
} from "./chunk-CAI36HCX.js";
import "./chunk-CIW6PEP5.js";
import {
  APPROVAL_CONTEXT,
  CODEOWNERS_LOCATIONS,
  MAX_CODEOWNERS_BYTES,
  approvals,
  byteLength,
  currentMainPolicy,
  generateSection,
  loadPolicy,
  overriddenRules,
  spliceSection
} from "./chunk-LMIEZNKJ.js";
import {
  ConfigError
} from "./chunk-Y4ZPITG4.js";
import "./chunk-ZA6GFXEH.js";
import {
  notes,
  planIdentityCenter,
  planInline,
  planManaged
} from "./chunk-JXVHB23K.js";
import {
  grantSpecFor
} from "./chunk-V2A6MIHJ.js";
import {
  expiryEnforcement
} from "./chunk-GPPQHAHS.js";
import {
  ProviderError
} from "./chunk-45KOD4DP.js";
import "./chunk-UVXFV62D.js";

// src/commands/codeowners.ts
var READ_LIMIT = 4 * MAX_CODEOWNERS_BYTES;
async function codeowners(options, files, write) {
  const { path, text: existing } = await findCodeowners(files);
  const compiled = await loadPolicy(files, options.policyDir);
  if (compiled.errors.length > 0)
    return { path, status: "not-generated", warnings: [], overridden: [], policyErrors: compiled.errors };
  const section = generateSection(compiled.policy, options.policyDir);
  const spliced = spliceSection(existing, section.lines);
  if (!spliced.ok) throw new ConfigError(`${path}: ${spliced.code}: ${spliced.message}`);
  const size = byteLength(spliced.text);
  if (size >= MAX_CODEOWNERS_BYTES)
    throw new ConfigError(
      `${path}: codeowners-too-large: the file would be ${size} bytes; GitHub ignores a CODEOWNERS file of 3 MB or more`
    );
  const overridden = overriddenRules(spliced.text, section);
  const result = { path, warnings: section.warnings, overridden, policyErrors: [] };
  const same = spliced.text === existing;
  if (options.check) return { ...result, status: same ? "fresh" : "stale" };
  if (!same) await write(path, spliced.text);
  return { ...result, status: same ? "unchanged" : "written" };
}
async function findCodeowners(files) {
  for (const path of CODEOWNERS_LOCATIONS) {
    const read = await files.read(path, READ_LIMIT);
    if (read.kind === "missing") continue;
    if (read.kind === "too-large")
      throw new ConfigError(`${path}: the file is ${read.size} bytes, too large`);
    if (read.kind === "not-a-file") throw new ConfigError(`${path}: not a regular file`);
    return { path, text: new TextDecoder("utf-8", { fatal: false }).decode(read.bytes) };
  }
  return { path: CODEOWNERS_LOCATIONS[0], text: void 0 };
}

// src/providers/planners.ts
var PLANNERS = {
  "aws-iam": { operations: (g) => planInline(g), notes },
  "aws-iam-managed": { operations: (g) => planManaged(g), notes },
  "aws-identity-center": {
    operations: (g) => planIdentityCenter(g),
    notes
  },
  "gcp-iam": {
    operations: (g) => planGcp(gcpGrantFor(g)),
    notes: (g) => notes3(gcpGrantFor(g))
  },
  "azure-pim": {
    operations: (g) => planPim(g),
    notes: (g) => notes2(g)
  },
  "azure-role-assignment": {
    operations: (g) => planRoleAssignment(g),
    notes: (g) => notes2(g)
  },
  "github-team": {
    operations: planMembership,
    notes: (g) => [
      `Expiry is enforced by gitjit's sweep, which removes the membership after ${g.expiresAt}; GitHub cannot end it by itself.`
    ]
  },
  postgres: { operations: planGrant, notes: (g) => [expiryNote(g).note] }
};
function plannerFor(provider) {
  const planner = PLANNERS[provider];
  if (!planner)
    throw new ProviderError(
      `the ${provider} provider cannot be planned by this build of gitjit`,
      "provider-unavailable"
    );
  return planner;
}

// src/commands/plan.ts
function planGrant2(path, request, pr) {
  const spec = grantSpecFor(path, request, pr);
  const base = {
    request: spec.requestPath,
    id: spec.id,
    provider: spec.grant.provider,
    principal: spec.principal,
    startsAt: spec.startsAt,
    expiresAt: spec.expiresAt,
    expiry: expiryEnforcement(spec.grant)
  };
  try {
    const planner = plannerFor(spec.grant.provider);
    return { ...base, operations: planner.operations(spec), notes: planner.notes(spec) };
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    return { ...base, operations: [], notes: [], error: { code: error.code, message: error.message } };
  }
}

// src/action/pull-request.ts
async function pullRequestMode(options, forge, io) {
  const { inputs, pr } = options;
  const pulls = /* @__PURE__ */ new Map();
  const reading = {
    ...forge,
    pull: (n) => {
      const known = pulls.get(n);
      if (known) return known;
      const pull2 = forge.pull(n);
      pulls.set(n, pull2);
      return pull2;
    }
  };
  const report = await approvals(
    {
      pr,
      policyDir: inputs.policyDir,
      now: options.now,
      report: false,
      ledgerBranch: inputs.ledgerBranch,
      // A base older than the default branch's policy is judged by that policy too.
      governing: currentMainPolicy(forge)
    },
    reading
  );
  const pull = await reading.pull(pr);
  const governance = report.subjects.some((s) => s.kind === "governance") && report.problems.length === 0;
  const plans = Object.fromEntries(
    // An extension makes no new grant: its plan is the moved expiry, shown with the request.
    report.subjects.flatMap(
      (s) => s.request && s.request.extends === void 0 ? [[s.subject, planGrant2(s.subject, s.request, pr)]] : []
    )
  );
  const check = checkPullRequest(
    report,
    pull,
    governance ? await governanceErrors(forge, pull.headSha, inputs.policyDir) : [],
    plans
  );
  for (const p of problemsOf(check)) {
    const where = { title: `gitjit ${p.code}`, file: p.file, line: p.line, column: p.column };
    if (p.severity === "error") io.error(p.message, where);
    else io.warning(p.message, where);
  }
  const context = options.runUrl ? { runUrl: options.runUrl } : {};
  await io.appendSummary(renderPullRequestSummary(check, context));
  if (inputs.comment) {
    const body = renderPullRequestComment(check, context);
    await tryWrite(io, "comment on the pull request", async () => {
      const done = await upsertSticky(forge, pr, body, void 0, check.verdict !== "nothing");
      io.info(`gitjit comment on #${pr}: ${done}`);
    });
  }
  await setStatus(io, forge, pull.headSha, {
    state: check.approved ? "success" : "failure",
    context: APPROVAL_CONTEXT,
    description: check.status,
    ...options.runUrl ? { targetUrl: options.runUrl } : { targetUrl: pull.url }
  });
  io.setOutput("valid", String(check.valid));
  io.setOutput("approved", String(check.approved));
  io.info(`gitjit: ${check.verdict}: ${check.status}`);
  if (!check.valid) {
    const count = problemsOf(check).filter((p) => p.severity === "error").length;
    io.fail(
      `gitjit: pull request #${pr} is not valid: ${count} problem${count === 1 ? "" : "s"} (see the annotations)`
    );
  }
  return check;
}
async function governanceErrors(forge, headSha, policyDir) {
  const at = { line: 1, column: 1 };
  try {
    const result = await codeowners({ policyDir, check: true }, forge.files(headSha), async () => {
    });
    if (result.policyErrors.length > 0) return result.policyErrors;
    if (result.status === "stale")
      return [
        {
          file: result.path,
          code: "codeowners-stale",
          message: `the gitjit section of ${result.path} does not match the policy this change makes; run gitjit codeowners and commit the result`,
          ...at
        }
      ];
    return result.overridden.map((o) => ({ file: result.path, code: o.code, message: o.message, ...at }));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return [{ file: policyDir, code: "policy-missing", message: error.message, ...at }];
  }
}
export {
  pullRequestMode
};
