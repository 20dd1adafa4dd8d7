import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ConfigError, workTreeFiles } from "../adapters/repo-files.js";
import { auditLog, history, verifyContents, who } from "../commands/audit.js";
import { policyLedgerKeys } from "../commands/ledger-trust.js";
import { parseDuration } from "../core/duration.js";
import { claimedPaths } from "../core/ledger/causes.js";
import { type Broken, readChain } from "../core/ledger/chain.js";
import {
  renderBroken,
  renderExportCsv,
  renderExportJson,
  renderHistoryText,
  renderWhoJson,
  renderWhoText,
} from "../core/render/audit-output.js";
import { parse, parseFormat, parseNow, repoPath } from "./args.js";
import { type CliIO, EXIT, UsageError } from "./io.js";
import {
  causesAt,
  LEDGER_HELP,
  LEDGER_OPTIONS,
  ledgerLocation,
  MAIN_HELP,
  openStore,
} from "./ledger-options.js";

export const auditHelp = `Usage: gitjit audit <question> [options]

Answers from the ledger branch in this repository alone (no network; run git fetch first
to see the newest records).

Questions:
  who --resource R --at T        who held access on R at time T, and who approved it. R is
                                 an account (aws:123456789012), an ARN, a GCP project
                                 (projects/acme-prod), an Azure scope, github:ORG/TEAM or
                                 postgres:CONNECTION/ROLE; a parent finds grants under it
  history [--principal P] [--since T] [--until T]
                                 the audit records, oldest first
  verify [--grace DUR] [--now T] [--policy DIR] [--main REF]
                                 the hash chain is intact; every record since signing began is
                                 signed by a ledger key the policy (--policy, default policies)
                                 lists as valid at its time; every record follows from the one
                                 before and none is dated after --now; every grant has its
                                 approvals, and every grant, extension and revoke its cause on
                                 the default branch (--main); every grant past expiry (by more
                                 than --grace, default 1h) has ended; the active files match the
                                 log. Exit 1 naming the first broken record
  export --format csv|json [--output FILE]
                                 every record, for a spreadsheet or another tool

Options:
${LEDGER_HELP}
${MAIN_HELP}
  --format FORMAT   text (default) or json; for export, csv or json
  -h, --help        show this help`;

