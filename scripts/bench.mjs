// `make bench`: what a visitor pays and waits for, measured on the release build in dist/.
//   1. every file in dist/: raw, gzip -9 and brotli -11 bytes; the first-load total (held to
//      the 100 KiB budget) and, apart, the chart pack the page imports after its first result;
//   2. navigation → first computed NRR, and → charts drawn, median of 10 fresh loads;
//   3. input event → result updated, and → charts redrawn, over 300 inputs: p50, p95, max.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { serve, launch, DIST } from "../tests/e2e/harness.mjs";

const KiB = 1024;
const fmt = (n) => n.toLocaleString("en-US");

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function sizes() {
  const rows = files(DIST).map((path) => {
    const body = readFileSync(path);
    return {
      file: relative(DIST, path),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length,
    };
  });
  rows.sort((a, b) => b.brotli - a.brotli);
  const sum = (rs) => rs.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  // The chart pack (chart-pack.js, _bg.wasm, .css) is imported only after the first result.
  const deferred = rows.filter((r) => r.file.startsWith("chart-pack"));
  const first = rows.filter((r) => !deferred.includes(r));
  const total = sum(first);
  const line = (r) => console.log([r.file.padEnd(44), fmt(r.raw).padStart(10), fmt(r.gzip).padStart(10), fmt(r.brotli).padStart(11)].join(""));
  const header = () => console.log(["file".padEnd(44), "raw".padStart(10), "gzip -9".padStart(10), "brotli -11".padStart(11)].join(""));
  console.log("\n== first load (bytes): what every visitor fetches on opening the page");
  header();
  [...first, { file: "first-load total", ...total }].forEach(line);
  const budget = 100 * KiB;
  console.log(`budget: ${fmt(budget)} B brotli (100 KiB); used ${(100 * total.brotli / budget).toFixed(1)} %`);
  if (total.brotli > budget) {
    console.log(`OVER BUDGET by ${fmt(total.brotli - budget)} B`);
    process.exitCode = 1;
  }
  console.log("\n== chart pack (bytes): fetched after the first result, by visitors who get one");
  header();
  [...deferred, { file: "chart-pack total", ...sum(deferred) }].forEach(line);
  return total;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];

async function firstResult(browser, origin) {
  const times = [];
  for (let i = 0; i < 10; i++) {
    const context = await browser.newContext();
    // Timestamped in the page the moment the result appears, not when a poll notices it.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!window.__firstNrr && document.querySelector("[data-testid=result-nrr]")?.dataset.value === "110") {
          window.__firstNrr = performance.now();
        }
        if (document.querySelector("[data-testid=chart-percentile] svg")) {
          window.__charts = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    const page = await context.newPage();
    await page.goto(`${origin}/#start=250k&expansion=50k&contraction=5k&churn=20k`);
    await page.waitForFunction(() => window.__charts !== undefined);
    times.push(await page.evaluate(() => [window.__firstNrr, window.__charts]));
    await context.close();
  }
  const nrr = times.map((t) => t[0]);
  const charts = times.map((t) => t[1]);
  console.log("\n== navigation → first computed NRR, and → charts drawn (ms, 10 fresh loads, localhost)");
  console.log(`NRR     median ${median(nrr).toFixed(1)}   min ${Math.min(...nrr).toFixed(1)}   max ${Math.max(...nrr).toFixed(1)}`);
  console.log(`charts  median ${median(charts).toFixed(1)}   min ${Math.min(...charts).toFixed(1)}   max ${Math.max(...charts).toFixed(1)}`);
}

async function inputLatency(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/#start=100000&expansion=1&contraction=0&churn=0`);
  await page.getByTestId("chart-percentile").locator("svg").waitFor();
  const samples = await page.evaluate(async () => {
    const input = document.querySelector("[data-testid=input-expansion]");
    const result = document.querySelector("[data-testid=result-nrr]");
    const chart = document.querySelector("[data-testid=chart-percentile]");
    const changed = (target, options) => new Promise((resolve) => {
      const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now()); });
      observer.observe(target, options);
    });
    const out = [];
    for (let i = 1; i <= 300; i++) {
      const nrr = changed(result, { attributes: true, attributeFilter: ["data-value"] });
      const drawn = changed(chart, { childList: true });
      input.value = String(1000 + i * 7);
      const t0 = performance.now();
      input.dispatchEvent(new Event("input", { bubbles: true }));
      out.push([(await nrr) - t0, (await drawn) - t0]);
    }
    return out;
  });
  await context.close();
  const results = samples.map((s) => s[0]);
  const charts = samples.map((s) => s[1]);
  console.log("\n== input → result updated, and → all three charts redrawn (ms, 300 inputs, each changes NRR)");
  console.log(`result  p50 ${quantile(results, 0.5).toFixed(2)}   p95 ${quantile(results, 0.95).toFixed(2)}   max ${Math.max(...results).toFixed(2)}`);
  console.log(`charts  p50 ${quantile(charts, 0.5).toFixed(2)}   p95 ${quantile(charts, 0.95).toFixed(2)}   max ${Math.max(...charts).toFixed(2)}`);
}

sizes();
const server = await serve();
const browser = await launch();
try {
  await firstResult(browser, server.origin);
  await inputLatency(browser, server.origin);
} finally {
  await browser.close();
  await server.close();
}
