// Remembering the last figures on this device, clearing them, and working offline.
import { test } from "node:test";
import assert from "node:assert/strict";
import { session, open, dataValue, fillAll } from "./harness.mjs";

const s = session();
const KEY = "nrr-calculator.v1";
const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const storedIs = (page, value) =>
  page.waitForFunction(([key, v]) => localStorage.getItem(key) === v, [KEY, value], { timeout: 5000 });
const reload = async (page) => {
  await page.reload();
  await page.getByTestId("input-start").waitFor();
};

test("the page remembers the last figures; a shared link still wins", async () => {
  const { page, context, log } = await open(s.browser, s.origin);
  assert.equal(await stored(page), null, "nothing is stored before anything is typed");
  await fillAll(page, ["250k", "50k", "5k", "20k"]);
  await storedIs(page, "start=250k&expansion=50k&contraction=5k&churn=20k");

  const again = await context.newPage();
  await again.goto(s.origin + "/");
  await again.getByTestId("input-start").waitFor();
  assert.equal(await again.getByTestId("input-start").inputValue(), "250k");
  assert.equal(await dataValue(again, "result-nrr"), "110");

  await again.goto(s.origin + "/#start=100&expansion=10&contraction=0&churn=0");
  await again.getByTestId("input-start").waitFor();
  assert.equal(await dataValue(again, "result-nrr"), "110");
  assert.equal(await again.getByTestId("input-start").inputValue(), "100", "the link's figures, not the stored ones");
  assert.deepEqual([log.consoleErrors, log.pageErrors], [[], []]);
  await context.close();
});

test("corrupt, foreign and old records are ignored without breaking the page", async () => {
  const { page, context, log } = await open(s.browser, s.origin);
  for (const [key, value] of [[KEY, '{"start":'], [KEY, "start=1&evil=<script>"], ["nrr-calculator.v0", "start=5"]]) {
    await page.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k, v); }, [key, value]);
    await reload(page);
    assert.equal(await page.getByTestId("input-start").inputValue(), "", `${key}=${value}`);
    assert.equal(await dataValue(page, "result-nrr"), null);
  }
  assert.deepEqual([log.consoleErrors, log.pageErrors], [[], []]);
  await context.close();
});

test("Clear empties the fields and forgets the figures on this device", async () => {
  const { page, context } = await open(s.browser, s.origin);
  await fillAll(page, ["250k", "50k", "5k", "20k"]);
  await storedIs(page, "start=250k&expansion=50k&contraction=5k&churn=20k");
  await page.getByTestId("clear").click();
  assert.equal(await stored(page), null, "forgotten at once");
  assert.equal(await page.getByTestId("input-start").inputValue(), "");
  await reload(page);
  assert.equal(await page.getByTestId("input-start").inputValue(), "");
  assert.equal(await dataValue(page, "result-nrr"), null);
  await context.close();
});

test("the frame view remembers nothing unless asked with remember=1", async () => {
  for (const [query, remembers] of [["", false], ["?remember=1", true]]) {
    const { page, context } = await open(s.browser, s.origin, `/embed.html${query}`);
    await fillAll(page, ["250k", "50k", "5k", "20k"]);
    assert.equal(await dataValue(page, "result-nrr"), "110");
    if (remembers) {
      await storedIs(page, "start=250k&expansion=50k&contraction=5k&churn=20k");
    } else {
      await page.waitForTimeout(800);
      assert.equal(await stored(page), null);
    }
    await context.close();
  }
});

test("after one visit the calculator works offline, the frame view too", async () => {
  const { page, context, log } = await open(s.browser, s.origin);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 });
  await context.setOffline(true);
  await reload(page);
  await fillAll(page, ["250k", "50k", "5k", "20k"]);
  assert.equal(await dataValue(page, "result-nrr"), "110");
  await page.goto(s.origin + "/embed.html?theme=dark#start=1000&expansion=100&contraction=0&churn=0");
  await page.getByTestId("input-start").waitFor();
  assert.equal(await dataValue(page, "result-nrr"), "110");
  assert.deepEqual([log.consoleErrors, log.pageErrors], [[], []]);
  await context.close();
});
