import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { code, text } from "../../src/core/render/markdown.js";

/** What is left of rendered text once Markdown's escapes and the entities gitjit writes are read back. */
const unescaped = (md: string) =>
  md
    .replace(/\\([\\`*_{}[\]()#+\-.!|~])/g, "$1")
    .replace(/&#8203;/g, "\u200b")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

describe("untrusted text in Markdown", () => {
  it("keeps every character that was written, and nothing else, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii", maxLength: 200 }), (s) => {
        const flat = s.replace(/[\p{Cc}]+/gu, " ").trim();
        expect(unescaped(text(s)).replaceAll("\u200b", "")).toBe(flat);
      }),
    );
  });

  it("never lets HTML, links, images, mentions, code spans or table cells through, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii", maxLength: 200 }), (s) => {
        const md = text(s);
        expect(md).not.toMatch(/[<>]/);
        expect(md).not.toMatch(/(^|[^\\])[[\]()`|*_]/);
        expect(md).not.toMatch(/@[^&]/);
        expect(md).not.toMatch(/:\/\//);
        expect(md).not.toMatch(/\n/);
      }),
    );
  });

  it("escapes the classic attacks", () => {
    expect(text("</details><img src=x onerror=alert(1)>")).toBe(
      "&lt;/details&gt;&lt;img src=x onerror=alert\\(1\\)&gt;",
    );
    expect(text("[click](javascript:alert(1))")).toBe("\\[click\\]\\(javascript:alert\\(1\\)\\)");
    expect(text("ping @acme/admins")).toBe("ping @&#8203;acme/admins");
    expect(text("see https://evil.test and www.evil.test")).toBe(
      "see https:&#8203;//evil\\.test and www&#8203;\\.evil\\.test",
    );
    expect(text("a | b\n| --- |")).toBe("a \\| b \\| \\-\\-\\- \\|");
    expect(text("<!-- gitjit:pull-request-report -->")).toBe(
      "&lt;\\!\\-\\- gitjit:pull\\-request\\-report \\-\\-&gt;",
    );
    expect(text("\u202eevil\u2066")).toBe("evil");
    expect(code("`x`")).toBe("<code>\\`x\\`</code>");
  });

  it("cuts long text with an ellipsis", () => {
    expect(text("a".repeat(400), 10)).toBe(`${"a".repeat(9)}…`);
  });
});
