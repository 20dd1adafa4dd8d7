import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  require_core
} from "./chunk-HFQ4PYHV.js";
import {
  governanceVerdicts,
  recordGovernance
} from "./chunk-HKH4LUNY.js";
import {
  DEFAULT_LEDGER_BRANCH,
  DEFAULT_POLICY_DIR,
  GitLedgerStore,
  MAX_YAML_BYTES,
  REQUESTS_DIR,
  REVOKES_DIR,
  REVOKE_FILE,
  crashPoint,
  git,
  heldGrantsOf,
  loadPolicy,
  loadYaml,
  pathControlCharacter,
  pullsNamed,
  readBlobs,
  resolveRef,
  runGit
} from "./chunk-7APOGDFR.js";
import {
  ConfigError,
  LedgerError,
  clockProblem,
  isPastExpiry,
  ledgerKeys,
  readChain,
  signerFor,
  toSpec,
  workTreeFiles
} from "./chunk-35Q76FXJ.js";
import {
  grantSpecFor
} from "./chunk-XNTRT226.js";
import {
  expiryEnforcement,
  grantId,
  issuesCredential,
  startEnforcement
} from "./chunk-EI2MP62G.js";
import {
  ProviderError
} from "./chunk-6DV6XXR4.js";
import {
  __toESM
} from "./chunk-2I45JTVB.js";

