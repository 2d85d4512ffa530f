// The founder and investor tools: each behind its button, computed from the calculator's
// figures and its own parameters, all in the share link, which opens the tool again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { session, open, dataValue, typeInto } from "./harness.mjs";

const s = session();
const FIGURES = "/#start=100k&expansion=5k&contraction=2k&churn=8k";

async function openTool(page, tool) {
  const button = page.getByTestId(`open-${tool}`);
  await button.click();
  assert.equal(await button.getAttribute("aria-expanded"), "true");
}

test("target: the expansion a target NRR needs, kept in the link, which reopens it", async () => {
  const { page, context, log } = await open(s.browser, s.origin, FIGURES);
  await openTool(page, "target");
  await typeInto(page, "input-target-nrr", "110");
  await page.getByTestId("result-expansion-needed").waitFor();
  assert.equal(await dataValue(page, "result-expansion-needed"), "20000");
  assert.match(await page.getByTestId("result-expansion-needed").innerText(), /\$20,000 \(20% of starting MRR\)/);
  // 95 % today: cutting all $8,000 of churn gets to 103 %, not 110.
  assert.match(await page.locator("#tool-target").innerText(), /Cutting churn alone can't get there: it would take \$15,000, more than today's \$8,000/);
  await page.waitForFunction(() => location.hash.includes("target=110"));
  // The calculator's figures are untouched, and the link opens the tool with its answer.
  assert.equal(await dataValue(page, "result-nrr"), "95");
  const again = await context.newPage();
  await again.goto(page.url());
  await again.getByTestId("result-expansion-needed").waitFor();
  assert.equal(await again.getByTestId("open-target").getAttribute("aria-expanded"), "true");
  assert.equal(await again.getByTestId("input-target-nrr").inputValue(), "110");
  assert.equal(await dataValue(again, "result-expansion-needed"), "20000");
  // Changing the figures changes the answer.
  await typeInto(again, "input-churn", "3k");
  await again.waitForFunction(() => document.querySelector("[data-testid=result-expansion-needed]")?.dataset.value === "15000");
  assert.deepEqual([log.consoleErrors, log.pageErrors, log.foreignRequests], [[], [], []]);
  await context.close();
});

test("pitch check: implied rates and what doesn't add up", async () => {
  const { page, context } = await open(s.browser, s.origin);
  await openTool(page, "pitch");
  await typeInto(page, "input-claimed-nrr", "110");
  await typeInto(page, "input-claimed-grr", "99");
  await page.getByTestId("input-claimed-period").selectOption("month");
  await page.getByTestId("result-implied-expansion").waitFor();
  assert.equal(await dataValue(page, "result-implied-expansion"), "11");
  assert.equal(await dataValue(page, "result-implied-churn"), "1");
  await page.getByTestId("pitch-flags").locator("li").filter({ hasText: "313.84%" }).waitFor();
  await typeInto(page, "input-claimed-grr", "104");
  await page.getByTestId("pitch-flags").locator("li").filter({ hasText: "GRR above 100%" }).waitFor();
  assert.equal(await page.getByTestId("pitch-flags").locator("li").count(), 2);
  await typeInto(page, "input-claimed-nrr", "1o5");
  await page.locator("#tool-pitch [role=alert]").filter({ hasText: "isn't a percentage" }).waitFor();
  await context.close();
});

test("context: doubling time, the valuation band with its source, the quick ratio", async () => {
  const { page, context } = await open(s.browser, s.origin, "/#start=100&expansion=20&contraction=0&churn=0");
  await openTool(page, "context");
  await page.getByTestId("result-doubling-years").waitFor();
  assert.equal(await dataValue(page, "result-doubling-years"), "3.8");
  assert.equal(await dataValue(page, "result-valuation-band"), "5.6");
  assert.match(await page.locator("#tool-context").innerText(), /Software Equity Group.*Q4 2024.*not private valuations/s);
  await typeInto(page, "input-new", "30");
  await page.getByTestId("result-quick-ratio").filter({ hasText: "no losses" }).waitFor();
  await typeInto(page, "input-churn", "10");
  await page.waitForFunction(() => document.querySelector("[data-testid=result-quick-ratio]")?.dataset.value === "5");
  // Below 100 % the base halves instead.
  await typeInto(page, "input-expansion", "0");
  await page.getByTestId("result-doubling-years").filter({ hasText: "halves" }).waitFor();
  await context.close();
});
