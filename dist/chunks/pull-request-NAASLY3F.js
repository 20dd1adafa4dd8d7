import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  APPROVAL_CONTEXT,
  CODEOWNERS_LOCATIONS,
  GRANT_ID_PATTERN,
  MAX_CODEOWNERS_BYTES,
  approvals,
  byteLength,
  checkPullRequest,
  expiryEnforcement,
  generateSection,
  grantId,
  loadPolicy,
  overriddenRules,
  problemsOf,
  renderPullRequestComment,
  renderPullRequestSummary,
  setStatus,
  spliceSection,
  tryWrite,
  upsertSticky
} from "./chunk-CPYGWT7P.js";
import {
  ConfigError,
  ProviderError
} from "./chunk-JA4Z7G46.js";
import "./chunk-ZA6GFXEH.js";
import "./chunk-LEW5TVNN.js";

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

// src/core/plan/grant-spec.ts
function toSeconds(iso2) {
  const ms = new Date(iso2).getTime();
  return new Date(Math.floor(ms / 1e3) * 1e3).toISOString().replace(".000Z", "Z");
}
function grantSpecFor(requestPath, summary, pr) {
  return {
    id: grantId(requestPath, pr),
    requestPath,
    ...pr !== void 0 ? { pr } : {},
    requester: summary.requester,
    principal: summary.principal,
    profile: summary.profile,
    grant: summary.grant,
    startsAt: toSeconds(summary.startsAt),
    expiresAt: toSeconds(summary.expiresAt),
    justification: summary.justification,
    ...summary.ticket !== void 0 ? { ticket: summary.ticket } : {}
  };
}
function grantOrigin(grant) {
  return grant.pr === void 0 ? grant.requestPath : `${grant.requestPath} (PR #${grant.pr})`;
}

