// A person using the calculator: typing figures, reading results, making mistakes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { session, open, dataValue, typeInto, fillAll, addressMatches } from "./harness.mjs";

const s = session();

test("typing four figures as people write them shows every result", async () => {
  const { page, context, log } = await open(s.browser, s.origin);
  await fillAll(page, ["$250,000", "50k", "5,000", "$20k"]);
  assert.equal(await dataValue(page, "result-nrr"), "110");
  assert.equal(await dataValue(page, "result-grr"), "90");
  assert.equal(await dataValue(page, "result-expansion-rate"), "20");
  assert.equal(await dataValue(page, "result-gross-churn"), "10");
  assert.equal(await dataValue(page, "result-net-churn"), "-10");
  assert.equal(await dataValue(page, "result-ending-mrr"), "275000");
  assert.equal(await page.getByTestId("result-nrr").innerText(), "110%");
  assert.equal(await page.getByTestId("result-ending-mrr").innerText(), "$275,000");
  const years = [];
  for (let n = 0; n <= 5; n++) years.push(await dataValue(page, `projection-year-${n}`));
  assert.deepEqual(years, ["250000", "275000", "302500", "332750", "366025", "402627.5"]);
  assert.match(await page.getByTestId("reading-nrr").innerText(), /^Healthy/);
  assert.deepEqual(log, { consoleErrors: [], pageErrors: [], foreignRequests: [], failedResponses: [] });
  await context.close();
});

test("arithmetic is exact decimal, not floating point", async () => {
  const { page, context } = await open(s.browser, s.origin);
  await fillAll(page, ["0.1", "0.2", "0", "0"]);
  assert.equal(await dataValue(page, "result-nrr"), "300");
  await fillAll(page, ["3", "1", "0", "0"]);
  assert.equal(await dataValue(page, "result-nrr"), "133.33333333333333333333333333");
  assert.equal(await page.getByTestId("result-nrr").innerText(), "133.33%");
  await context.close();
});

test("every kind of bad input gets a clear message next to its field and no result", async () => {
  const { page, context, log } = await open(s.browser, s.origin);
  await fillAll(page, ["100000", "20000", "2000", "5000"]);
  const cases = [
    ["expansion", "", /Enter an amount/],
    ["expansion", "twelve", /isn't an amount/],
    ["contraction", "-500", /can't be negative/],
    ["churn", "1,00", /groups of three/],
    ["churn", "NaN", /isn't an amount/],
    ["churn", "Infinity", /isn't an amount/],
    ["start", "0", /more than zero/],
    ["start", "99999999999999999999999999999999999", /Too large/],
    ["expansion", "0.00000000001", /decimal places/],
  ];
  for (const [field, text, message] of cases) {
    await fillAll(page, ["100000", "20000", "2000", "5000"]);
    assert.equal(await page.getByTestId(`error-${field}`).count(), 0);
    await typeInto(page, `input-${field}`, text);
    const error = page.getByTestId(`error-${field}`);
    assert.match(await error.innerText(), message, `${field} = ${JSON.stringify(text)}`);
    assert.equal(await dataValue(page, "result-nrr"), null, `no NRR for ${field} = ${text}`);
    assert.equal(await page.getByTestId("result-grr").innerText(), "—");
    assert.equal(await dataValue(page, "projection-year-5"), null);
    const body = await page.locator("main").innerText();
    assert.doesNotMatch(body, /NaN|Infinity%|undefined/);
  }
  // Cross-field: losing more than the start.
  await fillAll(page, ["100", "0", "60", "41"]);
  assert.match(await page.getByTestId("error-form").innerText(), /more than the starting MRR/);
  assert.equal(await dataValue(page, "result-grr"), null);
  await typeInto(page, "input-churn", "40");
  assert.equal(await page.getByTestId("error-form").count(), 0);
  assert.equal(await dataValue(page, "result-grr"), "0");
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("implausible figures compute but carry a warning", async () => {
  const { page, context } = await open(s.browser, s.origin);
  await fillAll(page, ["100", "150", "0", "0"]);
  assert.equal(await dataValue(page, "result-nrr"), "250");
  assert.match(await page.getByTestId("warning").innerText(), /200%/);
  await context.close();
});

test("the currency picker relabels amounts", async () => {
  const { page, context } = await open(s.browser, s.origin);
  await fillAll(page, ["1000", "100", "0", "0"]);
  await page.getByTestId("input-currency").selectOption("EUR");
  assert.equal(await page.getByTestId("result-ending-mrr").innerText(), "€1,100");
  await addressMatches(page, /currency=EUR/);
  await context.close();
});
