import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);

// src/adapters/repo-files.ts
import { execFile } from "node:child_process";
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var ConfigError = class extends Error {
};
function workTreeFiles(root) {
  return {
    origin: "the work tree",
    async list(dir) {
      const out = [];
      const walk = (abs) => {
        let entries;
        try {
          entries = readdirSync(abs, { withFileTypes: true });
        } catch (error) {
          const code = error.code;
          if (code === "ENOENT" || code === "ENOTDIR") return;
          throw error;
        }
        for (const entry of entries) {
          const child = join(abs, entry.name);
          if (entry.isDirectory()) walk(child);
          else if (entry.isFile() || entry.isSymbolicLink())
            out.push(relative(root, child).split(sep).join("/"));
        }
      };
      walk(join(root, dir));
      return out.sort();
    },
    async read(path, maxBytes) {
      const abs = join(root, path);
      let info;
      try {
        info = lstatSync(abs);
      } catch (error) {
        if (error.code === "ENOENT") return { kind: "missing" };
        throw error;
      }
      if (!info.isFile()) return { kind: "not-a-file" };
      if (info.size > maxBytes) return { kind: "too-large", size: info.size };
      return { kind: "file", bytes: readFileSync(abs) };
    }
  };
}

export {
  ConfigError,
  workTreeFiles
};
