/**
 * Encryption to a person's SSH keys, in the age format (https://age-encryption.org/v1), by the
 * reference implementation's own command, `age` (Debian and Ubuntu: `apt-get install age`;
 * Homebrew: `brew install age`). The requester decrypts with the same tool and the private key
 * they already hold: `age -d -i ~/.ssh/id_ed25519 FILE`.
 *
 * Why the command and not a library: age's JavaScript implementation (age-encryption, "typage",
 * by age's author) encrypts to age's own X25519, post-quantum hybrid, tag, passphrase and WebAuthn
 * recipients, but not to ssh-ed25519 or ssh-rsa keys, and no maintained package on npm does.
 * gitjit composes no cryptography of its own: age does all of it.
 *
 * The plaintext goes to age on its standard input only, never on its command line (which other
 * users of the machine may read) nor in its environment; the recipients are public keys.
 */
import { execFile } from "node:child_process";
import { ProviderError } from "../providers/provider.js";

export interface Age {
  /** Whether age encrypts to this recipient ("ssh-ed25519 AAAA…"; it refuses, e.g., RSA keys under 2048 bits). */
  accepts(recipient: string): Promise<boolean>;
  /** `plaintext` encrypted to every one of `recipients`, as an ASCII-armored age file. */
  encrypt(recipients: readonly string[], plaintext: string): Promise<string>;
}

const ARMOR = /^-----BEGIN AGE ENCRYPTED FILE-----\n[A-Za-z0-9+/=\n]+\n-----END AGE ENCRYPTED FILE-----\n?$/;
const TIMEOUT_MS = 30_000;

/**
 * The `age` command: `binary` (a path, or a name looked up on PATH; default `age`, or the
 * GITJIT_AGE environment variable's value where the caller passes it).
 */
export function ageCommand(binary = "age"): Age {
  const run = (args: readonly string[], input: string) =>
    new Promise<{ code: number | null; stdout: string; stderr: string; missing: boolean }>((resolve) => {
      const child = execFile(
        binary,
        [...args],
        // Only what finding and running age needs: none of the job's secrets.
        { env: { PATH: process.env.PATH ?? "" }, timeout: TIMEOUT_MS, maxBuffer: 1024 * 1024 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
          resolve({ code, stdout, stderr, missing: (error as { code?: unknown } | null)?.code === "ENOENT" });
        },
      );
      child.stdin?.on("error", () => {}); // age exiting early (a bad recipient) closes the pipe
      child.stdin?.end(input);
    });
  const unavailable = () =>
    new ProviderError(
      `the age command (${binary}) is not installed where gitjit runs, so the temporary login's password cannot be encrypted for the requester; install it (apt-get install age) — nothing was written`,
      "age-unavailable",
    );
  return {
    async accepts(recipient) {
      const result = await run(["--encrypt", "--recipient", recipient], "");
      if (result.missing) throw unavailable();
      return result.code === 0;
    },
    async encrypt(recipients, plaintext) {
      if (recipients.length === 0)
        throw new ProviderError("age was asked to encrypt to nobody", "age-failed");
      const result = await run(
        ["--encrypt", "--armor", ...recipients.flatMap((r) => ["--recipient", r])],
        plaintext,
      );
      if (result.missing) throw unavailable();
      // age's messages name recipients (public keys), never what it was given to encrypt.
      if (result.code !== 0 || !ARMOR.test(result.stdout))
        throw new ProviderError(
          `age could not encrypt the credential (exit ${result.code ?? "by signal"}): ${firstLine(result.stderr)}`,
          "age-failed",
        );
      return result.stdout.endsWith("\n") ? result.stdout : `${result.stdout}\n`;
    },
  };
}

function firstLine(text: string): string {
  return (text.split("\n").find((l) => l.trim() !== "") ?? "no message").replace(/^age: /, "").slice(0, 300);
}
