// The floor for audit questions: a Node process that only reads the audit log from the ledger
// branch with git (ls-tree, one cat-file --batch) and parses every record. No hash is checked and no
// question answered. Usage: node bench/audit-floor.mjs BRANCH   (in the repository)
import { execFileSync } from "node:child_process";

const branch = process.argv[2];
const tree = execFileSync("git", ["ls-tree", "-r", "-z", branch, "--", "audit"], { encoding: "utf8" });
const blobs = tree
  .split("\0")
  .filter(Boolean)
  .map((line) => line.split(/\s/)[2]);
const out = execFileSync("git", ["cat-file", "--batch"], {
  input: `${blobs.join("\n")}\n`,
  maxBuffer: 2 ** 31 - 1,
});
let records = 0;
for (let at = 0; at < out.length; ) {
  const newline = out.indexOf(10, at);
  const size = Number(out.subarray(at, newline).toString("latin1").split(" ")[2]);
  const text = out.subarray(newline + 1, newline + 1 + size).toString("utf8");
  for (const line of text.split("\n")) if (line !== "") records += JSON.parse(line).seq > 0 ? 1 : 0;
  at = newline + 1 + size + 1;
}
if (records === 0) process.exit(1);
