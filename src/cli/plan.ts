import { plan } from "../commands/plan.js";
import { renderPlanJson, renderPlanText } from "../core/render/plan-output.js";
import { renderValidateJson, renderValidateText } from "../core/render/validate-output.js";
import { parse } from "./args.js";
import { type CliIO, EXIT, UsageError } from "./io.js";
import { JUDGING_OPTIONS, judgingSetup } from "./judging.js";

export const planHelp = `Usage: gitjit plan [FILES...] [options]

Shows the exact platform calls each request would cause: the API and the body sent, who ends
the grant (the platform itself, or gitjit's sweep) and when. The files are validated first;
invalid requests are reported as gitjit validate reports them. With no FILES, plans every
YAML file under requests/. Needs no cloud credentials.

Options:
  --policy DIR      the policy folder (default: policies)
  --author LOGIN    the pull request's author; the requester must be this login
  --base REF        read the policy from this commit instead of the work tree
  --pr NUMBER       the pull request adding the requests (part of each grant's id)
  --now ISO         plan as of this time (default: now)
  --format FORMAT   text (default, Markdown as in the pull request comment) or json
  -h, --help        show this help

Exit status: 0 planned, 1 a request is invalid or cannot be granted, 2 usage or configuration error.`;

function parsePr(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9][0-9]{0,9}$/.test(value)) throw new UsageError(`--pr ${value}: expected a pull request number`);
  return Number(value);
}

export async function planCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, { ...JUDGING_OPTIONS, pr: { type: "string" } });
  if (values.help) {
    io.stdout(planHelp);
    return EXIT.ok;
  }
  const setup = await judgingSetup(values, positionals, io);
  const options = { ...setup.options, pr: parsePr(values.pr) };
  const outcome = await plan(options, setup.sources);
  if (outcome.kind === "invalid") {
    io.stdout(
      options.format === "json"
        ? renderValidateJson(outcome.validation)
        : renderValidateText(outcome.validation),
    );
    return EXIT.invalid;
  }
  io.stdout(options.format === "json" ? renderPlanJson(outcome.plan) : renderPlanText(outcome.plan));
  return outcome.plan.grants.some((g) => g.error) ? EXIT.invalid : EXIT.ok;
}