// src/providers/aws/plan.ts
var INLINE_POLICY_LIMIT = { user: 2048, role: 10240 };
var TAG_PREFIX = "gitjit:";
var TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;
var STANDING = " standing";
function parsePrincipal(arn) {
  const match = /^arn:aws[a-z-]*:iam::(\d{12}):(user|role)\/(?:[^/]+\/)*([^/]+)$/.exec(arn);
  if (!match) throw new ProviderError(`${arn} is not an IAM user or role ARN`, "aws-principal-invalid");
  const [, account, kind, name] = match;
  return { arn, account, kind, name };
}
var inlinePolicyName = (grant) => `gitjit-${grant.id}`;
function inlinePolicyDocument(grant) {
  return {
    Version: "2012-10-17",
    Statement: grant.grant.statements.map((s, i) => ({
      Sid: `Gitjit${i}`,
      Effect: "Allow",
      Action: s.actions,
      Resource: s.resources,
      Condition: {
        DateGreaterThan: { "aws:CurrentTime": grant.startsAt },
        DateLessThan: { "aws:CurrentTime": grant.expiresAt }
      }
    }))
  };
}
var policySize = (document) => JSON.stringify(document).replace(/\s/g, "").length;
var principalCall = (p, user, role) => p.kind === "user" ? user : role;
var principalParam = (p) => p.kind === "user" ? { UserName: p.name } : { RoleName: p.name };
function planInline(grant) {
  const principal = parsePrincipal(grant.principal);
  const document = inlinePolicyDocument(grant);
  const size = policySize(document);
  const limit = INLINE_POLICY_LIMIT[principal.kind];
  if (size > limit)
    throw new ProviderError(
      `the policy for ${grant.id} is ${size} characters (whitespace excluded); AWS allows ${limit} in all of a ${principal.kind}'s inline policies together \u2014 grant fewer actions or resources, or use a role`,
      "aws-policy-too-large"
    );
  return [
    {
      api: principalCall(principal, "iam:PutUserPolicy", "iam:PutRolePolicy"),
      body: { ...principalParam(principal), PolicyName: inlinePolicyName(grant), PolicyDocument: document }
    }
  ];
}
function tagValue(grant, parts, standing) {
  const value = [grant.expiresAt, ...parts].join(" ") + (standing ? STANDING : "");
  if (!TAG_VALUE.test(value))
    throw new ProviderError(
      `cannot record ${grant.id} in an AWS tag: "${value}" is longer than 256 characters or holds characters tags refuse`,
      "aws-tag-unrepresentable"
    );
  return value;
}
var managedTag = (grant, standing = false) => ({
  Key: `${TAG_PREFIX}${grant.id}`,
  Value: tagValue(grant, [grant.grant.policyArn], standing)
});
function planManaged(grant) {
  const principal = parsePrincipal(grant.principal);
  return [
    {
      api: principalCall(principal, "iam:TagUser", "iam:TagRole"),
      body: { ...principalParam(principal), Tags: [managedTag(grant)] }
    },
    {
      api: principalCall(principal, "iam:AttachUserPolicy", "iam:AttachRolePolicy"),
      body: { ...principalParam(principal), PolicyArn: grant.grant.policyArn }
    }
  ];
}
var identityCenterTag = (grant, standing = false) => ({
  Key: `${TAG_PREFIX}${grant.id}`,
  Value: tagValue(grant, [grant.grant.account, grant.principal], standing)
});
var accountAssignment = (grant) => ({
  InstanceArn: grant.grant.instanceArn,
  TargetId: grant.grant.account,
  TargetType: "AWS_ACCOUNT",
  PermissionSetArn: grant.grant.permissionSetArn,
  PrincipalType: "USER",
  PrincipalId: grant.principal
});
function planIdentityCenter(grant) {
  return [
    {
      api: "sso:TagResource",
      body: {
        InstanceArn: grant.grant.instanceArn,
        ResourceArn: grant.grant.permissionSetArn,
        Tags: [identityCenterTag(grant)]
      }
    },
    { api: "sso:CreateAccountAssignment", body: accountAssignment(grant) }
  ];
}
function notes(grant) {
  switch (grant.grant.provider) {
    case "aws-iam":
      return [
        `AWS itself stops honouring the policy at ${grant.expiresAt} (condition on aws:CurrentTime); the sweep deletes it afterwards.`
      ];
    case "aws-iam-managed":
      return [
        `Expiry is enforced by gitjit's sweep, which detaches the policy after ${grant.expiresAt}; AWS cannot end an attachment by itself.`,
        `The tag records the grant (${grantOrigin(grant)}) so reconcile finds the attachment again.`
      ];
    case "aws-identity-center":
      return [
        `Expiry is enforced by gitjit's sweep, which deletes the account assignment after ${grant.expiresAt}.`,
        "Sessions already issued outlive the removal by up to the permission set's session duration (1 hour unless the permission set says otherwise, at most 12 hours)."
      ];
    default:
      return [];
  }
}

