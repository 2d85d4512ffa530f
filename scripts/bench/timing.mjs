// Timings measured inside the page (performance.now()), so no polling delay is counted.
import { median, spread, ms } from "./report.mjs";

const FIGURES = "#start=250k&expansion=50k&contraction=5k&churn=20k"; // NRR 110 %

/**
 * Navigation → first NRR of 110 in the DOM (and → the charts, where the page has them).
 * The times are read by awaiting promises the page itself resolves: Playwright's
 * `waitForFunction` would evaluate its ~12 ms injected script in the page right after `load`,
 * which lands inside the calculator's start-up (not the hand-written page's, which is done by
 * then) and would be counted against it.
 */
async function loadOnce(browser, url, charts) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    let nrr, drawn;
    window.__firstNrr = new Promise((resolve) => (nrr = resolve));
    window.__charts = new Promise((resolve) => (drawn = resolve));
    new MutationObserver((_, observer) => {
      if (nrr && document.querySelector("[data-testid=result-nrr]")?.dataset.value === "110") {
        nrr(performance.now());
        nrr = undefined;
      }
      if (document.querySelector("[data-testid=chart-projection] svg")) {
        drawn(performance.now());
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  const page = await context.newPage();
  await page.goto(url);
  const times = await page.evaluate((charts) => Promise.all([window.__firstNrr, charts ? window.__charts : undefined]), charts);
  await context.close();
  return times;
}

/**
 * Rounds of ten fresh loads of each page, taken in turn so both see the same machine load. A
 * round's ratio (the budget's measure: medians of ten) moves by ±0.3 between rounds on a
 * two-core machine, so one round alone says little: each is printed, and their median.
 */
export async function firstResult(browser, app, reference, { loads = 10, rounds = 3 } = {}) {
  const row = (name, xs) => console.log(`${name.padEnd(22)} median ${ms(median(xs))}   min ${ms(Math.min(...xs))}   max ${ms(Math.max(...xs))}`);
  console.log(`\n== navigation → first computed NRR (ms, ${rounds} rounds of ${loads} fresh loads each, localhost)`);
  const ratios = [];
  for (let round = 1; round <= rounds; round++) {
    const runs = { app: [], reference: [] };
    for (let i = 0; i < loads; i++) {
      runs.app.push(await loadOnce(browser, `${app}/${FIGURES}`, true));
      runs.reference.push(await loadOnce(browser, `${reference}/${FIGURES}`, false));
    }
    const nrr = runs.app.map((t) => t[0]);
    const hand = runs.reference.map((t) => t[0]);
    console.log(`round ${round}`);
    row("calculator", nrr);
    row("hand-written page", hand);
    row("calculator charts", runs.app.map((t) => t[1]));
    ratios.push(median(nrr) / median(hand));
    console.log(`ratio calculator / hand-written: ${ratios.at(-1).toFixed(2)}×`);
  }
  const ratio = median(ratios);
  console.log(`ratio, median of the ${rounds} rounds: ${ratio.toFixed(2)}× (budget ≤ 2×; rounds ${ratios.map((r) => r.toFixed(2)).join(", ")})`);
  return ratio;
}

/**
 * 300 input events, each changing NRR. Per input: event → new NRR in the DOM; event → the end
 * of the work it set off (a message posted right after the event runs once every microtask
 * the input queued has run); and, where there are charts, event → projection chart redrawn,
 * with whether that happened after the next animation frame (after the paint), as it must.
 */
export async function typing(browser, origin, label, hasCharts) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/#start=100000&expansion=1&contraction=0&churn=0`);
  await page.waitForFunction(() => document.querySelector("[data-testid=result-nrr]")?.dataset.value);
  if (hasCharts) await page.getByTestId("chart-projection").locator("svg").waitFor();
  const samples = await page.evaluate(async (hasCharts) => {
    const input = document.querySelector("[data-testid=input-expansion]");
    const result = document.querySelector("[data-testid=result-nrr]");
    const chart = document.querySelector("[data-testid=chart-projection]");
    const changed = (target, options) => new Promise((resolve) => {
      const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now()); });
      observer.observe(target, options);
    });
    const nextTask = () => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    // A chart left unchanged is not redrawn at all: give up waiting after a second.
    const orNaN = (promise) => Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve(NaN), 1000))]);
    const out = [];
    for (let i = 1; i <= 300; i++) {
      const nrr = changed(result, { attributes: true, attributeFilter: ["data-value"] });
      const drawn = hasCharts ? orNaN(changed(chart, { childList: true })) : Promise.resolve(NaN);
      // NRR steps by a whole point (105 % … 154 %, round and round), enough to move the charts.
      input.value = String(5000 + (i % 50) * 1000);
      const t0 = performance.now();
      input.dispatchEvent(new Event("input", { bubbles: true }));
      const done = nextTask();
      const frame = nextFrame();
      const [tResult, tDone, tFrame, tDrawn] = await Promise.all([nrr, done, frame, drawn]);
      out.push({ result: tResult - t0, task: tDone - t0, chart: tDrawn - t0, afterFrame: tDrawn > tFrame });
      await settle();
    }
    return out;
  }, hasCharts);
  await context.close();
  console.log(`\n== ${label}: input event → … (ms, 300 inputs, each changes NRR)`);
  console.log(`result in the DOM     ${spread(samples.map((s) => s.result))}   (budget p95 ≤ 2)`);
  console.log(`whole task            ${spread(samples.map((s) => s.task))}   (budget p95 ≤ 4)`);
  if (hasCharts) {
    const drawn = samples.filter((s) => !Number.isNaN(s.chart));
    console.log(`charts redrawn        ${spread(drawn.map((s) => s.chart))}`);
    console.log(`charts drawn after the next frame: ${drawn.filter((s) => s.afterFrame).length} of ${drawn.length} redraws (${samples.length - drawn.length} inputs left them unchanged)`);
  }
}
