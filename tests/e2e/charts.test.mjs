// The chart pack: loaded only after the first result, charts that follow the figures, and
// everything it exports (SVG, PNG, CSV, the copied summary, the printed page).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { session, open, fillAll, typeInto, dataValue, addressMatches } from "./harness.mjs";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const FIGURES = "/#start=$250,000&expansion=50k&contraction=5k&churn=20k";
const s = session();

/** Waits until the pack has drawn its charts. */
async function chartsDrawn(page) {
  await page.getByTestId("chart-percentile").locator("svg").waitFor();
}

/** The projection's points for the user's line: the last 3-px line in the user's colour. */
function userPoints(page) {
  return page.getByTestId("chart-projection").evaluate((frame) => {
    const lines = [...frame.querySelectorAll('polyline[stroke="#1D4ED8"][stroke-width="3"]')];
    return lines.at(-1).getAttribute("points").trim().split(/\s+/).map((p) => p.split(",").map(Number));
  });
}

/** Saves what clicking `testid` (inside `scope`) downloads; returns its name and bytes. */
async function download(page, scope, testid) {
  const [file] = await Promise.all([page.waitForEvent("download"), scope.getByTestId(testid).click()]);
  const chunks = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk);
  return { name: file.suggestedFilename(), body: Buffer.concat(chunks) };
}

test("the pack is fetched only once there is a result, then draws three charts", async () => {
  const { page, context, log } = await open(s.browser, s.origin);
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.waitForLoadState("networkidle");
  assert.equal(requested.filter((p) => p.includes("chart-pack")).length, 0, "nothing before a result");
  assert.match(await page.locator("#charts-status").innerText(), /appear here with your first result/);
  await fillAll(page, ["$250,000", "50k", "5k", "20k"]);
  await chartsDrawn(page);
  // The pack lives in a folder named by its content hash, so a CDN may cache it for a year.
  const pack = requested.filter((p) => /^\/chart-pack-[0-9a-f]{16}\/chart-pack(\.js|_bg\.wasm|\.css)$/.test(p));
  assert.equal(pack.length, 3, requested.join(" "));
  assert.equal(new Set(pack.map((p) => p.split("/")[1])).size, 1, "one folder");
  for (const id of ["chart-projection", "chart-bridge", "chart-percentile"]) {
    const svg = page.getByTestId(id).locator("svg");
    assert.equal(await svg.getAttribute("role"), "img");
    assert.ok((await svg.locator("title").textContent()).length > 0, `${id} has a title`);
    assert.ok((await svg.locator("desc").textContent()).length > 20, `${id} has a description`);
  }
  // The text equivalent says what the chart shows, with the user's figures.
  const words = await page.locator('[data-text="bridge"]').textContent();
  assert.match(words, /start \$250K, expansion \+\$50K, contraction −\$5K, churn −\$20K, end \$275K/);
  await page.waitForLoadState("networkidle");
  assert.deepEqual([log.consoleErrors, log.pageErrors, log.failedResponses], [[], [], []]);
  await context.close();
});

test("the projection has one point per year and redraws as the user types", async () => {
  const { page, context } = await open(s.browser, s.origin, FIGURES);
  await chartsDrawn(page);
  const before = await userPoints(page);
  assert.equal(before.length, 6);
  assert.ok(before.every((p, i) => i === 0 || (p[0] > before[i - 1][0] && p[1] < before[i - 1][1])), "110 % rises every year");
  await typeInto(page, "input-expansion", "0");
  await page.waitForFunction(() => /You: 90% a year/.test(document.querySelector("[data-testid=chart-projection]").textContent));
  const after = await userPoints(page);
  assert.equal(after.length, 6);
  assert.ok(after.every((p, i) => i === 0 || p[1] > after[i - 1][1]), "90 % falls every year");
  // Invalid figures withdraw the charts and say why; valid ones bring them back.
  await typeInto(page, "input-churn", "abc");
  await page.locator("#chart-pack").and(page.locator("[hidden]")).waitFor({ state: "attached" });
  assert.match(await page.locator("#charts-status").innerText(), /once all four figures are valid/);
  await typeInto(page, "input-churn", "20k");
  await page.getByTestId("chart-projection").waitFor();
  assert.equal((await userPoints(page)).length, 6);
  await context.close();
});

test("the bridge's bars are as tall as the figures", async () => {
  const { page, context } = await open(s.browser, s.origin, FIGURES);
  await chartsDrawn(page);
  const heights = await page.getByTestId("chart-bridge").evaluate((frame) =>
    [...frame.querySelectorAll('rect[fill="#1D4ED8"], rect[fill="#067647"], rect[fill="#B42318"]')]
      .map((r) => Number(r.getAttribute("height"))));
  assert.equal(heights.length, 5);
  const perDollar = heights[0] / 250000;
  [250000, 50000, 5000, 20000, 275000].forEach((amount, i) =>
    assert.ok(Math.abs(heights[i] - amount * perDollar) <= 1.5, `bar ${i}: ${heights}`));
  await context.close();
});

