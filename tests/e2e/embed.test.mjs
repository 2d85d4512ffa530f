// Embedding on another site: the one-line frame loader (embed.js), its parameters, its
// resizing and its hostile inputs; and the <nrr-calculator> element (element.js).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { session, serveHost, painted } from "./harness.mjs";

const s = session();
let host;
const pages = {};
before(async () => {
  host = await serveHost(pages);
});
after(() => host?.close());

/** A host page on the second origin whose body is `body` (with ORIGIN the calculator's). */
async function hostPage(body, { width = 900 } = {}) {
  const path = `/page-${Object.keys(pages).length}.html`;
  pages[path] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body><h1>A host page</h1>${body.replaceAll("ORIGIN", s.origin)}<p>After the calculator.</p></body></html>`;
  const context = await s.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const log = { errors: [], foreign: [], dialogs: [], warnings: [] };
  page.on("console", (m) => {
    if (m.type() === "error") log.errors.push(`${m.text()} (${m.location().url})`);
    if (m.type() === "warning") log.warnings.push(m.text());
  });
  page.on("pageerror", (e) => log.errors.push(String(e)));
  page.on("response", (r) => r.status() >= 400 && log.errors.push(`${r.status()} ${r.url()}`));
  page.on("dialog", (d) => { log.dialogs.push(d.message()); d.dismiss(); });
  page.on("request", (r) => {
    if (!r.url().startsWith(s.origin) && !r.url().startsWith(host.origin)) log.foreign.push(r.url());
  });
  await page.goto(host.origin + path);
  return { page, context, log };
}

/** The calculator's frame once its inputs are there. */
async function calculatorFrame(page) {
  const element = await page.waitForSelector("iframe");
  const frame = await element.contentFrame();
  await frame.getByTestId("input-start").waitFor();
  return frame;
}

/** Waits until the iframe is as tall as its content (within 2 px); returns both heights. */
async function heightsAgree(page, frame) {
  let last;
  for (let i = 0; i < 50; i++) {
    const outer = await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => document.body.getBoundingClientRect().height);
    last = { outer, inner };
    if (Math.abs(outer - inner) <= 2) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`the frame's height never matched its content: ${JSON.stringify(last)}`);
}

const type = async (frame, testid, text) => {
  const input = frame.getByTestId(testid);
  await input.fill("");
  await input.pressSequentially(text);
};

test("one script line puts a frame after it that computes, fits its content and its theme", async () => {
  const { page, context, log } = await hostPage(
    `<script src="ORIGIN/embed.js" data-theme="dark" data-accent="#0a7d5a" data-start="100000" async></script>`);
  const frame = await calculatorFrame(page);
  assert.equal(await page.locator("script[src$='embed.js']").evaluate((s) => s.nextElementSibling.tagName), "IFRAME");
  assert.equal(await frame.getByTestId("input-start").inputValue(), "100000", "data-start prefills");
  await type(frame, "input-expansion", "20000");
  await type(frame, "input-contraction", "5000");
  await type(frame, "input-churn", "5000");
  assert.equal(await frame.getByTestId("result-nrr").getAttribute("data-value"), "110");
  await painted(frame);
  assert.equal(await frame.getByTestId("projection-year-1").getAttribute("data-value"), "110000");
  const wide = await heightsAgree(page, frame);

  // A narrower window stacks the panels: the content is taller, and so is the frame.
  await page.setViewportSize({ width: 420, height: 800 });
  const narrow = await heightsAgree(page, frame);
  assert.ok(narrow.inner > wide.inner, "the narrow layout is taller");
  // An error adds a line under its field; the frame follows, and has no scrollbar.
  await type(frame, "input-churn", "abc");
  await frame.getByTestId("error-churn").waitFor();
  const withError = await heightsAgree(page, frame);
  assert.notEqual(withError.inner, narrow.inner, "the error changed the height");
  assert.equal(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1), true, "no scrolling inside");
  // And it settles: no growth loop.
  await page.waitForTimeout(500);
  assert.deepEqual(await heightsAgree(page, frame), withError);

  assert.equal(await frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme), "dark");
  assert.equal(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(15, 18, 24)");
  assert.equal(await frame.getByTestId("copy-link").evaluate((b) => getComputedStyle(b).backgroundColor), "rgb(10, 125, 90)");
  assert.deepEqual(log, { errors: [], foreign: [], dialogs: [], warnings: [] });
  await context.close();
});

test("the frame links to the full calculator with the figures on screen", async () => {
  const { page, context } = await hostPage(`<script src="ORIGIN/embed.js" data-start="250k" async></script>`);
  const frame = await calculatorFrame(page);
  await type(frame, "input-expansion", "50k");
  const link = frame.getByTestId("open-full");
  assert.equal(await link.getAttribute("href"), `${s.origin}/#start=250k&expansion=50k`);
  assert.equal(await link.getAttribute("target"), "_blank");
  await context.close();
});

