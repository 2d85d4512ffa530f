// `make bench`: what a visitor pays and waits for, measured on the release build in dist/,
// next to a hand-written page with the same four inputs (tests/reference/) in the same run.
//   1. sizes: the first load (held to 100 KiB brotli), what the embeds cost (the frame view,
//      the element, the host page's loader), and what is deferred;
//   2. navigation → first computed NRR, calculator and hand-written page, median of 10;
//   3. typing: input → result in the DOM, → end of the task, → charts redrawn (300 inputs);
//   4. the MRR file import: 10,000 and 1,000,000 rows, through the page and in its worker next
//      to a plain JavaScript parse-and-aggregate (tests/reference/import-worker.js);
//   5. the <nrr-calculator> element on a host page at 4× CPU: the host's blocking time;
//   6. Lighthouse mobile on dist/ served brotli-compressed, as a CDN would.
import { BUDGET, LOADER_BUDGET, measure } from "./bench/sizes.mjs";
import { fmt, table } from "./bench/report.mjs";
import { firstResult, typing } from "./bench/timing.mjs";
import { lighthouse } from "./bench/lighthouse.mjs";
import { importBench } from "./bench/import.mjs";
import { elementOnHost } from "./bench/element.mjs";
import { serve, launch, DIST } from "../tests/e2e/harness.mjs";

const REFERENCE = new URL("../tests/reference/", import.meta.url).pathname;

const { first, deferred, other, embeds, firstTotal, deferredTotal } = measure(DIST);
console.log("\n== first load (bytes): what every visitor fetches on opening the page");
table([...first, { file: "first-load total", ...firstTotal }]);
console.log(`budget: ${fmt(BUDGET)} B brotli (100 KiB); used ${((100 * firstTotal.brotli) / BUDGET).toFixed(1)} %`);
if (firstTotal.brotli > BUDGET) {
  console.log(`OVER BUDGET by ${fmt(firstTotal.brotli - BUDGET)} B`);
  process.exitCode = 1;
}
console.log("\n== embeds (bytes): the files only embeds use, and each embed's first load");
table([
  ...other,
  { file: "frame view first load (embed.html, frame.js, module)", ...embeds.frame },
  { file: "element first load (element.js, module)", ...embeds.element },
  { file: "host page's loader (embed.js)", ...embeds.loader },
]);
console.log(`budgets: each embed's first load ${fmt(BUDGET)} B brotli; embed.js ${fmt(LOADER_BUDGET)} B`);
console.log("\n== deferred (bytes): the chart pack after a first result, the embed builder when opened, sw.js after load");
table([...deferred, { file: "deferred total", ...deferredTotal }]);

const app = await serve();
const reference = await serve(REFERENCE);
const browser = await launch();
try {
  await firstResult(browser, app.origin, reference.origin);
  await typing(browser, app.origin, "calculator", true);
  await typing(browser, reference.origin, "hand-written page", false);
  await importBench(browser, app.origin, reference.origin, DIST);
  await elementOnHost(browser, app.origin);
} finally {
  await browser.close();
  await app.close();
  await reference.close();
}
if (!process.argv.includes("--no-lighthouse")) await lighthouse();
