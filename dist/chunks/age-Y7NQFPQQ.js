import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import {
  ProviderError
} from "./chunk-6DV6XXR4.js";
import "./chunk-2I45JTVB.js";

// src/adapters/age.ts
import { execFile } from "node:child_process";
var ARMOR = /^-----BEGIN AGE ENCRYPTED FILE-----\n[A-Za-z0-9+/=\n]+\n-----END AGE ENCRYPTED FILE-----\n?$/;
var TIMEOUT_MS = 3e4;
function ageCommand(binary = "age") {
  const run = (args, input) => new Promise((resolve) => {
    const child = execFile(
      binary,
      [...args],
      // Only what finding and running age needs: none of the job's secrets.
      { env: { PATH: process.env.PATH ?? "" }, timeout: TIMEOUT_MS, maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? typeof error.code === "number" ? error.code : null : 0;
        resolve({ code, stdout, stderr, missing: error?.code === "ENOENT" });
      }
    );
    child.stdin?.on("error", () => {
    });
    child.stdin?.end(input);
  });
  const unavailable = () => new ProviderError(
    `the age command (${binary}) is not installed where gitjit runs, so the temporary login's password cannot be encrypted for the requester; install it (apt-get install age) \u2014 nothing was written`,
    "age-unavailable"
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
        plaintext
      );
      if (result.missing) throw unavailable();
      if (result.code !== 0 || !ARMOR.test(result.stdout))
        throw new ProviderError(
          `age could not encrypt the credential (exit ${result.code ?? "by signal"}): ${firstLine(result.stderr)}`,
          "age-failed"
        );
      return result.stdout.endsWith("\n") ? result.stdout : `${result.stdout}
`;
    }
  };
}
function firstLine(text) {
  return (text.split("\n").find((l) => l.trim() !== "") ?? "no message").replace(/^age: /, "").slice(0, 300);
}
export {
  ageCommand
};