// src/commands/describe-error.ts
function describe(error) {
  if (error instanceof ProviderError) return `${error.code}: ${error.message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}

// src/commands/lifecycle.ts
var APPLY_ACTOR = "gitjit-apply";
var draft = (event, grant, data, actor = APPLY_ACTOR) => ({
  event,
  grant,
  actor,
  data
});
function othersActive(entries, except, provider, now) {
  return [...entries].filter(
    (e) => e.id !== except && e.grant.provider === provider && e.state !== "scheduled" && !isPastExpiry(e, now)
  ).map(toSpec);
}
async function seenBefore(store, id) {
  const { records } = readChain((await store.contents({ anchors: false })).auditFiles);
  return records.some(
    (r) => r.record.grant === id && ["granted", "break-glass", "expired", "revoked", "refused", "lapsed"].includes(r.record.event)
  );
}
async function applyGrant(store, provider, input) {
  const { spec, approval, now } = input;
  const intent = {
    ...spec,
    state: "applying",
    expiry: expiryEnforcement(spec.grant),
    approval,
    refs: {}
  };
  const before = await store.read();
  if (await seenBefore(store, spec.id)) return { status: "already" };
  if (startEnforcement(spec.grant) === "sweep" && Date.parse(spec.startsAt) > now.getTime()) {
    const scheduled = { ...intent, state: "scheduled" };
    let recorded2 = false;
    await store.update((snapshot) => {
      recorded2 = !snapshot.entries.has(spec.id);
      return recorded2 ? [draft("scheduled", spec.id, { entry: scheduled })] : [];
    });
    return recorded2 ? { status: "scheduled", entry: scheduled } : { status: "already" };
  }
  const abandon = async (error, written = spec) => {
    let cleanedUp = true;
    try {
      const others = othersActive((await store.read()).entries.values(), spec.id, spec.grant.provider, now);
      crashPoint("before-platform-revoke");
      await provider.revoke(written, others);
      crashPoint("after-platform-revoke");
    } catch {
      cleanedUp = false;
    }
    await store.update(
      (snapshot) => snapshot.entries.get(spec.id)?.state === "applying" ? [draft("apply-failed", spec.id, { cleanedUp, error: { message: describe(error) } })] : []
    );
  };
  let seal;
  if (issuesCredential(spec.grant) && input.delivery) {
    const prepared = await input.delivery(spec);
    if ("refused" in prepared) {
      if (before.entries.get(spec.id)?.state === "applying")
        await abandon(new Error(`${prepared.refused.code}: ${prepared.refused.message}`));
      return { status: "refused", ...prepared.refused };
    }
    seal = prepared.seal;
  }
  let state = "applying";
  let recorded = intent;
  await store.update((snapshot) => {
    const held = snapshot.entries.get(spec.id);
    state = held?.state ?? "applying";
    recorded = held ?? intent;
    if (held?.state === "scheduled") {
      if (Date.parse(held.startsAt) > now.getTime()) return [];
      state = "applying";
      recorded = { ...held, state: "applying", startsAt: isoSeconds(now) };
      return [draft("apply-started", spec.id, { entry: recorded })];
    }
    return held ? [] : [draft("apply-started", spec.id, { entry: intent })];
  });
  if (state !== "applying") return { status: "already" };
  const write = toSpec(recorded);
  let refs;
  let credential;
  try {
    crashPoint("before-platform-apply");
    ({ refs, credential } = await provider.apply(write, { ...seal ? { seal } : {}, reissue: true }));
    crashPoint("after-platform-apply");
  } catch (error) {
    await abandon(error, write);
    return { status: "failed", code: "apply-failed", message: describe(error) };
  }
  const event = approval.mode === "break-glass" ? "break-glass" : "granted";
  let entry;
  await store.update((snapshot) => {
    const held = snapshot.entries.get(spec.id);
    if (held?.state !== "applying") return [];
    entry = { ...held, state: "active", refs };
    return [draft(event, spec.id, { entry })];
  });
  return { status: "done", entry, ...credential ? { credential } : {} };
}
var isoSeconds = (at) => new Date(Math.floor(at.getTime() / 1e3) * 1e3).toISOString().replace(".000Z", "Z");
async function recordRefused(store, id, data) {
  await store.update(() => [draft("refused", id, data)]);
}
async function applyExtension(store, provider, input) {
  let refusal;
  let extended;
  let rerun = false;
  await store.update((snapshot) => {
    const held = snapshot.entries.get(input.grantId);
    refusal = void 0;
    rerun = held?.extensions?.some((x) => x.requestPath === input.requestPath) === true;
    if (rerun) {
      extended = held;
      return [];
    }
    if (held?.state !== "active" || isPastExpiry(held, input.now)) {
      refusal = {
        status: "refused",
        code: "extends-not-held",
        message: `${input.grantId} is no longer active`
      };
      return [];
    }
    if (input.to <= held.expiresAt) {
      refusal = {
        status: "refused",
        code: "extends-not-later",
        message: `${input.to} is not after ${held.expiresAt}`
      };
      return [];
    }
    const extension = {
      requestPath: input.requestPath,
      pr: input.pr,
      from: held.expiresAt,
      to: input.to,
      approval: input.approval
    };
    extended = { ...held, expiresAt: input.to };
    return [draft("extended", input.grantId, { extension, refs: held.refs })];
  });
  if (refusal) return refusal;
  if (!extended) return { status: "already" };
  try {
    crashPoint("before-platform-apply");
    await provider.apply(toSpec(extended));
    crashPoint("after-platform-apply");
  } catch (error) {
    return {
      status: "failed",
      code: "extend-apply-failed",
      message: `recorded, but the platform's expiry did not move: ${describe(error)}`
    };
  }
  return rerun ? { status: "already" } : { status: "done", entry: extended };
}
async function applyRevoke(store, provider, input) {
  const snapshot = await store.read();
  const held = snapshot.entries.get(input.grantId);
  if (!held) return { status: "already" };
  const data = {
    by: input.by,
    approval: input.approval,
    requestPath: input.requestPath,
    pr: input.pr,
    reason: input.reason
  };
  try {
    crashPoint("before-platform-revoke");
    await provider.revoke(
      toSpec(held),
      othersActive(snapshot.entries.values(), held.id, held.grant.provider, input.now)
    );
    crashPoint("after-platform-revoke");
  } catch (error) {
    await store.update(
      (fresh) => fresh.entries.get(held.id) ? [
        draft("revoke-failing", held.id, {
          attempts: 1,
          error: describe(error),
          pendingEnd: { event: "revoked", data }
        })
      ] : []
    );
    return { status: "failed", code: "revoke-failing", message: describe(error) };
  }
  await store.update(
    (fresh) => fresh.entries.has(held.id) ? [draft("revoked", held.id, data, input.by)] : []
  );
  return { status: "done" };
}

// src/providers/registry.ts
var LOADERS = {
  "aws-iam": () => import("./iam-I7VWWKLK.js"),
  "aws-iam-managed": () => import("./managed-4JRVPA6F.js"),
  "aws-identity-center": () => import("./identity-center-2GFT6D74.js"),
  "gcp-iam": () => import("./iam-USFHLGY5.js"),
  "azure-pim": () => import("./pim-P5DCGM7O.js"),
  "azure-role-assignment": () => import("./role-assignment-O2O5FQ25.js"),
  postgres: () => import("./postgres-TLFU37DD.js"),
  "github-team": () => import("./github-team-VJTVDNCC.js")
};
async function loadProvider(id, context) {
  const loader = LOADERS[id];
  if (!loader)
    throw new ProviderError(`the ${id} provider is not part of this build of gitjit`, "provider-unavailable");
  const module = await loader();
  return module.default(context);
}

