// The MRR file import: a file chosen, dropped or pasted is read in a worker, in the browser,
// and its window's movements fill the calculator; checked against the fixtures' hand-worked
// figures (README.md, "MRR file import").
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { session, open, dataValue, fillAll } from "./harness.mjs";
import { writeMrrFile } from "../../scripts/bench/mrr-file.mjs";

const s = session();
const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;

async function openImport(page) {
  await page.getByTestId("open-import").click();
  assert.equal(await page.getByTestId("open-import").getAttribute("aria-expanded"), "true");
  await page.getByTestId("import-file").waitFor({ state: "attached" });
}

const inputs = (page) => Promise.all(["start", "expansion", "contraction", "churn"].map((f) => page.getByTestId(`input-${f}`).inputValue()));

test("a long file fills the calculator and shows the series, cohorts and segments", async () => {
  const { page, context, log } = await open(s.browser, s.origin, "/", { permissions: ["clipboard-read", "clipboard-write"] });
  await openImport(page);
  await page.getByTestId("import-file").setInputFiles(join(FIXTURES, "mrr-long.csv"));
  const summary = page.getByTestId("import-summary");
  await summary.waitFor();
  assert.deepEqual(await summary.evaluate((e) => ({ ...e.dataset })), { testid: "import-summary", rows: "57", skipped: "0", customers: "5", months: "13" });
  await page.waitForFunction(() => location.hash.startsWith("#start=1350"));
  assert.deepEqual(await inputs(page), ["1350", "500", "20", "200"]);
  assert.match(await dataValue(page, "result-nrr"), /^120\.7407/);
  assert.match(await dataValue(page, "result-grr"), /^83\.7037/);
  assert.equal(await dataValue(page, "result-new-mrr"), "400");
  assert.equal(await dataValue(page, "result-logo-retention"), "75");
  const last = page.getByTestId("import-series-2025-01");
  assert.match(await last.getAttribute("data-nrr"), /^120\.7407/);
  assert.match(await last.getAttribute("data-grr"), /^83\.7037/);
  assert.equal(await page.getByTestId("import-series-2024-06").getAttribute("data-nrr"), null, "no twelve months of history yet");
  assert.equal(await page.getByTestId("chart-cohorts").locator("svg[role=img]").count(), 1);
  const firstCohort = page.locator(".import-cohorts tbody tr").first();
  // Written as the calculator writes rates (calc::format): $1,630 of $1,350 kept is 120.7407…%.
  assert.deepEqual(await firstCohort.locator("th, td").allInnerTexts(), ["2024-01", "4", "$1,350", "100%", "100%", "120.74%", "—"]);
  assert.equal(await page.getByTestId("import-nrr").innerText(), "120.74%");
  assert.equal(await dataValue(page, "import-segment-enterprise-nrr"), "150");
  assert.match(await dataValue(page, "import-segment-smb-nrr"), /^37\.14/);
  assert.match(await page.getByTestId("import-segment-warning").innerText(), /hides SMB below 90%/);
  assert.match(await page.getByTestId("import-share-note").innerText(), /never a customer/);
  // The address carries the four totals and the window only, and so does Copy link.
  await page.waitForFunction(() => location.hash.includes("window=2024-01..2025-01"));
  assert.doesNotMatch(decodeURIComponent(page.url()), /acme|beta|gamma|Enterprise/);
  await page.getByTestId("copy-link").click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()),
    `${s.origin}/#start=1350&expansion=500&contraction=20&churn=200&window=2024-01..2025-01`);
  // Edited by hand, the figures no longer came from the file: the note goes.
  await fillAll(page, ["1351", "500", "20", "200"]);
  await page.getByTestId("import-share-note").waitFor({ state: "detached" });
  assert.deepEqual([log.foreignRequests, log.consoleErrors, log.pageErrors], [[], [], []]);
  await context.close();
});

