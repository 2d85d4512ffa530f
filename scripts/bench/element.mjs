// The <nrr-calculator> element on a host page, with the CPU slowed 4× as Lighthouse's mobile
// run assumes: the host's main thread is ours while the element starts, so each long task
// (over 50 ms) costs the host's own score its excess as blocking time.
import { serveHost } from "../../tests/e2e/harness.mjs";
import { median } from "./report.mjs";

const FIGURES = 'start="250k" expansion="50k" contraction="5k" churn="20k"';

async function loadOnce(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__long.push(e.duration)))
      .observe({ type: "longtask", buffered: true });
  });
  await page.goto(origin);
  await page.waitForFunction(() => document.querySelector("nrr-calculator")?.shadowRoot
    ?.querySelector("[data-testid=result-nrr]")?.dataset.value === "110", null, { timeout: 30000 });
  // The stages after the result (peers, the rest, the chart pack) start within a second.
  await page.waitForTimeout(2500);
  const long = await page.evaluate(() => window.__long);
  await context.close();
  return { blocking: long.reduce((sum, d) => sum + Math.max(0, d - 50), 0), longest: Math.max(0, ...long) };
}

/** Median blocking time and longest task over `loads` loads of a host page with the element. */
export async function elementOnHost(browser, appOrigin, { loads = 8 } = {}) {
  const host = await serveHost({
    "/": `<!doctype html><html lang="en"><title>Host</title><h1>A host page</h1>
      <script type="module" src="${appOrigin}/element.js"></script>
      <nrr-calculator ${FIGURES}></nrr-calculator>`,
  });
  try {
    const runs = [];
    for (let i = 0; i < loads; i++) runs.push(await loadOnce(browser, host.origin));
    const blocking = runs.map((r) => r.blocking);
    console.log(`\n== <nrr-calculator> on a host page, CPU 4× slower (${loads} loads, ms)`);
    console.log(`blocking time (long tasks' excess over 50 ms)   median ${median(blocking).toFixed(0)}   min ${Math.min(...blocking).toFixed(0)}   max ${Math.max(...blocking).toFixed(0)}`);
    console.log(`longest task                                    median ${median(runs.map((r) => r.longest)).toFixed(0)}`);
  } finally {
    await host.close();
  }
}
