/**
 * Untrusted text made safe for GitHub-flavoured Markdown (trust rule 10): request fields, pull
 * request titles, branch names, file paths and the messages that quote them. What comes out is
 * shown as the characters that went in — no HTML, no links, no images, no mentions, no table
 * cells or code spans closed early, no line that starts a heading or a list.
 */

/** The longest piece of untrusted text shown in one place; the rest is cut with an ellipsis. */
export const MAX_SHOWN = 300;

const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text for a Markdown paragraph, list item or table cell. */
export function text(value: string, max = MAX_SHOWN): string {
  const flat = value
    // Control characters (line breaks included) and bidirectional overrides would reshape the page.
    .replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]+/gu, " ")
    .trim();
  const cut = [...flat].length > max ? `${[...flat].slice(0, max - 1).join("")}…` : flat;
  return (
    cut
      .replace(/[&<>"]/g, (c) => HTML[c] as string)
      // Every ASCII punctuation mark that Markdown gives a meaning to is escaped.
      .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
      // A zero-width space after @ keeps GitHub from notifying whoever is named; in a URL or a
      // www. name it keeps GitHub from making a link.
      .replace(/@/g, "@&#8203;")
      .replace(/:\/\//g, ":&#8203;//")
      .replace(/\bwww\\\./gi, (m) => `${m.slice(0, 3)}&#8203;\\.`)
  );
}

/** Text shown as code (a path, a login, a value): monospace, with the same escaping. */
export function code(value: string, max = MAX_SHOWN): string {
  return `<code>${text(value, max)}</code>`;
}

/** A Markdown table; every cell is already rendered Markdown. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ];
}

/** GitHub refuses a comment longer than this many characters. */
export const MAX_COMMENT = 65_536;

/** Cuts a body that would be too long for GitHub at a line, saying so. */
export function fitComment(body: string, note: string, max = MAX_COMMENT - 1_000): string {
  if (body.length <= max) return body;
  const cut = body.lastIndexOf("\n", max);
  return `${body.slice(0, cut > 0 ? cut : max)}\n\n${note}`;
}