// src/action/ledger.ts
var core = __toESM(require_core(), 1);

// src/adapters/git/main-history.ts
async function mainHistory(repo, ref, wanted) {
  if (ref.startsWith("-")) return { unavailable: `${ref} is not a ref` };
  const commit = await resolveRef(repo, ref);
  if (!commit) return { unavailable: `${ref} is not a commit in ${repo}` };
  const shallow = await runGit(repo, ["rev-parse", "--is-shallow-repository"]);
  if (shallow.stdout.toString("utf8").trim() === "true")
    return { unavailable: `${repo} is a shallow clone: its history is cut (check out with fetch-depth: 0)` };
  const headTime = Number((await git(repo, ["log", "-1", "--format=%ct", commit, "--"])).trim()) * 1e3;
  const log = await git(repo, [
    "log",
    "--first-parent",
    "--diff-filter=A",
    "--no-renames",
    "--name-only",
    "-z",
    "--format=%x00@%H %ct %s",
    commit,
    "--",
    `${REQUESTS_DIR}/`,
    `${REVOKES_DIR}/`
  ]);
  const added = /* @__PURE__ */ new Map();
  let current;
  for (const raw of log.split("\0")) {
    const field = raw.replace(/^\n/, "");
    const header = /^@([0-9a-f]{40,64}) (\d+) (.*)$/s.exec(field);
    if (header) {
      current = {
        commit: header[1],
        time: Number(header[2]) * 1e3,
        pulls: pullsNamed(header[3])
      };
      continue;
    }
    if (field && current) added.set(field, { ...current });
  }
  const requests = [...added].filter(
    ([path]) => path.startsWith(`${REQUESTS_DIR}/`) && // cat-file --batch reads names a line each: a name with a control character cannot be asked for.
    !pathControlCharacter(path) && (wanted === void 0 || wanted.has(path))
  );
  if (requests.length > 0) {
    const objects = requests.map(([path, file]) => `${file.commit}:${path}`);
    const blobs = await readBlobs(repo, objects).catch(() => /* @__PURE__ */ new Map());
    for (const [i, [, file]] of requests.entries()) {
      const bytes = blobs.get(objects[i]);
      if (bytes && bytes.length <= MAX_YAML_BYTES) file.request = requestFields(bytes);
    }
  }
  return {
    index: { ref: `${ref.replace(/^refs\/remotes\//, "")} (${commit.slice(0, 12)})`, headTime, added }
  };
}
function requestFields(bytes) {
  const loaded = loadYaml(bytes);
  if (!loaded.ok || typeof loaded.value !== "object" || loaded.value === null) return {};
  const value = loaded.value;
  const text = (v) => typeof v === "string" ? v : void 0;
  const fields = {};
  const profile = text(value.profile);
  const requester = text(value.requester);
  const extending = text(value.extends);
  if (profile !== void 0) fields.profile = profile;
  if (requester !== void 0) fields.requester = requester;
  if (extending !== void 0) fields.extends = extending;
  return fields;
}

// src/cli/ledger-options.ts
var LEDGER_HELP = `  --ledger BRANCH   the branch holding the ledger and audit log
                    (default: $GITJIT_LEDGER_BRANCH, else ${DEFAULT_LEDGER_BRANCH})
  --remote NAME     the remote the ledger is published to, or "none" to keep it in this
                    repository only (default: $GITJIT_LEDGER_REMOTE, else origin if it exists)`;
async function ledgerLocation(values, io) {
  const inside = await runGit(io.cwd, ["rev-parse", "--git-dir"]);
  if (inside.code !== 0) throw new ConfigError(`${io.cwd} is not in a git repository`);
  const repo = (await git(io.cwd, ["rev-parse", "--show-toplevel"]).catch(() => io.cwd)).trim() || io.cwd;
  const branch = values.ledger ?? io.env.GITJIT_LEDGER_BRANCH ?? DEFAULT_LEDGER_BRANCH;
  const asked = values.remote ?? io.env.GITJIT_LEDGER_REMOTE;
  if (asked === "none") return { repo, branch };
  const remotes = (await git(repo, ["remote"])).split("\n").filter(Boolean);
  if (asked !== void 0) {
    if (!remotes.includes(asked)) throw new ConfigError(`--remote ${asked}: no such remote in ${repo}`);
    return { repo, branch, remote: asked };
  }
  return remotes.includes("origin") ? { repo, branch, remote: "origin" } : { repo, branch };
}

