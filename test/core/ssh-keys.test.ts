import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ageCanUse, parseSshKeys } from "../../src/core/ssh-keys.js";
import { sshKey } from "../support/age.js";

/** What `ssh-keygen -l` prints for a public key file: "<bits> SHA256:… <comment> (<TYPE>)". */
const fingerprintOf = (path: string) =>
  execFileSync("ssh-keygen", ["-lf", `${path}.pub`], { encoding: "utf8" }).split(" ")[1];

describe("public SSH keys as GitHub lists them", () => {
  it("reads each key's type and fingerprint as ssh-keygen does, once each, comments dropped", () => {
    const ed = sshKey("ed25519");
    const rsa = sshKey("rsa", 2048);
    const keys = parseSshKeys([ed.publicKey, ` ${rsa.listed}  `, ed.listed]);
    expect(keys).toEqual([
      { type: "ssh-ed25519", recipient: ed.listed, fingerprint: fingerprintOf(ed.path) },
      { type: "ssh-rsa", recipient: rsa.listed, fingerprint: fingerprintOf(rsa.path) },
    ]);
  });

  it("leaves out what is not a key, or not the type its line says", () => {
    const ed = sshKey("ed25519");
    const blob = ed.listed.split(" ")[1] as string;
    expect(
      parseSshKeys([
        "",
        "ssh-ed25519",
        "ssh-ed25519 !!!",
        `ssh-rsa ${blob}`,
        "ssh-ed25519 AAAA",
        `ssh-ed25519 ${blob}`,
      ]),
    ).toEqual([expect.objectContaining({ type: "ssh-ed25519", recipient: ed.listed })]);
  });

  it("knows age's SSH recipient types: ssh-ed25519 and ssh-rsa", () => {
    const [ecdsa, ed, rsa] = parseSshKeys([
      sshKey("ecdsa").listed,
      sshKey("ed25519").listed,
      sshKey("rsa", 2048).listed,
    ]);
    expect([ecdsa, ed, rsa].map((k) => k !== undefined && ageCanUse(k))).toEqual([false, true, true]);
  });
});
