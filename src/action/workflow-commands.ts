/**
 * Text the action prints can quote untrusted words (paths, titles, request fields, messages from
 * GitHub or a platform). The runner reads workflow commands from every line the step prints: a
 * line that starts with "::" after leading whitespace, and "##[" anywhere in a line (the old
 * syntax). It splits lines on LF, CRLF and a lone CR. This keeps every such line text.
 *
 * The scheme: a zero-width space (U+200B) goes between the two characters that would start a
 * command — ":​:" at the start of a line, "#​#[" anywhere — so a person reading the log sees the
 * same characters as before, and copying an ARN ("arn:aws:iam::…") from the middle of a line
 * gives the ARN. The runner matches the prefix and then takes the command's name from a fixed
 * offset after it (two characters for "::", three for "##["); even where its comparison is
 * culture-sensitive and skips a zero-width character, the inserted character shifts that offset
 * onto ":", "#" or "[", and no command's name starts with one of those.
 */

const BREAK = "\u200b";

/** Every line break the runner honours (LF, CRLF, lone CR), and those other readers honour. */
const LINE_BREAKS = /(\r\n|[\n\v\f\r\u0085\u2028\u2029])/;

/**
 * What the runner's TrimStart skips (Unicode White_Space), and what a culture-sensitive comparison
 * may skip as well (ignorable and format characters, controls): "::" after any of these is broken.
 */
const COMMAND_AT_START = /^([\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]*):(?=:)/u;
const LEGACY_COMMAND = /##\[/g;

function neutraliseLine(line: string): string {
  return line.replace(LEGACY_COMMAND, `#${BREAK}#[`).replace(COMMAND_AT_START, `$1:${BREAK}`);
}

/**
 * `text` with no line the runner would take for a workflow command; every line break is kept as
 * it was. Idempotent: what it returns, it returns unchanged.
 */
export function neutraliseWorkflowCommands(text: string): string {
  return text
    .split(LINE_BREAKS)
    .map((part, i) => (i % 2 === 1 ? part : neutraliseLine(part)))
    .join("");
}
