import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import "./chunk-2I45JTVB.js";

// src/core/ssh-keys.ts
import { createHash } from "node:crypto";
var AGE_SSH_TYPES = ["ssh-ed25519", "ssh-rsa"];
function parseSshKeys(lines) {
  const seen = /* @__PURE__ */ new Set();
  const keys = [];
  for (const line of lines) {
    const [type, data] = line.trim().split(/\s+/);
    if (!type || !data || !/^[A-Za-z0-9+/]+={0,2}$/.test(data)) continue;
    const blob = Buffer.from(data, "base64");
    if (blobType(blob) !== type) continue;
    const recipient = `${type} ${data}`;
    if (seen.has(recipient)) continue;
    seen.add(recipient);
    keys.push({ type, recipient, fingerprint: fingerprint(blob) });
  }
  return keys;
}
var ageCanUse = (key) => AGE_SSH_TYPES.includes(key.type);
function blobType(blob) {
  if (blob.length < 4) return void 0;
  const length = blob.readUInt32BE(0);
  if (length === 0 || length > 64 || 4 + length > blob.length) return void 0;
  return blob.subarray(4, 4 + length).toString("latin1");
}
function fingerprint(blob) {
  return `SHA256:${createHash("sha256").update(blob).digest("base64").replace(/=+$/, "")}`;
}

// src/commands/credentials.ts
var NO_SSH_KEY = "requester-no-ssh-key";
function sshKeyDelivery(deps) {
  return async (spec) => {
    const listed = parseSshKeys(await deps.keys(spec.requester));
    const usable = [];
    for (const key of listed.filter(ageCanUse)) if (await deps.age.accepts(key.recipient)) usable.push(key);
    if (usable.length === 0)
      return {
        refused: {
          code: NO_SSH_KEY,
          message: `${spec.requester} has no public SSH key on GitHub that the temporary login's password can be encrypted to (${listed.length === 0 ? "none is listed" : `${listed.length} listed, none ssh-ed25519 or ssh-rsa of 2048 bits or more`}); nothing was written on the database. Add one at https://github.com/settings/keys and open a new pull request.`
        }
      };
    const seal = async (credential) => ({
      username: credential.username,
      expiresAt: credential.expiresAt,
      armored: await deps.age.encrypt(
        usable.map((k) => k.recipient),
        `${credential.secret}
`
      ),
      recipients: usable.map((k) => ({ type: k.type, fingerprint: k.fingerprint }))
    });
    return { seal };
  };
}
export {
  NO_SSH_KEY,
  sshKeyDelivery
};