test("a dropped wide sheet gives the same figures; another window refills the calculator", async () => {
  const { page, context } = await open(s.browser, s.origin);
  await openImport(page);
  const text = readFileSync(join(FIXTURES, "mrr-wide.csv"), "utf8");
  await page.evaluate((body) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([body], "mrr-wide.csv", { type: "text/csv" }));
    const zone = document.querySelector("[data-testid=import-drop]");
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, text);
  await page.getByTestId("import-summary").waitFor();
  await page.waitForFunction(() => location.hash.startsWith("#start=1350"));
  assert.deepEqual(await inputs(page), ["1350", "500", "20", "200"]);
  // December 2024 → January 2025: a month.
  await page.getByTestId("import-window-start").selectOption("2024-12");
  await page.waitForFunction(() => location.hash.includes("period=month"));
  assert.deepEqual(await inputs(page), ["1650", "400", "20", "0"]);
  assert.match(await dataValue(page, "result-nrr"), /^123\.0303/);
  assert.equal(await page.getByTestId("input-period").inputValue(), "month");
  await context.close();
});

test("bad rows are listed by line; an unusable file changes nothing typed", async () => {
  const { page, context } = await open(s.browser, s.origin);
  await fillAll(page, ["100", "10", "0", "0"]);
  await openImport(page);
  await page.getByTestId("import-paste").fill("name,value\nx,1\n");
  await page.getByTestId("import-read").click();
  await page.locator(".import-status").filter({ hasText: "Nothing was changed" }).waitFor();
  assert.deepEqual(await inputs(page), ["100", "10", "0", "0"]);
  await page.getByTestId("import-file").setInputFiles(join(FIXTURES, "mrr-bad-rows.csv"));
  await page.getByTestId("import-summary").waitFor();
  assert.equal(await page.getByTestId("import-summary").getAttribute("data-skipped"), "5");
  const lines = await page.getByTestId("import-skipped").locator("li").evaluateAll((items) => items.map((i) => i.dataset.line));
  assert.deepEqual(lines, ["4", "5", "6", "7", "8"]);
  assert.match(await page.getByTestId("import-skipped").innerText(), /Line 6: MRR “abc”/);
  await context.close();
});

test("dates that could be either order are asked about, once, for the whole file", async () => {
  const { page, context } = await open(s.browser, s.origin);
  await openImport(page);
  await page.getByTestId("import-paste").fill("customer\tdate\tmrr\na\t01/02/2024\t100\na\t01/03/2024\t110\nb\t01/02/2024\t50\n");
  await page.getByTestId("import-read").click();
  const question = page.getByTestId("import-date-order");
  await question.waitFor();
  await question.selectOption("month-first");
  await page.getByRole("button", { name: "Read it again" }).click();
  await page.getByTestId("import-summary").waitFor();
  // Month first, 01/02 and 01/03 are the 2nd and 3rd of January: one month.
  assert.equal(await page.getByTestId("import-summary").getAttribute("data-months"), "1");
  assert.equal(await page.getByTestId("import-date-order").count(), 0, "asked once, then gone");
  await context.close();
});

test("a million-row file shows progress, can be cancelled, and typing stays live meanwhile", async () => {
  const path = join(tmpdir(), "mrr-million.csv");
  writeMrrFile(path, 1_000_000);

  const { page, context, log } = await open(s.browser, s.origin);
  await fillAll(page, ["", "100", "0", "0"]);
  await openImport(page);
  await page.getByTestId("import-file").setInputFiles(path);
  await page.getByTestId("import-progress").waitFor();
  // While the worker reads, the calculator answers a keystroke at once.
  await page.getByTestId("input-start").pressSequentially("1000");
  assert.equal(await dataValue(page, "result-nrr"), "110");
  assert.equal(await page.getByTestId("import-summary").count(), 0, "…and the file was still being read");
  await page.getByTestId("import-summary").and(page.locator("[data-rows='1000000']")).waitFor({ timeout: 20000 });
  assert.ok(Number(await page.getByTestId("import-progress").getAttribute("data-value")) > 0);

  // Again, cancelled: the figures from the first read stay.
  const before = await inputs(page);
  await page.getByTestId("import-file").setInputFiles([]);
  await page.getByTestId("import-file").setInputFiles(path);
  await page.getByTestId("import-cancel").click();
  await page.locator(".import-status").filter({ hasText: "Cancelled" }).waitFor();
  assert.deepEqual(await inputs(page), before);
  assert.deepEqual([log.foreignRequests, log.pageErrors], [[], []]);
  await context.close();
});

test("on a phone a file's figures scroll nothing sideways", async () => {
  const { page, context } = await open(s.browser, s.origin, "/", { viewport: { width: 320, height: 700 } });
  await openImport(page);
  await page.getByTestId("import-file").setInputFiles(join(FIXTURES, "mrr-long.csv"));
  await page.getByTestId("import-summary").waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  await context.close();
});
