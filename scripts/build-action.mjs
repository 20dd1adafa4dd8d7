// Bundles the action into dist/ with esbuild. Providers stay behind dynamic imports, so esbuild
// splits them into their own chunks and the pull request path never loads a cloud SDK.
// `--check` builds into a temporary folder and exits 1 if dist/ differs from it.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
const outdir = check ? mkdtempSync(join(tmpdir(), "gitjit-dist-")) : join(root, "dist");

if (!check) rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { index: join(root, "src/action/index.ts") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "chunks/[name]-[hash]",
  legalComments: "linked",
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: 'import { createRequire as __gitjitCreateRequire } from "node:module"; const require = __gitjitCreateRequire(import.meta.url);',
  },
  logLevel: "warning",
});

if (check) {
  const list = (dir) =>
    readdirSync(dir, { recursive: true })
      .filter((f) => !f.endsWith("/"))
      .sort();
  const fresh = list(outdir);
  let current = [];
  try {
    current = list(join(root, "dist"));
  } catch {}
  const differs =
    fresh.join("\n") !== current.join("\n") ||
    fresh.some((f) => {
      try {
        return !readFileSync(join(outdir, f)).equals(readFileSync(join(root, "dist", f)));
      } catch {
        return false; // a directory
      }
    });
  rmSync(outdir, { recursive: true, force: true });
  if (differs) {
    console.error("dist/ differs from a fresh build of src/action: run npm run build and commit dist/");
    process.exit(1);
  }
}
