/**
 * Encryption to SSH keys with the age command, proved with keys ssh-keygen makes and decrypted as
 * a requester decrypts (`age -d -i KEY`): only the holder of a recipient's private key reads it.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ageCommand } from "../../src/adapters/age.js";
import { sshKeyDelivery } from "../../src/commands/credentials.js";
import { parseSshKeys } from "../../src/core/ssh-keys.js";
import { ageDecrypt, type SshKey, sshKey } from "../support/age.js";
import { pgGrant } from "../support/postgres.js";

let ed: SshKey;
let rsa: SshKey;
let stranger: SshKey;
let dir: string;
beforeAll(() => {
  ed = sshKey("ed25519");
  rsa = sshKey("rsa", 3072);
  stranger = sshKey("ed25519");
  dir = mkdtempSync(join(tmpdir(), "gitjit-age-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = "host=db.internal port=5432 dbname=payouts user=octocat_gj_1 password=kT4sW9q-example\n";

describe("the age command", () => {
  it("encrypts to ssh-ed25519 and ssh-rsa keys so that each holder, and only they, decrypt it", async () => {
    const age = ageCommand();
    const armored = await age.encrypt([ed.listed, rsa.listed], SECRET);
    expect(armored).toMatch(
      /^-----BEGIN AGE ENCRYPTED FILE-----\n[\s\S]+\n-----END AGE ENCRYPTED FILE-----\n$/,
    );
    expect(armored).not.toContain("kT4sW9q");
    expect(ageDecrypt(armored, ed)).toBe(SECRET);
    expect(ageDecrypt(armored, rsa)).toBe(SECRET);
    expect(() => ageDecrypt(armored, stranger)).toThrow(/no identity matched any of the recipients/);
  });

  it("says which keys it can encrypt to: not an RSA key under 2048 bits, nor ECDSA", async () => {
    const age = ageCommand();
    expect(await age.accepts(ed.listed)).toBe(true);
    expect(await age.accepts(rsa.listed)).toBe(true);
    expect(await age.accepts(sshKey("rsa", 1024).listed)).toBe(false);
    expect(await age.accepts(sshKey("ecdsa").listed)).toBe(false);
  });

  it("hands age the secret on its standard input only, never on its command line", async () => {
    // A wrapper in place of age records what it was started with, then runs the real age.
    const log = join(dir, "argv");
    const wrapper = join(dir, "age-wrapper");
    writeFileSync(wrapper, `#!/bin/sh\nprintf '%s\\n' "$@" > '${log}'\nenv > '${log}.env'\nexec age "$@"\n`);
    chmodSync(wrapper, 0o755);
    const armored = await ageCommand(wrapper).encrypt([ed.listed], SECRET);
    expect(ageDecrypt(armored, ed)).toBe(SECRET);
    const argv = readFileSync(log, "utf8");
    expect(argv).toContain(ed.listed);
    expect(argv).not.toContain("kT4sW9q");
    expect(readFileSync(`${log}.env`, "utf8")).not.toContain("kT4sW9q");
  });

  it("names a missing age command, and an encryption age refuses, with stable codes", async () => {
    const missing = ageCommand(join(dir, "no-such-age"));
    await expect(missing.encrypt([ed.listed], SECRET)).rejects.toMatchObject({ code: "age-unavailable" });
    await expect(missing.accepts(ed.listed)).rejects.toMatchObject({ code: "age-unavailable" });
    const refused = ageCommand().encrypt([sshKey("rsa", 1024).listed], SECRET);
    await expect(refused).rejects.toMatchObject({
      code: "age-failed",
      message: expect.stringMatching(/too small/),
    });
    await expect(refused).rejects.not.toMatchObject({ message: expect.stringContaining("kT4sW9q") });
  });
});

describe("a credential sealed for the requester's SSH keys on GitHub", () => {
  const spec = pgGrant({ principal: "octocat", role: "payouts_readonly", mode: "temporary-login" });
  const credential = {
    username: "octocat_gj_1",
    password: "kT4sW9q-example",
    expiresAt: spec.expiresAt,
    secret: SECRET.trim(),
  };

  it("is encrypted to every key age can use, named by fingerprint, and opened by each", async () => {
    const ecdsa = sshKey("ecdsa");
    const listed = [ecdsa.listed, ed.listed, rsa.listed];
    const delivery = sshKeyDelivery({ keys: async () => listed, age: ageCommand() });
    const prepared = await delivery(spec);
    if (!("seal" in prepared)) throw new Error(prepared.refused.message);
    const sealed = await prepared.seal(credential);
    const [, edKey, rsaKey] = parseSshKeys(listed);
    expect(sealed).toEqual({
      username: "octocat_gj_1",
      expiresAt: spec.expiresAt,
      armored: expect.stringMatching(/^-----BEGIN AGE ENCRYPTED FILE-----\n/),
      recipients: [
        { type: "ssh-ed25519", fingerprint: edKey?.fingerprint },
        { type: "ssh-rsa", fingerprint: rsaKey?.fingerprint },
      ],
    });
    expect(JSON.stringify(sealed)).not.toContain(credential.password);
    expect(ageDecrypt(sealed.armored, ed)).toBe(`${credential.secret}\n`);
    expect(ageDecrypt(sealed.armored, rsa)).toBe(`${credential.secret}\n`);
    expect(() => ageDecrypt(sealed.armored, ecdsa)).toThrow();
  });

  it("is refused, with its code, to a requester with no key age can use", async () => {
    for (const listed of [
      [],
      [sshKey("ecdsa").listed, sshKey("rsa", 1024).listed, "ssh-ed25519 not-base64!"],
    ]) {
      const prepared = await sshKeyDelivery({ keys: async () => listed, age: ageCommand() })(spec);
      expect(prepared).toEqual({
        refused: {
          code: "requester-no-ssh-key",
          message: expect.stringContaining("octocat has no public SSH key on GitHub"),
        },
      });
    }
  });
});
