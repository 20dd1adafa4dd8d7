import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ConfigError } from "../adapters/repo-files.js";
import { readAuditLog } from "../commands/audit.js";
import { renderBroken } from "../core/render/audit-output.js";
import { renderReportHtml } from "../core/render/report-html.js";
import { parse, parseNow } from "./args.js";
import { type CliIO, EXIT, UsageError } from "./io.js";
import { LEDGER_HELP, LEDGER_OPTIONS, ledgerLocation, openStore } from "./ledger-options.js";

export const reportHelp = `Usage: gitjit report --html FILE [options]

Writes one self-contained HTML page (it loads nothing from the network) with every grant on a
timeline, per principal and per resource, with filters and each grant's approval trail. Read
from the ledger branch in this repository alone.

Options:
  --html FILE       where to write the page
  --now ISO         draw the timeline as of this time (default: now)
${LEDGER_HELP}
  -h, --help        show this help`;

export async function reportCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    html: { type: "string" },
    now: { type: "string" },
    ...LEDGER_OPTIONS,
  });
  if (values.help) {
    io.stdout(reportHelp);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  if (values.html === undefined) throw new UsageError("--html FILE is required");
  const now = parseNow(values.now);
  const location = await ledgerLocation(values, io);
  const store = openStore(location, () => now);
  const log = await readAuditLog(store, now);
  if (log.records.length === 0 && !log.broken && !(await store.contents()).commit)
    throw new ConfigError(`no ledger here: ${store.location} does not exist in ${location.repo}`);
  if (log.broken)
    io.stderr(
      `warning: the audit log is broken at ${renderBroken(log.broken)}; the report shows the records before it`,
    );
  const file = resolve(io.cwd, values.html);
  await writeFile(
    file,
    renderReportHtml({ histories: log.histories, records: log.records, origin: log.origin, now }),
  );
  io.stdout(
    `wrote ${values.html}: ${log.histories.filter((h) => h.granted).length} grants, ${log.records.length} audit records (${log.origin})`,
  );
  return EXIT.ok;
}
