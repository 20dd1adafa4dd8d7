import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);

// src/adapters/forge.ts
var ServiceError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
  code;
};

export {
  ServiceError
};
