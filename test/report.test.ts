import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { readAuditLog } from "../src/commands/audit.js";
import { renderReportHtml } from "../src/core/render/report-html.js";
import { runCli } from "./support/cli.js";
import { History } from "./support/history.js";
import { entry, PG_NATIVE } from "./support/ledger-fixtures.js";

const CHROMIUM = "/usr/bin/chromium";
const HOSTILE = `<img src=x onerror="alert('xss')"><script>alert(1)</script>`;

let h: History;
afterEach(() => h?.cleanup());

async function historyWithGrants() {
  h = new History();
  const a = entry(1, {
    principal: "octocat",
    grant: PG_NATIVE,
    justification: HOSTILE,
    ticket: `INC-1"><b>bold</b>`,
  });
  const b = entry(2, { principal: "monalisa" });
  const c = entry(3, {
    principal: "octocat",
    startsAt: "2026-12-01T12:00:00.000Z",
    expiresAt: "2026-12-01T14:00:00.000Z",
  });
  await h.grant(a);
  await h.grant(b);
  await h.at("2026-12-01T09:45:00Z").revoke(b.id, b.requester);
  await h.sweep("2026-12-01T11:02:00Z");
  await h.at("2026-12-01T12:00:00Z").grant(c);
  return { a, b, c };
}

describe("gitjit report --html", () => {
  it("escapes every string that came from a request", async () => {
    await historyWithGrants();
    const log = await readAuditLog(h.store, h.now);
    const page = renderReportHtml({
      histories: log.histories,
      records: log.records,
      origin: log.origin,
      now: h.now,
    });
    expect(page).not.toContain("<img src=x");
    expect(page).not.toContain("<script>alert(1)");
    expect(page).not.toContain("<b>bold</b>");
    expect(page).toContain("&lt;img src=x onerror=&quot;alert(&#39;xss&#39;)&quot;&gt;");
    expect(page.match(/<script\b/g)).toHaveLength(1); // the page's own, allowed by hash
    expect(page).toMatch(
      /Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; script-src &#39;sha256-/,
    );
  }, 30_000);

  it.skipIf(!existsSync(CHROMIUM))(
    "opens in headless Chromium with no console errors and no network, and shows the expected grants",
    async () => {
      const { a, b, c } = await historyWithGrants();
      const out = resolve(".tmp/report");
      mkdirSync(out, { recursive: true });
      const file = join(out, "report.html");
      const cli = await runCli(["report", "--html", file, "--now", "2026-12-01T12:30:00Z"], { cwd: h.repo });
      expect(cli.stdout).toContain("3 grants");
      expect(cli.code).toBe(0);

      const profile = mkdtempSync(join(tmpdir(), "gitjit-chromium-"));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
      });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        const problems: string[] = [];
        const requests: string[] = [];
        page.on("console", (m) => {
          if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
        });
        page.on("pageerror", (e) => problems.push(e.message));
        page.on("dialog", (d) => {
          problems.push(`dialog: ${d.message()}`);
          void d.dismiss();
        });
        page.on("request", (r) => requests.push(r.url()));
        await page.goto(pathToFileURL(file).href);
        await page.waitForLoadState("load");

        const principalView = page.locator('.view[data-view="principal"]');
        const statuses: Record<string, string | null> = {};
        for (const row of await principalView.locator(".grant").all())
          statuses[(await row.getAttribute("data-grant")) as string] = await row.getAttribute("data-status");
        expect(statuses).toEqual({ [a.id]: "expired", [b.id]: "revoked", [c.id]: "active" });
        expect(await principalView.locator(".group h2").allTextContents()).toEqual(["monalisa", "octocat"]);
        for (const bar of await principalView.locator(".bar").all()) expect(await bar.isVisible()).toBe(true);

        // The hostile justification is shown as text, and made no element.
        await page.locator(`.grant[data-grant="${a.id}"] summary`).first().click();
        expect(await page.locator(`.grant[data-grant="${a.id}"] .trail`).first().textContent()).toContain(
          HOSTILE,
        );
        expect(await page.locator("img").count()).toBe(0);
        expect(await page.locator("b", { hasText: "bold" }).count()).toBe(0);

        // Filters: one principal, then the per-resource view.
        await page.selectOption("#f-principal", "octocat");
        expect(await page.locator("#shown").textContent()).toBe("2");
        await page.locator('input[name="view"][value="resource"]').check();
        const resourceView = page.locator('.view[data-view="resource"]');
        expect(await resourceView.isVisible()).toBe(true);
        expect(await resourceView.locator(".group h2").allTextContents()).toEqual([
          "postgres:PAYOUTS_DB_URL/payouts_readonly",
        ]);
        await page.selectOption("#f-principal", "");
        await page.fill("#f-text", "pjhyett");
        expect(await page.locator("#shown").textContent()).toBe("3");
        await page.fill("#f-text", "");
        await page.locator('input[name="view"][value="principal"]').check();

        await page.screenshot({ path: join(out, "report.png"), fullPage: true });
        expect(existsSync(join(out, "report.png"))).toBe(true);
        expect(problems).toEqual([]);
        expect(requests.every((u) => u.startsWith("file:"))).toBe(true);
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
    },
    60_000,
  );

  it.skipIf(existsSync(CHROMIUM))(
    `browser check skipped: ${CHROMIUM} is absent (apt-get install chromium)`,
    () => {},
  );
});
