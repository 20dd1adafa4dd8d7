/** The action's entry point (action.yml runs dist/index.js, built from this file). */
import { format } from "node:util";
import { actionsIO } from "./io.js";
import { run } from "./main.js";

// The runner reads workflow commands from everything the step prints, stdout and stderr alike. A
// library that logs through console would bypass actionsIO and its neutralising: route it there.
for (const method of ["log", "info", "warn", "error", "debug"] as const)
  console[method] = (...args: unknown[]) => actionsIO.info(format(...args));

await run();
// The work is done, and everything the runner reads (outputs, summary) is written: connections a
// provider keeps open (a database pool, keep-alive sockets) must not hold the job.
process.exit();