test("each chart downloads as a standalone SVG and as a PNG at twice its size", async () => {
  const { page, context, log } = await open(s.browser, s.origin, FIGURES, { acceptDownloads: true, colorScheme: "dark" });
  await chartsDrawn(page);
  for (const key of ["projection", "bridge", "percentile"]) {
    const figure = page.locator(`figure[data-chart=${key}]`);
    const svg = await download(page, figure, "download-chart-svg");
    assert.equal(svg.name, `retention-${key}.svg`);
    const text = svg.body.toString("utf8");
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, "image/svg+xml");
      return { error: doc.querySelector("parsererror") !== null, root: doc.documentElement.localName, width: doc.documentElement.getAttribute("width"), height: doc.documentElement.getAttribute("height") };
    }, text);
    assert.deepEqual([parsed.error, parsed.root], [false, "svg"], key);
    // No stylesheet travels with a file: the theme's colours are written in (dark here).
    assert.ok(!text.includes('"#FFFFFF"') && text.includes('"#181c25"'), `${key}: dark surface resolved`);
    const png = await download(page, figure, "download-chart-png");
    assert.equal(png.name, `retention-${key}.png`);
    assert.deepEqual([...png.body.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(""), "PNG");
    const [w, h] = [png.body.readUInt32BE(16), png.body.readUInt32BE(20)];
    assert.deepEqual([w, h], [2 * Number(parsed.width), 2 * Number(parsed.height)], key);
    assert.ok(png.body.length > 2000, `${key}: a real picture, ${png.body.length} bytes`);
  }
  assert.deepEqual([log.consoleErrors, log.pageErrors], [[], []]);
  await context.close();
});

test("the projection CSV has exactly the table's values", async () => {
  const { page, context } = await open(s.browser, s.origin, FIGURES + "&currency=EUR", { acceptDownloads: true });
  await chartsDrawn(page);
  const csv = await download(page, page, "download-csv");
  assert.equal(csv.name, "retention-projection.csv");
  const [header, ...rows] = csv.body.toString("utf8").trimEnd().split("\r\n");
  assert.equal(header, "year,amount_eur,change_percent");
  assert.equal(rows.length, 6);
  for (const [i, row] of rows.entries()) {
    const tr = page.getByTestId(`projection-year-${i}`);
    assert.equal(row, `${i},${await tr.getAttribute("data-value")},${await tr.getAttribute("data-change")}`);
  }
  await context.close();
});

test("Copy summary copies the NRR and GRR shown, the peers and the sources", async () => {
  const { page, context } = await open(s.browser, s.origin, FIGURES + "&period=month", { permissions: ["clipboard-read", "clipboard-write"] });
  await chartsDrawn(page);
  await page.getByTestId("copy-summary").click();
  await page.getByTestId("copy-summary-status").filter({ hasText: "Summary copied" }).waitFor();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  const nrr = await page.getByTestId("result-nrr").innerText();
  const grr = await page.getByTestId("result-grr").innerText();
  assert.ok(summary.includes(`NRR ${nrr} and GRR ${grr} per month.`), summary);
  assert.ok(summary.includes(`Annualised estimate: NRR ${await page.getByTestId("result-nrr-annualised").innerText()}`), summary);
  assert.match(summary, /Sources: SaaS Capital 2026/);
  // The link is built from the figures, so it is the address the bar settles on.
  const link = summary.trimEnd().split("\n").at(-1).replace(/^.*?(http)/, "$1");
  assert.equal(await addressMatches(page, new RegExp(`^${link.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`)), link);
  // Without a clipboard, the summary is shown selected, to copy by hand.
  await page.evaluate(() => { delete Navigator.prototype.clipboard; });
  await page.getByTestId("copy-summary").click();
  await page.getByTestId("copy-summary-status").filter({ hasText: "copy it by hand" }).waitFor();
  assert.equal(await page.getByTestId("summary-text").inputValue(), summary);
  await context.close();
});

test("the charts take the theme's colours, fit a phone, and pass axe", async () => {
  const { page, context } = await open(s.browser, s.origin, FIGURES, { viewport: { width: 320, height: 700 }, colorScheme: "dark", bypassCSP: true });
  await chartsDrawn(page);
  const background = await page.getByTestId("chart-bridge").locator("rect").first().evaluate((r) => getComputedStyle(r).fill);
  assert.equal(background, "rgb(24, 28, 37)", "the dark surface, from --rc-surface");
  const widths = await page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    frames: [...document.querySelectorAll(".chart-frame svg")].map((svg) => svg.getBoundingClientRect().width <= svg.parentElement.clientWidth + 0.5),
  }));
  assert.deepEqual(widths, { overflow: 0, frames: [true, true, true] });
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  assert.deepEqual(result.violations.map((v) => v.id), []);
  await context.close();
});

test("charts are redrawn at their frame's width when the window is resized", async () => {
  const { page, context } = await open(s.browser, s.origin, FIGURES);
  await chartsDrawn(page);
  const sizes = () => page.evaluate(() => [...document.querySelectorAll(".chart-frame")].map((frame) =>
    [Number(frame.querySelector("svg").getAttribute("width")), frame.clientWidth]));
  for (const [drawn, frame] of await sizes()) assert.equal(drawn, frame, "drawn at the frame's width");
  const wide = (await sizes())[0][0];
  await page.setViewportSize({ width: 420, height: 900 });
  await page.waitForFunction((before) => Number(document.querySelector("[data-testid=chart-projection] svg").getAttribute("width")) < before, wide);
  for (const [drawn, frame] of await sizes()) assert.equal(drawn, Math.max(frame, 240), "redrawn, not stretched");
  await context.close();
});

test("printed, the results and the charts fit on one page", async () => {
  const { page, context } = await open(s.browser, s.origin, FIGURES);
  await chartsDrawn(page);
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  assert.equal(pages.length, 1, `${pages.length} pages`);
  await page.emulateMedia({ media: "print" });
  for (const id of ["result-nrr", "result-grr", "chart-projection", "chart-bridge", "chart-percentile"]) {
    assert.ok(await page.getByTestId(id).isVisible(), `${id} is printed`);
  }
  assert.equal(await page.getByTestId("download-csv").isVisible(), false, "controls are not printed");
  assert.equal(await dataValue(page, "result-nrr"), "110");
  await context.close();
});