export async function auditCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    resource: { type: "string" },
    at: { type: "string" },
    principal: { type: "string" },
    since: { type: "string" },
    until: { type: "string" },
    grace: { type: "string" },
    now: { type: "string" },
    output: { type: "string" },
    format: { type: "string" },
    policy: { type: "string" },
    main: { type: "string" },
    ...LEDGER_OPTIONS,
  });
  const [question, ...extra] = positionals;
  if (values.help || question === undefined) {
    io.stdout(auditHelp);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
  const location = await ledgerLocation(values, io);
  const now = parseNow(values.now);
  const store = openStore(location, () => now);
  // Read once; only verify checks each commit's anchor, which costs a walk over every commit.
  const contents = await store.contents({ anchors: question === "verify" });
  if (contents.commit === undefined)
    throw new ConfigError(
      `no ledger here: ${store.location} does not exist in ${location.repo}${location.remote ? ` (git fetch ${location.remote} ${location.branch})` : ""}`,
    );

  switch (question) {
    case "who": {
      if (values.resource === undefined || values.at === undefined)
        throw new UsageError("who needs --resource and --at");
      const at = parseTime("--at", values.at);
      const log = auditLog(contents, store.location, now);
      warnBroken(log.broken, io);
      const answers = who(log, values.resource, at);
      const format = parseFormat(values.format);
      io.stdout(
        format === "json"
          ? renderWhoJson(answers, values.resource, at, log.origin)
          : renderWhoText(answers, values.resource, at, log.origin),
      );
      return EXIT.ok;
    }
    case "history": {
      const log = auditLog(contents, store.location, now);
      warnBroken(log.broken, io);
      const records = history(log, {
        principal: values.principal,
        since: values.since === undefined ? undefined : parseTime("--since", values.since),
        until: values.until === undefined ? undefined : parseTime("--until", values.until),
      });
      const format = parseFormat(values.format);
      io.stdout(
        format === "json"
          ? JSON.stringify({ origin: log.origin, records }, null, 2)
          : renderHistoryText(records, log.byId),
      );
      return EXIT.ok;
    }
    case "verify": {
      const grace = parseDuration(values.grace ?? "1h");
      if (!grace.ok) throw new UsageError(`--grace: ${grace.reason}`);
      const policyDir = repoPath(io.cwd, values.policy ?? "policies");
      const { keys, warning } = await policyLedgerKeys(workTreeFiles(io.cwd), policyDir);
      if (warning) io.stderr(`warning: ${warning}`);
      // Only the request files records name are read from the default branch.
      const mainLog = await (await causesAt(location.repo, values.main))(() =>
        claimedPaths(readChain(contents.auditFiles).records.map((r) => r.record)),
      );
      const result = verifyContents(contents, now, grace.ms, {
        keys,
        ...("index" in mainLog ? { causes: mainLog.index } : {}),
      });
      const { verified: _verified, ...shown } = result;
      const unchecked = "unavailable" in mainLog ? mainLog.unavailable : undefined;
      const format = parseFormat(values.format);
      if (format === "json")
        io.stdout(
          JSON.stringify(
            {
              ok: result.problems.length === 0,
              ...shown,
              ...(unchecked ? { causesUnchecked: unchecked } : {}),
            },
            null,
            2,
          ),
        );
      else if (result.problems.length === 0)
        io.stdout(
          `audit verify: ok: ${result.records} records, ${result.grants} grants, chain intact; ${signingText(result.signing)}; ${
            result.causes
              ? `causes checked against ${result.causes.ref} (${result.causes.checked} grants, extensions and revokes)`
              : `causes not checked: ${unchecked}`
          } (${store.location})`,
        );
      else {
        for (const problem of result.problems) io.stdout(renderBroken(problem));
        io.stdout(
          `audit verify: FAILED: the first broken record is ${renderBroken(result.problems[0] as (typeof result.problems)[0])}`,
        );
      }
      return result.problems.length === 0 ? EXIT.ok : EXIT.invalid;
    }
    case "export": {
      const format = values.format ?? "json";
      if (format !== "csv" && format !== "json")
        throw new UsageError(`--format ${format}: expected csv or json`);
      const log = auditLog(contents, store.location, now);
      warnBroken(log.broken, io);
      const text =
        format === "csv"
          ? renderExportCsv(log.records, log.byId)
          : `${renderExportJson(log.records, log.origin)}\n`;
      if (values.output === undefined) io.stdout(text.replace(/\r?\n$/, ""));
      else await writeFile(resolve(io.cwd, values.output), text);
      return EXIT.ok;
    }
    default:
      throw new UsageError(`unknown question "${question}": expected who, history, verify or export`);
  }
}

function signingText(signing: { keys: number; signed: number; before: number }): string {
  if (signing.keys === 0) return "not signed (the policy lists no ledger keys)";
  const before = signing.before > 0 ? `, ${signing.before} records from before signing began` : "";
  return `${signing.signed} commit${signing.signed === 1 ? "" : "s"} signed by the policy's ledger keys${before}`;
}

function parseTime(flag: string, value: string): Date {
  try {
    return parseNow(value);
  } catch {
    throw new UsageError(`${flag} ${value}: expected an ISO 8601 time such as 2026-12-01T09:00:00Z`);
  }
}

function warnBroken(broken: Broken | undefined, io: CliIO) {
  if (broken)
    io.stderr(
      `warning: the audit log is broken at ${renderBroken(broken)}; answering from the records before it (run gitjit audit verify)`,
    );
}
