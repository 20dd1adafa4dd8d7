/** The gitjit command line: picks the command, maps errors to exit codes, never shows a stack trace. */
import { ServiceError } from "../adapters/forge.js";
import { ConfigError } from "../adapters/repo-files.js";
import { LedgerError } from "../core/ledger/store.js";
import { ProviderError } from "../providers/provider.js";
import { type CliIO, EXIT, UsageError } from "./io.js";
import { validateCommand } from "./validate.js";

type Command = { summary: string; run: (args: readonly string[], io: CliIO) => Promise<number> };

const COMMANDS: Record<string, Command> = {
  validate: { summary: "check request files against the schema and the policy", run: validateCommand },
  codeowners: {
    summary: "write or check the gitjit section of CODEOWNERS",
    run: async (args, io) => (await import("./codeowners.js")).codeownersCommand(args, io),
  },
  approvals: {
    summary: "check a pull request's reviews against the approval rule",
    run: async (args, io) => (await import("./approvals.js")).approvalsCommand(args, io),
  },
  plan: {
    summary: "show the exact platform calls each request would cause",
    run: async (args, io) => (await import("./plan.js")).planCommand(args, io),
  },
  impact: {
    summary: "what a policy change does: loosened, tightened, who gains access",
    run: async (args, io) => (await import("./impact.js")).impactCommand(args, io),
  },
  sweep: {
    summary: "revoke expired grants, remove orphans, warn before expiry",
    run: async (args, io) => (await import("./sweep.js")).sweepCommand(args, io),
  },
  audit: {
    summary: "who held what, history, verify and export, from git alone",
    run: async (args, io) => (await import("./audit.js")).auditCommand(args, io),
  },
  demo: {
    summary: "the whole lifecycle on this machine: no cloud account, no network",
    run: async (args, io) => (await import("./demo.js")).demoCommand(args, io),
  },
  report: {
    summary: "write a self-contained HTML page with the access timeline",
    run: async (args, io) => (await import("./report.js")).reportCommand(args, io),
  },
};

const help = () =>
  [
    "Usage: gitjit <command> [options]",
    "",
    "Just-in-time access through pull requests.",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`),
    "",
    "Run gitjit <command> --help for a command's options.",
  ].join("\n");

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`gitjit: unknown command "${name}"\n\n${help()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`gitjit ${name}: ${error.message}\nRun gitjit ${name} --help for usage.`);
      return EXIT.usage;
    }
    if (error instanceof ServiceError) {
      io.stderr(`gitjit ${name}: error ${error.code}: ${error.message}`);
      return EXIT.system;
    }
    if (error instanceof ConfigError) {
      io.stderr(`gitjit ${name}: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof LedgerError || error instanceof ProviderError) {
      io.stderr(`gitjit ${name}: error ${error.code}: ${error.message}`);
      return EXIT.system;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `gitjit ${name}: internal error: ${message}\nThis is a bug in gitjit, not in your files. Set GITJIT_DEBUG=1 for details.`,
    );
    if (io.env.GITJIT_DEBUG && error instanceof Error && error.stack) io.stderr(error.stack);
    return EXIT.usage;
  }
}