// src/commands/ledger-trust.ts
var SIGNING_KEY_ENV = "GITJIT_LEDGER_SIGNING_KEY";
async function policyLedgerKeys(files, policyDir) {
  const dir = policyDir.replace(/\/+$/, "");
  if ((await files.list(dir)).length === 0) return { keys: [] };
  const compiled = await loadPolicy(files, dir);
  const keys = ledgerKeys(compiled.policy.ledgerKeys);
  if (compiled.errors.length > 0 && keys.length === 0)
    return {
      keys,
      warning: `the policy in ${dir}/ has errors, and no ledger keys could be read from it: a signed ledger will not verify`
    };
  return { keys };
}
async function ledgerTrust(files, policyDir, env, trustedNow) {
  const { keys, warning } = await policyLedgerKeys(files, policyDir);
  const warnings = warning ? [warning] : [];
  const trust = { keys, ...trustedNow ? { trustedNow } : {} };
  const secret = env[SIGNING_KEY_ENV];
  if (secret) {
    const signer = signerFor(secret, keys);
    if (signer.ok) trust.signer = signer.value;
    else trust.signerProblem = `${SIGNING_KEY_ENV}: ${signer.reason}`;
    if (keys.length === 0)
      warnings.push(
        `${SIGNING_KEY_ENV} is set, but the policy lists no ledger keys (ledger.keys): the ledger is written unsigned`
      );
  } else if (keys.length === 0)
    warnings.push(
      "the ledger is not signed: the policy lists no ledger keys (ledger.keys), so anyone who can push to the ledger branch can add records that verify"
    );
  return { trust, warnings };
}

