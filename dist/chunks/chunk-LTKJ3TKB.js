import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);
import {
  GRANT_ID_PATTERN
} from "./chunk-GPPQHAHS.js";
import {
  __commonJS,
  __toESM
} from "./chunk-UVXFV62D.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/core/duration.ts
var MINUTE = 6e4;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
var MAX_DURATION_MS = 366 * DAY;
var UNIT_MS = { d: DAY, h: HOUR, m: MINUTE, s: 1e3 };
var SHORT = /^(?:(\d{1,6})d)?(?:(\d{1,6})h)?(?:(\d{1,7})m)?(?:(\d{1,9})s)?$/;
var ISO = /^P(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,7})M)?(?:(\d{1,9})S)?)?$/;
function parseDuration(text) {
  if (typeof text !== "string") return { ok: false, reason: "a duration must be text such as 2h or PT2H" };
  const trimmed = text.trim();
  if (trimmed.startsWith("-") && !trimmed.startsWith("--")) {
    const magnitude = parseDuration(trimmed.slice(1));
    return magnitude.ok ? { ok: true, ms: -magnitude.ms } : magnitude;
  }
  const match = SHORT.exec(trimmed) ?? ISO.exec(trimmed.toUpperCase());
  if (!match || match.slice(1).every((part) => part === void 0) || /T$/i.test(trimmed)) {
    return { ok: false, reason: `"${text}" is not a duration; write it as 90m, 2h, 1h30m, 7d or PT2H` };
  }
  const [, d, h, m, s] = match;
  const ms = [
    [d, "d"],
    [h, "h"],
    [m, "m"],
    [s, "s"]
  ].reduce(
    (sum, [value, unit]) => sum + (value ? Number(value) * UNIT_MS[unit] : 0),
    0
  );
  return { ok: true, ms };
}
function formatDuration(ms) {
  if (!Number.isFinite(ms) || ms <= 0) return "0s";
  let rest = Math.round(ms / 1e3) * 1e3;
  let out = "";
  for (const [unit, size] of Object.entries(UNIT_MS)) {
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  return out || "0s";
}

// src/core/ledger/canonical.ts
import { createHash } from "node:crypto";
function canonicalJson(value) {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isSafeInteger(value)) throw new TypeError(`cannot canonicalise the number ${value}`);
      return JSON.stringify(value);
    case "object": {
      if (value === null) return "null";
      if (Array.isArray(value)) {
        let out2 = "[";
        for (let i = 0; i < value.length; i++) out2 += `${i > 0 ? "," : ""}${canonicalJson(value[i])}`;
        return `${out2}]`;
      }
      const object = value;
      const keys = Object.keys(object).sort();
      let out = "{";
      for (const key of keys) {
        const member = object[key];
        if (member === void 0) continue;
        out += `${out.length > 1 ? "," : ""}${JSON.stringify(key)}:${canonicalJson(member)}`;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`cannot canonicalise a value of type ${typeof value}`);
  }
}
function sha256Hex(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

// src/core/ledger/records.ts
var AUDIT_EVENTS = [
  "apply-started",
  "granted",
  "apply-failed",
  "refused",
  "revoked",
  "expired",
  "extended",
  "orphan-revoked",
  "break-glass",
  "revoke-failing",
  "expiry-warned"
];
var GENESIS_HASH = "0".repeat(64);
function recordHash(record) {
  const { v, seq, at, event, grant, actor, data, prev } = record;
  return sha256Hex(canonicalJson({ v, seq, at, event, grant, actor, data, prev }));
}
function chainRecords(drafts, tip, now) {
  let seq = tip?.seq ?? 0;
  let prev = tip?.hash ?? GENESIS_HASH;
  const at = tip && tip.at > now.toISOString() ? tip.at : now.toISOString();
  const out = [];
  for (const draft of drafts) {
    seq += 1;
    const base = { v: 1, seq, at, ...draftFields(draft), prev };
    const hash = recordHash(base);
    out.push({ ...base, hash });
    prev = hash;
  }
  return out;
}
function draftFields(draft) {
  return JSON.parse(
    canonicalJson({ event: draft.event, grant: draft.grant, actor: draft.actor, data: draft.data })
  );
}
function auditFileFor(at) {
  return `audit/${at.slice(0, 4)}/${at.slice(5, 7)}.jsonl`;
}
var AUDIT_FILE = /^audit\/(\d{4})\/(\d{2})\.jsonl$/;
var ACTIVE_DIR = "ledger/active";
var activePath = (id) => `${ACTIVE_DIR}/${id}.json`;
function serialiseRecord(record) {
  return canonicalJson(record);
}
function serialiseEntry(entry) {
  return `${JSON.stringify(entry, null, 2)}
`;
}
function toSpec(entry) {
  const {
    id,
    requestPath,
    pr,
    requester,
    principal,
    profile,
    grant,
    startsAt,
    expiresAt,
    justification,
    ticket
  } = entry;
  return {
    id,
    requestPath,
    ...pr === void 0 ? {} : { pr },
    requester,
    principal,
    profile,
    grant,
    startsAt,
    expiresAt,
    justification,
    ...ticket === void 0 ? {} : { ticket }
  };
}

// src/core/ledger/state.ts
function foldEvent(entries, event, at) {
  const id = event.grant;
  const held = entries.get(id);
  const data = event.data;
  switch (event.event) {
    case "apply-started":
    case "granted":
    case "break-glass": {
      const entry = data.entry;
      if (!entry || entry.id !== id) return `${event.event} without the grant's entry`;
      if (event.event === "apply-started" && held) return `apply-started for ${id}, which is already held`;
      if (event.event !== "apply-started" && held && held.state !== "applying")
        return `${event.event} for ${id}, which is already ${held.state}`;
      entries.set(id, entry);
      return void 0;
    }
    case "apply-failed":
      if (!held) return `apply-failed for ${id}, which is not held`;
      if (data.cleanedUp === true) entries.delete(id);
      else
        entries.set(id, {
          ...held,
          state: "revoke-failing",
          pendingEnd: { event: "apply-failed", data: { cleanedUp: true, error: data.error } }
        });
      return void 0;
    case "revoked":
    case "expired":
      if (!held) return `${event.event} for ${id}, which is not held`;
      entries.delete(id);
      return void 0;
    case "extended": {
      if (!held) return `extended ${id}, which is not held`;
      const extension = data.extension;
      if (!extension || extension.from !== held.expiresAt)
        return `extended ${id} from a time that is not its expiry`;
      entries.set(id, {
        ...held,
        expiresAt: extension.to,
        refs: data.refs ?? held.refs,
        extensions: [...held.extensions ?? [], extension],
        warnedAt: void 0
      });
      return void 0;
    }
    case "revoke-failing":
      if (!held) return `revoke-failing for ${id}, which is not held`;
      entries.set(id, {
        ...held,
        state: "revoke-failing",
        failures: Number(data.attempts) || 1,
        pendingEnd: data.pendingEnd ?? held.pendingEnd
      });
      return void 0;
    case "expiry-warned":
      if (!held) return `expiry-warned for ${id}, which is not held`;
      entries.set(id, { ...held, warnedAt: at });
      return void 0;
    case "refused":
    case "orphan-revoked":
      return void 0;
  }
}
var isPastExpiry = (entry, now) => Date.parse(entry.expiresAt) <= now.getTime();

// src/core/ledger/store.ts
var LedgerError = class extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
  code;
};
function planCommit(snapshot, drafts, now) {
  const records = chainRecords(drafts, snapshot.tip, now);
  const entries = new Map(snapshot.entries);
  const touched = /* @__PURE__ */ new Set();
  for (const record of records) {
    const misfit = foldEvent(entries, record, record.at);
    if (misfit) throw new LedgerError(`refusing to record: ${misfit}`, "event-does-not-fit");
    touched.add(record.grant);
  }
  const changes = [];
  for (const id of [...touched].sort()) {
    const entry = entries.get(id);
    if (entry) changes.push({ path: activePath(id), content: serialiseEntry(entry) });
    else if (snapshot.entries.has(id)) changes.push({ path: activePath(id) });
  }
  const appended = /* @__PURE__ */ new Map();
  if (snapshot.lastAuditFile) appended.set(snapshot.lastAuditFile.path, snapshot.lastAuditFile.text);
  for (const record of records) {
    const path = auditFileFor(record.at);
    appended.set(path, `${appended.get(path) ?? ""}${serialiseRecord(record)}
`);
  }
  for (const [path, content] of appended)
    if (path !== snapshot.lastAuditFile?.path || content !== snapshot.lastAuditFile.text)
      changes.push({ path, content });
  return { records, changes, message: commitMessage(records, entries, snapshot.entries) };
}
var clean = (s) => s.replace(/[^\x20-\x7e]/g, "?");
function commitMessage(records, after, before) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of records) counts.set(r.event, (counts.get(r.event) ?? 0) + 1);
  const first = records[0];
  const subject = records.length === 1 ? `gitjit: ${first.event} ${first.grant}` : `gitjit: ${[...counts].map(([event, n]) => `${n} ${event}`).join(", ")}`;
  const lines = records.map((r) => {
    const principal = (after.get(r.grant) ?? before.get(r.grant))?.principal ?? r.data.principal;
    return clean(`${r.event} ${r.grant}${principal ? ` (${String(principal)})` : ""} by ${r.actor}`);
  });
  const last = records.at(-1);
  const trailers = [
    ...[...counts.keys()].map((e) => `Gitjit-Event: ${e}`),
    ...[...new Set(records.map((r) => r.grant))].map((g) => `Gitjit-Grant: ${clean(g)}`),
    `Gitjit-Audit-Seq: ${first.seq}-${last.seq}`,
    `Gitjit-Audit-Hash: ${last.hash}`
  ];
  return `${subject}

${lines.join("\n")}

${trailers.join("\n")}
`;
}

// src/commands/held-grants.ts
var MAX_ENTRY_BYTES = 1e6;
function heldGrantsIn(files) {
  const cache = /* @__PURE__ */ new Map();
  const readEntry = async (id) => {
    if (!GRANT_ID_PATTERN.test(id)) return void 0;
    const read = await files.read(activePath(id), MAX_ENTRY_BYTES);
    if (read.kind === "missing") return void 0;
    if (read.kind !== "file")
      throw new LedgerError(`${activePath(id)} in the ledger is not a readable file`, "ledger-corrupt");
    let entry;
    try {
      entry = JSON.parse(new TextDecoder().decode(read.bytes));
    } catch {
      throw new LedgerError(
        `${activePath(id)} in the ledger is not JSON; run gitjit audit verify`,
        "ledger-corrupt"
      );
    }
    if (typeof entry !== "object" || entry === null || entry.id !== id)
      throw new LedgerError(`${activePath(id)} in the ledger is not the entry of ${id}`, "ledger-corrupt");
    return entry;
  };
  return (id) => {
    let known = cache.get(id);
    if (!known) {
      known = readEntry(id);
      cache.set(id, known);
    }
    return known;
  };
}
function heldGrantsOf(store) {
  return async (id) => (await store.read()).entries.get(id);
}

