// `make bench`: what a visitor pays and waits for, measured on the release build in dist/,
// next to a hand-written page with the same four inputs (tests/reference/) in the same run.
//   1. sizes: the first load (held to 100 KiB brotli) and the deferred chart pack;
//   2. navigation → first computed NRR, calculator and hand-written page, median of 10;
//   3. typing: input → result in the DOM, → end of the task, → charts redrawn (300 inputs);
//   4. Lighthouse mobile on dist/ served brotli-compressed, as a CDN would.
import { BUDGET, measure } from "./bench/sizes.mjs";
import { fmt, table } from "./bench/report.mjs";
import { firstResult, typing } from "./bench/timing.mjs";
import { lighthouse } from "./bench/lighthouse.mjs";
import { serve, launch, DIST } from "../tests/e2e/harness.mjs";

const REFERENCE = new URL("../tests/reference/", import.meta.url).pathname;

const { first, deferred, firstTotal, deferredTotal } = measure(DIST);
console.log("\n== first load (bytes): what every visitor fetches on opening the page");
table([...first, { file: "first-load total", ...firstTotal }]);
console.log(`budget: ${fmt(BUDGET)} B brotli (100 KiB); used ${((100 * firstTotal.brotli) / BUDGET).toFixed(1)} %`);
if (firstTotal.brotli > BUDGET) {
  console.log(`OVER BUDGET by ${fmt(firstTotal.brotli - BUDGET)} B`);
  process.exitCode = 1;
}
console.log("\n== chart pack (bytes): fetched after the first result, by visitors who get one");
table([...deferred, { file: "chart-pack total", ...deferredTotal }]);

const app = await serve();
const reference = await serve(REFERENCE);
const browser = await launch();
try {
  await firstResult(browser, app.origin, reference.origin);
  await typing(browser, app.origin, "calculator", true);
  await typing(browser, reference.origin, "hand-written page", false);
} finally {
  await browser.close();
  await app.close();
  await reference.close();
}
if (!process.argv.includes("--no-lighthouse")) await lighthouse();