// src/action/ledger.ts
var LEDGER_REMOTE = "gitjit-ledger";
async function openActionLedger(options) {
  const { workspace, env, branch } = options;
  const io = { cwd: workspace, env, stdout: options.log, stderr: options.log };
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  let location = await ledgerLocation({ ledger: branch }, io);
  if (options.repository) {
    const url = `${server}/${options.repository}.git`;
    const current = await runGit(location.repo, ["remote", "get-url", LEDGER_REMOTE]);
    if (current.code !== 0) await git(location.repo, ["remote", "add", LEDGER_REMOTE, url]);
    else if (current.stdout.toString("utf8").trim() !== url)
      await git(location.repo, ["remote", "set-url", LEDGER_REMOTE, url]);
    location = { ...location, remote: LEDGER_REMOTE };
  }
  const secret = env[SIGNING_KEY_ENV];
  if (secret) {
    core.setSecret(secret);
    for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 16) core.setSecret(line.trim());
  }
  const { trust, warnings } = await ledgerTrust(
    workTreeFiles(workspace),
    options.policyDir ?? DEFAULT_POLICY_DIR,
    env,
    options.trustedNow
  );
  for (const warning of warnings) (options.warn ?? options.log)(warning);
  if (options.trustedNow) {
    const off = clockProblem(options.now(), options.trustedNow());
    if (off) throw new LedgerError(off.message, off.code);
  }
  return new GitLedgerStore({
    ...location,
    now: options.now,
    trust,
    ...options.token && location.remote !== void 0 ? {
      remoteEnv: tokenEnv(
        (await git(location.repo, ["remote", "get-url", location.remote])).trim(),
        options.token
      )
    } : {}
  });
}
function tokenEnv(url, token) {
  const origin = /^(https?:\/\/[^/]+)\//.exec(url)?.[1] ?? url;
  const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  core.setSecret(token);
  core.setSecret(basic);
  const key = `http.${origin}/.extraheader`;
  return {
    GIT_CONFIG_COUNT: "2",
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: "",
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`
  };
}

// src/action/granting.ts
async function openLedger(options) {
  const store = await openActionLedger(options);
  if (options.verifyNow) {
    await store.read();
    store.assertWritable();
  }
  return store;
}
async function ledgerGranting(options, opened) {
  const store = opened ?? await openLedger(options);
  const { env, now, log } = options;
  const provider = (id) => loadProvider(id, { env, now, log });
  const records = async () => {
    await store.read();
    return readChain((await store.contents({ anchors: false })).auditFiles).records.map((r) => r.record);
  };
  return {
    held: heldGrantsOf(store),
    settlement: async () => settlementOf(await records()),
    async lapse(verdict, reason) {
      const id = verdict.status === "revoke" ? verdict.grantId : grantId(verdict.path, verdict.pull.number);
      if ((await records()).some((r) => r.event === "lapsed" && r.data.requestPath === verdict.path)) return;
      await store.update(() => [
        {
          event: "lapsed",
          grant: id,
          actor: APPLY_ACTOR,
          data: {
            requestPath: verdict.path,
            pr: verdict.pull.number,
            requester: verdict.pull.author,
            reason
          }
        }
      ]);
    },
    async earlier(added) {
      for (const r of await records()) {
        const pr = typeof r.data.pr === "number" ? { pr: r.data.pr } : {};
        if (r.event === "refused" && r.data.requestPath === added.path)
          return {
            outcome: {
              status: "refused",
              path: added.path,
              reasons: [
                ...recordedReasons(r.data.reasons),
                {
                  code: "refused-before",
                  message: `refused at ${r.at} (ledger record ${r.seq}); a refusal is final: open a new pull request`
                }
              ]
            },
            ...pr
          };
        if (r.event === "revoked" && r.data.requestPath === added.path)
          return {
            outcome: { status: "already", path: added.path, grantId: r.grant, done: "revoked" },
            ...pr
          };
        const extension = r.event === "extended" ? r.data.extension : void 0;
        if (extension?.requestPath === added.path) {
          const pull = extension.pr !== void 0 ? { pr: extension.pr } : {};
          const held = (await store.read()).entries.get(r.grant);
          if (!held)
            return {
              outcome: { status: "already", path: added.path, grantId: r.grant, done: "extended" },
              ...pull
            };
          const outcome = await applyExtension(store, await provider(held.grant.provider), {
            grantId: r.grant,
            requestPath: added.path,
            ...pull,
            to: extension.to,
            approval: extension.approval,
            now: now()
          });
          return { outcome: settled(outcome, added.path, r.grant, "extended"), ...pull };
        }
      }
      return void 0;
    },
    async revoke(verdict) {
      const held = (await store.read()).entries.get(verdict.grantId);
      if (!held) return { status: "already", path: verdict.path, grantId: verdict.grantId, done: "revoked" };
      const approval = verdict.self ? { mode: "self", approvers: [] } : { mode: "reviewed", approvers: verdict.approvedBy.map((login) => ({ login })) };
      const outcome = await applyRevoke(store, await provider(held.grant.provider), {
        grantId: verdict.grantId,
        by: verdict.by,
        approval,
        requestPath: verdict.path,
        pr: verdict.pull.number,
        reason: verdict.reason,
        now: now()
      });
      return settled(outcome, verdict.path, verdict.grantId, "revoked");
    },
    async grant(verdict) {
      const approval = verdict.auto ? { mode: "auto", approvers: [] } : { mode: "reviewed", approvers: verdict.approvedBy.map((login) => ({ login })) };
      if (verdict.extension) {
        const { grantId: id, to } = verdict.extension;
        const held = (await store.read()).entries.get(id);
        const outcome2 = await applyExtension(store, await provider(verdict.summary.provider), {
          grantId: id,
          requestPath: verdict.path,
          pr: verdict.pull.number,
          to,
          approval,
          now: now()
        });
        const result = settled(outcome2, verdict.path, id, "extended", {
          to,
          expiry: expiryEnforcement(verdict.summary.grant)
        });
        if (result.status === "extended" && held?.refs.mode === "temporary-login" && held.refs.role)
          result.login = { username: held.refs.role, ...held.pr !== void 0 ? { pr: held.pr } : {} };
        return result;
      }
      const startsAt = new Date(
        Math.max(Date.parse(verdict.summary.startsAt), now().getTime())
      ).toISOString();
      const spec = grantSpecFor(verdict.path, { ...verdict.summary, startsAt }, verdict.pull.number);
      const outcome = await applyGrant(store, await provider(spec.grant.provider), {
        spec,
        approval,
        now: now(),
        ...options.delivery ? { delivery: options.delivery } : {}
      });
      switch (outcome.status) {
        case "done":
          return {
            status: "granted",
            path: verdict.path,
            grantId: spec.id,
            principal: spec.principal,
            expiresAt: spec.expiresAt,
            expiry: expiryEnforcement(spec.grant),
            ...outcome.credential ? { credential: outcome.credential } : {}
          };
        case "already":
          return { status: "already", path: verdict.path, grantId: spec.id };
        case "scheduled":
          return {
            status: "scheduled",
            path: verdict.path,
            grantId: spec.id,
            principal: spec.principal,
            startsAt: spec.startsAt,
            expiresAt: spec.expiresAt
          };
        case "refused": {
          const reasons = [{ code: outcome.code, message: outcome.message }];
          await recordRefused(store, spec.id, {
            requestPath: verdict.path,
            pr: verdict.pull.number,
            requester: verdict.pull.author,
            reasons
          });
          return { status: "refused", path: verdict.path, reasons };
        }
        case "failed":
          return { status: "failed", path: verdict.path, code: outcome.code, message: outcome.message };
      }
    },
    governanceVerdicts: () => governanceVerdicts(store),
    recordGovernance: (fresh) => recordGovernance(store, fresh, APPLY_ACTOR),
    async refuse(verdict) {
      const id = REVOKE_FILE.exec(verdict.path)?.[1] ?? grantId(verdict.path, verdict.pull?.number);
      if ((await records()).some(
        (r) => r.grant === id && r.event === "refused" && r.data.requestPath === verdict.path
      ))
        return;
      await recordRefused(store, id, {
        requestPath: verdict.path,
        ...verdict.pull ? { pr: verdict.pull.number } : {},
        requester: verdict.pull?.author ?? "unknown",
        reasons: verdict.reasons
      });
    }
  };
}
function settlementOf(log) {
  const out = /* @__PURE__ */ new Map();
  const pathOf = /* @__PURE__ */ new Map();
  const final = /* @__PURE__ */ new Set();
  const settle = (path, isFinal = true) => {
    out.set(path, { state: "settled" });
    if (isFinal) final.add(path);
  };
  for (const r of log) {
    const entry = r.data.entry;
    switch (r.event) {
      case "apply-started":
        if (entry) {
          pathOf.set(r.grant, entry.requestPath);
          if (out.get(entry.requestPath)?.state === "settled" && !final.has(entry.requestPath))
            out.delete(entry.requestPath);
        }
        break;
      case "scheduled":
        if (entry) {
          pathOf.set(r.grant, entry.requestPath);
          settle(entry.requestPath, false);
        }
        break;
      case "granted":
      case "break-glass":
        if (entry) settle(entry.requestPath);
        break;
      case "apply-failed": {
        const path = pathOf.get(r.grant);
        if (!path || final.has(path)) break;
        const before = out.get(path);
        const error = r.data.error;
        out.set(path, {
          state: "failing",
          attempts: (before?.state === "failing" ? before.attempts : 0) + 1,
          at: r.at,
          message: String(error?.message ?? "the platform refused")
        });
        break;
      }
      case "refused":
      case "lapsed":
      case "revoked":
        if (typeof r.data.requestPath === "string") settle(r.data.requestPath);
        break;
      case "extended": {
        const extension = r.data.extension;
        if (extension?.requestPath) settle(extension.requestPath);
        break;
      }
      default:
        break;
    }
  }
  return out;
}
function recordedReasons(reasons) {
  if (!Array.isArray(reasons)) return [];
  return reasons.flatMap(
    (r) => typeof r?.code === "string" && typeof r?.message === "string" ? [{ code: r.code, message: r.message }] : []
  );
}
function settled(outcome, path, id, done, extended) {
  switch (outcome.status) {
    case "done":
      if (done === "revoked") return { status: "revoked", path, grantId: id };
      return {
        status: "extended",
        path,
        grantId: id,
        expiresAt: outcome.entry?.expiresAt ?? extended?.to ?? "",
        expiry: outcome.entry?.expiry ?? extended?.expiry ?? "sweep"
      };
    case "already":
    case "scheduled":
      return { status: "already", path, grantId: id, done };
    case "refused":
      return { status: "refused", path, reasons: [{ code: outcome.code, message: outcome.message }] };
    case "failed":
      return { status: "failed", path, code: outcome.code, message: outcome.message };
  }
}

export {
  describe,
  applyGrant,
  loadProvider,
  mainHistory,
  openLedger,
  ledgerGranting,
  settlementOf
};