// src/generated/validators.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validateRequest = validate20;
var func1 = import_ucs2length.default.default ?? import_ucs2length.default;
var pattern4 = new RegExp("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "u");
var pattern5 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$", "u");
var pattern6 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", "u");
var pattern7 = new RegExp("^gj-[0-9a-f]{20}$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.profile === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "profile" }, message: "must have required property 'profile'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.requester === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requester" }, message: "must have required property 'requester'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.justification === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "profile" || key0 === "requester" || key0 === "duration" || key0 === "justification" || key0 === "ticket" || key0 === "start" || key0 === "extends")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.profile !== void 0) {
      let data0 = data.profile;
      if (typeof data0 === "string") {
        if (func1(data0) > 64) {
          const err4 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err5 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err6 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.requester !== void 0) {
      let data1 = data.requester;
      if (typeof data1 === "string") {
        if (func1(data1) > 39) {
          const err8 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/maxLength", keyword: "maxLength", params: { limit: 39 }, message: "must NOT have more than 39 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err9 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err10 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.duration !== void 0) {
      let data2 = data.duration;
      if (typeof data2 === "string") {
        if (func1(data2) > 32) {
          const err12 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err13 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.justification !== void 0) {
      let data3 = data.justification;
      if (typeof data3 === "string") {
        if (func1(data3) > 2e3) {
          const err15 = { instancePath: instancePath + "/justification", schemaPath: "#/properties/justification/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err16 = { instancePath: instancePath + "/justification", schemaPath: "#/properties/justification/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/justification", schemaPath: "#/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.ticket !== void 0) {
      let data4 = data.ticket;
      if (typeof data4 === "string") {
        if (func1(data4) > 128) {
          const err18 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err19 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.start !== void 0) {
      let data5 = data.start;
      if (typeof data5 === "string") {
        if (func1(data5) > 40) {
          const err21 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (!pattern6.test(data5)) {
          const err22 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"' };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data6 = data.extends;
      if (typeof data6 === "string") {
        if (func1(data6) > 23) {
          const err24 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/maxLength", keyword: "maxLength", params: { limit: 23 }, message: "must NOT have more than 23 characters" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (!pattern7.test(data6)) {
          const err25 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/pattern", keyword: "pattern", params: { pattern: "^gj-[0-9a-f]{20}$" }, message: 'must match pattern "^gj-[0-9a-f]{20}$"' };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validatePolicyFile = validate21;
var schema32 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitjit.dev/schemas/policy.schema.json", "title": "gitjit policy", "description": "One file of the policy in policies/. Files are merged; a name may be defined only once.", "additionalProperties": false, "type": "object", "properties": { "version": { "description": "Policy format version.", "const": 1, "type": "number" }, "admins": { "description": "Who approves changes to policies/, schemas/, CODEOWNERS and .github/.", "additionalProperties": false, "type": "object", "required": ["groups", "count"], "properties": { "groups": { "description": "Groups whose members approve governance changes.", "minItems": 1, "maxItems": 20, "uniqueItems": true, "type": "array", "items": { "description": "A group's name from groups.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "minLength": 1, "maxLength": 64, "type": "string" } }, "count": { "description": "Distinct admins needed for a governance change.", "minimum": 1, "maximum": 10, "type": "integer" } } }, "identities": { "description": "GitHub login \u2192 that person's principals. The principal is never taken from a request.", "additionalProperties": false, "maxProperties": 1e5, "type": "object", "patternProperties": { "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$": { "description": "The principals of one person, per platform.", "additionalProperties": false, "type": "object", "properties": { "aws": { "description": "IAM user or role ARN.", "pattern": "^arn:aws[a-z-]*:iam::[0-9]{12}:(user|role)/[A-Za-z0-9+=,.@_/-]{1,512}$", "maxLength": 600, "type": "string" }, "awsIdentityCenter": { "description": "IAM Identity Center user id.", "pattern": "^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$", "maxLength": 47, "type": "string" }, "gcp": { "description": "IAM member, e.g. user:alice@example.com or serviceAccount:x@p.iam.gserviceaccount.com.", "pattern": "^(user|serviceAccount|group):[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}$", "maxLength": 330, "type": "string" }, "azure": { "description": "Microsoft Entra object id (GUID).", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "maxLength": 36, "type": "string" }, "postgres": { "description": "PostgreSQL login role.", "pattern": "^[A-Za-z_][A-Za-z0-9_$-]{0,62}$", "maxLength": 63, "type": "string" } } } } }, "groups": { "description": "Named groups of people.", "additionalProperties": false, "maxProperties": 1e4, "type": "object", "patternProperties": { "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$": { "description": "A named set of people: logins and/or GitHub teams.", "additionalProperties": false, "type": "object", "properties": { "description": { "description": "What the group is.", "minLength": 1, "maxLength": 500, "type": "string" }, "members": { "description": "GitHub logins in the group.", "minItems": 1, "maxItems": 1e4, "uniqueItems": true, "type": "array", "items": { "description": "A GitHub login.", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?(?:\\[bot\\])?$", "maxLength": 45, "type": "string" } }, "teams": { "description": "GitHub teams whose members are in the group.", "minItems": 1, "maxItems": 100, "uniqueItems": true, "type": "array", "items": { "description": "A GitHub team, @org/team-slug.", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "maxLength": 141, "type": "string" } } } } } }, "profiles": { "description": "Eligibility profiles, by name (the request folder's name).", "additionalProperties": false, "maxProperties": 1e4, "type": "object", "patternProperties": { "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$": { "description": "An eligibility profile: who may ask, for what, for how long, approved by whom.", "additionalProperties": false, "type": "object", "required": ["eligible", "grant", "duration", "approval"], "properties": { "description": { "description": "What the profile is for, shown to requesters and approvers.", "minLength": 1, "maxLength": 500, "type": "string" }, "eligible": { "description": "Groups whose members may request this profile.", "minItems": 1, "maxItems": 50, "uniqueItems": true, "type": "array", "items": { "description": "A group's name from groups.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "minLength": 1, "maxLength": 64, "type": "string" } }, "grant": { "description": "What is granted, where. `provider` picks the shape.", "type": "object", "discriminator": { "propertyName": "provider" }, "properties": { "provider": { "description": "The platform and mechanism of the grant.", "enum": ["aws-iam", "aws-iam-managed", "aws-identity-center", "gcp-iam", "azure-pim", "azure-role-assignment", "github-team", "postgres"] } }, "required": ["provider"], "oneOf": [{ "description": "AWS IAM inline policy grant.", "additionalProperties": false, "type": "object", "required": ["provider", "account", "statements"], "properties": { "provider": { "description": "Provider: an inline IAM policy on the user or role, expiring by aws:CurrentTime.", "const": "aws-iam", "type": "string" }, "account": { "description": "The 12-digit AWS account id.", "pattern": "^[0-9]{12}$", "minLength": 12, "maxLength": 12, "type": "string" }, "statements": { "description": "Allow statements granted for the duration.", "minItems": 1, "maxItems": 20, "type": "array", "items": { "description": "An Allow statement; gitjit adds the time condition.", "additionalProperties": false, "type": "object", "required": ["actions", "resources"], "properties": { "actions": { "description": "IAM actions allowed.", "minItems": 1, "maxItems": 100, "uniqueItems": true, "type": "array", "items": { "description": "An IAM action such as s3:GetObject (wildcards allowed).", "pattern": "^[a-z0-9-]+:[A-Za-z0-9*?]+$", "maxLength": 128, "type": "string" } }, "resources": { "description": "Resource ARNs the actions apply to.", "minItems": 1, "maxItems": 100, "uniqueItems": true, "type": "array", "items": { "description": "A resource ARN or *.", "pattern": "^(\\*|arn:.+)$", "maxLength": 2048, "type": "string" } } } } } } }, { "description": "AWS IAM managed policy attachment.", "additionalProperties": false, "type": "object", "required": ["provider", "account", "policyArn"], "properties": { "provider": { "description": "Provider: attach a managed policy; the sweep removes it.", "const": "aws-iam-managed", "type": "string" }, "account": { "description": "The 12-digit AWS account id.", "pattern": "^[0-9]{12}$", "minLength": 12, "maxLength": 12, "type": "string" }, "policyArn": { "description": "The managed policy's ARN.", "pattern": "^arn:aws[a-z-]*:iam::([0-9]{12}|aws):policy/[A-Za-z0-9+=,.@_/-]+$", "maxLength": 2048, "type": "string" } } }, { "description": "AWS IAM Identity Center account assignment.", "additionalProperties": false, "type": "object", "required": ["provider", "account", "instanceArn", "permissionSetArn"], "properties": { "provider": { "description": "Provider: an IAM Identity Center account assignment; the sweep removes it.", "const": "aws-identity-center", "type": "string" }, "account": { "description": "The 12-digit AWS account id.", "pattern": "^[0-9]{12}$", "minLength": 12, "maxLength": 12, "type": "string" }, "instanceArn": { "description": "The Identity Center instance ARN.", "pattern": "^arn:aws[a-z-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$", "maxLength": 1224, "type": "string" }, "permissionSetArn": { "description": "The permission set ARN.", "pattern": "^arn:aws[a-z-]*:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}$", "maxLength": 1224, "type": "string" } } }, { "description": "GCP IAM conditional role binding.", "additionalProperties": false, "type": "object", "required": ["provider", "resource", "role"], "properties": { "provider": { "description": "Provider: a conditional IAM binding that expires by request.time.", "const": "gcp-iam", "type": "string" }, "resource": { "description": "projects/<id>, folders/<number> or organizations/<number>.", "pattern": "^(projects/[a-z][a-z0-9-]{4,28}[a-z0-9]|folders/[0-9]{1,20}|organizations/[0-9]{1,20})$", "maxLength": 64, "type": "string" }, "role": { "description": "A predefined role (roles/...) or a custom role. Basic roles are refused.", "pattern": "^(roles/[A-Za-z0-9_.]{1,100}|projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/roles/[A-Za-z0-9_.]{3,64}|organizations/[0-9]{1,20}/roles/[A-Za-z0-9_.]{3,64})$", "maxLength": 200, "type": "string" } } }, { "description": "Azure RBAC through Privileged Identity Management.", "additionalProperties": false, "type": "object", "required": ["provider", "scope", "roleDefinitionId"], "properties": { "provider": { "description": "Provider: a PIM role assignment schedule request with an expiration.", "const": "azure-pim", "type": "string" }, "scope": { "description": "The ARM scope: /subscriptions/<id>[/resourceGroups/<name>[/providers/...]] or a management group.", "pattern": "^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$", "maxLength": 1024, "type": "string" }, "roleDefinitionId": { "description": "The role definition's GUID (for example acdd72a7-3385-48ef-bd42-f606fba81ae7 for Reader).", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "maxLength": 36, "type": "string" } } }, { "description": "Azure RBAC role assignment, for tenants without PIM.", "additionalProperties": false, "type": "object", "required": ["provider", "scope", "roleDefinitionId"], "properties": { "provider": { "description": "Provider: a plain role assignment; the sweep removes it.", "const": "azure-role-assignment", "type": "string" }, "scope": { "description": "The ARM scope: /subscriptions/<id>[/resourceGroups/<name>[/providers/...]] or a management group.", "pattern": "^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$", "maxLength": 1024, "type": "string" }, "roleDefinitionId": { "description": "The role definition's GUID (for example acdd72a7-3385-48ef-bd42-f606fba81ae7 for Reader).", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "maxLength": 36, "type": "string" } } }, { "description": "GitHub team membership.", "additionalProperties": false, "type": "object", "required": ["provider", "org", "team"], "properties": { "provider": { "description": "Provider: temporary membership of a GitHub team; the sweep removes it.", "const": "github-team", "type": "string" }, "org": { "description": "The GitHub organisation.", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$", "minLength": 1, "maxLength": 39, "type": "string" }, "team": { "description": "The team's slug.", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "maxLength": 100, "type": "string" }, "role": { "description": "Team role granted. Default: member.", "anyOf": [{ "const": "member", "type": "string" }, { "const": "maintainer", "type": "string" }] }, "exclusive": { "description": "Whether everyone in the team is there through gitjit. GitHub cannot tag a membership, so only then can reconcile remove members who hold no active grant. Default false.", "type": "boolean" } } }, { "description": "PostgreSQL role membership.", "additionalProperties": false, "type": "object", "required": ["provider", "connection", "role"], "properties": { "provider": { "description": "Provider: membership of a PostgreSQL role.", "const": "postgres", "type": "string" }, "connection": { "description": "The environment variable holding the server's connection URL (never the URL itself).", "pattern": "^[A-Z_][A-Z0-9_]{0,63}$", "maxLength": 64, "type": "string" }, "role": { "description": "The role granted (GRANT <role> TO <login>).", "pattern": "^[A-Za-z_][A-Za-z0-9_$-]{0,62}$", "maxLength": 63, "type": "string" }, "mode": { "description": "membership (default): the requester's own login gets the role through a per-grant role; the sweep ends it. temporary-login: a per-grant login with a random password and VALID UNTIL, so PostgreSQL itself refuses new password logins after the expiry; the sweep ends open sessions and drops it.", "anyOf": [{ "const": "membership", "type": "string" }, { "const": "temporary-login", "type": "string" }] } } }] }, "duration": { "description": "Duration rules.", "additionalProperties": false, "type": "object", "required": ["default", "max"], "properties": { "default": { "description": "Used when a request names no duration. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" }, "max": { "description": "The longest a request may ask for. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" }, "cumulative": { "description": "When true, extensions count toward max: a grant, from its start to its extended expiry, may not last longer than max. Default false (each request is capped by max on its own).", "type": "boolean" } } }, "justification": { "description": "Justification rules.", "additionalProperties": false, "type": "object", "required": ["minLength"], "properties": { "minLength": { "description": "Fewest characters a justification may have. Default 10.", "minimum": 0, "maximum": 2e3, "type": "integer" } } }, "ticket": { "description": "Ticket rules.", "additionalProperties": false, "type": "object", "required": ["required"], "properties": { "required": { "description": "Whether a ticket reference is required.", "type": "boolean" }, "pattern": { "description": "A regular expression the ticket must match in full.", "maxLength": 200, "type": "string" } } }, "schedule": { "description": "Scheduled start rules.", "additionalProperties": false, "type": "object", "required": ["allowed"], "properties": { "allowed": { "description": "Whether a request may name a future start.", "type": "boolean" }, "horizon": { "description": "How far ahead a start may be. Default 7d. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" } } }, "approval": { "description": "Who must approve a request for this profile.", "additionalProperties": false, "type": "object", "required": ["steps"], "properties": { "steps": { "description": "Ordered steps; every step must be met, each by different people.", "minItems": 0, "maxItems": 5, "type": "array", "items": { "description": "One approval step: `count` distinct people from `groups`, none counted in another step.", "additionalProperties": false, "type": "object", "required": ["groups", "count"], "properties": { "groups": { "description": "Groups whose members may approve this step.", "minItems": 1, "maxItems": 20, "uniqueItems": true, "type": "array", "items": { "description": "A group's name from groups.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "minLength": 1, "maxLength": 64, "type": "string" } }, "count": { "description": "Distinct approvers needed for this step.", "minimum": 1, "maximum": 10, "type": "integer" } } } }, "selfApproval": { "description": "Whether the requester may count as an approver. Default false.", "type": "boolean" }, "autoApprove": { "description": "Auto-approval: matching requests need no approver.", "additionalProperties": false, "type": "object", "properties": { "upTo": { "description": "Requests no longer than this need no approval. Omit: any duration. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" } } } } } } } } } } };
var pattern11 = new RegExp("^arn:aws[a-z-]*:iam::[0-9]{12}:(user|role)/[A-Za-z0-9+=,.@_/-]{1,512}$", "u");
var pattern12 = new RegExp("^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$", "u");
var pattern13 = new RegExp("^(user|serviceAccount|group):[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}$", "u");
var pattern14 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");
var pattern15 = new RegExp("^[A-Za-z_][A-Za-z0-9_$-]{0,62}$", "u");
var pattern18 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?(?:\\[bot\\])?$", "u");
var pattern19 = new RegExp("^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
var pattern23 = new RegExp("^[0-9]{12}$", "u");
var pattern24 = new RegExp("^[a-z0-9-]+:[A-Za-z0-9*?]+$", "u");
var pattern25 = new RegExp("^(\\*|arn:.+)$", "u");
var pattern27 = new RegExp("^arn:aws[a-z-]*:iam::([0-9]{12}|aws):policy/[A-Za-z0-9+=,.@_/-]+$", "u");
var pattern29 = new RegExp("^arn:aws[a-z-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$", "u");
var pattern30 = new RegExp("^arn:aws[a-z-]*:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}$", "u");
var pattern31 = new RegExp("^(projects/[a-z][a-z0-9-]{4,28}[a-z0-9]|folders/[0-9]{1,20}|organizations/[0-9]{1,20})$", "u");
var pattern32 = new RegExp("^(roles/[A-Za-z0-9_.]{1,100}|projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/roles/[A-Za-z0-9_.]{3,64}|organizations/[0-9]{1,20}/roles/[A-Za-z0-9_.]{3,64})$", "u");
var pattern33 = new RegExp("^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$", "u");
var pattern38 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
var pattern39 = new RegExp("^[A-Z_][A-Z0-9_]{0,63}$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "admins" || key0 === "identities" || key0 === "groups" || key0 === "profiles")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (!(typeof data0 == "number" && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (1 !== data0) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.admins !== void 0) {
      let data1 = data.admins;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.groups === void 0) {
          const err3 = { instancePath: instancePath + "/admins", schemaPath: "#/properties/admins/required", keyword: "required", params: { missingProperty: "groups" }, message: "must have required property 'groups'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1.count === void 0) {
          const err4 = { instancePath: instancePath + "/admins", schemaPath: "#/properties/admins/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "groups" || key1 === "count")) {
            const err5 = { instancePath: instancePath + "/admins", schemaPath: "#/properties/admins/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.groups !== void 0) {
          let data2 = data1.groups;
          if (Array.isArray(data2)) {
            if (data2.length > 20) {
              const err6 = { instancePath: instancePath + "/admins/groups", schemaPath: "#/properties/admins/properties/groups/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data2.length < 1) {
              const err7 = { instancePath: instancePath + "/admins/groups", schemaPath: "#/properties/admins/properties/groups/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (func1(data3) > 64) {
                  const err8 = { instancePath: instancePath + "/admins/groups/" + i0, schemaPath: "#/properties/admins/properties/groups/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
                if (func1(data3) < 1) {
                  const err9 = { instancePath: instancePath + "/admins/groups/" + i0, schemaPath: "#/properties/admins/properties/groups/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (!pattern4.test(data3)) {
                  const err10 = { instancePath: instancePath + "/admins/groups/" + i0, schemaPath: "#/properties/admins/properties/groups/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"' };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/admins/groups/" + i0, schemaPath: "#/properties/admins/properties/groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            let i1 = data2.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data2[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err12 = { instancePath: instancePath + "/admins/groups", schemaPath: "#/properties/admins/properties/groups/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/admins/groups", schemaPath: "#/properties/admins/properties/groups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data1.count !== void 0) {
          let data4 = data1.count;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err14 = { instancePath: instancePath + "/admins/count", schemaPath: "#/properties/admins/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 > 10 || isNaN(data4)) {
              const err15 = { instancePath: instancePath + "/admins/count", schemaPath: "#/properties/admins/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data4 < 1 || isNaN(data4)) {
              const err16 = { instancePath: instancePath + "/admins/count", schemaPath: "#/properties/admins/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/admins", schemaPath: "#/properties/admins/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.identities !== void 0) {
      let data5 = data.identities;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (Object.keys(data5).length > 1e5) {
          const err18 = { instancePath: instancePath + "/identities", schemaPath: "#/properties/identities/maxProperties", keyword: "maxProperties", params: { limit: 1e5 }, message: "must NOT have more than 100000 properties" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!pattern5.test(key2)) {
            const err19 = { instancePath: instancePath + "/identities", schemaPath: "#/properties/identities/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        for (const key3 in data5) {
          if (pattern5.test(key3)) {
            let data6 = data5[key3];
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
              for (const key4 in data6) {
                if (!(key4 === "aws" || key4 === "awsIdentityCenter" || key4 === "gcp" || key4 === "azure" || key4 === "postgres")) {
                  const err20 = { instancePath: instancePath + "/identities/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
              if (data6.aws !== void 0) {
                let data7 = data6.aws;
                if (typeof data7 === "string") {
                  if (func1(data7) > 600) {
                    const err21 = { instancePath: instancePath + "/identities/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/aws", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/aws/maxLength", keyword: "maxLength", params: { limit: 600 }, message: "must NOT have more than 600 characters" };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                  if (!pattern11.test(data7)) {
                    const err22 = { instancePath: instancePath + "/identities/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/aws", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/aws/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:(user|role)/[A-Za-z0-9+=,.@_/-]{1,512}$" }, message: 'must match pattern "^arn:aws[a-z-]*:iam::[0-9]{12}:(user|role)/[A-Za-z0-9+=,.@_/-]{1,512}$"' };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                } else {
                  const err23 = { instancePath: instancePath + "/identities/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/aws", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/aws/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              }
              if (data6.awsIdentityCenter !== void 0) {
                let data8 = data6.awsIdentityCenter;
                if (typeof data8 === "string") {
                  if (func1(data8) > 47) {
                    const err24 = { instancePath: instancePath + "/identities/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/awsIdentityCenter", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/awsIdentityCenter/maxLength", keyword: "maxLength", params: { limit: 47 }, message: "must NOT have more than 47 characters" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                  if (!pattern12.test(data8)) {
                    const err25 = { instancePath: instancePath + "/identities/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/awsIdentityCenter", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/awsIdentityCenter/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$" }, message: 'must match pattern "^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$"' };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                } else {
                  const err26 = { instancePath: instancePath + "/identities/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/awsIdentityCenter", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/awsIdentityCenter/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
              if (data6.gcp !== void 0) {
                let data9 = data6.gcp;
                if (typeof data9 === "string") {
                  if (func1(data9) > 330) {
                    const err27 = { instancePath: instancePath + "/identities/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/gcp", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/gcp/maxLength", keyword: "maxLength", params: { limit: 330 }, message: "must NOT have more than 330 characters" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                  if (!pattern13.test(data9)) {
                    const err28 = { instancePath: instancePath + "/identities/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/gcp", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/gcp/pattern", keyword: "pattern", params: { pattern: "^(user|serviceAccount|group):[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}$" }, message: 'must match pattern "^(user|serviceAccount|group):[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}$"' };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                } else {
                  const err29 = { instancePath: instancePath + "/identities/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/gcp", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/gcp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
              if (data6.azure !== void 0) {
                let data10 = data6.azure;
                if (typeof data10 === "string") {
                  if (func1(data10) > 36) {
                    const err30 = { instancePath: instancePath + "/identities/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/azure", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/azure/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                  if (!pattern14.test(data10)) {
                    const err31 = { instancePath: instancePath + "/identities/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/azure", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/azure/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" }, message: 'must match pattern "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"' };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                } else {
                  const err32 = { instancePath: instancePath + "/identities/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/azure", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/azure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
              if (data6.postgres !== void 0) {
                let data11 = data6.postgres;
                if (typeof data11 === "string") {
                  if (func1(data11) > 63) {
                    const err33 = { instancePath: instancePath + "/identities/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/postgres", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/postgres/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                  if (!pattern15.test(data11)) {
                    const err34 = { instancePath: instancePath + "/identities/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/postgres", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/postgres/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_$-]{0,62}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_$-]{0,62}$"' };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                } else {
                  const err35 = { instancePath: instancePath + "/identities/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/postgres", schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/properties/postgres/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
            } else {
              const err36 = { instancePath: instancePath + "/identities/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/identities/patternProperties/%5E%5BA-Za-z0-9%5D(%3F%3A%5BA-Za-z0-9-%5D%7B0%2C37%7D%5BA-Za-z0-9%5D)%3F%24/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/identities", schemaPath: "#/properties/identities/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.groups !== void 0) {
      let data12 = data.groups;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (Object.keys(data12).length > 1e4) {
          const err38 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/maxProperties", keyword: "maxProperties", params: { limit: 1e4 }, message: "must NOT have more than 10000 properties" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        for (const key5 in data12) {
          if (!pattern4.test(key5)) {
            const err39 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        for (const key6 in data12) {
          if (pattern4.test(key6)) {
            let data13 = data12[key6];
            if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
              for (const key7 in data13) {
                if (!(key7 === "description" || key7 === "members" || key7 === "teams")) {
                  const err40 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
              if (data13.description !== void 0) {
                let data14 = data13.description;
                if (typeof data14 === "string") {
                  if (func1(data14) > 500) {
                    const err41 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/description/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                  if (func1(data14) < 1) {
                    const err42 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                } else {
                  const err43 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              }
              if (data13.members !== void 0) {
                let data15 = data13.members;
                if (Array.isArray(data15)) {
                  if (data15.length > 1e4) {
                    const err44 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/members/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                  if (data15.length < 1) {
                    const err45 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/members/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                  const len1 = data15.length;
                  for (let i2 = 0; i2 < len1; i2++) {
                    let data16 = data15[i2];
                    if (typeof data16 === "string") {
                      if (func1(data16) > 45) {
                        const err46 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/members/" + i2, schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/members/items/maxLength", keyword: "maxLength", params: { limit: 45 }, message: "must NOT have more than 45 characters" };
                        if (vErrors === null) {
                          vErrors = [err46];
                        } else {
                          vErrors.push(err46);
                        }
                        errors++;
                      }
                      if (!pattern18.test(data16)) {
                        const err47 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/members/" + i2, schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/members/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?(?:\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?(?:\\[bot\\])?$"' };
                        if (vErrors === null) {
                          vErrors = [err47];
                        } else {
                          vErrors.push(err47);
                        }
                        errors++;
                      }
                    } else {
                      const err48 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/members/" + i2, schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/members/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  }
                  let i3 = data15.length;
                  let j1;
                  if (i3 > 1) {
                    const indices1 = {};
                    for (; i3--; ) {
                      let item1 = data15[i3];
                      if (typeof item1 !== "string") {
                        continue;
                      }
                      if (typeof indices1[item1] == "number") {
                        j1 = indices1[item1];
                        const err49 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/members/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                        break;
                      }
                      indices1[item1] = i3;
                    }
                  }
                } else {
                  const err50 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
              if (data13.teams !== void 0) {
                let data17 = data13.teams;
                if (Array.isArray(data17)) {
                  if (data17.length > 100) {
                    const err51 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/teams/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                  if (data17.length < 1) {
                    const err52 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/teams/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                  const len2 = data17.length;
                  for (let i4 = 0; i4 < len2; i4++) {
                    let data18 = data17[i4];
                    if (typeof data18 === "string") {
                      if (func1(data18) > 141) {
                        const err53 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams/" + i4, schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/teams/items/maxLength", keyword: "maxLength", params: { limit: 141 }, message: "must NOT have more than 141 characters" };
                        if (vErrors === null) {
                          vErrors = [err53];
                        } else {
                          vErrors.push(err53);
                        }
                        errors++;
                      }
                      if (!pattern19.test(data18)) {
                        const err54 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams/" + i4, schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"' };
                        if (vErrors === null) {
                          vErrors = [err54];
                        } else {
                          vErrors.push(err54);
                        }
                        errors++;
                      }
                    } else {
                      const err55 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams/" + i4, schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                  }
                  let i5 = data17.length;
                  let j2;
                  if (i5 > 1) {
                    const indices2 = {};
                    for (; i5--; ) {
                      let item2 = data17[i5];
                      if (typeof item2 !== "string") {
                        continue;
                      }
                      if (typeof indices2[item2] == "number") {
                        j2 = indices2[item2];
                        const err56 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err56];
                        } else {
                          vErrors.push(err56);
                        }
                        errors++;
                        break;
                      }
                      indices2[item2] = i5;
                    }
                  }
                } else {
                  const err57 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams", schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              }
            } else {
              const err58 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/groups/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.profiles !== void 0) {
      let data19 = data.profiles;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (Object.keys(data19).length > 1e4) {
          const err60 = { instancePath: instancePath + "/profiles", schemaPath: "#/properties/profiles/maxProperties", keyword: "maxProperties", params: { limit: 1e4 }, message: "must NOT have more than 10000 properties" };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
        for (const key8 in data19) {
          if (!pattern4.test(key8)) {
            const err61 = { instancePath: instancePath + "/profiles", schemaPath: "#/properties/profiles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        for (const key9 in data19) {
          if (pattern4.test(key9)) {
            let data20 = data19[key9];
            if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
              if (data20.eligible === void 0) {
                const err62 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/required", keyword: "required", params: { missingProperty: "eligible" }, message: "must have required property 'eligible'" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
              if (data20.grant === void 0) {
                const err63 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/required", keyword: "required", params: { missingProperty: "grant" }, message: "must have required property 'grant'" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (data20.duration === void 0) {
                const err64 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/required", keyword: "required", params: { missingProperty: "duration" }, message: "must have required property 'duration'" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              if (data20.approval === void 0) {
                const err65 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/required", keyword: "required", params: { missingProperty: "approval" }, message: "must have required property 'approval'" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              for (const key10 in data20) {
                if (!(key10 === "description" || key10 === "eligible" || key10 === "grant" || key10 === "duration" || key10 === "justification" || key10 === "ticket" || key10 === "schedule" || key10 === "approval")) {
                  const err66 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              }
              if (data20.description !== void 0) {
                let data21 = data20.description;
                if (typeof data21 === "string") {
                  if (func1(data21) > 500) {
                    const err67 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/description/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                  if (func1(data21) < 1) {
                    const err68 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                } else {
                  const err69 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              }
              if (data20.eligible !== void 0) {
                let data22 = data20.eligible;
                if (Array.isArray(data22)) {
                  if (data22.length > 50) {
                    const err70 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/eligible/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                  if (data22.length < 1) {
                    const err71 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/eligible/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                  const len3 = data22.length;
                  for (let i6 = 0; i6 < len3; i6++) {
                    let data23 = data22[i6];
                    if (typeof data23 === "string") {
                      if (func1(data23) > 64) {
                        const err72 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible/" + i6, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/eligible/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                        if (vErrors === null) {
                          vErrors = [err72];
                        } else {
                          vErrors.push(err72);
                        }
                        errors++;
                      }
                      if (func1(data23) < 1) {
                        const err73 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible/" + i6, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/eligible/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err73];
                        } else {
                          vErrors.push(err73);
                        }
                        errors++;
                      }
                      if (!pattern4.test(data23)) {
                        const err74 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible/" + i6, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/eligible/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"' };
                        if (vErrors === null) {
                          vErrors = [err74];
                        } else {
                          vErrors.push(err74);
                        }
                        errors++;
                      }
                    } else {
                      const err75 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible/" + i6, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/eligible/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                  }
                  let i7 = data22.length;
                  let j3;
                  if (i7 > 1) {
                    const indices3 = {};
                    for (; i7--; ) {
                      let item3 = data22[i7];
                      if (typeof item3 !== "string") {
                        continue;
                      }
                      if (typeof indices3[item3] == "number") {
                        j3 = indices3[item3];
                        const err76 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/eligible/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err76];
                        } else {
                          vErrors.push(err76);
                        }
                        errors++;
                        break;
                      }
                      indices3[item3] = i7;
                    }
                  }
                } else {
                  const err77 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/eligible", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/eligible/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              }
              if (data20.grant !== void 0) {
                let data24 = data20.grant;
                if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                  if (data24.provider === void 0) {
                    const err78 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                  if (data24.provider !== void 0) {
                    let data25 = data24.provider;
                    if (!(data25 === "aws-iam" || data25 === "aws-iam-managed" || data25 === "aws-identity-center" || data25 === "gcp-iam" || data25 === "azure-pim" || data25 === "azure-role-assignment" || data25 === "github-team" || data25 === "postgres")) {
                      const err79 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/properties/provider/enum", keyword: "enum", params: { allowedValues: schema32.properties.profiles.patternProperties["^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"].properties.grant.properties.provider.enum }, message: "must be equal to one of the allowed values" };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                  }
                  const tag0 = data24.provider;
                  if (typeof tag0 == "string") {
                    if (tag0 === "aws-iam") {
                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        if (data24.provider === void 0) {
                          const err80 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                          if (vErrors === null) {
                            vErrors = [err80];
                          } else {
                            vErrors.push(err80);
                          }
                          errors++;
                        }
                        if (data24.account === void 0) {
                          const err81 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/required", keyword: "required", params: { missingProperty: "account" }, message: "must have required property 'account'" };
                          if (vErrors === null) {
                            vErrors = [err81];
                          } else {
                            vErrors.push(err81);
                          }
                          errors++;
                        }
                        if (data24.statements === void 0) {
                          const err82 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/required", keyword: "required", params: { missingProperty: "statements" }, message: "must have required property 'statements'" };
                          if (vErrors === null) {
                            vErrors = [err82];
                          } else {
                            vErrors.push(err82);
                          }
                          errors++;
                        }
                        for (const key11 in data24) {
                          if (!(key11 === "provider" || key11 === "account" || key11 === "statements")) {
                            const err83 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err83];
                            } else {
                              vErrors.push(err83);
                            }
                            errors++;
                          }
                        }
                        if (data24.provider !== void 0) {
                          let data26 = data24.provider;
                          if (typeof data26 !== "string") {
                            const err84 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err84];
                            } else {
                              vErrors.push(err84);
                            }
                            errors++;
                          }
                          if ("aws-iam" !== data26) {
                            const err85 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/provider/const", keyword: "const", params: { allowedValue: "aws-iam" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err85];
                            } else {
                              vErrors.push(err85);
                            }
                            errors++;
                          }
                        }
                        if (data24.account !== void 0) {
                          let data27 = data24.account;
                          if (typeof data27 === "string") {
                            if (func1(data27) > 12) {
                              const err86 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/account/maxLength", keyword: "maxLength", params: { limit: 12 }, message: "must NOT have more than 12 characters" };
                              if (vErrors === null) {
                                vErrors = [err86];
                              } else {
                                vErrors.push(err86);
                              }
                              errors++;
                            }
                            if (func1(data27) < 12) {
                              const err87 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/account/minLength", keyword: "minLength", params: { limit: 12 }, message: "must NOT have fewer than 12 characters" };
                              if (vErrors === null) {
                                vErrors = [err87];
                              } else {
                                vErrors.push(err87);
                              }
                              errors++;
                            }
                            if (!pattern23.test(data27)) {
                              const err88 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/account/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
                              if (vErrors === null) {
                                vErrors = [err88];
                              } else {
                                vErrors.push(err88);
                              }
                              errors++;
                            }
                          } else {
                            const err89 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err89];
                            } else {
                              vErrors.push(err89);
                            }
                            errors++;
                          }
                        }
                        if (data24.statements !== void 0) {
                          let data28 = data24.statements;
                          if (Array.isArray(data28)) {
                            if (data28.length > 20) {
                              const err90 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
                              if (vErrors === null) {
                                vErrors = [err90];
                              } else {
                                vErrors.push(err90);
                              }
                              errors++;
                            }
                            if (data28.length < 1) {
                              const err91 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                              if (vErrors === null) {
                                vErrors = [err91];
                              } else {
                                vErrors.push(err91);
                              }
                              errors++;
                            }
                            const len4 = data28.length;
                            for (let i8 = 0; i8 < len4; i8++) {
                              let data29 = data28[i8];
                              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                if (data29.actions === void 0) {
                                  const err92 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'" };
                                  if (vErrors === null) {
                                    vErrors = [err92];
                                  } else {
                                    vErrors.push(err92);
                                  }
                                  errors++;
                                }
                                if (data29.resources === void 0) {
                                  const err93 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'" };
                                  if (vErrors === null) {
                                    vErrors = [err93];
                                  } else {
                                    vErrors.push(err93);
                                  }
                                  errors++;
                                }
                                for (const key12 in data29) {
                                  if (!(key12 === "actions" || key12 === "resources")) {
                                    const err94 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err94];
                                    } else {
                                      vErrors.push(err94);
                                    }
                                    errors++;
                                  }
                                }
                                if (data29.actions !== void 0) {
                                  let data30 = data29.actions;
                                  if (Array.isArray(data30)) {
                                    if (data30.length > 100) {
                                      const err95 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8 + "/actions", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/actions/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                                      if (vErrors === null) {
                                        vErrors = [err95];
                                      } else {
                                        vErrors.push(err95);
                                      }
                                      errors++;
                                    }
                                    if (data30.length < 1) {
                                      const err96 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8 + "/actions", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                      if (vErrors === null) {
                                        vErrors = [err96];
                                      } else {
                                        vErrors.push(err96);
                                      }
                                      errors++;
                                    }
                                    const len5 = data30.length;
                                    for (let i9 = 0; i9 < len5; i9++) {
                                      let data31 = data30[i9];
                                      if (typeof data31 === "string") {
                                        if (func1(data31) > 128) {
                                          const err97 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8 + "/actions/" + i9, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/actions/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                                          if (vErrors === null) {
                                            vErrors = [err97];
                                          } else {
                                            vErrors.push(err97);
                                          }
                                          errors++;
                                        }
                                        if (!pattern24.test(data31)) {
                                          const err98 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8 + "/actions/" + i9, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+:[A-Za-z0-9*?]+$" }, message: 'must match pattern "^[a-z0-9-]+:[A-Za-z0-9*?]+$"' };
                                          if (vErrors === null) {
                                            vErrors = [err98];
                                          } else {
                                            vErrors.push(err98);
                                          }
                                          errors++;
                                        }
                                      } else {
                                        const err99 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8 + "/actions/" + i9, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err99];
                                        } else {
                                          vErrors.push(err99);
                                        }
                                        errors++;
                                      }
                                    }
                                    let i10 = data30.length;
                                    let j4;
                                    if (i10 > 1) {
                                      const indices4 = {};
                                      for (; i10--; ) {
                                        let item4 = data30[i10];
                                        if (typeof item4 !== "string") {
                                          continue;
                                        }
                                        if (typeof indices4[item4] == "number") {
                                          j4 = indices4[item4];
                                          const err100 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8 + "/actions", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i10 + " are identical)" };
                                          if (vErrors === null) {
                                            vErrors = [err100];
                                          } else {
                                            vErrors.push(err100);
                                          }
                                          errors++;
                                          break;
                                        }
                                        indices4[item4] = i10;
                                      }
                                    }
                                  } else {
                                    const err101 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8 + "/actions", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                      vErrors = [err101];
                                    } else {
                                      vErrors.push(err101);
                                    }
                                    errors++;
                                  }
                                }
                                if (data29.resources !== void 0) {
                                  let data32 = data29.resources;
                                  if (Array.isArray(data32)) {
                                    if (data32.length > 100) {
                                      const err102 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8 + "/resources", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/resources/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                                      if (vErrors === null) {
                                        vErrors = [err102];
                                      } else {
                                        vErrors.push(err102);
                                      }
                                      errors++;
                                    }
                                    if (data32.length < 1) {
                                      const err103 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8 + "/resources", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/resources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                      if (vErrors === null) {
                                        vErrors = [err103];
                                      } else {
                                        vErrors.push(err103);
                                      }
                                      errors++;
                                    }
                                    const len6 = data32.length;
                                    for (let i11 = 0; i11 < len6; i11++) {
                                      let data33 = data32[i11];
                                      if (typeof data33 === "string") {
                                        if (func1(data33) > 2048) {
                                          const err104 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8 + "/resources/" + i11, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/resources/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                                          if (vErrors === null) {
                                            vErrors = [err104];
                                          } else {
                                            vErrors.push(err104);
                                          }
                                          errors++;
                                        }
                                        if (!pattern25.test(data33)) {
                                          const err105 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8 + "/resources/" + i11, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/resources/items/pattern", keyword: "pattern", params: { pattern: "^(\\*|arn:.+)$" }, message: 'must match pattern "^(\\*|arn:.+)$"' };
                                          if (vErrors === null) {
                                            vErrors = [err105];
                                          } else {
                                            vErrors.push(err105);
                                          }
                                          errors++;
                                        }
                                      } else {
                                        const err106 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8 + "/resources/" + i11, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err106];
                                        } else {
                                          vErrors.push(err106);
                                        }
                                        errors++;
                                      }
                                    }
                                    let i12 = data32.length;
                                    let j5;
                                    if (i12 > 1) {
                                      const indices5 = {};
                                      for (; i12--; ) {
                                        let item5 = data32[i12];
                                        if (typeof item5 !== "string") {
                                          continue;
                                        }
                                        if (typeof indices5[item5] == "number") {
                                          j5 = indices5[item5];
                                          const err107 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8 + "/resources", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/resources/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i12 + " are identical)" };
                                          if (vErrors === null) {
                                            vErrors = [err107];
                                          } else {
                                            vErrors.push(err107);
                                          }
                                          errors++;
                                          break;
                                        }
                                        indices5[item5] = i12;
                                      }
                                    }
                                  } else {
                                    const err108 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8 + "/resources", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                      vErrors = [err108];
                                    } else {
                                      vErrors.push(err108);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err109 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements/" + i8, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err109];
                                } else {
                                  vErrors.push(err109);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err110 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/statements", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/properties/statements/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err110];
                            } else {
                              vErrors.push(err110);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err111 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err111];
                        } else {
                          vErrors.push(err111);
                        }
                        errors++;
                      }
                      var props0 = true;
                    } else if (tag0 === "aws-iam-managed") {
                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        if (data24.provider === void 0) {
                          const err112 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                          if (vErrors === null) {
                            vErrors = [err112];
                          } else {
                            vErrors.push(err112);
                          }
                          errors++;
                        }
                        if (data24.account === void 0) {
                          const err113 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/required", keyword: "required", params: { missingProperty: "account" }, message: "must have required property 'account'" };
                          if (vErrors === null) {
                            vErrors = [err113];
                          } else {
                            vErrors.push(err113);
                          }
                          errors++;
                        }
                        if (data24.policyArn === void 0) {
                          const err114 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/required", keyword: "required", params: { missingProperty: "policyArn" }, message: "must have required property 'policyArn'" };
                          if (vErrors === null) {
                            vErrors = [err114];
                          } else {
                            vErrors.push(err114);
                          }
                          errors++;
                        }
                        for (const key13 in data24) {
                          if (!(key13 === "provider" || key13 === "account" || key13 === "policyArn")) {
                            const err115 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err115];
                            } else {
                              vErrors.push(err115);
                            }
                            errors++;
                          }
                        }
                        if (data24.provider !== void 0) {
                          let data34 = data24.provider;
                          if (typeof data34 !== "string") {
                            const err116 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err116];
                            } else {
                              vErrors.push(err116);
                            }
                            errors++;
                          }
                          if ("aws-iam-managed" !== data34) {
                            const err117 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/provider/const", keyword: "const", params: { allowedValue: "aws-iam-managed" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err117];
                            } else {
                              vErrors.push(err117);
                            }
                            errors++;
                          }
                        }
                        if (data24.account !== void 0) {
                          let data35 = data24.account;
                          if (typeof data35 === "string") {
                            if (func1(data35) > 12) {
                              const err118 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/account/maxLength", keyword: "maxLength", params: { limit: 12 }, message: "must NOT have more than 12 characters" };
                              if (vErrors === null) {
                                vErrors = [err118];
                              } else {
                                vErrors.push(err118);
                              }
                              errors++;
                            }
                            if (func1(data35) < 12) {
                              const err119 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/account/minLength", keyword: "minLength", params: { limit: 12 }, message: "must NOT have fewer than 12 characters" };
                              if (vErrors === null) {
                                vErrors = [err119];
                              } else {
                                vErrors.push(err119);
                              }
                              errors++;
                            }
                            if (!pattern23.test(data35)) {
                              const err120 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/account/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
                              if (vErrors === null) {
                                vErrors = [err120];
                              } else {
                                vErrors.push(err120);
                              }
                              errors++;
                            }
                          } else {
                            const err121 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err121];
                            } else {
                              vErrors.push(err121);
                            }
                            errors++;
                          }
                        }
                        if (data24.policyArn !== void 0) {
                          let data36 = data24.policyArn;
                          if (typeof data36 === "string") {
                            if (func1(data36) > 2048) {
                              const err122 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/policyArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/policyArn/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                              if (vErrors === null) {
                                vErrors = [err122];
                              } else {
                                vErrors.push(err122);
                              }
                              errors++;
                            }
                            if (!pattern27.test(data36)) {
                              const err123 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/policyArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/policyArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::([0-9]{12}|aws):policy/[A-Za-z0-9+=,.@_/-]+$" }, message: 'must match pattern "^arn:aws[a-z-]*:iam::([0-9]{12}|aws):policy/[A-Za-z0-9+=,.@_/-]+$"' };
                              if (vErrors === null) {
                                vErrors = [err123];
                              } else {
                                vErrors.push(err123);
                              }
                              errors++;
                            }
                          } else {
                            const err124 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/policyArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/properties/policyArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err124];
                            } else {
                              vErrors.push(err124);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err125 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err125];
                        } else {
                          vErrors.push(err125);
                        }
                        errors++;
                      }
                      if (props0 !== true) {
                        props0 = true;
                      }
                    } else if (tag0 === "aws-identity-center") {
                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        if (data24.provider === void 0) {
                          const err126 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                          if (vErrors === null) {
                            vErrors = [err126];
                          } else {
                            vErrors.push(err126);
                          }
                          errors++;
                        }
                        if (data24.account === void 0) {
                          const err127 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/required", keyword: "required", params: { missingProperty: "account" }, message: "must have required property 'account'" };
                          if (vErrors === null) {
                            vErrors = [err127];
                          } else {
                            vErrors.push(err127);
                          }
                          errors++;
                        }
                        if (data24.instanceArn === void 0) {
                          const err128 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/required", keyword: "required", params: { missingProperty: "instanceArn" }, message: "must have required property 'instanceArn'" };
                          if (vErrors === null) {
                            vErrors = [err128];
                          } else {
                            vErrors.push(err128);
                          }
                          errors++;
                        }
                        if (data24.permissionSetArn === void 0) {
                          const err129 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/required", keyword: "required", params: { missingProperty: "permissionSetArn" }, message: "must have required property 'permissionSetArn'" };
                          if (vErrors === null) {
                            vErrors = [err129];
                          } else {
                            vErrors.push(err129);
                          }
                          errors++;
                        }
                        for (const key14 in data24) {
                          if (!(key14 === "provider" || key14 === "account" || key14 === "instanceArn" || key14 === "permissionSetArn")) {
                            const err130 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err130];
                            } else {
                              vErrors.push(err130);
                            }
                            errors++;
                          }
                        }
                        if (data24.provider !== void 0) {
                          let data37 = data24.provider;
                          if (typeof data37 !== "string") {
                            const err131 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err131];
                            } else {
                              vErrors.push(err131);
                            }
                            errors++;
                          }
                          if ("aws-identity-center" !== data37) {
                            const err132 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/provider/const", keyword: "const", params: { allowedValue: "aws-identity-center" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err132];
                            } else {
                              vErrors.push(err132);
                            }
                            errors++;
                          }
                        }
                        if (data24.account !== void 0) {
                          let data38 = data24.account;
                          if (typeof data38 === "string") {
                            if (func1(data38) > 12) {
                              const err133 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/account/maxLength", keyword: "maxLength", params: { limit: 12 }, message: "must NOT have more than 12 characters" };
                              if (vErrors === null) {
                                vErrors = [err133];
                              } else {
                                vErrors.push(err133);
                              }
                              errors++;
                            }
                            if (func1(data38) < 12) {
                              const err134 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/account/minLength", keyword: "minLength", params: { limit: 12 }, message: "must NOT have fewer than 12 characters" };
                              if (vErrors === null) {
                                vErrors = [err134];
                              } else {
                                vErrors.push(err134);
                              }
                              errors++;
                            }
                            if (!pattern23.test(data38)) {
                              const err135 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/account/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
                              if (vErrors === null) {
                                vErrors = [err135];
                              } else {
                                vErrors.push(err135);
                              }
                              errors++;
                            }
                          } else {
                            const err136 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/account", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err136];
                            } else {
                              vErrors.push(err136);
                            }
                            errors++;
                          }
                        }
                        if (data24.instanceArn !== void 0) {
                          let data39 = data24.instanceArn;
                          if (typeof data39 === "string") {
                            if (func1(data39) > 1224) {
                              const err137 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/instanceArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/instanceArn/maxLength", keyword: "maxLength", params: { limit: 1224 }, message: "must NOT have more than 1224 characters" };
                              if (vErrors === null) {
                                vErrors = [err137];
                              } else {
                                vErrors.push(err137);
                              }
                              errors++;
                            }
                            if (!pattern29.test(data39)) {
                              const err138 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/instanceArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/instanceArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$" }, message: 'must match pattern "^arn:aws[a-z-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$"' };
                              if (vErrors === null) {
                                vErrors = [err138];
                              } else {
                                vErrors.push(err138);
                              }
                              errors++;
                            }
                          } else {
                            const err139 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/instanceArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/instanceArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err139];
                            } else {
                              vErrors.push(err139);
                            }
                            errors++;
                          }
                        }
                        if (data24.permissionSetArn !== void 0) {
                          let data40 = data24.permissionSetArn;
                          if (typeof data40 === "string") {
                            if (func1(data40) > 1224) {
                              const err140 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/permissionSetArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/permissionSetArn/maxLength", keyword: "maxLength", params: { limit: 1224 }, message: "must NOT have more than 1224 characters" };
                              if (vErrors === null) {
                                vErrors = [err140];
                              } else {
                                vErrors.push(err140);
                              }
                              errors++;
                            }
                            if (!pattern30.test(data40)) {
                              const err141 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/permissionSetArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/permissionSetArn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}$" }, message: 'must match pattern "^arn:aws[a-z-]*:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}$"' };
                              if (vErrors === null) {
                                vErrors = [err141];
                              } else {
                                vErrors.push(err141);
                              }
                              errors++;
                            }
                          } else {
                            const err142 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/permissionSetArn", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/properties/permissionSetArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err142];
                            } else {
                              vErrors.push(err142);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err143 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err143];
                        } else {
                          vErrors.push(err143);
                        }
                        errors++;
                      }
                      if (props0 !== true) {
                        props0 = true;
                      }
                    } else if (tag0 === "gcp-iam") {
                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        if (data24.provider === void 0) {
                          const err144 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                          if (vErrors === null) {
                            vErrors = [err144];
                          } else {
                            vErrors.push(err144);
                          }
                          errors++;
                        }
                        if (data24.resource === void 0) {
                          const err145 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'" };
                          if (vErrors === null) {
                            vErrors = [err145];
                          } else {
                            vErrors.push(err145);
                          }
                          errors++;
                        }
                        if (data24.role === void 0) {
                          const err146 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'" };
                          if (vErrors === null) {
                            vErrors = [err146];
                          } else {
                            vErrors.push(err146);
                          }
                          errors++;
                        }
                        for (const key15 in data24) {
                          if (!(key15 === "provider" || key15 === "resource" || key15 === "role")) {
                            const err147 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err147];
                            } else {
                              vErrors.push(err147);
                            }
                            errors++;
                          }
                        }
                        if (data24.provider !== void 0) {
                          let data41 = data24.provider;
                          if (typeof data41 !== "string") {
                            const err148 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err148];
                            } else {
                              vErrors.push(err148);
                            }
                            errors++;
                          }
                          if ("gcp-iam" !== data41) {
                            const err149 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/properties/provider/const", keyword: "const", params: { allowedValue: "gcp-iam" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err149];
                            } else {
                              vErrors.push(err149);
                            }
                            errors++;
                          }
                        }
                        if (data24.resource !== void 0) {
                          let data42 = data24.resource;
                          if (typeof data42 === "string") {
                            if (func1(data42) > 64) {
                              const err150 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/resource", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/properties/resource/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                              if (vErrors === null) {
                                vErrors = [err150];
                              } else {
                                vErrors.push(err150);
                              }
                              errors++;
                            }
                            if (!pattern31.test(data42)) {
                              const err151 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/resource", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/properties/resource/pattern", keyword: "pattern", params: { pattern: "^(projects/[a-z][a-z0-9-]{4,28}[a-z0-9]|folders/[0-9]{1,20}|organizations/[0-9]{1,20})$" }, message: 'must match pattern "^(projects/[a-z][a-z0-9-]{4,28}[a-z0-9]|folders/[0-9]{1,20}|organizations/[0-9]{1,20})$"' };
                              if (vErrors === null) {
                                vErrors = [err151];
                              } else {
                                vErrors.push(err151);
                              }
                              errors++;
                            }
                          } else {
                            const err152 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/resource", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err152];
                            } else {
                              vErrors.push(err152);
                            }
                            errors++;
                          }
                        }
                        if (data24.role !== void 0) {
                          let data43 = data24.role;
                          if (typeof data43 === "string") {
                            if (func1(data43) > 200) {
                              const err153 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/properties/role/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                              if (vErrors === null) {
                                vErrors = [err153];
                              } else {
                                vErrors.push(err153);
                              }
                              errors++;
                            }
                            if (!pattern32.test(data43)) {
                              const err154 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/properties/role/pattern", keyword: "pattern", params: { pattern: "^(roles/[A-Za-z0-9_.]{1,100}|projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/roles/[A-Za-z0-9_.]{3,64}|organizations/[0-9]{1,20}/roles/[A-Za-z0-9_.]{3,64})$" }, message: 'must match pattern "^(roles/[A-Za-z0-9_.]{1,100}|projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/roles/[A-Za-z0-9_.]{3,64}|organizations/[0-9]{1,20}/roles/[A-Za-z0-9_.]{3,64})$"' };
                              if (vErrors === null) {
                                vErrors = [err154];
                              } else {
                                vErrors.push(err154);
                              }
                              errors++;
                            }
                          } else {
                            const err155 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err155];
                            } else {
                              vErrors.push(err155);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err156 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err156];
                        } else {
                          vErrors.push(err156);
                        }
                        errors++;
                      }
                      if (props0 !== true) {
                        props0 = true;
                      }
                    } else if (tag0 === "azure-pim") {
                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        if (data24.provider === void 0) {
                          const err157 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                          if (vErrors === null) {
                            vErrors = [err157];
                          } else {
                            vErrors.push(err157);
                          }
                          errors++;
                        }
                        if (data24.scope === void 0) {
                          const err158 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'" };
                          if (vErrors === null) {
                            vErrors = [err158];
                          } else {
                            vErrors.push(err158);
                          }
                          errors++;
                        }
                        if (data24.roleDefinitionId === void 0) {
                          const err159 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/required", keyword: "required", params: { missingProperty: "roleDefinitionId" }, message: "must have required property 'roleDefinitionId'" };
                          if (vErrors === null) {
                            vErrors = [err159];
                          } else {
                            vErrors.push(err159);
                          }
                          errors++;
                        }
                        for (const key16 in data24) {
                          if (!(key16 === "provider" || key16 === "scope" || key16 === "roleDefinitionId")) {
                            const err160 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err160];
                            } else {
                              vErrors.push(err160);
                            }
                            errors++;
                          }
                        }
                        if (data24.provider !== void 0) {
                          let data44 = data24.provider;
                          if (typeof data44 !== "string") {
                            const err161 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err161];
                            } else {
                              vErrors.push(err161);
                            }
                            errors++;
                          }
                          if ("azure-pim" !== data44) {
                            const err162 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/properties/provider/const", keyword: "const", params: { allowedValue: "azure-pim" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err162];
                            } else {
                              vErrors.push(err162);
                            }
                            errors++;
                          }
                        }
                        if (data24.scope !== void 0) {
                          let data45 = data24.scope;
                          if (typeof data45 === "string") {
                            if (func1(data45) > 1024) {
                              const err163 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/scope", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/properties/scope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                              if (vErrors === null) {
                                vErrors = [err163];
                              } else {
                                vErrors.push(err163);
                              }
                              errors++;
                            }
                            if (!pattern33.test(data45)) {
                              const err164 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/scope", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/properties/scope/pattern", keyword: "pattern", params: { pattern: "^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$" }, message: 'must match pattern "^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$"' };
                              if (vErrors === null) {
                                vErrors = [err164];
                              } else {
                                vErrors.push(err164);
                              }
                              errors++;
                            }
                          } else {
                            const err165 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/scope", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err165];
                            } else {
                              vErrors.push(err165);
                            }
                            errors++;
                          }
                        }
                        if (data24.roleDefinitionId !== void 0) {
                          let data46 = data24.roleDefinitionId;
                          if (typeof data46 === "string") {
                            if (func1(data46) > 36) {
                              const err166 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/roleDefinitionId", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/properties/roleDefinitionId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
                              if (vErrors === null) {
                                vErrors = [err166];
                              } else {
                                vErrors.push(err166);
                              }
                              errors++;
                            }
                            if (!pattern14.test(data46)) {
                              const err167 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/roleDefinitionId", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/properties/roleDefinitionId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" }, message: 'must match pattern "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"' };
                              if (vErrors === null) {
                                vErrors = [err167];
                              } else {
                                vErrors.push(err167);
                              }
                              errors++;
                            }
                          } else {
                            const err168 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/roleDefinitionId", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/properties/roleDefinitionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err168];
                            } else {
                              vErrors.push(err168);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err169 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/4/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err169];
                        } else {
                          vErrors.push(err169);
                        }
                        errors++;
                      }
                      if (props0 !== true) {
                        props0 = true;
                      }
                    } else if (tag0 === "azure-role-assignment") {
                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        if (data24.provider === void 0) {
                          const err170 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                          if (vErrors === null) {
                            vErrors = [err170];
                          } else {
                            vErrors.push(err170);
                          }
                          errors++;
                        }
                        if (data24.scope === void 0) {
                          const err171 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'" };
                          if (vErrors === null) {
                            vErrors = [err171];
                          } else {
                            vErrors.push(err171);
                          }
                          errors++;
                        }
                        if (data24.roleDefinitionId === void 0) {
                          const err172 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/required", keyword: "required", params: { missingProperty: "roleDefinitionId" }, message: "must have required property 'roleDefinitionId'" };
                          if (vErrors === null) {
                            vErrors = [err172];
                          } else {
                            vErrors.push(err172);
                          }
                          errors++;
                        }
                        for (const key17 in data24) {
                          if (!(key17 === "provider" || key17 === "scope" || key17 === "roleDefinitionId")) {
                            const err173 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err173];
                            } else {
                              vErrors.push(err173);
                            }
                            errors++;
                          }
                        }
                        if (data24.provider !== void 0) {
                          let data47 = data24.provider;
                          if (typeof data47 !== "string") {
                            const err174 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err174];
                            } else {
                              vErrors.push(err174);
                            }
                            errors++;
                          }
                          if ("azure-role-assignment" !== data47) {
                            const err175 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/properties/provider/const", keyword: "const", params: { allowedValue: "azure-role-assignment" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err175];
                            } else {
                              vErrors.push(err175);
                            }
                            errors++;
                          }
                        }
                        if (data24.scope !== void 0) {
                          let data48 = data24.scope;
                          if (typeof data48 === "string") {
                            if (func1(data48) > 1024) {
                              const err176 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/scope", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/properties/scope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                              if (vErrors === null) {
                                vErrors = [err176];
                              } else {
                                vErrors.push(err176);
                              }
                              errors++;
                            }
                            if (!pattern33.test(data48)) {
                              const err177 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/scope", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/properties/scope/pattern", keyword: "pattern", params: { pattern: "^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$" }, message: 'must match pattern "^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$"' };
                              if (vErrors === null) {
                                vErrors = [err177];
                              } else {
                                vErrors.push(err177);
                              }
                              errors++;
                            }
                          } else {
                            const err178 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/scope", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err178];
                            } else {
                              vErrors.push(err178);
                            }
                            errors++;
                          }
                        }
                        if (data24.roleDefinitionId !== void 0) {
                          let data49 = data24.roleDefinitionId;
                          if (typeof data49 === "string") {
                            if (func1(data49) > 36) {
                              const err179 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/roleDefinitionId", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/properties/roleDefinitionId/maxLength", keyword: "maxLength", params: { limit: 36 }, message: "must NOT have more than 36 characters" };
                              if (vErrors === null) {
                                vErrors = [err179];
                              } else {
                                vErrors.push(err179);
                              }
                              errors++;
                            }
                            if (!pattern14.test(data49)) {
                              const err180 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/roleDefinitionId", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/properties/roleDefinitionId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" }, message: 'must match pattern "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"' };
                              if (vErrors === null) {
                                vErrors = [err180];
                              } else {
                                vErrors.push(err180);
                              }
                              errors++;
                            }
                          } else {
                            const err181 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/roleDefinitionId", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/properties/roleDefinitionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err181];
                            } else {
                              vErrors.push(err181);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err182 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/5/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err182];
                        } else {
                          vErrors.push(err182);
                        }
                        errors++;
                      }
                      if (props0 !== true) {
                        props0 = true;
                      }
                    } else if (tag0 === "github-team") {
                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        if (data24.provider === void 0) {
                          const err183 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                          if (vErrors === null) {
                            vErrors = [err183];
                          } else {
                            vErrors.push(err183);
                          }
                          errors++;
                        }
                        if (data24.org === void 0) {
                          const err184 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/required", keyword: "required", params: { missingProperty: "org" }, message: "must have required property 'org'" };
                          if (vErrors === null) {
                            vErrors = [err184];
                          } else {
                            vErrors.push(err184);
                          }
                          errors++;
                        }
                        if (data24.team === void 0) {
                          const err185 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/required", keyword: "required", params: { missingProperty: "team" }, message: "must have required property 'team'" };
                          if (vErrors === null) {
                            vErrors = [err185];
                          } else {
                            vErrors.push(err185);
                          }
                          errors++;
                        }
                        for (const key18 in data24) {
                          if (!(key18 === "provider" || key18 === "org" || key18 === "team" || key18 === "role" || key18 === "exclusive")) {
                            const err186 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err186];
                            } else {
                              vErrors.push(err186);
                            }
                            errors++;
                          }
                        }
                        if (data24.provider !== void 0) {
                          let data50 = data24.provider;
                          if (typeof data50 !== "string") {
                            const err187 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err187];
                            } else {
                              vErrors.push(err187);
                            }
                            errors++;
                          }
                          if ("github-team" !== data50) {
                            const err188 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/provider/const", keyword: "const", params: { allowedValue: "github-team" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err188];
                            } else {
                              vErrors.push(err188);
                            }
                            errors++;
                          }
                        }
                        if (data24.org !== void 0) {
                          let data51 = data24.org;
                          if (typeof data51 === "string") {
                            if (func1(data51) > 39) {
                              const err189 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/org", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/org/maxLength", keyword: "maxLength", params: { limit: 39 }, message: "must NOT have more than 39 characters" };
                              if (vErrors === null) {
                                vErrors = [err189];
                              } else {
                                vErrors.push(err189);
                              }
                              errors++;
                            }
                            if (func1(data51) < 1) {
                              const err190 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/org", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/org/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                              if (vErrors === null) {
                                vErrors = [err190];
                              } else {
                                vErrors.push(err190);
                              }
                              errors++;
                            }
                            if (!pattern5.test(data51)) {
                              const err191 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/org", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/org/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$"' };
                              if (vErrors === null) {
                                vErrors = [err191];
                              } else {
                                vErrors.push(err191);
                              }
                              errors++;
                            }
                          } else {
                            const err192 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/org", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/org/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err192];
                            } else {
                              vErrors.push(err192);
                            }
                            errors++;
                          }
                        }
                        if (data24.team !== void 0) {
                          let data52 = data24.team;
                          if (typeof data52 === "string") {
                            if (func1(data52) > 100) {
                              const err193 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/team", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/team/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                              if (vErrors === null) {
                                vErrors = [err193];
                              } else {
                                vErrors.push(err193);
                              }
                              errors++;
                            }
                            if (!pattern38.test(data52)) {
                              const err194 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/team", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/team/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"' };
                              if (vErrors === null) {
                                vErrors = [err194];
                              } else {
                                vErrors.push(err194);
                              }
                              errors++;
                            }
                          } else {
                            const err195 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/team", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/team/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err195];
                            } else {
                              vErrors.push(err195);
                            }
                            errors++;
                          }
                        }
                        if (data24.role !== void 0) {
                          let data53 = data24.role;
                          const _errs138 = errors;
                          let valid45 = false;
                          const _errs139 = errors;
                          if (typeof data53 !== "string") {
                            const err196 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/role/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err196];
                            } else {
                              vErrors.push(err196);
                            }
                            errors++;
                          }
                          if ("member" !== data53) {
                            const err197 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/role/anyOf/0/const", keyword: "const", params: { allowedValue: "member" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err197];
                            } else {
                              vErrors.push(err197);
                            }
                            errors++;
                          }
                          var _valid0 = _errs139 === errors;
                          valid45 = valid45 || _valid0;
                          const _errs141 = errors;
                          if (typeof data53 !== "string") {
                            const err198 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/role/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err198];
                            } else {
                              vErrors.push(err198);
                            }
                            errors++;
                          }
                          if ("maintainer" !== data53) {
                            const err199 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/role/anyOf/1/const", keyword: "const", params: { allowedValue: "maintainer" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err199];
                            } else {
                              vErrors.push(err199);
                            }
                            errors++;
                          }
                          var _valid0 = _errs141 === errors;
                          valid45 = valid45 || _valid0;
                          if (!valid45) {
                            const err200 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/role/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                              vErrors = [err200];
                            } else {
                              vErrors.push(err200);
                            }
                            errors++;
                          } else {
                            errors = _errs138;
                            if (vErrors !== null) {
                              if (_errs138) {
                                vErrors.length = _errs138;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                        }
                        if (data24.exclusive !== void 0) {
                          if (typeof data24.exclusive !== "boolean") {
                            const err201 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/exclusive", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/properties/exclusive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err201];
                            } else {
                              vErrors.push(err201);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err202 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/6/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err202];
                        } else {
                          vErrors.push(err202);
                        }
                        errors++;
                      }
                      if (props0 !== true) {
                        props0 = true;
                      }
                    } else if (tag0 === "postgres") {
                      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        if (data24.provider === void 0) {
                          const err203 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
                          if (vErrors === null) {
                            vErrors = [err203];
                          } else {
                            vErrors.push(err203);
                          }
                          errors++;
                        }
                        if (data24.connection === void 0) {
                          const err204 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/required", keyword: "required", params: { missingProperty: "connection" }, message: "must have required property 'connection'" };
                          if (vErrors === null) {
                            vErrors = [err204];
                          } else {
                            vErrors.push(err204);
                          }
                          errors++;
                        }
                        if (data24.role === void 0) {
                          const err205 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'" };
                          if (vErrors === null) {
                            vErrors = [err205];
                          } else {
                            vErrors.push(err205);
                          }
                          errors++;
                        }
                        for (const key19 in data24) {
                          if (!(key19 === "provider" || key19 === "connection" || key19 === "role" || key19 === "mode")) {
                            const err206 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err206];
                            } else {
                              vErrors.push(err206);
                            }
                            errors++;
                          }
                        }
                        if (data24.provider !== void 0) {
                          let data55 = data24.provider;
                          if (typeof data55 !== "string") {
                            const err207 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err207];
                            } else {
                              vErrors.push(err207);
                            }
                            errors++;
                          }
                          if ("postgres" !== data55) {
                            const err208 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/provider", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/provider/const", keyword: "const", params: { allowedValue: "postgres" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err208];
                            } else {
                              vErrors.push(err208);
                            }
                            errors++;
                          }
                        }
                        if (data24.connection !== void 0) {
                          let data56 = data24.connection;
                          if (typeof data56 === "string") {
                            if (func1(data56) > 64) {
                              const err209 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/connection", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/connection/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                              if (vErrors === null) {
                                vErrors = [err209];
                              } else {
                                vErrors.push(err209);
                              }
                              errors++;
                            }
                            if (!pattern39.test(data56)) {
                              const err210 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/connection", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/connection/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]{0,63}$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]{0,63}$"' };
                              if (vErrors === null) {
                                vErrors = [err210];
                              } else {
                                vErrors.push(err210);
                              }
                              errors++;
                            }
                          } else {
                            const err211 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/connection", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/connection/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err211];
                            } else {
                              vErrors.push(err211);
                            }
                            errors++;
                          }
                        }
                        if (data24.role !== void 0) {
                          let data57 = data24.role;
                          if (typeof data57 === "string") {
                            if (func1(data57) > 63) {
                              const err212 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/role/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                              if (vErrors === null) {
                                vErrors = [err212];
                              } else {
                                vErrors.push(err212);
                              }
                              errors++;
                            }
                            if (!pattern15.test(data57)) {
                              const err213 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/role/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_$-]{0,62}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_$-]{0,62}$"' };
                              if (vErrors === null) {
                                vErrors = [err213];
                              } else {
                                vErrors.push(err213);
                              }
                              errors++;
                            }
                          } else {
                            const err214 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/role", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err214];
                            } else {
                              vErrors.push(err214);
                            }
                            errors++;
                          }
                        }
                        if (data24.mode !== void 0) {
                          let data58 = data24.mode;
                          const _errs155 = errors;
                          let valid48 = false;
                          const _errs156 = errors;
                          if (typeof data58 !== "string") {
                            const err215 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/mode", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/mode/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err215];
                            } else {
                              vErrors.push(err215);
                            }
                            errors++;
                          }
                          if ("membership" !== data58) {
                            const err216 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/mode", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/mode/anyOf/0/const", keyword: "const", params: { allowedValue: "membership" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err216];
                            } else {
                              vErrors.push(err216);
                            }
                            errors++;
                          }
                          var _valid1 = _errs156 === errors;
                          valid48 = valid48 || _valid1;
                          const _errs158 = errors;
                          if (typeof data58 !== "string") {
                            const err217 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/mode", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/mode/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err217];
                            } else {
                              vErrors.push(err217);
                            }
                            errors++;
                          }
                          if ("temporary-login" !== data58) {
                            const err218 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/mode", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/mode/anyOf/1/const", keyword: "const", params: { allowedValue: "temporary-login" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                              vErrors = [err218];
                            } else {
                              vErrors.push(err218);
                            }
                            errors++;
                          }
                          var _valid1 = _errs158 === errors;
                          valid48 = valid48 || _valid1;
                          if (!valid48) {
                            const err219 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant/mode", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/properties/mode/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                              vErrors = [err219];
                            } else {
                              vErrors.push(err219);
                            }
                            errors++;
                          } else {
                            errors = _errs155;
                            if (vErrors !== null) {
                              if (_errs155) {
                                vErrors.length = _errs155;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                        }
                      } else {
                        const err220 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/oneOf/7/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err220];
                        } else {
                          vErrors.push(err220);
                        }
                        errors++;
                      }
                      if (props0 !== true) {
                        props0 = true;
                      }
                    } else {
                      const err221 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/discriminator", keyword: "discriminator", params: { error: "mapping", tag: "provider", tagValue: tag0 }, message: 'value of tag "provider" must be in oneOf' };
                      if (vErrors === null) {
                        vErrors = [err221];
                      } else {
                        vErrors.push(err221);
                      }
                      errors++;
                    }
                  } else {
                    const err222 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/discriminator", keyword: "discriminator", params: { error: "tag", tag: "provider", tagValue: tag0 }, message: 'tag "provider" must be string' };
                    if (vErrors === null) {
                      vErrors = [err222];
                    } else {
                      vErrors.push(err222);
                    }
                    errors++;
                  }
                } else {
                  const err223 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/grant", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/grant/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err223];
                  } else {
                    vErrors.push(err223);
                  }
                  errors++;
                }
              }
              if (data20.duration !== void 0) {
                let data59 = data20.duration;
                if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                  if (data59.default === void 0) {
                    const err224 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/required", keyword: "required", params: { missingProperty: "default" }, message: "must have required property 'default'" };
                    if (vErrors === null) {
                      vErrors = [err224];
                    } else {
                      vErrors.push(err224);
                    }
                    errors++;
                  }
                  if (data59.max === void 0) {
                    const err225 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
                    if (vErrors === null) {
                      vErrors = [err225];
                    } else {
                      vErrors.push(err225);
                    }
                    errors++;
                  }
                  for (const key20 in data59) {
                    if (!(key20 === "default" || key20 === "max" || key20 === "cumulative")) {
                      const err226 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err226];
                      } else {
                        vErrors.push(err226);
                      }
                      errors++;
                    }
                  }
                  if (data59.default !== void 0) {
                    let data60 = data59.default;
                    if (typeof data60 === "string") {
                      if (func1(data60) > 32) {
                        const err227 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration/default", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/properties/default/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                        if (vErrors === null) {
                          vErrors = [err227];
                        } else {
                          vErrors.push(err227);
                        }
                        errors++;
                      }
                      if (func1(data60) < 1) {
                        const err228 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration/default", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/properties/default/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err228];
                        } else {
                          vErrors.push(err228);
                        }
                        errors++;
                      }
                    } else {
                      const err229 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration/default", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err229];
                      } else {
                        vErrors.push(err229);
                      }
                      errors++;
                    }
                  }
                  if (data59.max !== void 0) {
                    let data61 = data59.max;
                    if (typeof data61 === "string") {
                      if (func1(data61) > 32) {
                        const err230 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration/max", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/properties/max/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                        if (vErrors === null) {
                          vErrors = [err230];
                        } else {
                          vErrors.push(err230);
                        }
                        errors++;
                      }
                      if (func1(data61) < 1) {
                        const err231 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration/max", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/properties/max/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err231];
                        } else {
                          vErrors.push(err231);
                        }
                        errors++;
                      }
                    } else {
                      const err232 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration/max", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/properties/max/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err232];
                      } else {
                        vErrors.push(err232);
                      }
                      errors++;
                    }
                  }
                  if (data59.cumulative !== void 0) {
                    if (typeof data59.cumulative !== "boolean") {
                      const err233 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration/cumulative", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/properties/cumulative/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      if (vErrors === null) {
                        vErrors = [err233];
                      } else {
                        vErrors.push(err233);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err234 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/duration", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/duration/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err234];
                  } else {
                    vErrors.push(err234);
                  }
                  errors++;
                }
              }
              if (data20.justification !== void 0) {
                let data63 = data20.justification;
                if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                  if (data63.minLength === void 0) {
                    const err235 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/justification", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/justification/required", keyword: "required", params: { missingProperty: "minLength" }, message: "must have required property 'minLength'" };
                    if (vErrors === null) {
                      vErrors = [err235];
                    } else {
                      vErrors.push(err235);
                    }
                    errors++;
                  }
                  for (const key21 in data63) {
                    if (!(key21 === "minLength")) {
                      const err236 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/justification", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/justification/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err236];
                      } else {
                        vErrors.push(err236);
                      }
                      errors++;
                    }
                  }
                  if (data63.minLength !== void 0) {
                    let data64 = data63.minLength;
                    if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64)) && isFinite(data64))) {
                      const err237 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/justification/minLength", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/justification/properties/minLength/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                      if (vErrors === null) {
                        vErrors = [err237];
                      } else {
                        vErrors.push(err237);
                      }
                      errors++;
                    }
                    if (typeof data64 == "number" && isFinite(data64)) {
                      if (data64 > 2e3 || isNaN(data64)) {
                        const err238 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/justification/minLength", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/justification/properties/minLength/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2e3 }, message: "must be <= 2000" };
                        if (vErrors === null) {
                          vErrors = [err238];
                        } else {
                          vErrors.push(err238);
                        }
                        errors++;
                      }
                      if (data64 < 0 || isNaN(data64)) {
                        const err239 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/justification/minLength", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/justification/properties/minLength/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                          vErrors = [err239];
                        } else {
                          vErrors.push(err239);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err240 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/justification", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/justification/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err240];
                  } else {
                    vErrors.push(err240);
                  }
                  errors++;
                }
              }
              if (data20.ticket !== void 0) {
                let data65 = data20.ticket;
                if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
                  if (data65.required === void 0) {
                    const err241 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/ticket/required", keyword: "required", params: { missingProperty: "required" }, message: "must have required property 'required'" };
                    if (vErrors === null) {
                      vErrors = [err241];
                    } else {
                      vErrors.push(err241);
                    }
                    errors++;
                  }
                  for (const key22 in data65) {
                    if (!(key22 === "required" || key22 === "pattern")) {
                      const err242 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/ticket/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err242];
                      } else {
                        vErrors.push(err242);
                      }
                      errors++;
                    }
                  }
                  if (data65.required !== void 0) {
                    if (typeof data65.required !== "boolean") {
                      const err243 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket/required", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/ticket/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      if (vErrors === null) {
                        vErrors = [err243];
                      } else {
                        vErrors.push(err243);
                      }
                      errors++;
                    }
                  }
                  if (data65.pattern !== void 0) {
                    let data67 = data65.pattern;
                    if (typeof data67 === "string") {
                      if (func1(data67) > 200) {
                        const err244 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket/pattern", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/ticket/properties/pattern/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                        if (vErrors === null) {
                          vErrors = [err244];
                        } else {
                          vErrors.push(err244);
                        }
                        errors++;
                      }
                    } else {
                      const err245 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket/pattern", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/ticket/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err245];
                      } else {
                        vErrors.push(err245);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err246 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/ticket/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err246];
                  } else {
                    vErrors.push(err246);
                  }
                  errors++;
                }
              }
              if (data20.schedule !== void 0) {
                let data68 = data20.schedule;
                if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                  if (data68.allowed === void 0) {
                    const err247 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/schedule/required", keyword: "required", params: { missingProperty: "allowed" }, message: "must have required property 'allowed'" };
                    if (vErrors === null) {
                      vErrors = [err247];
                    } else {
                      vErrors.push(err247);
                    }
                    errors++;
                  }
                  for (const key23 in data68) {
                    if (!(key23 === "allowed" || key23 === "horizon")) {
                      const err248 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/schedule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err248];
                      } else {
                        vErrors.push(err248);
                      }
                      errors++;
                    }
                  }
                  if (data68.allowed !== void 0) {
                    if (typeof data68.allowed !== "boolean") {
                      const err249 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/allowed", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/schedule/properties/allowed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      if (vErrors === null) {
                        vErrors = [err249];
                      } else {
                        vErrors.push(err249);
                      }
                      errors++;
                    }
                  }
                  if (data68.horizon !== void 0) {
                    let data70 = data68.horizon;
                    if (typeof data70 === "string") {
                      if (func1(data70) > 32) {
                        const err250 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/horizon", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/schedule/properties/horizon/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                        if (vErrors === null) {
                          vErrors = [err250];
                        } else {
                          vErrors.push(err250);
                        }
                        errors++;
                      }
                      if (func1(data70) < 1) {
                        const err251 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/horizon", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/schedule/properties/horizon/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err251];
                        } else {
                          vErrors.push(err251);
                        }
                        errors++;
                      }
                    } else {
                      const err252 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/horizon", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/schedule/properties/horizon/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err252];
                      } else {
                        vErrors.push(err252);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err253 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/schedule/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err253];
                  } else {
                    vErrors.push(err253);
                  }
                  errors++;
                }
              }
              if (data20.approval !== void 0) {
                let data71 = data20.approval;
                if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
                  if (data71.steps === void 0) {
                    const err254 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'" };
                    if (vErrors === null) {
                      vErrors = [err254];
                    } else {
                      vErrors.push(err254);
                    }
                    errors++;
                  }
                  for (const key24 in data71) {
                    if (!(key24 === "steps" || key24 === "selfApproval" || key24 === "autoApprove")) {
                      const err255 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err255];
                      } else {
                        vErrors.push(err255);
                      }
                      errors++;
                    }
                  }
                  if (data71.steps !== void 0) {
                    let data72 = data71.steps;
                    if (Array.isArray(data72)) {
                      if (data72.length > 5) {
                        const err256 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items" };
                        if (vErrors === null) {
                          vErrors = [err256];
                        } else {
                          vErrors.push(err256);
                        }
                        errors++;
                      }
                      if (data72.length < 0) {
                        const err257 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/minItems", keyword: "minItems", params: { limit: 0 }, message: "must NOT have fewer than 0 items" };
                        if (vErrors === null) {
                          vErrors = [err257];
                        } else {
                          vErrors.push(err257);
                        }
                        errors++;
                      }
                      const len7 = data72.length;
                      for (let i13 = 0; i13 < len7; i13++) {
                        let data73 = data72[i13];
                        if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                          if (data73.groups === void 0) {
                            const err258 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i13, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/required", keyword: "required", params: { missingProperty: "groups" }, message: "must have required property 'groups'" };
                            if (vErrors === null) {
                              vErrors = [err258];
                            } else {
                              vErrors.push(err258);
                            }
                            errors++;
                          }
                          if (data73.count === void 0) {
                            const err259 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i13, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
                            if (vErrors === null) {
                              vErrors = [err259];
                            } else {
                              vErrors.push(err259);
                            }
                            errors++;
                          }
                          for (const key25 in data73) {
                            if (!(key25 === "groups" || key25 === "count")) {
                              const err260 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i13, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
                              if (vErrors === null) {
                                vErrors = [err260];
                              } else {
                                vErrors.push(err260);
                              }
                              errors++;
                            }
                          }
                          if (data73.groups !== void 0) {
                            let data74 = data73.groups;
                            if (Array.isArray(data74)) {
                              if (data74.length > 20) {
                                const err261 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i13 + "/groups", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/groups/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
                                if (vErrors === null) {
                                  vErrors = [err261];
                                } else {
                                  vErrors.push(err261);
                                }
                                errors++;
                              }
                              if (data74.length < 1) {
                                const err262 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i13 + "/groups", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/groups/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                if (vErrors === null) {
                                  vErrors = [err262];
                                } else {
                                  vErrors.push(err262);
                                }
                                errors++;
                              }
                              const len8 = data74.length;
                              for (let i14 = 0; i14 < len8; i14++) {
                                let data75 = data74[i14];
                                if (typeof data75 === "string") {
                                  if (func1(data75) > 64) {
                                    const err263 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i13 + "/groups/" + i14, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/groups/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                                    if (vErrors === null) {
                                      vErrors = [err263];
                                    } else {
                                      vErrors.push(err263);
                                    }
                                    errors++;
                                  }
                                  if (func1(data75) < 1) {
                                    const err264 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i13 + "/groups/" + i14, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/groups/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                      vErrors = [err264];
                                    } else {
                                      vErrors.push(err264);
                                    }
                                    errors++;
                                  }
                                  if (!pattern4.test(data75)) {
                                    const err265 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i13 + "/groups/" + i14, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/groups/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"' };
                                    if (vErrors === null) {
                                      vErrors = [err265];
                                    } else {
                                      vErrors.push(err265);
                                    }
                                    errors++;
                                  }
                                } else {
                                  const err266 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i13 + "/groups/" + i14, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err266];
                                  } else {
                                    vErrors.push(err266);
                                  }
                                  errors++;
                                }
                              }
                              let i15 = data74.length;
                              let j6;
                              if (i15 > 1) {
                                const indices6 = {};
                                for (; i15--; ) {
                                  let item6 = data74[i15];
                                  if (typeof item6 !== "string") {
                                    continue;
                                  }
                                  if (typeof indices6[item6] == "number") {
                                    j6 = indices6[item6];
                                    const err267 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i13 + "/groups", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/groups/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i15 + " are identical)" };
                                    if (vErrors === null) {
                                      vErrors = [err267];
                                    } else {
                                      vErrors.push(err267);
                                    }
                                    errors++;
                                    break;
                                  }
                                  indices6[item6] = i15;
                                }
                              }
                            } else {
                              const err268 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i13 + "/groups", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/groups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                              if (vErrors === null) {
                                vErrors = [err268];
                              } else {
                                vErrors.push(err268);
                              }
                              errors++;
                            }
                          }
                          if (data73.count !== void 0) {
                            let data76 = data73.count;
                            if (!(typeof data76 == "number" && (!(data76 % 1) && !isNaN(data76)) && isFinite(data76))) {
                              const err269 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i13 + "/count", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                              if (vErrors === null) {
                                vErrors = [err269];
                              } else {
                                vErrors.push(err269);
                              }
                              errors++;
                            }
                            if (typeof data76 == "number" && isFinite(data76)) {
                              if (data76 > 10 || isNaN(data76)) {
                                const err270 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i13 + "/count", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                                if (vErrors === null) {
                                  vErrors = [err270];
                                } else {
                                  vErrors.push(err270);
                                }
                                errors++;
                              }
                              if (data76 < 1 || isNaN(data76)) {
                                const err271 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i13 + "/count", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                if (vErrors === null) {
                                  vErrors = [err271];
                                } else {
                                  vErrors.push(err271);
                                }
                                errors++;
                              }
                            }
                          }
                        } else {
                          const err272 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps/" + i13, schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                          if (vErrors === null) {
                            vErrors = [err272];
                          } else {
                            vErrors.push(err272);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err273 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/steps", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err273];
                      } else {
                        vErrors.push(err273);
                      }
                      errors++;
                    }
                  }
                  if (data71.selfApproval !== void 0) {
                    if (typeof data71.selfApproval !== "boolean") {
                      const err274 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/selfApproval", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/selfApproval/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      if (vErrors === null) {
                        vErrors = [err274];
                      } else {
                        vErrors.push(err274);
                      }
                      errors++;
                    }
                  }
                  if (data71.autoApprove !== void 0) {
                    let data78 = data71.autoApprove;
                    if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                      for (const key26 in data78) {
                        if (!(key26 === "upTo")) {
                          const err275 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/autoApprove", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/autoApprove/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
                          if (vErrors === null) {
                            vErrors = [err275];
                          } else {
                            vErrors.push(err275);
                          }
                          errors++;
                        }
                      }
                      if (data78.upTo !== void 0) {
                        let data79 = data78.upTo;
                        if (typeof data79 === "string") {
                          if (func1(data79) > 32) {
                            const err276 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/autoApprove/upTo", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/autoApprove/properties/upTo/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters" };
                            if (vErrors === null) {
                              vErrors = [err276];
                            } else {
                              vErrors.push(err276);
                            }
                            errors++;
                          }
                          if (func1(data79) < 1) {
                            const err277 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/autoApprove/upTo", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/autoApprove/properties/upTo/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                              vErrors = [err277];
                            } else {
                              vErrors.push(err277);
                            }
                            errors++;
                          }
                        } else {
                          const err278 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/autoApprove/upTo", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/autoApprove/properties/upTo/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err278];
                          } else {
                            vErrors.push(err278);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err279 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval/autoApprove", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/properties/autoApprove/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err279];
                      } else {
                        vErrors.push(err279);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err280 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/approval", schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/properties/approval/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err280];
                  } else {
                    vErrors.push(err280);
                  }
                  errors++;
                }
              }
            } else {
              const err281 = { instancePath: instancePath + "/profiles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/profiles/patternProperties/%5E%5Ba-z0-9%5D(%3F%3A%5Ba-z0-9-%5D%7B0%2C62%7D%5Ba-z0-9%5D)%3F%24/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err281];
              } else {
                vErrors.push(err281);
              }
              errors++;
            }
          }
        }
      } else {
        const err282 = { instancePath: instancePath + "/profiles", schemaPath: "#/properties/profiles/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err282];
        } else {
          vErrors.push(err282);
        }
        errors++;
      }
    }
  } else {
    const err283 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err283];
    } else {
      vErrors.push(err283);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateRevoke = validate22;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.requester === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requester" }, message: "must have required property 'requester'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "requester" || key0 === "reason")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.requester !== void 0) {
      let data0 = data.requester;
      if (typeof data0 === "string") {
        if (func1(data0) > 39) {
          const err3 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/maxLength", keyword: "maxLength", params: { limit: 39 }, message: "must NOT have more than 39 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err5 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data1 = data.reason;
      if (typeof data1 === "string") {
        if (func1(data1) > 2e3) {
          const err7 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err8 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var requestJsonSchema = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitjit.dev/schemas/request.schema.json", "title": "gitjit access request", "description": "One request for just-in-time access, added in a pull request under requests/<profile>/.", "additionalProperties": false, "type": "object", "required": ["profile", "requester", "justification"], "properties": { "profile": { "description": "The eligibility profile from the policy. The file must sit in requests/<profile>/.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "minLength": 1, "maxLength": 64, "type": "string" }, "requester": { "description": "The GitHub login of the person asking; must be the pull request's author.", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$", "minLength": 1, "maxLength": 39, "type": "string" }, "duration": { "description": "How long the access lasts; capped by the profile. Default: the profile's. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" }, "justification": { "description": "Why the access is needed; read by approvers and auditors.", "minLength": 1, "maxLength": 2e3, "type": "string" }, "ticket": { "description": "A ticket or incident reference, checked against the profile's pattern.", "minLength": 1, "maxLength": 128, "type": "string" }, "start": { "description": "A scheduled start (RFC 3339, with Z or an offset), if the profile allows scheduling.", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", "maxLength": 40, "type": "string" }, "extends": { "description": "The id of one of your active grants (gj-\u2026) to extend instead of asking for a new one: the expiry moves by `duration`, with no gap. Cannot be combined with `start`.", "pattern": "^gj-[0-9a-f]{20}$", "maxLength": 23, "type": "string" } } };
var policyJsonSchema = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitjit.dev/schemas/policy.schema.json", "title": "gitjit policy", "description": "One file of the policy in policies/. Files are merged; a name may be defined only once.", "additionalProperties": false, "type": "object", "properties": { "version": { "description": "Policy format version.", "const": 1, "type": "number" }, "admins": { "description": "Who approves changes to policies/, schemas/, CODEOWNERS and .github/.", "additionalProperties": false, "type": "object", "required": ["groups", "count"], "properties": { "groups": { "description": "Groups whose members approve governance changes.", "minItems": 1, "maxItems": 20, "uniqueItems": true, "type": "array", "items": { "description": "A group's name from groups.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "minLength": 1, "maxLength": 64, "type": "string" } }, "count": { "description": "Distinct admins needed for a governance change.", "minimum": 1, "maximum": 10, "type": "integer" } } }, "identities": { "description": "GitHub login \u2192 that person's principals. The principal is never taken from a request.", "additionalProperties": false, "maxProperties": 1e5, "type": "object", "patternProperties": { "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$": { "description": "The principals of one person, per platform.", "additionalProperties": false, "type": "object", "properties": { "aws": { "description": "IAM user or role ARN.", "pattern": "^arn:aws[a-z-]*:iam::[0-9]{12}:(user|role)/[A-Za-z0-9+=,.@_/-]{1,512}$", "maxLength": 600, "type": "string" }, "awsIdentityCenter": { "description": "IAM Identity Center user id.", "pattern": "^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$", "maxLength": 47, "type": "string" }, "gcp": { "description": "IAM member, e.g. user:alice@example.com or serviceAccount:x@p.iam.gserviceaccount.com.", "pattern": "^(user|serviceAccount|group):[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}$", "maxLength": 330, "type": "string" }, "azure": { "description": "Microsoft Entra object id (GUID).", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "maxLength": 36, "type": "string" }, "postgres": { "description": "PostgreSQL login role.", "pattern": "^[A-Za-z_][A-Za-z0-9_$-]{0,62}$", "maxLength": 63, "type": "string" } } } } }, "groups": { "description": "Named groups of people.", "additionalProperties": false, "maxProperties": 1e4, "type": "object", "patternProperties": { "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$": { "description": "A named set of people: logins and/or GitHub teams.", "additionalProperties": false, "type": "object", "properties": { "description": { "description": "What the group is.", "minLength": 1, "maxLength": 500, "type": "string" }, "members": { "description": "GitHub logins in the group.", "minItems": 1, "maxItems": 1e4, "uniqueItems": true, "type": "array", "items": { "description": "A GitHub login.", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?(?:\\[bot\\])?$", "maxLength": 45, "type": "string" } }, "teams": { "description": "GitHub teams whose members are in the group.", "minItems": 1, "maxItems": 100, "uniqueItems": true, "type": "array", "items": { "description": "A GitHub team, @org/team-slug.", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "maxLength": 141, "type": "string" } } } } } }, "profiles": { "description": "Eligibility profiles, by name (the request folder's name).", "additionalProperties": false, "maxProperties": 1e4, "type": "object", "patternProperties": { "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$": { "description": "An eligibility profile: who may ask, for what, for how long, approved by whom.", "additionalProperties": false, "type": "object", "required": ["eligible", "grant", "duration", "approval"], "properties": { "description": { "description": "What the profile is for, shown to requesters and approvers.", "minLength": 1, "maxLength": 500, "type": "string" }, "eligible": { "description": "Groups whose members may request this profile.", "minItems": 1, "maxItems": 50, "uniqueItems": true, "type": "array", "items": { "description": "A group's name from groups.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "minLength": 1, "maxLength": 64, "type": "string" } }, "grant": { "description": "What is granted, where. `provider` picks the shape.", "type": "object", "discriminator": { "propertyName": "provider" }, "properties": { "provider": { "description": "The platform and mechanism of the grant.", "enum": ["aws-iam", "aws-iam-managed", "aws-identity-center", "gcp-iam", "azure-pim", "azure-role-assignment", "github-team", "postgres"] } }, "required": ["provider"], "oneOf": [{ "description": "AWS IAM inline policy grant.", "additionalProperties": false, "type": "object", "required": ["provider", "account", "statements"], "properties": { "provider": { "description": "Provider: an inline IAM policy on the user or role, expiring by aws:CurrentTime.", "const": "aws-iam", "type": "string" }, "account": { "description": "The 12-digit AWS account id.", "pattern": "^[0-9]{12}$", "minLength": 12, "maxLength": 12, "type": "string" }, "statements": { "description": "Allow statements granted for the duration.", "minItems": 1, "maxItems": 20, "type": "array", "items": { "description": "An Allow statement; gitjit adds the time condition.", "additionalProperties": false, "type": "object", "required": ["actions", "resources"], "properties": { "actions": { "description": "IAM actions allowed.", "minItems": 1, "maxItems": 100, "uniqueItems": true, "type": "array", "items": { "description": "An IAM action such as s3:GetObject (wildcards allowed).", "pattern": "^[a-z0-9-]+:[A-Za-z0-9*?]+$", "maxLength": 128, "type": "string" } }, "resources": { "description": "Resource ARNs the actions apply to.", "minItems": 1, "maxItems": 100, "uniqueItems": true, "type": "array", "items": { "description": "A resource ARN or *.", "pattern": "^(\\*|arn:.+)$", "maxLength": 2048, "type": "string" } } } } } } }, { "description": "AWS IAM managed policy attachment.", "additionalProperties": false, "type": "object", "required": ["provider", "account", "policyArn"], "properties": { "provider": { "description": "Provider: attach a managed policy; the sweep removes it.", "const": "aws-iam-managed", "type": "string" }, "account": { "description": "The 12-digit AWS account id.", "pattern": "^[0-9]{12}$", "minLength": 12, "maxLength": 12, "type": "string" }, "policyArn": { "description": "The managed policy's ARN.", "pattern": "^arn:aws[a-z-]*:iam::([0-9]{12}|aws):policy/[A-Za-z0-9+=,.@_/-]+$", "maxLength": 2048, "type": "string" } } }, { "description": "AWS IAM Identity Center account assignment.", "additionalProperties": false, "type": "object", "required": ["provider", "account", "instanceArn", "permissionSetArn"], "properties": { "provider": { "description": "Provider: an IAM Identity Center account assignment; the sweep removes it.", "const": "aws-identity-center", "type": "string" }, "account": { "description": "The 12-digit AWS account id.", "pattern": "^[0-9]{12}$", "minLength": 12, "maxLength": 12, "type": "string" }, "instanceArn": { "description": "The Identity Center instance ARN.", "pattern": "^arn:aws[a-z-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$", "maxLength": 1224, "type": "string" }, "permissionSetArn": { "description": "The permission set ARN.", "pattern": "^arn:aws[a-z-]*:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}$", "maxLength": 1224, "type": "string" } } }, { "description": "GCP IAM conditional role binding.", "additionalProperties": false, "type": "object", "required": ["provider", "resource", "role"], "properties": { "provider": { "description": "Provider: a conditional IAM binding that expires by request.time.", "const": "gcp-iam", "type": "string" }, "resource": { "description": "projects/<id>, folders/<number> or organizations/<number>.", "pattern": "^(projects/[a-z][a-z0-9-]{4,28}[a-z0-9]|folders/[0-9]{1,20}|organizations/[0-9]{1,20})$", "maxLength": 64, "type": "string" }, "role": { "description": "A predefined role (roles/...) or a custom role. Basic roles are refused.", "pattern": "^(roles/[A-Za-z0-9_.]{1,100}|projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/roles/[A-Za-z0-9_.]{3,64}|organizations/[0-9]{1,20}/roles/[A-Za-z0-9_.]{3,64})$", "maxLength": 200, "type": "string" } } }, { "description": "Azure RBAC through Privileged Identity Management.", "additionalProperties": false, "type": "object", "required": ["provider", "scope", "roleDefinitionId"], "properties": { "provider": { "description": "Provider: a PIM role assignment schedule request with an expiration.", "const": "azure-pim", "type": "string" }, "scope": { "description": "The ARM scope: /subscriptions/<id>[/resourceGroups/<name>[/providers/...]] or a management group.", "pattern": "^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$", "maxLength": 1024, "type": "string" }, "roleDefinitionId": { "description": "The role definition's GUID (for example acdd72a7-3385-48ef-bd42-f606fba81ae7 for Reader).", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "maxLength": 36, "type": "string" } } }, { "description": "Azure RBAC role assignment, for tenants without PIM.", "additionalProperties": false, "type": "object", "required": ["provider", "scope", "roleDefinitionId"], "properties": { "provider": { "description": "Provider: a plain role assignment; the sweep removes it.", "const": "azure-role-assignment", "type": "string" }, "scope": { "description": "The ARM scope: /subscriptions/<id>[/resourceGroups/<name>[/providers/...]] or a management group.", "pattern": "^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$", "maxLength": 1024, "type": "string" }, "roleDefinitionId": { "description": "The role definition's GUID (for example acdd72a7-3385-48ef-bd42-f606fba81ae7 for Reader).", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "maxLength": 36, "type": "string" } } }, { "description": "GitHub team membership.", "additionalProperties": false, "type": "object", "required": ["provider", "org", "team"], "properties": { "provider": { "description": "Provider: temporary membership of a GitHub team; the sweep removes it.", "const": "github-team", "type": "string" }, "org": { "description": "The GitHub organisation.", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$", "minLength": 1, "maxLength": 39, "type": "string" }, "team": { "description": "The team's slug.", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "maxLength": 100, "type": "string" }, "role": { "description": "Team role granted. Default: member.", "anyOf": [{ "const": "member", "type": "string" }, { "const": "maintainer", "type": "string" }] }, "exclusive": { "description": "Whether everyone in the team is there through gitjit. GitHub cannot tag a membership, so only then can reconcile remove members who hold no active grant. Default false.", "type": "boolean" } } }, { "description": "PostgreSQL role membership.", "additionalProperties": false, "type": "object", "required": ["provider", "connection", "role"], "properties": { "provider": { "description": "Provider: membership of a PostgreSQL role.", "const": "postgres", "type": "string" }, "connection": { "description": "The environment variable holding the server's connection URL (never the URL itself).", "pattern": "^[A-Z_][A-Z0-9_]{0,63}$", "maxLength": 64, "type": "string" }, "role": { "description": "The role granted (GRANT <role> TO <login>).", "pattern": "^[A-Za-z_][A-Za-z0-9_$-]{0,62}$", "maxLength": 63, "type": "string" }, "mode": { "description": "membership (default): the requester's own login gets the role through a per-grant role; the sweep ends it. temporary-login: a per-grant login with a random password and VALID UNTIL, so PostgreSQL itself refuses new password logins after the expiry; the sweep ends open sessions and drops it.", "anyOf": [{ "const": "membership", "type": "string" }, { "const": "temporary-login", "type": "string" }] } } }] }, "duration": { "description": "Duration rules.", "additionalProperties": false, "type": "object", "required": ["default", "max"], "properties": { "default": { "description": "Used when a request names no duration. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" }, "max": { "description": "The longest a request may ask for. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" }, "cumulative": { "description": "When true, extensions count toward max: a grant, from its start to its extended expiry, may not last longer than max. Default false (each request is capped by max on its own).", "type": "boolean" } } }, "justification": { "description": "Justification rules.", "additionalProperties": false, "type": "object", "required": ["minLength"], "properties": { "minLength": { "description": "Fewest characters a justification may have. Default 10.", "minimum": 0, "maximum": 2e3, "type": "integer" } } }, "ticket": { "description": "Ticket rules.", "additionalProperties": false, "type": "object", "required": ["required"], "properties": { "required": { "description": "Whether a ticket reference is required.", "type": "boolean" }, "pattern": { "description": "A regular expression the ticket must match in full.", "maxLength": 200, "type": "string" } } }, "schedule": { "description": "Scheduled start rules.", "additionalProperties": false, "type": "object", "required": ["allowed"], "properties": { "allowed": { "description": "Whether a request may name a future start.", "type": "boolean" }, "horizon": { "description": "How far ahead a start may be. Default 7d. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" } } }, "approval": { "description": "Who must approve a request for this profile.", "additionalProperties": false, "type": "object", "required": ["steps"], "properties": { "steps": { "description": "Ordered steps; every step must be met, each by different people.", "minItems": 0, "maxItems": 5, "type": "array", "items": { "description": "One approval step: `count` distinct people from `groups`, none counted in another step.", "additionalProperties": false, "type": "object", "required": ["groups", "count"], "properties": { "groups": { "description": "Groups whose members may approve this step.", "minItems": 1, "maxItems": 20, "uniqueItems": true, "type": "array", "items": { "description": "A group's name from groups.", "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "minLength": 1, "maxLength": 64, "type": "string" } }, "count": { "description": "Distinct approvers needed for this step.", "minimum": 1, "maximum": 10, "type": "integer" } } } }, "selfApproval": { "description": "Whether the requester may count as an approver. Default false.", "type": "boolean" }, "autoApprove": { "description": "Auto-approval: matching requests need no approver.", "additionalProperties": false, "type": "object", "properties": { "upTo": { "description": "Requests no longer than this need no approval. Omit: any duration. Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).", "minLength": 1, "maxLength": 32, "type": "string" } } } } } } } } } } };
var revokeJsonSchema = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitjit.dev/schemas/revoke.schema.json", "title": "gitjit early revoke", "description": "Ends an active grant before its expiry. The file is revokes/<grant id>.yaml.", "additionalProperties": false, "type": "object", "required": ["requester", "reason"], "properties": { "requester": { "description": "The GitHub login asking for the revoke; must be the pull request's author. The grant's own requester needs no approval; anyone else needs the profile's approvers or the admins.", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$", "minLength": 1, "maxLength": 39, "type": "string" }, "reason": { "description": "Why the access should end now; read by approvers and auditors.", "minLength": 1, "maxLength": 2e3, "type": "string" } } };

// src/core/login.ts
function matchLogin(written, expected) {
  if (written === expected) return "exact";
  return written.toLowerCase() === expected.toLowerCase() ? "case-only" : "none";
}
var LoginIndex = class {
  exact = /* @__PURE__ */ new Set();
  folded = /* @__PURE__ */ new Map();
  constructor(logins) {
    for (const login of logins) {
      this.exact.add(login);
      if (!this.folded.has(login.toLowerCase())) this.folded.set(login.toLowerCase(), login);
    }
  }
  find(written) {
    if (this.exact.has(written)) return { match: "exact", entry: written };
    const entry = this.folded.get(written.toLowerCase());
    return entry === void 0 ? { match: "none" } : { match: "case-only", entry };
  }
};

// src/core/model/fields.ts
function fieldsAt(schema, path) {
  let nodes = [schema];
  for (const segment of path) {
    nodes = nodes.flatMap((node) => {
      const variants = node.oneOf ?? [node];
      return variants.flatMap((v) => {
        if (typeof segment === "number") return v.items ? [v.items] : [];
        const direct = v.properties?.[segment];
        if (direct) return [direct];
        return Object.values(v.patternProperties ?? {});
      });
    });
  }
  return [...new Set(nodes.flatMap((n) => (n.oneOf ?? [n]).flatMap((v) => Object.keys(v.properties ?? {}))))];
}

// src/core/schema-errors.ts
var FORMAT_HINTS = {
  requester: "a GitHub login: ASCII letters, digits and single hyphens, at most 39 characters",
  members: "a GitHub login: ASCII letters, digits and single hyphens, at most 39 characters",
  profile: "lowercase letters, digits and hyphens",
  start: "an RFC 3339 time with a zone, such as 2026-12-01T09:00:00Z"
};
function schemaDiagnostics(errors, locate, knownFields = () => []) {
  const out = [];
  for (const error of errors ?? []) {
    const path = pointerToPath(error.instancePath);
    const field = path.length ? path.map(String).join(".") : "the document";
    const last = String(path.at(-1) ?? "");
    const params = error.params;
    const push = (code, message, where = path, which = "value") => out.push({ code, message, path: where, ...locate(where, which) });
    switch (error.keyword) {
      case "required":
        push(
          "missing-field",
          `${field === "the document" ? "" : `${field}: `}\`${params.missingProperty}\` is required`
        );
        break;
      case "additionalProperties": {
        const name = String(params.additionalProperty);
        const hint = closest(name, knownFields(path));
        push(
          "unknown-field",
          `unknown field \`${name}\`${hint ? `; did you mean \`${hint}\`?` : ""}`,
          [...path, name],
          "key"
        );
        break;
      }
      case "type":
        push("wrong-type", `\`${field}\` must be ${article(String(params.type))}`);
        break;
      case "pattern":
        push(
          "invalid-format",
          `\`${field}\` must be ${FORMAT_HINTS[last] ?? FORMAT_HINTS[String(path.at(-2))] ?? `in the form ${params.pattern}`}`
        );
        break;
      case "const":
      case "enum": {
        const allowed = params.allowedValues ?? [params.allowedValue];
        push(
          "invalid-value",
          `\`${field}\` must be one of: ${allowed.map((v) => JSON.stringify(v)).join(", ")}`
        );
        break;
      }
      case "discriminator":
        if (params.error === "tag") push("missing-field", `${field}: \`provider\` is required`);
        break;
      case "oneOf":
      case "anyOf":
        break;
      // the failing branch's own errors say more
      case "uniqueItems":
        push("duplicate-item", `\`${field}\` lists the same value twice`);
        break;
      case "minLength":
      case "maxLength":
      case "minItems":
      case "maxItems":
      case "minimum":
      case "maximum":
      case "maxProperties":
        push("out-of-range", `\`${field}\` ${rangeWords(error.keyword, params.limit)}`);
        break;
      default:
        push("invalid-value", `\`${field}\` ${error.message ?? "is not valid"}`);
    }
  }
  return out;
}
function rangeWords(keyword, limit) {
  switch (keyword) {
    case "minLength":
      return Number(limit) === 1 ? "must not be empty" : `must have at least ${limit} characters`;
    case "maxLength":
      return `must have at most ${limit} characters`;
    case "minItems":
      return `must list at least ${limit}`;
    case "maxItems":
      return `must list at most ${limit}`;
    case "minimum":
      return `must be at least ${limit}`;
    case "maximum":
      return `must be at most ${limit}`;
    default:
      return `must have at most ${limit} entries`;
  }
}
var article = (type) => type === "integer" || type === "object" || type === "array" ? `an ${type}` : `a ${type}`;
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s);
}
function closest(name, candidates) {
  let best;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + cost
      );
    }
    previous = current;
  }
  return previous[b.length];
}

// src/core/ledger/lifecycle.ts
function checkExtension(request, entry, profile, now) {
  const id = request.extends;
  const errors = [];
  if (!entry) return { errors: [{ code: "extends-not-held", message: `${id} is not an active grant` }] };
  if (entry.state !== "active")
    errors.push({ code: "extends-not-held", message: `${id} is not active (it is ${entry.state})` });
  if (isPastExpiry(entry, now))
    errors.push({
      code: "extends-expired",
      message: `${id} expired at ${entry.expiresAt}; request new access instead`
    });
  if (entry.profile !== request.profile)
    errors.push({
      code: "extends-other-profile",
      message: `${id} is a grant of profile "${entry.profile}", not "${request.profile}"`
    });
  if (matchLogin(request.requester, entry.requester) !== "exact")
    errors.push({
      code: "extends-other-requester",
      message: `${id} was requested by ${entry.requester}; only they may extend it`
    });
  const duration = parseDuration(request.duration);
  if (!duration.ok) errors.push({ code: "duration-invalid", message: duration.reason });
  if (errors.length > 0 || !duration.ok) return { errors };
  const to = new Date(Date.parse(entry.expiresAt) + duration.ms).toISOString();
  const max = parseDuration(profile.duration.max);
  if (profile.duration.cumulative && max.ok && Date.parse(to) - Date.parse(entry.startsAt) > max.ms)
    errors.push({
      code: "extends-over-total",
      message: `extended to ${to}, ${id} would last longer than the profile's maximum of ${profile.duration.max} in total`
    });
  return errors.length > 0 ? { errors } : { errors, to };
}
function revokeAuthority(entry, author, policy) {
  if (matchLogin(author, entry.requester) === "exact") return { kind: "self" };
  const anyOf = [];
  const profile = policy.profiles.get(entry.profile);
  if (profile && profile.approval.steps.length > 0)
    anyOf.push({ auto: false, selfApproval: false, steps: profile.approval.steps });
  if (policy.admins)
    anyOf.push({
      auto: false,
      selfApproval: false,
      steps: [{ groups: policy.admins.groups, count: policy.admins.count }]
    });
  return { kind: "approval", anyOf };
}
var REVOKE_FILE = /^revokes\/(gj-[0-9a-f]{20})\.ya?ml$/;
function evaluateRevokeFile(input) {
  const errors = [];
  const fail = (code, message, path = []) => errors.push({ code, message, path, ...input.locate(path) });
  if (!validateRevoke(input.value))
    errors.push(
      ...schemaDiagnostics(validateRevoke.errors, input.locate, (p) => fieldsAt(revokeJsonSchema, p))
    );
  const match = REVOKE_FILE.exec(input.path);
  if (!match) {
    fail("not-a-revoke-path", `${input.path} is not a revoke file; name it revokes/<grant id>.yaml`);
    return { errors };
  }
  const grantId = match[1];
  const requester = typeof input.value.requester === "string" ? input.value.requester : void 0;
  if (requester !== void 0 && input.author !== void 0 && matchLogin(requester, input.author) !== "exact")
    fail(
      "requester-not-author",
      `requester "${requester}" is not the pull request's author "${input.author}"`,
      ["requester"]
    );
  if (!input.entry || input.entry.state === "applying") {
    fail("revoke-not-held", `${grantId} is not an active grant (already ended, or never granted)`);
    return { errors, grantId };
  }
  if (errors.length > 0 || requester === void 0) return { errors, grantId };
  return { errors, grantId, authority: revokeAuthority(input.entry, requester, input.policy) };
}

// src/core/async.ts
function backoffDelay(attempt, backoff, random) {
  const cap = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * cap);
}
async function retry(fn, options) {
  let attempt = 0;
  for (; ; ) {
    attempt += 1;
    try {
      return { ok: true, value: await fn(attempt), attempts: attempt };
    } catch (error) {
      const again = attempt < options.attempts && (options.retryable?.(error) ?? true);
      if (!again) return { ok: false, error, attempts: attempt };
      await options.sleep(backoffDelay(attempt, options.backoff, options.random));
    }
  }
}
async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

