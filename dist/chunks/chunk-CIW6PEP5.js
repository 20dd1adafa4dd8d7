import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);

// src/core/render/plan-output.ts
var longestRun = (text) => Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
function fence(text, info = "") {
  const ticks = "`".repeat(Math.max(3, longestRun(text) + 1));
  return `${ticks}${info}
${text}
${ticks}`;
}

export {
  fence
};
