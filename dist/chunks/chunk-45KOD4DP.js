import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);

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
  ProviderError
};
