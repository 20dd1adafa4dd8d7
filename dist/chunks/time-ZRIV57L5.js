import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);
import "./chunk-2I45JTVB.js";

// src/adapters/github/time.ts
function parse(header) {
  if (typeof header !== "string") return void 0;
  const t = Date.parse(header);
  return Number.isNaN(t) ? void 0 : new Date(t);
}
async function githubTime(client) {
  try {
    return parse((await client.request("GET /rate_limit")).headers.date);
  } catch (error) {
    return parse(error.response?.headers?.date);
  }
}
function clockFrom(at, monotonic = () => performance.now()) {
  const start = monotonic();
  return () => new Date(at.getTime() + (monotonic() - start));
}
export {
  clockFrom,
  githubTime
};
