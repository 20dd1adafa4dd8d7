/** The action's entry point (action.yml runs dist/index.js, built from this file). */
import { run } from "./main.js";

await run();
// The work is done, and everything the runner reads (outputs, summary) is written: connections a
// provider keeps open (a database pool, keep-alive sockets) must not hold the job.
process.exit();
