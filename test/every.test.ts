import { describe, expect, it } from "vitest";
import { checkCron, runEvery } from "../src/commands/every.js";

describe("--every CRON", () => {
  it("never starts a run while the previous one is still going", async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const logs: string[] = [];
    const stop = new AbortController();
    const done = runEvery(
      "* * * * * *", // every second
      async () => {
        running++;
        runs++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 1600)); // longer than the interval
        running--;
      },
      { signal: stop.signal, log: (m) => logs.push(m) },
    );
    await new Promise((r) => setTimeout(r, 3500));
    stop.abort();
    await done;
    expect(runs).toBeGreaterThanOrEqual(1);
    expect(most).toBe(1);
    expect(running).toBe(0); // stopping waited for the run under way
    expect(logs).toContain("the previous run is still going; this one is skipped");
  }, 15_000);

  it("keeps going after a run fails", async () => {
    let runs = 0;
    const logs: string[] = [];
    const stop = new AbortController();
    const done = runEvery(
      "* * * * * *",
      async () => {
        runs++;
        throw new Error("ledger unreachable");
      },
      { signal: stop.signal, log: (m) => logs.push(m) },
    );
    await new Promise((r) => setTimeout(r, 2600));
    stop.abort();
    await done;
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(logs[0]).toBe("scheduled run failed: ledger unreachable");
  }, 15_000);

  it("refuses a schedule that is not cron", () => {
    expect(() => checkCron("every 5 minutes")).toThrow(/not a cron schedule/);
  });
});
