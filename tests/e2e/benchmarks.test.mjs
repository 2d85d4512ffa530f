// Comparing with peers: the percentile, its source on screen, period annualisation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { session, open, dataValue, fillAll, addressMatches } from "./harness.mjs";

const s = session();

test("the percentile names its source and year and follows the peer group", async () => {
  const { page, context, log } = await open(s.browser, s.origin);
  await fillAll(page, ["100k", "8k", "0", "0"]);
  // SaaS Capital 2026 (default): 50 + (108 − 103) × 40 ÷ 14.9 = 63.42…
  assert.match(await dataValue(page, "result-percentile"), /^63\.42/);
  assert.equal(await page.getByTestId("result-percentile").innerText(),
    "63rd percentile of private B2B SaaS, $3–20M ARR (SaaS Capital 2026)");
  // GRR 100 % ties at the cap with SaaS Capital's P90.
  assert.equal(await dataValue(page, "result-grr-percentile"), "90");
  assert.match(await page.getByTestId("result-grr-percentile").innerText(), /^At the 100% cap/);

  await page.getByTestId("input-peer-group").selectOption("public");
  // SaaSDB 2026: 25 + (108 − 100) × 25 ÷ 10 = 45.
  assert.equal(await dataValue(page, "result-percentile"), "45");
  assert.match(await page.getByTestId("result-percentile").innerText(), /45th percentile of public SaaS companies \(SaaSDB 2026\)/);
  await addressMatches(page, /peer=public/);

  // Public companies' filings are reference marks on the public strip, named for screen readers.
  assert.match(await page.locator(".strip").first().getAttribute("aria-label"), /marked Snowflake 126% \(Q1 FY2027\)/);
  assert.equal(await page.locator(".strip-reference").count(), 8);
  assert.match(await page.locator(".strip-points").first().innerText(), /Grey marks: Snowflake 126%/);

  await page.getByTestId("input-peer-group").selectOption("acv-over-100k");
  assert.equal(await page.locator(".strip-reference").count(), 0);
  // Optifai ACV > $100K: median 118, so 108 lies below the lowest published point.
  assert.equal(await dataValue(page, "result-percentile"), "50");
  assert.match(await page.getByTestId("result-percentile").innerText(), /^Below the 50th percentile/);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("monthly figures are annualised and everything follows", async () => {
  const { page, context } = await open(s.browser, s.origin);
  await fillAll(page, ["100", "1", "0", "0"]);
  assert.equal(await dataValue(page, "result-nrr-annualised"), "101");
  await page.getByTestId("input-period").selectOption("month");
  assert.equal(await dataValue(page, "result-nrr"), "101");
  assert.equal(await dataValue(page, "result-nrr-annualised"), "112.6825030131969720661201");
  assert.equal(await page.getByTestId("result-nrr-annualised").innerText(), "112.68%");
  assert.equal(await dataValue(page, "result-grr-annualised"), "100");
  assert.equal(await dataValue(page, "projection-year-1"), "112.6825030131969720661201");
  assert.match(await dataValue(page, "result-percentile"), /^75\.99/);
  assert.match(await page.getByTestId("reading-nrr").innerText(), /112\.68% annualised NRR/);
  await addressMatches(page, /period=month/);
  await page.getByTestId("input-period").selectOption("quarter");
  // 1.01⁴ = 1.04060401.
  assert.equal(await dataValue(page, "result-nrr-annualised"), "104.060401");
  await context.close();
});

test("peer and period prefill from the link, and a shared link carries them", async () => {
  const { page, context } = await open(s.browser, s.origin,
    "/?peer=arr-10m-50m&period=quarter#start=200k&expansion=10k&contraction=2k&churn=4k");
  assert.equal(await page.getByTestId("input-peer-group").inputValue(), "arr-10m-50m");
  assert.equal(await page.getByTestId("input-period").inputValue(), "quarter");
  // Quarterly NRR 102 % → 1.02⁴ = 108.243216 % a year.
  assert.equal(await dataValue(page, "result-nrr-annualised"), "108.243216");
  assert.match(await page.getByTestId("result-percentile").innerText(), /SaaS at \$10–50M ARR \(ProductQuant NRR benchmarks .*year not stated\)/);
  const url = new URL(await addressMatches(page, /^[^?]*#/));
  assert.equal(url.search, "");
  assert.match(url.hash, /period=quarter&peer=arr-10m-50m$/);
  await context.close();
});

test("an unknown peer or period falls back to the defaults without breaking the page", async () => {
  const { page, context, log } = await open(s.browser, s.origin, "/#start=100&expansion=5&contraction=0&churn=0&peer=mars&period=decade");
  assert.equal(await page.getByTestId("input-peer-group").inputValue(), "private");
  assert.equal(await page.getByTestId("input-period").inputValue(), "year");
  assert.equal(await dataValue(page, "result-nrr"), "105");
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("the sources panel lists every data set with its year", async () => {
  const { page, context } = await open(s.browser, s.origin);
  await page.getByTestId("sources").locator("summary").click();
  const text = await page.getByTestId("sources").innerText();
  for (const cited of ["SaaS Capital 2026 NRR", "SaaS Capital 2026 GRR", "SaaSDB 2026 NRR",
    "KeyBanc Capital Markets & Sapphire Ventures SaaS survey 2024 GRR", "Optifai B2B SaaS Benchmarks (N=939) 2026 NRR",
    "year not stated", "Snowflake 126% (Q1 FY2027)", "ChartMogul venture-backed median ~106%"]) {
    assert.ok(text.includes(cited), `sources mention ${cited}`);
  }
  await context.close();
});
