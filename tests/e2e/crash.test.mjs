// A panic anywhere shows a friendly panel, never a dead page, and the figures survive the
// reload. Proved on a test build (make dist-crash, feature `crash-probe`) in which typing
// "crash-probe" into a field panics on purpose; the release build has no such trigger.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { session, open, typeInto, dataValue, DIST } from "./harness.mjs";

const CRASH_DIST = new URL("../../target/dist-crash/", import.meta.url).pathname;
assert.ok(existsSync(CRASH_DIST), "run `make dist-crash` first (make e2e does)");
const s = session(CRASH_DIST);

test("a panic shows a panel with a reload button, and the reload keeps the figures", async () => {
  const { page, context, log } = await open(s.browser, s.origin, "/#start=250k&expansion=50k&contraction=5k&churn=20k");
  assert.equal(await dataValue(page, "result-nrr"), "110");
  // Typed figures not yet in the address bar (it waits for a pause) must survive too.
  await typeInto(page, "input-churn", "25k");
  await typeInto(page, "input-contraction", "crash-probe");
  const panel = page.getByTestId("crash-panel");
  await panel.waitFor();
  assert.equal(await panel.getAttribute("role"), "alert");
  assert.match(await panel.innerText(), /Something went wrong[\s\S]*figures are kept/);
  assert.equal(await page.getByTestId("input-start").count(), 0, "the broken calculator is gone");
  assert.ok(log.consoleErrors.some((e) => /crash probe/.test(e)), "the panic is logged for developers");
  // Exactly what was in the fields when it broke (the probe's last keystroke never landed).
  assert.equal(new URL(page.url()).hash, "#start=250k&expansion=50k&contraction=crash-prob&churn=25k");
  await page.getByTestId("crash-reload").click();
  await page.getByTestId("input-start").waitFor();
  assert.equal(await page.getByTestId("input-churn").inputValue(), "25k");
  assert.equal(await page.getByTestId("input-contraction").inputValue(), "crash-prob");
  await typeInto(page, "input-contraction", "5k");
  assert.equal(await dataValue(page, "result-nrr"), "108");
  await context.close();
});

test("the release build carries no crash probe", () => {
  const wasm = readdirSync(DIST).filter((f) => f.endsWith("_bg.wasm") && !f.startsWith("chart-pack"));
  assert.equal(wasm.length, 1);
  assert.ok(readFileSync(DIST + wasm[0]).includes("crash probe") === false);
  const probe = readdirSync(CRASH_DIST).filter((f) => f.endsWith("_bg.wasm"));
  assert.ok(readFileSync(CRASH_DIST + probe[0]).includes("crash probe"), "the probe build does");
});
