/**
 * A requester's side of a temporary login: SSH keys made with ssh-keygen as anyone keeps them,
 * decryption with the age command exactly as the apply comment tells them
 * (`age -d -i ~/.ssh/id_ed25519 FILE`), and the libpq connection string that comes out.
 * The age and ssh-keygen commands must be installed (.ci/run installs them).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { ageCommand } from "../../src/adapters/age.js";
import { sshKeyDelivery } from "../../src/commands/credentials.js";
import type { GrantSpec } from "../../src/core/grant.js";
import type { Seal, SealedCredential } from "../../src/providers/provider.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface SshKey {
  /** The private key file, as ~/.ssh/id_ed25519 would be. */
  path: string;
  /** The public key line, "<type> <base64> <comment>". */
  publicKey: string;
  /** "<type> <base64>", as GitHub lists it. */
  listed: string;
}

/** A new key pair, with no passphrase: ssh-keygen -t ed25519, or -t rsa -b BITS. */
export function sshKey(type: "ed25519" | "rsa" | "ecdsa", bits?: number): SshKey {
  const dir = mkdtempSync(join(tmpdir(), "gitjit-ssh-"));
  dirs.push(dir);
  const path = join(dir, `id_${type}`);
  execFileSync(
    "ssh-keygen",
    ["-q", "-t", type, ...(bits ? ["-b", String(bits)] : []), "-N", "", "-C", "requester@laptop", "-f", path],
    { stdio: "pipe" },
  );
  const publicKey = readFileSync(`${path}.pub`, "utf8").trim();
  return { path, publicKey, listed: publicKey.split(" ").slice(0, 2).join(" ") };
}

/** What `age -d -i KEY` prints for `armored`; throws (with age's message) when the key cannot open it. */
export function ageDecrypt(armored: string, key: SshKey): string {
  return execFileSync("age", ["-d", "-i", key.path], { input: armored, encoding: "utf8", stdio: "pipe" });
}

/** The seal production uses (age, the requester's listed keys), for `keys`. */
export async function sealFor(keys: readonly SshKey[], spec: GrantSpec): Promise<Seal> {
  const prepared = await sshKeyDelivery({ keys: async () => keys.map((k) => k.listed), age: ageCommand() })(
    spec,
  );
  if ("refused" in prepared) throw new Error(`${prepared.refused.code}: ${prepared.refused.message}`);
  return prepared.seal;
}

/** libpq's keyword=value connection string, read back: bare values, or single-quoted with \ escapes. */
export function parseConnectionString(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const pattern = /\s*([a-z_]+)=(?:'((?:[^'\\]|\\.)*)'|([^\s']+))/gy;
  let end = 0;
  for (const match of text.matchAll(pattern)) {
    out[match[1] as string] =
      match[2] !== undefined ? match[2].replace(/\\(.)/g, "$1") : (match[3] as string);
    end = match.index + match[0].length;
  }
  if (text.slice(end).trim() !== "") throw new Error(`not a libpq connection string: ${text}`);
  return out;
}

/** Opens a sealed credential with `key`, as the requester does, and reads the connection string in it. */
export function openCredential(sealed: SealedCredential, key: SshKey): Record<string, string> {
  return parseConnectionString(ageDecrypt(sealed.armored, key).trim());
}
