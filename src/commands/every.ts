/** Runs a job on a cron schedule (node-cron) until stopped, never starting a run while one is going. */
import cron from "node-cron";

export class ScheduleError extends Error {}

export function checkCron(expression: string): void {
  const check = cron.validateDetailed(expression);
  if (!check.valid)
    throw new ScheduleError(
      `"${expression}" is not a cron schedule: ${check.errors.map((e) => `${e.field}: ${e.message}`).join("; ")}`,
    );
}

export interface EveryOptions {
  /** Resolves the returned promise when aborted (SIGINT/SIGTERM in the CLI). */
  signal: AbortSignal;
  log(message: string): void;
}

export async function runEvery(
  expression: string,
  job: () => Promise<void>,
  options: EveryOptions,
): Promise<void> {
  checkCron(expression);
  const quiet = {
    info: () => {},
    warn: () => {},
    debug: () => {},
    error: (message: string | Error) =>
      options.log(`scheduled run failed: ${message instanceof Error ? message.message : message}`),
  };
  let current: Promise<void> | undefined;
  const run = async () => {
    try {
      await job();
    } catch (error) {
      options.log(`scheduled run failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const task = cron.createTask(
    expression,
    () => {
      current = run();
      return current;
    },
    { noOverlap: true, logger: quiet, name: "gitjit-sweep" },
  );
  task.on("execution:overlap", () => options.log("the previous run is still going; this one is skipped"));
  await task.start();
  await new Promise<void>((resolve) => {
    if (options.signal.aborted) resolve();
    else options.signal.addEventListener("abort", () => resolve(), { once: true });
  });
  await task.stop();
  await current; // a run under way finishes before this returns
  await task.destroy();
}
