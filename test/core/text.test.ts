import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  describeVisibleLength,
  hasControlCharacter,
  pathControlCharacter,
  showControlCharacters,
  visibleLength,
} from "../../src/core/text.js";

/** Characters that show nothing, one of each kind the count must skip. */
const INVISIBLE = {
  "zero-width space": "\u200b",
  "zero-width joiner": "\u200d",
  "word joiner": "\u2060",
  "byte order mark": "\ufeff",
  "soft hyphen": "\u00ad",
  "right-to-left override": "\u202e",
  "left-to-right mark": "\u200e",
  "combining grapheme joiner": "\u034f",
  "Mongolian vowel separator": "\u180e",
  "variation selector 16": "\ufe0f",
  "a tag character": "\u{e0041}",
  "combining acute accent": "\u0301",
  "combining enclosing circle": "\u20dd",
  "Braille pattern blank": "\u2800",
  "Hangul choseong filler": "\u115f",
  "Hangul jungseong filler": "\u1160",
  "Hangul filler": "\u3164",
  "halfwidth Hangul filler": "\uffa0",
  "no-break space": "\u00a0",
  "ideographic space": "\u3000",
  "em space": "\u2003",
  "line separator": "\u2028",
  tab: "\t",
  "carriage return": "\r",
  "null character": "\u0000",
  "a C1 control (NEL)": "\u0085",
  delete: "\u007f",
  "a private-use character": "\ue000",
  "a supplementary private-use character": "\u{f0000}",
  "an unassigned code point": "\u0378",
  "a lone surrogate": "\ud800",
};

describe("counting the visible characters of untrusted text", () => {
  it("does not count zero-width spaces toward the justification's minimum length", () => {
    expect(visibleLength("\u200b".repeat(20))).toBe(0);
    expect(visibleLength(`fix${"\u200b".repeat(20)}`)).toBe(3);
  });

  for (const [name, character] of Object.entries(INVISIBLE))
    it(`does not count ${name}`, () => {
      expect(visibleLength(character.repeat(5))).toBe(0);
      expect(visibleLength(`a${character}b`)).toBe(2);
    });

  it("counts letters of any script, digits, punctuation, symbols and emoji once per code point", () => {
    expect(visibleLength("Investigate INC-4821!")).toBe(20);
    expect(visibleLength("Ärger über Überstunden")).toBe(20);
    expect(visibleLength("调查付款失败")).toBe(6);
    expect(visibleLength("𝒜𝒷𝒸")).toBe(3); // outside the BMP: code points, not UTF-16 units
    expect(visibleLength("🔥🔥")).toBe(2);
    // A decomposed é is one visible letter, as the precomposed one is.
    expect(visibleLength("e\u0301")).toBe(visibleLength("é"));
  });

  it("never counts more than the code points, and a string of only invisible characters counts nothing", () => {
    const invisible = fc.array(fc.constantFrom(...Object.values(INVISIBLE))).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(visibleLength(text)).toBeLessThanOrEqual([...text].length);
      }),
    );
    fc.assert(
      fc.property(invisible, fc.string({ unit: "grapheme-ascii" }), invisible, (before, text, after) => {
        expect(visibleLength(before)).toBe(0);
        // Invisible padding around any text adds nothing to its count.
        expect(visibleLength(`${before}${text}${after}`)).toBe(visibleLength(text));
      }),
    );
  });

  it("says how many characters were visible, and how many invisible ones besides whitespace were skipped", () => {
    expect(describeVisibleLength("fix it")).toBe("5 visible characters");
    expect(describeVisibleLength("  x\t")).toBe("1 visible character");
    expect(describeVisibleLength(`ok ${"\u200b".repeat(18)}`)).toBe(
      "2 visible characters (and 18 that cannot be seen)",
    );
  });
});

describe("control characters in paths", () => {
  const CONTROLS = [
    "\n",
    "\r",
    "\r\n",
    "\t",
    "\u0000",
    "\u001b",
    "\u001f",
    "\u007f",
    "\u0085",
    "\u009f",
    "\u2028",
    "\u2029",
  ];

  it("finds every C0 and C1 control and the line and paragraph separators, and nothing else", () => {
    for (const c of CONTROLS)
      expect(hasControlCharacter(`requests/p/a-${c}x.yaml`), JSON.stringify(c)).toBe(true);
    for (const c of [" ", "\u00a0", "\u200b", "\u202e", "é", "##[", "::"])
      expect(hasControlCharacter(`requests/p/a-${c}x.yaml`), JSON.stringify(c)).toBe(false);
    for (let code = 0; code <= 0xa0; code++)
      expect(hasControlCharacter(String.fromCharCode(code))).toBe(
        code <= 0x1f || (code >= 0x7f && code <= 0x9f),
      );
  });

  it("shows a path with control characters as a JSON string with every one of them escaped", () => {
    expect(showControlCharacters("requests/p/alice-x.yaml")).toBe("requests/p/alice-x.yaml");
    expect(showControlCharacters("requests/p/alice-x\n::warning::y.yaml")).toBe(
      '"requests/p/alice-x\\n::warning::y.yaml"',
    );
    expect(showControlCharacters("a\rb\tc\u0085d\u2028e\u2029f\u007fg")).toBe(
      '"a\\rb\\tc\\u0085d\\u2028e\\u2029f\\u007fg"',
    );
    // A backslash and an n spelt out are told apart from a line break.
    expect(showControlCharacters("a\\n\nb")).toBe('"a\\\\n\\nb"');
  });

  it("never lets a control character through what it shows, and what it shows reads back as the path", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (path) => {
        const shown = showControlCharacters(path);
        expect(hasControlCharacter(shown)).toBe(false);
        if (hasControlCharacter(path)) expect(JSON.parse(shown)).toBe(path);
        else expect(shown).toBe(path);
      }),
    );
  });

  it("refuses a path with a control character under a stable code, quoting it escaped", () => {
    expect(pathControlCharacter("requests/p/alice-x.yaml")).toBeUndefined();
    const problem = pathControlCharacter("requests/p/alice-x\n##[error]y.yaml");
    expect(problem?.code).toBe("path-control-character");
    expect(problem?.message).toContain('"requests/p/alice-x\\n##[error]y.yaml"');
    expect(problem?.message).not.toContain("\n");
  });
});
