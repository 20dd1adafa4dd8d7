import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tokenEnv } from "../../src/action/ledger.js";

const closers: (() => void)[] = [];
/** git run without blocking this process, which serves the other end. */
const gitAsync = (cwd: string, args: string[], env: Record<string, string> = {}) =>
  new Promise<void>((resolve) =>
    execFile("git", args, { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", ...env } }, () =>
      resolve(),
    ),
  );
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A git server that only records the Authorization headers each request carried, and says no. */
async function listening(): Promise<{ url: string; authorizations: string[][] }> {
  const authorizations: string[][] = [];
  const server = createServer((req, res) => {
    const raw = req.rawHeaders;
    authorizations.push(raw.filter((_, i) => i % 2 === 1 && raw[i - 1]?.toLowerCase() === "authorization"));
    res.writeHead(403, { "content-type": "text/plain" });
    res.end("no");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => server.close());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, authorizations };
}

describe("the ledger writer's token", () => {
  it("is the one credential git sends to the ledger's remote, whatever header the checkout left for that server", async () => {
    const { url, authorizations } = await listening();
    const repo = mkdtempSync(join(tmpdir(), "gitjit-token-"));
    closers.push(() => rmSync(repo, { recursive: true, force: true }));
    execFileSync("git", ["init", "--quiet", repo]);
    // What actions/checkout persists: the job's own token, for the whole server.
    const job = Buffer.from("x-access-token:ghs_job_token").toString("base64");
    execFileSync("git", ["config", `http.${url}/.extraheader`, `AUTHORIZATION: basic ${job}`], { cwd: repo });
    const remote = `${url}/acme/access-ledger.git`;
    await gitAsync(repo, ["ls-remote", remote]);
    expect(authorizations[0]).toEqual([`basic ${job}`]);
    authorizations.length = 0;
    await gitAsync(repo, ["ls-remote", remote], tokenEnv(remote, "ghs_ledger_app"));
    const app = Buffer.from("x-access-token:ghs_ledger_app").toString("base64");
    expect(authorizations.length).toBeGreaterThan(0);
    for (const sent of authorizations) expect(sent).toEqual([`basic ${app}`]);
  });
});
