import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);

// src/adapters/repo-files.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var ConfigError = class extends Error {
};

// src/providers/provider.ts
var ProviderError = class extends Error {
  constructor(message, code, retryable = false) {
    super(message);
    this.code = code;
    this.retryable = retryable;
  }
  code;
  retryable;
};

export {
  ConfigError,
  ProviderError
};
