import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { actionsIO } from "../../src/action/io.js";
import { neutraliseWorkflowCommands as neutralise } from "../../src/action/workflow-commands.js";
import { parseCommands } from "../support/action.js";

/** Every line break anyone might split on: the runner's (LF, CRLF, CR) and Unicode's others. */
const ANY_LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/;

/** Would the runner take this line (split on any line break) for a command, in either syntax? */
const commandLike = (line: string) =>
  line.replace(/^\p{White_Space}+/u, "").startsWith("::") || line.includes("##[");

const linesOf = (text: string) => text.split(ANY_LINE_BREAK);

/** Text built from the pieces commands are made of, so that random text often almost forms one. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "::",
        ":",
        "##[",
        "#",
        "[",
        "]",
        "error",
        "set-output name=x",
        "add-mask",
        " ",
        "\t",
        "\u00a0",
        "\u3000",
        "\u200b",
        "\ufeff",
        "\n",
        "\r",
        "\r\n",
        "\u0085",
        "\u2028",
        "\u2029",
        "\v",
        "%0A",
      ),
      fc.string({ unit: "binary", maxLength: 4 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

describe("neutralising workflow commands in the action's output", () => {
  it("breaks :: at the start of a line and after leading whitespace, and ##[ anywhere", () => {
    expect(neutralise("::error::boom")).toBe(":\u200b:error::boom");
    expect(neutralise("  \t::set-output name=x::y")).toBe("  \t:\u200b:set-output name=x::y");
    expect(neutralise("\u3000\u00a0::warning::w")).toBe("\u3000\u00a0:\u200b:warning::w");
    expect(neutralise("see requests/p/a-##[error]x.yaml")).toBe("see requests/p/a-#\u200b#[error]x.yaml");
    expect(neutralise("###[x] ##[y] ##[")).toBe("##\u200b#[x] #\u200b#[y] #\u200b#[");
  });

  it("covers every line of a multi-line message, whatever its line breaks, and keeps them", () => {
    const text = "first\n::error::a\r\n  ::warning::b\r::notice::c\u2028::debug::d\u0085::x::e";
    const out = neutralise(text);
    expect(out).toBe(
      "first\n:\u200b:error::a\r\n  :\u200b:warning::b\r:\u200b:notice::c\u2028:\u200b:debug::d\u0085:\u200b:x::e",
    );
    expect(parseCommands(out)).toEqual([]);
  });

  it("leaves text that could not be a command as it was: ARNs, scopes, times, Markdown headings", () => {
    for (const text of [
      "arn:aws:iam::123456789012:role/x",
      "gitjit: invalid: Rejected: path-control-character",
      "10:00:00 :: step",
      "# heading ## [link]",
      "a:b::c",
      "",
    ])
      expect(neutralise(text)).toBe(text);
  });

  it("for any text, no line of what it returns is a command, split on any line break", () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: "binary" })), (text) => {
        const out = neutralise(text);
        expect(linesOf(out).filter(commandLike)).toEqual([]);
        expect(parseCommands(out)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it("is idempotent, and only ever adds zero-width spaces", () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: "binary" })), (text) => {
        const once = neutralise(text);
        expect(neutralise(once)).toBe(once);
        // A reader sees the same characters: nothing is removed or replaced.
        expect(once.replaceAll("\u200b", "")).toBe(text.replaceAll("\u200b", ""));
        expect(once.length - text.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the action's output to the runner (actionsIO)", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  /** What actionsIO writes to stdout while `act` runs. */
  function printed(act: () => void): string {
    const chunks: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    });
    act();
    vi.restoreAllMocks();
    return chunks.join("");
  }

  const ATTACKS = [
    "::error::forged",
    "  ::set-output name=x::forged",
    "requests/p/a-##[error]forged.yaml",
    "ok\n::warning::forged",
    "ok\r::warning::forged",
    "ok\r\n\t::add-mask::forged",
    "ok\u2028::notice::forged",
  ];

  it("prints log lines and debug lines that no runner reads as commands", () => {
    for (const attack of ATTACKS) {
      const out = printed(() => actionsIO.info(attack));
      expect(parseCommands(out), JSON.stringify(attack)).toEqual([]);
      expect(out.replaceAll("\u200b", "")).toContain(attack);
      const debug = parseCommands(printed(() => actionsIO.debug(attack)));
      expect(debug.map((c) => c.command)).toEqual(["debug"]);
      expect(linesOf(debug[0]?.message ?? "").filter(commandLike)).toEqual([]);
    }
  });

  it("prints each annotation and the failure as the action's one command, with harmless text", () => {
    for (const attack of ATTACKS) {
      const out = printed(() => {
        actionsIO.error(attack, { file: "requests/p/a-##[x].yaml", line: 2, column: 3, title: attack });
        actionsIO.warning(attack);
        actionsIO.notice(attack, { title: "gitjit x" });
        actionsIO.fail(attack);
      });
      const commands = parseCommands(out);
      expect(
        commands.map((c) => c.command),
        JSON.stringify(attack),
      ).toEqual(["error", "warning", "notice", "error"]);
      // Only the action's own commands, each on a line of its own at column 0.
      expect(out.split(/\r\n|\r|\n/).filter((l) => l !== "" && !l.startsWith("::"))).toEqual([]);
      for (const c of commands) {
        expect(linesOf(c.message).filter(commandLike)).toEqual([]);
        expect(c.message.replaceAll("\u200b", "")).toBe(attack);
        expect(linesOf(c.properties.title ?? "").filter(commandLike)).toEqual([]);
      }
      // The file keeps naming the file.
      expect(commands[0]?.properties.file).toBe("requests/p/a-##[x].yaml");
    }
  });
});