// src/adapters/git/git.ts
import { spawn } from "node:child_process";
var GitError = class extends Error {
  constructor(message, exitCode, stderr, stdout) {
    super(message);
    this.exitCode = exitCode;
    this.stderr = stderr;
    this.stdout = stdout;
  }
  exitCode;
  stderr;
  stdout;
};
function runGit(cwd, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
      stdio: ["pipe", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", reject);
    child.on(
      "close",
      (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8"), code })
    );
    child.stdin.on("error", () => {
    });
    child.stdin.end(input ?? "");
  });
}
async function git(cwd, args, input) {
  const result = await runGit(cwd, args, input);
  if (result.code !== 0)
    throw new GitError(
      `git ${args[0]} failed: ${result.stderr.trim() || `exit ${result.code}`}`,
      result.code,
      result.stderr,
      result.stdout.toString("utf8")
    );
  return result.stdout.toString("utf8");
}
async function resolveRef(cwd, ref) {
  const result = await runGit(cwd, [
    "rev-parse",
    "--verify",
    "--quiet",
    "--end-of-options",
    `${ref}^{commit}`
  ]);
  return result.code === 0 ? result.stdout.toString("utf8").trim() : void 0;
}
async function listTree(cwd, commit, paths) {
  const out = await git(cwd, ["ls-tree", "-r", "-z", "--full-tree", commit, "--", ...paths]);
  const entries = [];
  for (const record of out.split("\0")) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(record);
    if (!match) continue;
    const [, mode, type, object, path] = match;
    if (type === "blob") entries.push({ mode, type, object, path });
  }
  return entries;
}
async function readBlobs(cwd, objects) {
  const blobs = /* @__PURE__ */ new Map();
  const wanted = [...new Set(objects)];
  if (wanted.length === 0) return blobs;
  const result = await runGit(cwd, ["cat-file", "--batch"], `${wanted.join("\n")}
`);
  if (result.code !== 0)
    throw new GitError(`git cat-file failed: ${result.stderr.trim()}`, result.code, "", "");
  const out = result.stdout;
  let offset = 0;
  for (const object of wanted) {
    const newline = out.indexOf(10, offset);
    const header = out.subarray(offset, newline).toString("utf8");
    const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!match) throw new GitError(`git cat-file: cannot read ${object}: ${header}`, null, "", "");
    const size = Number(match[3]);
    blobs.set(object, out.subarray(newline + 1, newline + 1 + size));
    offset = newline + 1 + size + 1;
  }
  return blobs;
}

