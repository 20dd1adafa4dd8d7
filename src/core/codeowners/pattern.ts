/**
 * One CODEOWNERS path pattern, matched the way GitHub matches it (gitignore-like, with GitHub's
 * differences): case-sensitive; `*` and `?` stay inside one path segment; `**` spans segments;
 * a leading `/` or a `/` inside the pattern anchors it at the repository root; a trailing `/`
 * matches only what is inside a directory; a pattern that names a directory covers everything
 * under it, except a final lone `*` (`docs/*` owns docs/a.md, not docs/sub/b.md).
 * GitHub has no `!` negation and no `[]` character ranges: brackets are literal characters.
 */

export type PatternResult = { ok: true; test: (path: string) => boolean } | { ok: false; reason: string };

const SEGMENT_CHAR = "[^/]";

export function compilePattern(pattern: string): PatternResult {
  if (pattern.length === 0) return { ok: false, reason: "empty pattern" };
  if (pattern.startsWith("!"))
    return { ok: false, reason: "GitHub does not support negated patterns (!) in CODEOWNERS" };
  if (pattern.startsWith("\\#"))
    return { ok: false, reason: "GitHub does not support escaping # at the start of a pattern" };

  let body = pattern;
  const dirOnly = body.endsWith("/");
  if (dirOnly) body = body.replace(/\/+$/, "");
  const rooted = body.startsWith("/");
  if (rooted) body = body.replace(/^\/+/, "");
  if (body.length === 0) {
    // "/" alone: the root directory, which holds everything.
    return { ok: true, test: () => true };
  }
  const segments = body.split("/");
  if (segments.some((s) => s.length === 0)) return { ok: false, reason: "empty path segment (//)" };
  // A slash anywhere but at the end anchors the pattern at the root, as in gitignore.
  const anchored = rooted || segments.length > 1;

  // "dir/**/" is the same as "dir/": everything under dir.
  if (dirOnly && segments.length > 1 && segments[segments.length - 1] === "**") segments.pop();

  let regex = anchored ? "^" : "^(?:.*/)?";
  let tail: string | undefined;
  const last = segments.length - 1;
  for (let i = 0; i <= last; i++) {
    const segment = segments[i] as string;
    if (segment === "**") {
      if (i === last) {
        // Trailing /**: everything inside, at any depth (but not the directory itself).
        tail = i === 0 ? ".*$" : "/.+$";
        break;
      }
      // Leading or middle **: zero or more whole directories.
      regex += i === 0 ? "(?:.*/)?" : "/(?:.*/)?";
      continue;
    }
    if (i > 0 && segments[i - 1] !== "**") regex += "/";
    const compiled = compileSegment(segment);
    if (!compiled.ok) return compiled;
    regex += compiled.source;
  }

  if (tail !== undefined) regex += tail;
  else if (dirOnly) regex += "/.+$";
  else if (segments[last] === "*" && anchored) regex += "$";
  else regex += "(?:/.*)?$";

  const compiled = new RegExp(regex, "s");
  return { ok: true, test: (path) => compiled.test(path) };
}

function compileSegment(segment: string): { ok: true; source: string } | { ok: false; reason: string } {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === "\\") {
      const next = segment[i + 1];
      if (next === undefined) return { ok: false, reason: "a pattern cannot end with a backslash" };
      source += escapeRegex(next);
      i++;
    } else if (c === "*") {
      // "**" inside a segment (a**b) is two single-segment wildcards, as in gitignore.
      source += `${SEGMENT_CHAR}*`;
    } else if (c === "?") {
      source += SEGMENT_CHAR;
    } else {
      source += escapeRegex(c);
    }
  }
  return { ok: true, source };
}

const escapeRegex = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
