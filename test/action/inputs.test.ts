import { describe, expect, it } from "vitest";
import { InputError, parseInputs } from "../../src/action/inputs.js";
import { modeFor } from "../../src/action/main.js";

const read = (values: Record<string, string>) => (name: string) => values[name] ?? "";

describe("the action's inputs", () => {
  it("fall back to action.yml's defaults when unset", () => {
    expect(parseInputs(read({ token: "t" }))).toEqual({
      mode: "auto",
      token: "t",
      policyDir: "policies",
      comment: true,
      dryRun: false,
      ledgerBranch: "gitjit-ledger",
    });
  });

  it("name every wrong input and what it accepts, all at once", () => {
    const parse = () =>
      parseInputs(
        read({
          mode: "deploy",
          comment: "yes",
          "dry-run": "1",
          "policy-dir": "../etc",
          "ledger-branch": "-x",
        }),
      );
    expect(parse).toThrow(InputError);
    expect(parse).toThrow(
      [
        'input policy-dir is "../etc"; expected a folder inside the repository',
        'input ledger-branch is "-x"; expected a branch name such as gitjit-ledger',
        'input mode is "deploy"; expected one of: auto, validate, apply, sweep',
        'input comment is "yes"; expected one of: true, false',
        'input dry-run is "1"; expected one of: true, false',
      ].join("\n"),
    );
  });

  it("take a ledger kept in a repository of its own, and its writer's token, and refuse a repository that is not owner/repo", () => {
    expect(
      parseInputs(
        read({ token: "t", "ledger-repository": "acme/access-ledger", "ledger-token": " ghs_app " }),
      ),
    ).toMatchObject({ ledgerRepository: "acme/access-ledger", ledgerToken: "ghs_app" });
    for (const bad of ["acme", "acme/..", "https://github.com/acme/x", "acme/x/y", "-acme/x"])
      expect(() => parseInputs(read({ "ledger-repository": bad })), bad).toThrow(
        `input ledger-repository is "${bad}"; expected owner/repo`,
      );
  });

  it("pick the mode from the event when it is auto", () => {
    const inputs = parseInputs(read({}));
    expect(
      ["pull_request", "pull_request_target", "pull_request_review"].map((e) => modeFor(inputs, e)),
    ).toEqual(["validate", "validate", "validate"]);
    expect(modeFor(inputs, "push")).toBe("apply");
    expect(modeFor(inputs, "schedule")).toBe("sweep");
    expect(modeFor(inputs, "workflow_dispatch")).toBe("sweep");
    expect(() => modeFor(inputs, "issue_comment")).toThrow(
      /mode auto does not know what to do on the issue_comment event/,
    );
    expect(modeFor({ ...inputs, mode: "sweep" }, "push")).toBe("sweep");
  });
});