test("hostile parameters and forged messages do nothing", async () => {
  const accent = "red;}</style><script>alert(1)</script>";
  const theme = "<img src=x onerror=alert(1)>";
  const { page, context, log } = await hostPage(
    `<script src="ORIGIN/embed.js" data-accent="${accent.replaceAll("<", "&lt;").replaceAll('"', "&quot;")}" data-theme="${theme.replaceAll("<", "&lt;")}" data-sections="peers,&lt;b&gt;" data-currency="&lt;b&gt;" async></script>`);
  const frame = await calculatorFrame(page);
  await heightsAgree(page, frame);
  assert.equal(await frame.evaluate(() => document.documentElement.getAttribute("data-theme")), null);
  assert.equal(await frame.evaluate(() => document.documentElement.getAttribute("data-hide")), null);
  assert.equal(await frame.evaluate(() => document.documentElement.style.cssText), "");
  assert.equal(await frame.evaluate(() => document.querySelectorAll("img").length), 0);
  assert.equal(await frame.evaluate(() => document.documentElement.outerHTML.includes("alert(")), false, "nothing of the values in the page");
  // The same message the frame sends, forged by the host page's own origin: ignored.
  const before = await page.locator("iframe").evaluate((f) => f.style.height);
  await page.evaluate(() => postMessage({ type: "nrr-calculator:resize", height: 7 }, "*"));
  await page.waitForTimeout(200);
  assert.equal(await page.locator("iframe").evaluate((f) => f.style.height), before);
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  for (const key of ["accent", "theme", "sections", "currency"]) {
    assert.ok(log.warnings.some((w) => w.includes(`ignored ${key}=`)), `a console warning for ${key}: ${log.warnings}`);
  }
  await context.close();
});

test("results reach the host page only when it asks for them", async () => {
  for (const asked of [true, false]) {
    const { page, context } = await hostPage(
      `<script>window.results = []; addEventListener("message", (e) => e.data?.type === "nrr-calculator:result" && results.push(e.data));</script>
       <script src="ORIGIN/embed.js" ${asked ? 'data-results="1"' : ""} data-start="250k" data-expansion="50k" data-contraction="5k" async></script>`);
    const frame = await calculatorFrame(page);
    await type(frame, "input-churn", "20k");
    await page.waitForTimeout(1000);
    const results = await page.evaluate(() => window.results);
    if (asked) {
      assert.equal(results.at(-1)?.nrr, "110", JSON.stringify(results));
      assert.equal(results.at(-1)?.grr, "90");
    } else {
      assert.deepEqual(results, [], "nothing leaves the frame unasked");
    }
    await context.close();
  }
});

test("sections and compact shape the frame", async () => {
  const { page, context } = await hostPage(`<script src="ORIGIN/embed.js" data-sections="peers" data-compact="1" async></script>`);
  const frame = await calculatorFrame(page);
  await frame.getByTestId("result-percentile").waitFor({ state: "attached" });
  assert.equal(await frame.locator(".benchmarks").isVisible(), true);
  for (const hidden of [".projection", ".formulas", ".source-panel"]) {
    await frame.locator(hidden).waitFor({ state: "attached" });
    assert.equal(await frame.locator(hidden).isVisible(), false, hidden);
  }
  await context.close();
});

test("<nrr-calculator> computes in its shadow root, untouched by the host's CSS", async () => {
  const { page, context, log } = await hostPage(`
    <style>* { color: rgb(255, 0, 0) !important; font-family: serif !important; } input { display: none !important; }</style>
    <script type="module" src="ORIGIN/element.js"></script>
    <nrr-calculator theme="dark" accent="#0a7d5a" start="250k" expansion="50k" contraction="5k" churn="20k"></nrr-calculator>`);
  const element = page.locator("nrr-calculator");
  // Playwright's locators reach into open shadow roots.
  await element.getByTestId("result-nrr").waitFor();
  assert.equal(await element.getByTestId("result-nrr").getAttribute("data-value"), "110");
  await element.getByTestId("input-churn").fill("");
  await element.getByTestId("input-churn").pressSequentially("10k");
  assert.equal(await element.getByTestId("result-nrr").getAttribute("data-value"), "114", "typing in the shadow root updates");
  // The panels below the result follow after the paint, with no chart slot in the document.
  await painted(page);
  assert.equal(await element.getByTestId("projection-year-1").getAttribute("data-value"), "285000");
  await element.locator("#input-period").selectOption("month");
  assert.ok(await element.getByTestId("result-nrr-annualised").getAttribute("data-value"), "a select's change reaches the calculator");
  const style = await element.getByTestId("result-nrr").evaluate((el) => ({ color: getComputedStyle(el).color, font: getComputedStyle(el).fontFamily }));
  assert.notEqual(style.color, "rgb(255, 0, 0)");
  assert.doesNotMatch(style.font, /^serif$/);
  assert.equal(await element.getByTestId("input-start").isVisible(), true, "host rules don't hide our inputs");
  assert.equal(await page.evaluate(() => location.hash), "", "the host page's address is left alone");
  assert.equal(await page.evaluate(() => document.querySelectorAll("style").length), 1, "nothing added to the host's document");
  assert.deepEqual(log, { errors: [], foreign: [], dialogs: [], warnings: [] });
  await context.close();
});

test("<nrr-calculator results=\"1\"> hands its results to the host as an event, and only then", async () => {
  for (const asked of [true, false]) {
    const { page, context } = await hostPage(`
      <script>window.results = []; addEventListener("nrr-calculator:result", (e) => results.push(e.detail));</script>
      <script type="module" src="ORIGIN/element.js"></script>
      <nrr-calculator ${asked ? 'results="1"' : ""} start="250k" expansion="50k" contraction="5k"></nrr-calculator>`);
    const element = page.locator("nrr-calculator");
    await element.getByTestId("input-churn").pressSequentially("20k");
    await page.waitForTimeout(1000);
    const results = await page.evaluate(() => window.results);
    if (asked) {
      assert.equal(results.at(-1)?.nrr, "110", JSON.stringify(results));
      assert.equal(results.at(-1)?.period, "year");
    } else {
      assert.deepEqual(results, []);
    }
    await context.close();
  }
});
