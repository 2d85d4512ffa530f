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

test("segments: the blend of the seed's book is flat while SMB collapses, and the link keeps it", async () => {
  const { page, context } = await open(s.browser, s.origin);
  await openTool(page, "segments");
  assert.deepEqual(await Promise.all([1, 2, 3].map((n) => page.getByTestId(`segment-${n}-name`).inputValue())), ["SMB", "Mid-market", "Enterprise"]);
  const fill = async (n, figures) => {
    for (const [i, field] of ["start", "expansion", "contraction", "churn"].entries()) await typeInto(page, `segment-${n}-${field}`, figures[i]);
  };
  await fill(1, ["100000", "0", "0", "20000"]);
  await typeInto(page, "segment-3-name", "Large");
  await fill(3, ["150000", "20000", "0", "0"]);
  await page.getByTestId("result-blended-nrr").waitFor();
  assert.equal(await dataValue(page, "result-blended-nrr"), "100");
  assert.equal(await dataValue(page, "segment-1-nrr"), "80");
  assert.match(await dataValue(page, "segment-3-nrr"), /^113\.33/);
  assert.match(await page.getByTestId("warning-illusion").innerText(), /SMB is below 90% NRR/);
  // Enterprise fixed: nothing hidden any more.
  await typeInto(page, "segment-1-churn", "5000");
  await page.getByTestId("warning-illusion").waitFor({ state: "detached" });
  await page.getByTestId("add-segment").click();
  await page.getByTestId("segment-4-start").waitFor();
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes("seg3=Large~150000~20000~0~0"));
  const again = await context.newPage();
  await again.goto(page.url());
  await again.getByTestId("result-blended-nrr").waitFor();
  assert.equal(await again.getByTestId("segment-3-name").inputValue(), "Large");
  assert.equal(await dataValue(again, "segment-1-nrr"), "95");
  await context.close();
});

test("scenarios: bear, base and bull from the deltas; the sensitivity grid marks the figures' cell", async () => {
  const { page, context } = await open(s.browser, s.origin, "/#start=1000&expansion=200&contraction=0&churn=100");
  await openTool(page, "scenarios");
  await page.getByTestId("scenario-base").waitFor();
  const nrr = (name) => page.getByTestId(`scenario-${name}`).getAttribute("data-nrr");
  assert.deepEqual([await nrr("bear"), await nrr("base"), await nrr("bull")], ["102.5", "110", "117.5"]);
  await typeInto(page, "input-scenario-expansion", "50");
  await page.waitForFunction(() => document.querySelector("[data-testid=scenario-bear]")?.dataset.nrr === "97.5");
  assert.equal(await nrr("bull"), "122.5");
  const grid = page.getByTestId("sensitivity-grid");
  assert.equal(await grid.locator("td[data-you]").innerText(), "110% (you)");
  assert.equal(await grid.locator("tbody tr").count(), 7);
  assert.ok(await grid.locator("td.top").count() > 0, "cells at or above the peers' upper point are shaded");
  await context.close();
});

test("examples replace the figures through the link; reset empties them without errors", async () => {
  const { page, context } = await open(s.browser, s.origin);
  await openTool(page, "presets");
  await page.getByTestId("preset-leaky").click();
  await page.waitForFunction(() => document.querySelector("[data-testid=result-nrr]")?.dataset.value === "110");
  assert.equal(await dataValue(page, "result-grr"), "85");
  await page.getByTestId("preset-sticky").click();
  await page.waitForFunction(() => document.querySelector("[data-testid=result-nrr]")?.dataset.value === "105");
  assert.equal(await dataValue(page, "result-grr"), "92");
  await page.getByTestId("preset-illusion").click();
  await page.getByTestId("warning-illusion").waitFor();
  assert.equal(await page.getByTestId("open-segments").getAttribute("aria-expanded"), "true");
  assert.equal(await dataValue(page, "result-nrr"), "100");
  await page.getByTestId("preset-reset").click();
  await page.waitForFunction(() => !document.querySelector("[data-testid=result-nrr]")?.dataset.value);
  assert.equal(await page.getByTestId("input-start").inputValue(), "");
  assert.equal(await page.locator("[data-testid^=error-]").count(), 0, "a reset greets nobody with errors");
  assert.equal(await page.getByTestId("warning-illusion").count(), 0);
  await context.close();
});

test("a baseline saved on the device: every result beside it, with the difference", async () => {
  const { page, context } = await open(s.browser, s.origin, "/#start=100&expansion=10&contraction=0&churn=10");
  await openTool(page, "baseline");
  await page.getByTestId("save-baseline").click();
  await page.getByTestId("delta-nrr").waitFor();
  assert.equal(await dataValue(page, "delta-nrr"), "0");
  await typeInto(page, "input-expansion", "20");
  await typeInto(page, "input-churn", "5");
  await page.waitForFunction(() => document.querySelector("[data-testid=delta-nrr]")?.dataset.value === "15");
  assert.equal(await dataValue(page, "delta-grr"), "5");
  assert.match(await page.getByTestId("delta-nrr").innerText(), /\+15 pts/);
  // Kept on this device, not in the link.
  await page.waitForFunction(() => location.hash.includes("churn=5"));
  assert.doesNotMatch(page.url(), /baseline/);
  const again = await context.newPage();
  await again.goto(page.url());
  await again.getByTestId("open-baseline").click();
  await again.getByTestId("delta-nrr").waitFor();
  assert.equal(await dataValue(again, "delta-nrr"), "15");
  await again.getByTestId("clear-baseline").click();
  await again.getByTestId("delta-nrr").waitFor({ state: "detached" });
  await context.close();
});

test("on a phone, every tool open, nothing scrolls sideways", async () => {
  const { page, context } = await open(s.browser, s.origin,
    "/#start=250k&expansion=50k&contraction=5k&churn=20k&target=120&claimed-nrr=110&claimed-grr=95&new=30k&seg1=SMB~100000~0~0~20000&seg3=Enterprise~150000~20000~0~0&dx=25",
    { viewport: { width: 320, height: 700 } });
  await page.getByTestId("sensitivity-grid").waitFor();
  for (const tool of ["presets", "baseline"]) await page.getByTestId(`open-${tool}`).click();
  await page.getByTestId("save-baseline").click();
  await page.getByTestId("delta-nrr").waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  await context.close();
});
