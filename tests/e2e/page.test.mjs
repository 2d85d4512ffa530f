// The page as a whole: privacy, the Content-Security-Policy, the static shell, accessibility,
// keyboard use and small screens.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { session, open, fillAll, DIST } from "./harness.mjs";
import { measure } from "../../scripts/bench/sizes.mjs";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const s = session();

test("the static shell has the heading and purpose before any script runs", async () => {
  // What a visitor sees before the wasm lands, or without JavaScript at all.
  const context = await s.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(s.origin + "/");
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.equal(await page.locator("h1").count(), 1);
  assert.equal(await page.locator("main").count(), 1);
  assert.equal(await page.locator("h1").innerText(), "SaaS Retention Calculator");
  assert.match(await page.locator(".lede").innerText(), /no figure you type leaves it/);
  assert.match(await page.locator("main").innerText(), /needs JavaScript and WebAssembly/);
  // The icon is part of the page: no request of its own before the first paint.
  assert.match(await page.locator('link[rel="icon"]').getAttribute("href"), /^data:image\/svg\+xml,/);
  await context.close();
});

test("the Content-Security-Policy is strict and allows exactly the page's inline scripts", async () => {
  const context = await s.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(s.origin + "/");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  await context.close();
  assert.ok(csp, "a CSP meta tag");
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.match(csp, /connect-src 'self'/);
  assert.match(csp, /style-src 'self'/);
  assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'|INLINE_SCRIPT_HASHES|\*/);
  // The hashes are those of the page's three inline scripts (the module's loader; the offline
  // copy's registration; the import's and the embed builder's triggers), and nothing else.
  const html = readFileSync(DIST + "index.html", "utf8");
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1]));
  assert.equal(inline.length, 3);
  const hashes = inline.map((m) => `'sha256-${createHash("sha256").update(m[2], "utf8").digest("base64")}'`);
  assert.deepEqual(csp.match(/script-src ([^;]*)/)[1].match(/'sha256-[^']+'/g), hashes);
});

test("loading and using the page makes no request beyond its origin and logs no error", async () => {
  const { page, context, log } = await open(s.browser, s.origin);
  await fillAll(page, ["100k", "10k", "1k", "2k"]);
  await page.getByTestId("input-currency").selectOption("GBP");
  await page.waitForLoadState("networkidle");
  assert.deepEqual(log.foreignRequests, []);
  assert.deepEqual(log.failedResponses, []);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("the first result needs only what the size guard counts as the first load", async () => {
  // The module's script is inlined into the page (scripts/post-build/inline-loader.mjs) and
  // so is the icon: the page fetches its wasm and nothing else before the first result.
  const counted = new Set(measure(DIST).first.map((row) => `/${row.file}`));
  const context = await s.browser.newContext();
  const page = await context.newPage();
  const requested = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname.replace(/^\/$/, "/index.html")));
  await page.goto(`${s.origin}/#start=250k&expansion=50k&contraction=5k&churn=20k`);
  await page.waitForFunction(() => document.querySelector("[data-testid=result-nrr]")?.dataset.value === "110");
  const beforeResult = [...requested];
  assert.deepEqual(beforeResult.map((path) => (path.endsWith("_bg.wasm") ? "the wasm" : path)), ["/index.html", "the wasm"]);
  assert.deepEqual(beforeResult.filter((path) => !counted.has(path)), []);
  await context.close();
});

test("a shown page requests its wasm after its first paint; a hidden one at once", async () => {
  // Lighthouse's mobile model counts a download that ends before the largest paint as a cost
  // of that paint, so a page on screen waits for its first paint. A hidden page (a background
  // tab, a prerender) paints nothing anyone sees: it starts at once and is ready when shown.
  const times = async (hidden) => {
    const context = await s.browser.newContext();
    if (hidden) await context.addInitScript(() => Object.defineProperty(Document.prototype, "hidden", { get: () => true }));
    const page = await context.newPage();
    await page.goto(`${s.origin}/#start=250k&expansion=50k&contraction=5k&churn=20k`);
    await page.waitForFunction(() => document.querySelector("[data-testid=result-nrr]")?.dataset.value === "110");
    const t = await page.evaluate(() => ({
      paint: performance.getEntriesByName("first-contentful-paint")[0].startTime,
      wasm: performance.getEntriesByType("resource").find((e) => e.name.endsWith("_bg.wasm")).startTime,
    }));
    await context.close();
    return t;
  };
  const shown = await times(false);
  assert.ok(shown.wasm >= shown.paint, `shown: wasm requested at ${shown.wasm} ms, before the first paint at ${shown.paint} ms`);
  const hidden = await times(true);
  assert.ok(hidden.wasm < hidden.paint, `hidden: wasm requested at ${hidden.wasm} ms, after waiting for a paint at ${hidden.paint} ms`);
});

test("the policy is enforced: injected inline script does not run", async () => {
  const { page, context, log } = await open(s.browser, s.origin);
  log.expectCspViolation = true;
  const outcome = await page.evaluate(async () => {
    const violation = new Promise((resolve) =>
      document.addEventListener("securitypolicyviolation", (e) => resolve(e.violatedDirective), { once: true }));
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.head.appendChild(script);
    return { ran: window.__injected === true, directive: await violation };
  });
  assert.equal(outcome.ran, false);
  assert.match(outcome.directive, /script-src/);
  // The harness saw it too: that is what fails the suite on any unexpected violation.
  await page.waitForFunction(() => true);
  assert.equal(log.cspViolations.length, 1, log.cspViolations.join("; "));
  await context.close();
});

test("no accessibility violations, empty and with results (axe-core)", async () => {
  // axe is injected as inline script, which the page's own CSP rightly refuses: bypass it here only.
  const { page, context } = await open(s.browser, s.origin, "/", { bypassCSP: true });
  for (const step of ["empty", "filled", "invalid"]) {
    if (step === "filled") await fillAll(page, ["100k", "10k", "1k", "2k"]);
    if (step === "invalid") await fillAll(page, ["abc", "10k", "-1", "2k"]);
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    assert.deepEqual(found, [], `${step}: ${found.join("; ")}`);
  }
  await context.close();
});

test("the keyboard reaches every control in order, with a visible focus ring", async () => {
  const { page, context } = await open(s.browser, s.origin);
  assert.equal(await page.locator(".summary-bar").count(), 0, "no summary bar without results");
  const order = [];
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { id: el.dataset.testid ?? el.className, ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 };
    }));
  }
  assert.deepEqual(order.map((o) => o.id), [
    "open-import", "input-period", "input-start", "input-expansion", "input-contraction", "input-churn", "input-currency",
    "copy-link", "clear", "input-peer-group",
  ]);
  assert.ok(order.every((o) => o.ring), JSON.stringify(order));
  await context.close();
});

test("at 320 px wide nothing scrolls sideways", async () => {
  const { page, context } = await open(s.browser, s.origin, "/#start=1000000000&expansion=250000000&contraction=1&churn=1", {
    viewport: { width: 320, height: 640 },
  });
  await page.getByTestId("result-nrr").and(page.locator("[data-value]")).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  // On a phone the NRR stays in view in a sticky bar while typing.
  assert.ok(await page.locator(".summary-bar").isVisible());
  assert.match(await page.locator(".summary-bar").innerText(), /NRR 125% · GRR 100%/);
  await context.close();
});
