/**
 * A CODEOWNERS file read as GitHub reads it: one rule per line, `pattern owner…`; the last
 * matching rule decides a path's owners, and a rule without owners leaves its paths unowned.
 * `#` starts a comment at the start of a line or after whitespace. A line GitHub would reject
 * is skipped (as GitHub skips it) and reported.
 */
import { compilePattern } from "./pattern.js";

export interface CodeownersRule {
  line: number;
  pattern: string;
  owners: readonly string[];
  matches: (path: string) => boolean;
}

export interface CodeownersProblem {
  line: number;
  column: number;
  code: "invalid-pattern" | "invalid-owner";
  message: string;
}

export interface Codeowners {
  rules: readonly CodeownersRule[];
  problems: readonly CodeownersProblem[];
}

const USER = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$/;
const TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?\/[A-Za-z0-9][A-Za-z0-9._-]*$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export const isOwnerToken = (token: string) => USER.test(token) || TEAM.test(token) || EMAIL.test(token);

export function parseCodeowners(text: string): Codeowners {
  const rules: CodeownersRule[] = [];
  const problems: CodeownersProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const tokens = tokenize(raw);
    const [first, ...rest] = tokens;
    if (!first) return;
    const compiled = compilePattern(first.text);
    if (!compiled.ok) {
      problems.push({ line, column: first.column, code: "invalid-pattern", message: compiled.reason });
      return;
    }
    const bad = rest.find((t) => !isOwnerToken(t.text));
    if (bad) {
      problems.push({
        line,
        column: bad.column,
        code: "invalid-owner",
        message: `${JSON.stringify(bad.text)} is not a @user, an @org/team or an email address`,
      });
      return;
    }
    rules.push({ line, pattern: first.text, owners: rest.map((t) => t.text), matches: compiled.test });
  });
  return { rules, problems };
}

/** The rule that decides a path's owners (the last one matching), if any. */
export function ruleFor(codeowners: Codeowners, path: string): CodeownersRule | undefined {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i] as CodeownersRule;
    if (rule.matches(path)) return rule;
  }
  return undefined;
}

export const ownersOf = (codeowners: Codeowners, path: string): readonly string[] =>
  ruleFor(codeowners, path)?.owners ?? [];

/** Splits on unescaped whitespace, dropping a comment (`#` at a token's start). */
function tokenize(raw: string): { text: string; column: number }[] {
  const tokens: { text: string; column: number }[] = [];
  let i = 0;
  while (i < raw.length) {
    while (i < raw.length && /\s/.test(raw[i] as string)) i++;
    if (i >= raw.length || raw[i] === "#") break;
    const start = i;
    let text = "";
    while (i < raw.length && !/\s/.test(raw[i] as string)) {
      if (raw[i] === "\\" && i + 1 < raw.length && /\s/.test(raw[i + 1] as string)) {
        text += raw.slice(i, i + 2); // an escaped space stays part of the pattern
        i += 2;
      } else text += raw[i++];
    }
    tokens.push({ text, column: start + 1 });
  }
  return tokens;
}
