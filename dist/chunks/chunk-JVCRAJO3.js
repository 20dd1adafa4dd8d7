import { createRequire as __gitjitCreateRequire } from "node:module"; import { fileURLToPath as __gitjitFileURLToPath } from "node:url"; import { dirname as __gitjitPathDirname } from "node:path"; const require = __gitjitCreateRequire(import.meta.url); const __gitjitFilename = __gitjitFileURLToPath(import.meta.url); const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);

// src/providers/retry.ts
var DEFAULT_BACKOFF = { attempts: 8, baseMs: 250, maxMs: 8e3 };
function backoffDelay(backoff, attempt, random = Math.random) {
  return Math.round(random() * Math.min(backoff.maxMs, backoff.baseMs * 2 ** attempt));
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function withRetry(backoff, retryable, fn) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt + 1 >= backoff.attempts || !retryable(error)) throw error;
      await sleep(backoffDelay(backoff, attempt));
    }
  }
}
function withDeadline(promise, ms, onTimeout) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

export {
  DEFAULT_BACKOFF,
  backoffDelay,
  sleep,
  withRetry,
  withDeadline
};
