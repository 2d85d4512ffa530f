// Shared end-to-end harness: serves the built dist/ on loopback and drives Debian's Chromium
// with playwright-core, recording everything a page does that a person wouldn't see.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { files } from "../../scripts/bench/sizes.mjs";
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

export const DIST = process.env.DIST ?? new URL("../../dist/", import.meta.url).pathname;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".png": "image/png",
};

/**
 * The rules of a `_headers` file (the build ships one in dist/): `[{ pattern, headers }]`,
 * where a pattern's `*` matches anything. Served as a static host would, so the tests prove
 * the shipped headers (CORS for the custom element, above all) are the ones needed.
 */
export async function headerRules(dir) {
  const text = await readFile(join(dir, "_headers"), "utf8").catch(() => "");
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
    } else if (rules.length) {
      const [name, ...value] = line.trim().split(":");
      rules.at(-1).headers[name.trim().toLowerCase()] = value.join(":").trim();
    }
  }
  return rules;
}

/**
 * Serves `dir` on 127.0.0.1 at a free port, with the headers of its `_headers` file. Unknown
 * paths are 404s, as on a real static host. With `{ brotli: true }`, bodies go out
 * brotli-compressed to clients that accept it, as a CDN would send them: compressed before
 * the server starts, since a CDN does not make the first visitor wait while it compresses
 * (brotli -11 takes ~0.5 s on the wasm, which Lighthouse would count as server time).
 */
export async function serve(dir = DIST, { brotli = false } = {}) {
  const compressed = new Map();
  if (brotli) {
    for (const file of files(dir)) compressed.set(file, brotliCompressSync(await readFile(file)));
  }
  const rules = await headerRules(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream" };
      for (const rule of rules) if (rule.pattern.test(path)) Object.assign(headers, rule.headers);
      if (brotli && /\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
        body = compressed.get(file);
        headers["content-encoding"] = "br";
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * A host page's site on another origin: serves `pages` (`{ "/path": html }`) and nothing else.
 */
export async function serveHost(pages) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    if (path === "/favicon.ico") return res.writeHead(204).end();
    const html = pages[path];
    if (html === undefined) return res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  // Another port is another origin.
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * One server (of `dir`, dist/ unless told) and one browser for a test file: started before
 * its first test, closed after its last. Read `session.origin` and `session.browser` inside
 * tests.
 */
export function session(dir = DIST) {
  const s = {};
  before(async () => {
    s.server = await serve(dir);
    s.origin = s.server.origin;
    s.browser = await launch();
  });
  after(async () => {
    await s.browser?.close();
    await s.server?.close();
    // Any Content-Security-Policy violation on any page this file opened fails the suite,
    // except on pages whose test provokes one on purpose (log.expectCspViolation).
    const violations = opened.filter((l) => !l.expectCspViolation).flatMap((l) => l.cspViolations);
    assert.deepEqual(violations, [], "Content-Security-Policy violations");
  });
  return s;
}

/** Every log `open` made in this test file (each file runs in a process of its own). */
const opened = [];

/** Headless Chromium with the flags that keep it quiet on a closed network (Playwright gives
 * each launch a fresh temporary profile itself). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Opens `path` in a fresh context and waits for the app to mount. Returns the page and a log
 * of console errors, uncaught exceptions, requests leaving the origin, and failed responses
 * (and, checked by `session` after the file's last test, Content-Security-Policy violations).
 */
export async function open(browser, origin, path = "/", contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const log = { consoleErrors: [], pageErrors: [], foreignRequests: [], failedResponses: [] };
  Object.defineProperty(log, "cspViolations", { value: [], enumerable: false });
  opened.push(log);
  await page.exposeFunction("__reportCspViolation", (v) => log.cspViolations.push(v));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__reportCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`)));
  page.on("console", (m) => m.type() === "error" && log.consoleErrors.push(m.text()));
  page.on("pageerror", (e) => log.pageErrors.push(String(e)));
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith("data:")) log.foreignRequests.push(url);
  });
  page.on("response", (r) => r.status() >= 400 && log.failedResponses.push(`${r.status()} ${r.url()}`));
  await page.goto(origin + path);
  await page.getByTestId("input-start").waitFor();
  return { page, context, log };
}

/** Resolves once the panels below the result have followed the last edit: they update in a
 * task queued from the animation frame after it (see `CalculatorState::later`). */
export function painted(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
}

/** The `data-value` of a test id (once the last edit is painted), or null when absent. */
export async function dataValue(page, testid) {
  await painted(page);
  return page.getByTestId(testid).getAttribute("data-value");
}

/** Types like a person: focus, select what is there, then key by key. */
export async function typeInto(page, testid, text) {
  const input = page.getByTestId(testid);
  await input.click();
  await input.press("ControlOrMeta+a");
  await input.press("Backspace");
  if (text) await input.pressSequentially(text);
  await painted(page);
}

export async function fillAll(page, [start, expansion, contraction, churn]) {
  await typeInto(page, "input-start", start);
  await typeInto(page, "input-expansion", expansion);
  await typeInto(page, "input-contraction", contraction);
  await typeInto(page, "input-churn", churn);
}

/** Waits until the address bar matches `pattern`: it follows typing once typing pauses. */
export async function addressMatches(page, pattern) {
  await page.waitForFunction((source) => new RegExp(source).test(location.href), pattern.source, { timeout: 5000 });
  return page.url();
}
