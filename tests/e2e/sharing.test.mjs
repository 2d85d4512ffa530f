// Prefilled links, the address bar kept in step, and "Copy link".
import { test } from "node:test";
import assert from "node:assert/strict";
import { session, open, dataValue, typeInto, fillAll } from "./harness.mjs";

const s = session();

test("the query string prefills, then the figures move into the fragment", async () => {
  const { page, context } = await open(s.browser, s.origin, "/?start=250k&expansion=50k&contraction=5k&churn=20k&utm_source=mail");
  assert.equal(await dataValue(page, "result-nrr"), "110");
  const url = new URL(page.url());
  assert.equal(url.search, "?utm_source=mail", "figures leave the query, other parameters stay");
  assert.equal(url.hash, "#start=250k&expansion=50k&contraction=5k&churn=20k");
  await context.close();
});

test("the fragment prefills, and an invalid value shows its error in its field", async () => {
  const { page, context } = await open(s.browser, s.origin, "/#start=abc&expansion=%2410%2C000&contraction=0&churn=0&currency=GBP");
  assert.match(await page.getByTestId("error-start").innerText(), /isn't an amount/);
  assert.equal(await page.getByTestId("input-start").inputValue(), "abc");
  assert.equal(await page.getByTestId("input-expansion").inputValue(), "$10,000");
  assert.equal(await dataValue(page, "result-nrr"), null);
  await typeInto(page, "input-start", "100k");
  assert.equal(await dataValue(page, "result-nrr"), "110");
  assert.equal(await page.getByTestId("result-ending-mrr").innerText(), "£110,000");
  await context.close();
});

const hashIs = (page, hash) => page.waitForFunction((h) => location.hash === h, hash, { timeout: 5000 });

test("typing keeps the fragment in sync without adding history entries", async () => {
  const { page, context } = await open(s.browser, s.origin);
  const before = await page.evaluate(() => history.length);
  await fillAll(page, ["$1,000", "200", "50", "0"]);
  await hashIs(page, "#start=$1,000&expansion=200&contraction=50&churn=0");
  assert.equal(await page.evaluate(() => history.length), before);
  await typeInto(page, "input-expansion", "");
  await hashIs(page, "#start=$1,000&contraction=50&churn=0");
  await context.close();
});

test("the address bar is rewritten once typing pauses, not on every keystroke", async () => {
  const { page, context } = await open(s.browser, s.origin, "/#start=1");
  await page.evaluate(() => {
    window.__replaced = 0;
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args) => { window.__replaced += 1; return replace(...args); };
  });
  // Twenty keystrokes in one burst (browsers refuse replaceState past ~100 calls in 30 s).
  await page.getByTestId("input-start").press("End");
  await page.getByTestId("input-start").pressSequentially("23456789012345678901", { delay: 5 });
  await hashIs(page, "#start=123456789012345678901");
  assert.ok(await page.evaluate(() => window.__replaced) <= 3, "at most a few rewrites");
  await context.close();
});

test("leaving the page mid-word leaves the latest figures in the address", async () => {
  const { page, context } = await open(s.browser, s.origin, "/#start=1");
  await page.getByTestId("input-start").press("End");
  await page.getByTestId("input-start").pressSequentially("23", { delay: 5 });
  const hash = await page.evaluate(() => {
    window.dispatchEvent(new PageTransitionEvent("pagehide"));
    return location.hash;
  });
  assert.equal(hash, "#start=123");
  await context.close();
});

test("a shared link opened in the same tab loads its figures", async () => {
  const { page, context } = await open(s.browser, s.origin);
  await page.evaluate(() => { location.hash = "start=200&expansion=20&contraction=0&churn=10"; });
  await page.waitForFunction(() => document.querySelector("[data-testid=result-nrr]")?.dataset.value === "105");
  assert.equal(await page.getByTestId("input-churn").inputValue(), "10");
  await context.close();
});

test("Copy link copies a link that reopens the same figures", async () => {
  const { page, context } = await open(s.browser, s.origin, "/", { permissions: ["clipboard-read", "clipboard-write"] });
  await fillAll(page, ["€80,000", "12k", "1k", "3k"]);
  await page.getByTestId("input-currency").selectOption("EUR");
  await page.getByTestId("copy-link").click();
  await page.getByTestId("copy-status").filter({ hasText: "Link copied" }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.startsWith(s.origin + "/#"), link);
  const fresh = await open(s.browser, s.origin, link.slice(s.origin.length));
  for (const id of ["result-nrr", "result-grr", "result-ending-mrr", "projection-year-5"]) {
    assert.equal(await dataValue(fresh.page, id), await dataValue(page, id), id);
  }
  assert.equal(await fresh.page.getByTestId("result-ending-mrr").innerText(), "€88,000");
  await fresh.context.close();
  await context.close();
});

test("without clipboard access the link is shown to copy by hand", async () => {
  const { page, context } = await open(s.browser, s.origin, "/#start=100&expansion=5&contraction=0&churn=0");
  await page.evaluate(() => { delete Navigator.prototype.clipboard; });
  await page.getByTestId("copy-link").click();
  const status = page.getByTestId("copy-status");
  await status.filter({ hasText: "Copy this link:" }).waitFor();
  assert.equal(await status.innerText(), `Copy this link: ${s.origin}/#start=100&expansion=5&contraction=0&churn=0`);
  await context.close();
});

test("Copy link right after typing carries the latest figures, even before the address bar", async () => {
  const { page, context } = await open(s.browser, s.origin, "/#start=100&expansion=5&contraction=0&churn=0");
  await page.evaluate(() => { delete Navigator.prototype.clipboard; });
  await typeInto(page, "input-churn", "7");
  await page.getByTestId("copy-link").click();
  const status = page.getByTestId("copy-status");
  await status.filter({ hasText: "Copy this link:" }).waitFor();
  assert.equal(await status.innerText(), `Copy this link: ${s.origin}/#start=100&expansion=5&contraction=0&churn=7`);
  await context.close();
});
