import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);

// src/adapters/repo-files.ts
import { execFile } from "node:child_process";
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var ConfigError = class extends Error {
};
function cachedFiles(files) {
  const lists = /* @__PURE__ */ new Map();
  const reads = /* @__PURE__ */ new Map();
  const once = (cache, key, ask) => {
    let known = cache.get(key);
    if (!known) {
      known = ask();
      known.catch(() => cache.delete(key));
      cache.set(key, known);
    }
    return known;
  };
  return {
    origin: files.origin,
    list: (dir) => once(lists, dir, () => files.list(dir)).then((paths) => [...paths]),
    read: (path, maxBytes) => once(reads, `${maxBytes}\0${path}`, () => files.read(path, maxBytes))
  };
}
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
async function gitRefFiles(root, ref) {
  const git = (args) => run("git", args, { cwd: root, maxBuffer: 256 * 1024 * 1024, encoding: "buffer" });
  let commit;
  try {
    if (ref.startsWith("-")) throw new Error("a ref cannot start with -");
    commit = (await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).stdout.toString().trim();
  } catch {
    throw new ConfigError(`--base ${ref}: no such commit in ${root}`);
  }
  const entries = /* @__PURE__ */ new Map();
  const listing = (await git(["ls-tree", "-r", "-l", "-z", "--full-tree", commit])).stdout.toString("utf8");
  for (const record of listing.split("\0")) {
    const match = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.*)$/s.exec(record);
    if (match?.[2] !== "blob") continue;
    const [, mode, , object, size, path] = match;
    entries.set(path, { mode, object, size: Number(size) });
  }
  return {
    origin: `commit ${commit.slice(0, 12)}`,
    async list(dir) {
      const prefix = dir.endsWith("/") ? dir : `${dir}/`;
      return [...entries.keys()].filter((p) => p.startsWith(prefix)).sort();
    },
    async read(path, maxBytes) {
      const entry = entries.get(path);
      if (!entry) return { kind: "missing" };
      if (entry.mode !== "100644" && entry.mode !== "100755") return { kind: "not-a-file" };
      if (entry.size > maxBytes) return { kind: "too-large", size: entry.size };
      const { stdout } = await git(["cat-file", "blob", entry.object]);
      return { kind: "file", bytes: new Uint8Array(stdout) };
    }
  };
}

export {
  ConfigError,
  cachedFiles,
  workTreeFiles,
  gitRefFiles
};
