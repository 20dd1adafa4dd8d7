// Bundles the action into dist/ with esbuild. Providers stay behind dynamic imports, so esbuild
// splits them into their own chunks and the pull request path never loads a cloud SDK.
//
// dist/ is committed (GitHub runs an action from its repository as it is, without installing
// anything). `--check` builds into a temporary folder and exits 1 unless dist/ as git holds it
// (the index: what is committed, or staged to be) is byte for byte that fresh build.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Left out of the bundle: PGlite is 16 MB of WebAssembly for demos and tests (a real database is a
 * server); it is loaded from node_modules when there is one. pg's optional native binding and its
 * Cloudflare socket are never used on a runner.
 */
export const EXTERNAL = ["@electric-sql/pglite", "pg-native", "pg-cloudflare"];

export async function buildAction(outdir, { metafile = false } = {}) {
  return build({
    entryPoints: { index: join(ROOT, "src/action/index.ts") },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    chunkNames: "chunks/[name]-[hash]",
    legalComments: "linked",
    external: EXTERNAL,
    metafile,
    // Bundled CommonJS dependencies call require() and read __dirname and __filename (the Google
    // client libraries do when they load, for folders of .proto files that REST calls never read);
    // give each ESM chunk its own.
    banner: {
      js: [
        'import { createRequire as __gitjitCreateRequire } from "node:module";',
        'import { fileURLToPath as __gitjitFileURLToPath } from "node:url";',
        'import { dirname as __gitjitPathDirname } from "node:path";',
        "const require = __gitjitCreateRequire(import.meta.url);",
        "const __gitjitFilename = __gitjitFileURLToPath(import.meta.url);",
        "const __gitjitDirname = __gitjitPathDirname(__gitjitFilename);",
      ].join(" "),
    },
    define: { __dirname: "__gitjitDirname", __filename: "__gitjitFilename" },
    logLevel: "warning",
  });
}

const files = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join("/"))
    .sort();

const blobId = (bytes) =>
  createHash("sha1")
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest("hex");

/** Paths (under dist/) where git's copy differs from the fresh build in `outdir`. */
function differences(outdir) {
  const listing = execFileSync("git", ["ls-files", "-s", "-z", "--", "dist"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const committed = new Map();
  for (const entry of listing.split("\0").filter(Boolean)) {
    const [info, path] = entry.split("\t");
    committed.set(relative("dist", path).split(sep).join("/"), info.split(" ")[1]);
  }
  const out = [];
  for (const file of files(outdir)) {
    if (committed.get(file) !== blobId(readFileSync(join(outdir, file)))) out.push(file);
    committed.delete(file);
  }
  return [...out, ...committed.keys()].sort();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes("--check");
  const outdir = check ? mkdtempSync(join(tmpdir(), "gitjit-dist-")) : join(ROOT, "dist");
  if (!check) rmSync(outdir, { recursive: true, force: true });
  await buildAction(outdir);
  if (check) {
    let stale;
    try {
      stale = differences(outdir);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
    if (stale.length > 0) {
      console.error(
        `dist/ in git is not a fresh build of src/action (${stale.slice(0, 5).join(", ")}${stale.length > 5 ? ", …" : ""}): run npm run build and commit dist/`,
      );
      process.exit(1);
    }
  }
}
