#!/usr/bin/env node
import { main } from "../lib/cli/main.js";
import { releaseProviders } from "../lib/providers/registry.js";

const io = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
  env: process.env,
};
try {
  process.exitCode = await main(process.argv.slice(2), io);
} finally {
  // An embedded database a command opened (gitjit sweep on PGlite) would hold the process open.
  await releaseProviders();
}