// src/adapters/git/ledger-store.ts
import { randomBytes } from "node:crypto";
var DEFAULT_LEDGER_BRANCH = "gitjit-ledger";
var BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*@\{|.*\.lock$|.*\/$)[A-Za-z0-9._/-]{1,200}$/;
var REMOTE = /^[A-Za-z0-9._-]{1,100}$/;
var GitLedgerStore = class {
  constructor(options) {
    this.options = options;
    if (!BRANCH.test(options.branch) || options.branch.startsWith("-"))
      throw new LedgerError(`"${options.branch}" is not a usable branch name`, "ledger-config");
    if (options.remote !== void 0 && !REMOTE.test(options.remote))
      throw new LedgerError(`"${options.remote}" is not a usable remote name`, "ledger-config");
    this.location = options.remote === void 0 ? `branch ${options.branch}` : `branch ${options.branch} on ${options.remote}`;
  }
  options;
  location;
  entryCache = /* @__PURE__ */ new Map();
  /** The ref the ledger is read from: the remote-tracking ref when there is a remote. */
  get readRef() {
    const { remote, branch } = this.options;
    return remote === void 0 ? `refs/heads/${branch}` : `refs/remotes/${remote}/${branch}`;
  }
  async read() {
    return this.snapshot(await this.fetch());
  }
  async contents(options = {}) {
    const commit = await resolveRef(this.options.repo, this.readRef);
    if (!commit) return { auditFiles: [], activeFiles: [] };
    const entries = await listTree(this.options.repo, commit, ["audit", ACTIVE_DIR]);
    const blobs = await readBlobs(
      this.options.repo,
      entries.map((e) => e.object)
    );
    const file = (e) => ({
      path: e.path,
      text: blobs.get(e.object).toString("utf8")
    });
    return {
      commit,
      auditFiles: entries.filter((e) => e.path.startsWith("audit/")).map(file),
      activeFiles: entries.filter((e) => e.path.startsWith(`${ACTIVE_DIR}/`)).map(file),
      ...options.anchors === false ? {} : { anchors: await this.anchors(commit) }
    };
  }
  /** The Gitjit-Audit-Seq and Gitjit-Audit-Hash trailers of every commit on the branch. */
  async anchors(commit) {
    const format = "%H%x1f%(trailers:key=Gitjit-Audit-Seq,valueonly,separator=%x2C)%x1f%(trailers:key=Gitjit-Audit-Hash,valueonly,separator=%x2C)%x1e";
    const out = await git(this.options.repo, ["log", `--format=${format}`, commit, "--"]);
    const anchors = [];
    for (const record of out.split("")) {
      const [sha, seq, hash] = record.trim().split("");
      const last = /^(\d+)-(\d+)$/.exec(seq?.trim() ?? "");
      if (!sha || !last || !/^[0-9a-f]{64}$/.test(hash?.trim() ?? "")) continue;
      anchors.push({ commit: sha, seq: Number(last[2]), hash: hash.trim() });
    }
    return anchors.reverse();
  }
  async update(decide) {
    const attempts = this.options.attempts ?? 12;
    const backoff = this.options.backoff ?? { baseMs: 200, maxMs: 5e3 };
    for (let attempt = 1; ; attempt++) {
      const base = await this.fetch();
      const snapshot = await this.snapshot(base);
      const drafts = await decide(snapshot);
      if (drafts.length === 0) return { records: [], attempts: attempt };
      const plan = planCommit(snapshot, drafts, this.options.now());
      const commit = await this.writeCommit(base, plan);
      if (await this.publish(base, commit)) return { records: plan.records, commit, attempts: attempt };
      if (attempt >= attempts)
        throw new LedgerError(
          `could not record in the ledger (${this.location}): other writers kept moving it (${attempts} attempts)`,
          "ledger-contended"
        );
      const random = this.options.random ?? Math.random;
      await (this.options.sleep ?? defaultSleep)(backoffDelay(attempt, backoff, random));
    }
  }
  /** Brings the remote's branch in (when there is a remote) and returns the commit to build on. */
  async fetch() {
    const { repo, remote, branch } = this.options;
    if (remote === void 0) return resolveRef(repo, this.readRef);
    const result = await runGit(repo, [
      "fetch",
      "--quiet",
      "--no-tags",
      "--no-write-fetch-head",
      remote,
      `+refs/heads/${branch}:${this.readRef}`
    ]);
    if (result.code === 0) return resolveRef(repo, this.readRef);
    if (/couldn't find remote ref/i.test(result.stderr)) {
      if (await resolveRef(repo, this.readRef))
        throw new LedgerError(
          `the ledger branch ${branch} has disappeared from ${remote}; refusing to start a new one`,
          "ledger-branch-missing"
        );
      return void 0;
    }
    throw new LedgerError(
      `cannot fetch the ledger from ${remote}: ${firstLine(result.stderr)}`,
      "ledger-fetch-failed"
    );
  }
  async snapshot(commit) {
    if (!commit) return { entries: /* @__PURE__ */ new Map() };
    const { repo } = this.options;
    const tree = await listTree(repo, commit, ["audit", ACTIVE_DIR]);
    const active = tree.filter((e) => e.path.startsWith(`${ACTIVE_DIR}/`) && e.path.endsWith(".json"));
    const auditPaths = tree.filter((e) => /^audit\/\d{4}\/\d{2}\.jsonl$/.test(e.path)).sort((a, b) => a.path < b.path ? -1 : 1);
    const last = auditPaths.at(-1);
    const unread = active.filter((e) => !this.entryCache.has(e.object)).map((e) => e.object);
    const blobs = await readBlobs(repo, last ? [...unread, last.object] : unread);
    const entries = /* @__PURE__ */ new Map();
    for (const e of active) {
      let entry = this.entryCache.get(e.object);
      if (!entry) {
        entry = JSON.parse(blobs.get(e.object).toString("utf8"));
        this.entryCache.set(e.object, entry);
      }
      entries.set(entry.id, entry);
    }
    if (!last) return { commit, entries };
    const lastAuditFile = { path: last.path, text: blobs.get(last.object).toString("utf8") };
    return { commit, entries, tip: tipOf(lastAuditFile), lastAuditFile };
  }
  /** One commit on top of `base` with the plan's files, made without touching any work tree. */
  async writeCommit(base, plan) {
    const { repo } = this.options;
    const who = this.options.committer ?? { name: "gitjit", email: "gitjit@users.noreply.github.com" };
    const when = `${Math.floor(this.options.now().getTime() / 1e3)} +0000`;
    const temp = `refs/gitjit/tmp/${randomBytes(8).toString("hex")}`;
    const data = (text) => `data ${Buffer.byteLength(text)}
${text}
`;
    const stream = [
      `commit ${temp}
`,
      `committer ${who.name} <${who.email}> ${when}
`,
      data(plan.message),
      base ? `from ${base}
` : "",
      ...plan.changes.map(
        (c) => c.content === void 0 ? `D ${c.path}
` : `M 100644 inline ${c.path}
${data(c.content)}`
      ),
      "\ndone\n"
    ].join("");
    await git(repo, ["fast-import", "--quiet", "--done", "--date-format=raw"], stream);
    const commit = await resolveRef(repo, temp);
    await git(repo, ["update-ref", "-d", temp]);
    if (!commit) throw new LedgerError("git fast-import wrote no commit", "ledger-write-failed");
    return commit;
  }
  /** Publishes `commit` if the ledger is still at `base`; false when another writer moved it first. */
  async publish(base, commit) {
    const { repo, remote, branch } = this.options;
    if (remote === void 0) {
      const result2 = await runGit(repo, ["update-ref", this.readRef, commit, base ?? "0".repeat(40)]);
      return result2.code === 0;
    }
    const result = await runGit(repo, [
      "push",
      "--porcelain",
      "--quiet",
      remote,
      `${commit}:refs/heads/${branch}`
    ]);
    if (result.code === 0) {
      await git(repo, ["update-ref", this.readRef, commit]);
      return true;
    }
    const now = await this.remoteHead();
    if (now !== base) return false;
    const reason = result.stdout.toString("utf8").match(/^!\t[^\t]*\t(.*)$/m)?.[1] ?? firstLine(result.stderr);
    throw new LedgerError(
      `${remote} refused the ledger commit on ${branch}: ${reason}`,
      "ledger-push-refused"
    );
  }
  async remoteHead() {
    const { repo, remote, branch } = this.options;
    const out = await git(repo, ["ls-remote", "--heads", remote, `refs/heads/${branch}`]).catch(
      (error) => {
        if (error instanceof GitError)
          throw new LedgerError(`cannot reach ${remote}: ${firstLine(error.stderr)}`, "ledger-fetch-failed");
        throw error;
      }
    );
    return out.split("	")[0]?.trim() || void 0;
  }
};
function tipOf(file) {
  const lines = file.text.split("\n").filter((l) => l !== "");
  const last = lines.at(-1);
  if (last === void 0) return void 0;
  let record;
  try {
    record = JSON.parse(last);
  } catch {
    throw new LedgerError(
      `${file.path}: the last audit record is not JSON; run gitjit audit verify`,
      "ledger-corrupt"
    );
  }
  return { seq: record.seq, hash: record.hash, at: record.at };
}
var firstLine = (text) => text.trim().split("\n")[0] ?? "";
var defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export {
  retry,
  pool,
  canonicalJson,
  sha256Hex,
  AUDIT_EVENTS,
  GENESIS_HASH,
  recordHash,
  auditFileFor,
  AUDIT_FILE,
  toSpec,
  isPastExpiry,
  runGit,
  git,
  DEFAULT_LEDGER_BRANCH,
  GitLedgerStore,
  validateRequest,
  validatePolicyFile,
  requestJsonSchema,
  policyJsonSchema,
  HOUR,
  MAX_DURATION_MS,
  parseDuration,
  formatDuration,
  matchLogin,
  LoginIndex,
  fieldsAt,
  schemaDiagnostics,
  heldGrantsIn,
  heldGrantsOf,
  checkExtension,
  REVOKE_FILE,
  evaluateRevokeFile
};
