import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);

// src/action/retry.ts
var RETRY_BASE_MS = 5 * 6e4;
var RETRY_MAX_MS = 60 * 6e4;
function nextAttempt(state, baseMs = RETRY_BASE_MS) {
  const wait = Math.min(
    baseMs * 2 ** Math.max(0, state.attempts - 1),
    RETRY_MAX_MS / RETRY_BASE_MS * baseMs
  );
  return Date.parse(state.at) + wait;
}

export {
  RETRY_BASE_MS,
  nextAttempt
};
