// `make bench`: what a visitor pays and waits for, measured on the release build in dist/.
//   1. every file in dist/: raw, gzip -9 and brotli -11 bytes, and the first-load total;
//   2. navigation → first computed NRR, median of 10 fresh loads (new context, empty cache);
//   3. input event → DOM update latency over 300 inputs: p50, p95, max.
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
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log("\n== dist/ sizes (bytes) — every file is fetched on the first load");
  console.log(["file".padEnd(44), "raw".padStart(10), "gzip -9".padStart(10), "brotli -11".padStart(11)].join(""));
  for (const r of [...rows, { file: "first-load total", ...total }]) {
    console.log([r.file.padEnd(44), fmt(r.raw).padStart(10), fmt(r.gzip).padStart(10), fmt(r.brotli).padStart(11)].join(""));
  }
  const budget = 100 * KiB;
  console.log(`budget: ${fmt(budget)} B brotli (100 KiB); used ${(100 * total.brotli / budget).toFixed(1)} %`);
  if (total.brotli > budget) {
    console.log(`OVER BUDGET by ${fmt(total.brotli - budget)} B`);
    process.exitCode = 1;
  }
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
        if (document.querySelector("[data-testid=result-nrr]")?.dataset.value === "110") {
          window.__firstNrr = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    const page = await context.newPage();
    await page.goto(`${origin}/#start=250k&expansion=50k&contraction=5k&churn=20k`);
    await page.waitForFunction(() => window.__firstNrr !== undefined);
    times.push(await page.evaluate(() => window.__firstNrr));
    await context.close();
  }
  console.log("\n== navigation → first computed NRR (ms, 10 fresh loads, localhost)");
  console.log(`median ${median(times).toFixed(1)}   min ${Math.min(...times).toFixed(1)}   max ${Math.max(...times).toFixed(1)}`);
}

async function inputLatency(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/#start=100000&expansion=1&contraction=0&churn=0`);
  await page.getByTestId("result-nrr").and(page.locator("[data-value]")).waitFor();
  const samples = await page.evaluate(async () => {
    const input = document.querySelector("[data-testid=input-expansion]");
    const result = document.querySelector("[data-testid=result-nrr]");
    const out = [];
    for (let i = 1; i <= 300; i++) {
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now()); });
        observer.observe(result, { attributes: true, attributeFilter: ["data-value"] });
      });
      input.value = String(1000 + i * 7);
      const t0 = performance.now();
      input.dispatchEvent(new Event("input", { bubbles: true }));
      out.push((await changed) - t0);
    }
    return out;
  });
  await context.close();
  console.log("\n== input → DOM update (ms, 300 inputs, each changes NRR)");
  console.log(`p50 ${quantile(samples, 0.5).toFixed(2)}   p95 ${quantile(samples, 0.95).toFixed(2)}   max ${Math.max(...samples).toFixed(2)}`);
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
