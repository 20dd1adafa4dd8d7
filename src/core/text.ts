/**
 * Untrusted text measured and shown as a reader sees it (trust rule 10): how many characters of
 * a justification or a reason are visible, and a path with its control characters made visible
 * so a message quoting it can neither break a line nor hide what the path holds. Pure.
 */

/**
 * Characters that show nothing, or nothing of their own: whitespace, format characters (zero-width
 * spaces and joiners, bidirectional marks), controls, combining marks (they only decorate the
 * character before them), and the code points Unicode says a renderer may ignore. Also blanks that
 * are letters or symbols by category but draw nothing: the Braille blank and the Hangul fillers
 * (U+115F, U+1160, U+3164 and U+FFA0 are Default_Ignorable already; they are named for clarity).
 * Private-use and unassigned code points do not count either: they have no agreed glyph, so a
 * reader's font shows an empty box or nothing at all, and they cannot explain anything to an approver.
 * Lone surrogates are not characters at all.
 */
const INVISIBLE =
  /[\p{White_Space}\p{Cf}\p{Cc}\p{M}\p{Default_Ignorable_Code_Point}\u2800\u115f\u1160\u3164\uffa0\p{Co}\p{Cn}\p{Cs}]/u;

/** How many characters of `text` a reader can see (code points, not UTF-16 units). */
export function visibleLength(text: string): number {
  let count = 0;
  for (const character of text) if (!INVISIBLE.test(character)) count++;
  return count;
}

/**
 * "3 visible characters"; and how many others were skipped when they were more than whitespace
 * (a reader of the message cannot see them in the file either).
 */
export function describeVisibleLength(text: string): string {
  const visible = visibleLength(text);
  const hidden = [...text.replace(/\p{White_Space}/gu, "")].length - visible;
  const noun = `visible character${visible === 1 ? "" : "s"}`;
  return hidden === 0 ? `${visible} ${noun}` : `${visible} ${noun} (and ${hidden} that cannot be seen)`;
}

/**
 * C0 and C1 controls (U+0000–U+001F and U+007F–U+009F: CR, LF and tab among them) and the Unicode
 * line and paragraph separators: anything that can end a line in a log, a terminal or an
 * annotation, or that no one can see.
 */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;

export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * `text` as it may be quoted in a message: unchanged when it holds no control character, else as a
 * JSON string literal with every control character escaped (JSON.stringify leaves U+007F–U+009F,
 * U+2028 and U+2029 as they are, so they are escaped here). The quotes and the escaped backslashes
 * keep a real line break apart from a path that spells a backslash and an n.
 */
export function showControlCharacters(text: string): string {
  if (!hasControlCharacter(text)) return text;
  return JSON.stringify(text).replace(
    /[\p{Cc}\u2028\u2029]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** The problem a request or revoke path with a control character is refused for. */
export function pathControlCharacter(
  path: string,
): { code: "path-control-character"; message: string } | undefined {
  if (!hasControlCharacter(path)) return undefined;
  return {
    code: "path-control-character",
    message: `the path ${showControlCharacters(path)} holds a control character (a line break, a tab or another control); request and revoke files must be named with visible characters`,
  };
}
