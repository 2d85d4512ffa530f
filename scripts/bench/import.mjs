// The MRR file import, on long files of 10,000 and 1,000,000 rows (scripts/bench/mrr-file.mjs):
//   - through the page, as a person would: file chosen → the import's summary shown and the
//     calculator filled (budgets: 10,000 rows ≤ 100 ms, a million ≤ 1.5 s);
//   - the worker alone, next to a plain JavaScript parse-and-aggregate of the same file in a
//     worker of the hand-written page (tests/reference/import-worker.js), in rows per second;
//   - the worker's wasm heap after the million rows (it only grows: its peak), against the
//     file's size (budget ≤ 3×).
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readdirSync } from "node:fs";
import { writeMrrFile } from "./mrr-file.mjs";
import { fmt, median, ms } from "./report.mjs";

const SIZES = [10_000, 1_000_000];

/** File chosen → summary shown and the calculator's NRR there, in the page (ms). The end is
 * taken by the page's own observer: Playwright's `waitForFunction` would first evaluate its
 * ~10 ms injected script in the page, inside the import it measures. */
async function throughThePage(browser, origin, path, rows) {
  const context = await browser.newContext();
  await context.addInitScript((rows) => {
    let done;
    window.__imported = new Promise((resolve) => (done = resolve));
    document.addEventListener("change", (e) => {
      if (e.target.dataset?.testid === "import-file") window.__picked = performance.now();
    }, true);
    new MutationObserver((_, observer) => {
      if (document.querySelector(`[data-testid=import-summary][data-rows="${rows}"]`)
        && document.querySelector("[data-testid=result-nrr]")?.dataset.value) {
        done(performance.now());
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }, rows);
  const page = await context.newPage();
  await page.goto(origin);
  await page.getByTestId("open-import").click();
  await page.getByTestId("import-file").waitFor({ state: "attached" });
  // A person takes a moment to pick the file; the panel readies its worker meanwhile.
  await page.waitForTimeout(1000);
  await page.getByTestId("import-file").setInputFiles(path);
  const elapsed = await page.evaluate(async () => (await window.__imported) - window.__picked);
  await context.close();
  return elapsed;
}

/** The same file read by a worker script at `worker` (a path on `origin`): ms, rows, memory. */
async function inAWorker(browser, origin, worker, path, wasm) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin);
  const input = await page.evaluateHandle(() => Object.assign(document.createElement("input"), { type: "file" }));
  await input.setInputFiles(path);
  const result = await page.evaluate(async ([url, input, wasm]) => {
    const file = input.files[0];
    const worker = new Worker(url, { type: "module" });
    const ask = (message) => new Promise((resolve) => {
      worker.onmessage = ({ data }) => data.type !== "progress" && resolve(data);
      worker.postMessage(message);
    });
    if (wasm) {
      // As the page does when its import opens: instantiated and warmed before a file comes.
      worker.postMessage({ op: "warm" });
      await ask({ op: "memory" });
    }
    const started = performance.now();
    const answer = await ask({ op: "read", file, width: 600 });
    const elapsed = performance.now() - started;
    const memory = wasm ? (await ask({ op: "memory" })).bytes : null;
    return { elapsed: wasm ? elapsed : answer.ms, rows: wasm ? answer.report.rows : answer.rows, memory };
  }, [worker, input, wasm]);
  await context.close();
  return result;
}

export async function importBench(browser, app, reference, dist) {
  const folder = readdirSync(dist).find((f) => f.startsWith("import-"));
  console.log("\n== MRR file import (long files, three runs each, medians)");
  for (const rows of SIZES) {
    const path = join(tmpdir(), `bench-mrr-${rows}.csv`);
    const bytes = writeMrrFile(path, rows);
    const page = [], wasm = [], js = [];
    let memory = 0;
    for (let run = 0; run < 3; run++) {
      page.push(await throughThePage(browser, app, path, rows));
      const w = await inAWorker(browser, app, `/${folder}/worker.js`, path, true);
      wasm.push(w.elapsed);
      memory = Math.max(memory, w.memory);
      js.push((await inAWorker(browser, reference, "/import-worker.js", path, false)).elapsed);
    }
    const rate = (t) => fmt(Math.round((rows / t) * 1000)).padStart(12);
    const budget = rows >= 1_000_000 ? 1500 : 100;
    console.log(`${fmt(rows).padStart(9)} rows (${(bytes / 1e6).toFixed(1)} MB): file chosen → summary and result ${ms(median(page))} ms (budget ≤ ${budget})`);
    console.log(`           worker, wasm (calculator)  ${ms(median(wasm))} ms ${rate(median(wasm))} rows/s`);
    console.log(`           worker, plain JavaScript   ${ms(median(js))} ms ${rate(median(js))} rows/s   (wasm / JS time ${(median(wasm) / median(js)).toFixed(2)}×)`);
    // The heap starts at ~2 MB whatever the file: the budget is for the big one.
    const heapBudget = rows >= 1_000_000 ? " (budget ≤ 3×)" : "";
    console.log(`           wasm heap after reading    ${fmt(memory)} B = ${(memory / bytes).toFixed(2)}× the file${heapBudget}`);
  }
}