// src/providers/azure/request.ts
import { createHash } from "node:crypto";
var AUTHORIZATION = "providers/Microsoft.Authorization";
var JUSTIFICATION_MAX = 500;
function deterministicGuid(grantId2, purpose) {
  const hex = createHash("sha1").update(`gitjit
${purpose}
${grantId2}`).digest("hex").slice(0, 32);
  const variant = (Number.parseInt(hex[16], 16) & 3 | 8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
var requestName = (grant, purpose) => deterministicGuid(grant.id, purpose);
function roleDefinitionId(scope, roleGuid) {
  const subscription = /^\/subscriptions\/[^/]+/.exec(scope)?.[0];
  return `${subscription ?? ""}/${AUTHORIZATION}/roleDefinitions/${roleGuid.toLowerCase()}`;
}
var clip = (text, max) => text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
function justification(grant, action = "") {
  return clip(
    `gitjit ${grant.id}${action}: ${grantOrigin(grant)}: ${grant.justification}`,
    JUSTIFICATION_MAX
  );
}
var assignmentDescription = (grant) => clip(`gitjit ${grant.id}: ${grantOrigin(grant)}; ends ${iso(grant.expiresAt)}`, 2048);
var iso = (time) => new Date(time).toISOString();
function scheduleRequestBody(grant, requestType, window) {
  const properties = {
    principalId: grant.principal,
    roleDefinitionId: roleDefinitionId(grant.grant.scope, grant.grant.roleDefinitionId),
    requestType,
    justification: justification(
      grant,
      requestType === "AdminRemove" ? " revoke" : requestType === "AdminUpdate" ? " update" : ""
    )
  };
  if (requestType !== "AdminRemove") {
    const { start, end } = window ?? { start: grant.startsAt, end: grant.expiresAt };
    properties.scheduleInfo = {
      startDateTime: iso(start),
      expiration: { type: "AfterDateTime", endDateTime: iso(end) }
    };
    if (grant.ticket) properties.ticketInfo = { ticketNumber: grant.ticket, ticketSystem: "gitjit" };
  }
  return { properties };
}
var roleAssignmentBody = (grant) => ({
  properties: {
    roleDefinitionId: roleDefinitionId(grant.grant.scope, grant.grant.roleDefinitionId),
    principalId: grant.principal,
    description: assignmentDescription(grant)
  }
});
function planPim(grant) {
  return [
    {
      api: `PUT ${grant.grant.scope}/${AUTHORIZATION}/roleAssignmentScheduleRequests/${requestName(grant, "assign")}`,
      body: scheduleRequestBody(grant, "AdminAssign")
    }
  ];
}
function planRoleAssignment(grant) {
  return [
    {
      api: `PUT ${grant.grant.scope}/${AUTHORIZATION}/roleAssignments/${requestName(grant, "assign")}`,
      body: roleAssignmentBody(grant)
    }
  ];
}
function notes2(grant) {
  return grant.grant.provider === "azure-pim" ? [
    `Azure PIM ends the assignment itself at ${iso(grant.expiresAt)} (schedule expiration); an early revoke sends an AdminRemove request.`
  ] : [
    `Expiry is enforced by gitjit's sweep, which deletes the role assignment after ${iso(grant.expiresAt)}; a plain role assignment has no end of its own.`
  ];
}

// src/providers/gcp/binding.ts
var POLICY_VERSION = 3;
var conditionTitle = (grantId2) => `gitjit ${grantId2}`;
function grantBinding(grant) {
  const description = `${grantOrigin(grant)}; ends ${grant.expiresAt}`;
  return {
    role: grant.grant.role,
    members: [grant.principal],
    condition: {
      title: conditionTitle(grant.id),
      description: description.length > 256 ? `${description.slice(0, 255)}\u2026` : description,
      expression: `request.time >= timestamp("${grant.startsAt}") && request.time < timestamp("${grant.expiresAt}")`
    }
  };
}
var resourceKind = (resource) => resource.slice(0, resource.indexOf("/"));
function planGcp(grant) {
  const kind = resourceKind(grant.grant.resource);
  return [
    {
      api: `cloudresourcemanager.${kind}.getIamPolicy`,
      body: { resource: grant.grant.resource, options: { requestedPolicyVersion: POLICY_VERSION } }
    },
    { api: `cloudresourcemanager.${kind}.setIamPolicy`, body: grantBinding(grant) }
  ];
}
function notes3(grant) {
  return [
    `GCP itself stops honouring the binding at ${grant.expiresAt} (condition on request.time); the sweep deletes it afterwards.`,
    `setIamPolicy sends the policy read by getIamPolicy, at version 3 and with its etag, with this binding added; every other binding is sent back unchanged, except gitjit's own expired bindings for ${grant.principal} and ${grant.grant.role}, which are removed.`
  ];
}
function gcpGrantFor(grant) {
  if (grant.grant.provider !== "gcp-iam")
    throw new ProviderError(
      `${grant.id} is a ${grant.grant.provider} grant, not gcp-iam`,
      "provider-mismatch"
    );
  return grant;
}

// src/providers/github-team/plan.ts
function githubTeamGrant(grant) {
  if (grant.grant.provider !== "github-team")
    throw new ProviderError(
      `grant ${grant.id} is for ${grant.grant.provider}, not github-team`,
      "wrong-provider"
    );
  return grant.grant;
}
var membershipPath = (team, login) => `/orgs/${encodeURIComponent(team.org)}/teams/${encodeURIComponent(team.team)}/memberships/${encodeURIComponent(login)}`;
function planMembership(grant) {
  const team = githubTeamGrant(grant);
  return [{ api: `PUT ${membershipPath(team, grant.principal)}`, body: { role: team.role ?? "member" } }];
}

// src/providers/postgres/plan.ts
var PASSWORD_PLACEHOLDER = "<random password, issued to the requester out of band>";
var TAG_PREFIX2 = "gitjit:";
var MAX_IDENTIFIER = 63;
function quoteIdent(name) {
  if (name.length === 0 || name.includes("\0"))
    throw new ProviderError(`"${name}" is not a usable PostgreSQL name`, "postgres-bad-identifier");
  return `"${name.replaceAll('"', '""')}"`;
}
function quoteLiteral(text) {
  if (text.includes("\0")) throw new ProviderError("a SQL literal may not hold NUL", "postgres-bad-literal");
  const quoted = `'${text.replaceAll("'", "''")}'`;
  return text.includes("\\") ? `E${quoted.replaceAll("\\", "\\\\")}` : quoted;
}
function postgresGrant(grant) {
  if (grant.grant.provider !== "postgres")
    throw new ProviderError(
      `grant ${grant.id} is for ${grant.grant.provider}, not postgres`,
      "provider-mismatch"
    );
  if (!GRANT_ID_PATTERN.test(grant.id))
    throw new ProviderError(`"${grant.id}" is not a gitjit grant id`, "bad-grant-id");
  return grant.grant;
}
var modeOf = (grant) => grant.mode ?? "membership";
function grantRoleName(grant) {
  const hex = grant.id.slice("gj-".length);
  if (modeOf(postgresGrant(grant)) === "membership") return `gitjit_${hex}`;
  const suffix = `_gj_${hex}`;
  return `${grant.principal.slice(0, MAX_IDENTIFIER - suffix.length)}${suffix}`;
}
function roleTag(grant) {
  const pg = postgresGrant(grant);
  return {
    grant: grant.id,
    principal: grant.principal,
    role: pg.role,
    mode: modeOf(pg),
    expires: grant.expiresAt
  };
}
function grantStatements(grant, password) {
  const pg = postgresGrant(grant);
  const mode = modeOf(pg);
  const roleName = grantRoleName(grant);
  const role = quoteIdent(roleName);
  const create = mode === "membership" ? `CREATE ROLE ${role} NOLOGIN INHERIT` : `CREATE ROLE ${role} LOGIN INHERIT PASSWORD ${quoteLiteral(password ?? PASSWORD_PLACEHOLDER)} VALID UNTIL ${quoteLiteral(grant.expiresAt)}`;
  return {
    roleName,
    mode,
    create,
    comment: `COMMENT ON ROLE ${role} IS ${quoteLiteral(TAG_PREFIX2 + JSON.stringify(roleTag(grant)))}`,
    grantTarget: `GRANT ${quoteIdent(pg.role)} TO ${role}`,
    ...mode === "membership" ? { grantToLogin: `GRANT ${role} TO ${quoteIdent(grant.principal)}` } : {}
  };
}
function statementList(s) {
  return [s.create, s.comment, s.grantTarget, ...s.grantToLogin ? [s.grantToLogin] : []];
}
function planGrant(grant) {
  return statementList(grantStatements(grant)).map((body) => ({ api: "sql", body }));
}
function expiryNote(grant) {
  const enforcement = expiryEnforcement(postgresGrant(grant));
  return enforcement === "native" ? {
    enforcement,
    note: "PostgreSQL refuses new password logins for the per-grant login after VALID UNTIL; sessions opened before then last until the sweep ends them and drops the login."
  } : {
    enforcement,
    note: "PostgreSQL has no timed membership: the sweep revokes it (DROP ROLE of the per-grant role)."
  };
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
    { pr, policyDir: inputs.policyDir, now: options.now, report: false },
    reading
  );
  const pull = await reading.pull(pr);
  const governance = report.subjects.some((s) => s.kind === "governance") && report.problems.length === 0;
  const plans = Object.fromEntries(
    report.subjects.flatMap((s) => s.request ? [[s.subject, planGrant2(s.subject, s.request, pr)]] : [])
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
