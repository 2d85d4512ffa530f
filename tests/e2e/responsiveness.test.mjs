// What keeps typing instant: the result is updated in the keystroke's own task, and the chart
// pack redraws later, after the next frame (so after the result is painted), once per burst
// of keystrokes, and not at all when nothing it draws has changed. Order and counts only:
// speed itself is measured by `make bench`, never by a test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { session, open } from "./harness.mjs";

const s = session();
const FIGURES = "/#start=100000&expansion=1000&contraction=0&churn=0";

async function withCharts(path) {
  const opened = await open(s.browser, s.origin, path);
  await opened.page.getByTestId("chart-projection").locator("svg").waitFor();
  return opened;
}

test("a keystroke updates the result in its own task; the charts follow after the next frame", async () => {
  const { page, context } = await withCharts(FIGURES);
  const seen = await page.evaluate(async () => {
    const input = document.querySelector("[data-testid=input-expansion]");
    const chart = () => document.querySelector("[data-testid=chart-projection]").innerHTML;
    const nrr = () => document.querySelector("[data-testid=result-nrr]").dataset.value;
    const before = chart();
    input.value = "2000";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    // Once every microtask the input queued has run: the end of the keystroke's work.
    await new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); });
    const inTask = { nrr: nrr(), chartChanged: chart() !== before };
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    return { inTask, later: { chartChanged: chart() !== before } };
  });
  assert.deepEqual(seen, { inTask: { nrr: "102", chartChanged: false }, later: { chartChanged: true } });
  await context.close();
});

test("a burst of keystrokes between two frames redraws the charts once", async () => {
  const { page, context } = await withCharts(FIGURES);
  const redraws = await page.evaluate(async () => {
    const input = document.querySelector("[data-testid=input-expansion]");
    let count = 0;
    new MutationObserver(() => { count += 1; })
      .observe(document.querySelector("[data-testid=chart-projection]"), { childList: true });
    for (let i = 1; i <= 20; i++) {
      input.value = String(2000 + i);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    return count;
  });
  assert.equal(redraws, 1);
  await context.close();
});

test("a change that leaves the charts as they were does not redraw them", async () => {
  const { page, context } = await withCharts(FIGURES);
  const redraws = await page.evaluate(async () => {
    const input = document.querySelector("[data-testid=input-expansion]");
    let count = 0;
    for (const key of ["projection", "bridge", "percentile"]) {
      new MutationObserver(() => { count += 1; })
        .observe(document.querySelector(`[data-testid=chart-${key}]`), { childList: true, subtree: true });
    }
    // The same amount written differently: the link changes, the figures don't.
    input.value = "1,000";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    return count;
  });
  assert.equal(redraws, 0);
  await page.waitForFunction(() => location.hash.includes("expansion=1,000"));
  await context.close();
});
