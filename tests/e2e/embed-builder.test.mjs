// "Embed this calculator": the snippet built from the options, its preview, and copying it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { session, open } from "./harness.mjs";

const s = session();

test("the builder makes the snippet from the options, previews it and copies it", async () => {
  const { page, context, log } = await open(s.browser, s.origin, "/", { permissions: ["clipboard-read", "clipboard-write"] });
  await page.getByTestId("open-embed").click();
  const snippet = page.getByTestId("embed-snippet");
  await snippet.waitFor();
  assert.equal(await snippet.inputValue(), `<script src="${s.origin}/embed.js" async></script>`);

  await page.getByTestId("embed-theme").selectOption("dark");
  await page.getByTestId("embed-section-charts").uncheck();
  assert.equal(await snippet.inputValue(),
    `<script src="${s.origin}/embed.js" data-theme="dark" data-sections="peers,projection,formulas,sources" async></script>`);
  const preview = page.getByTestId("embed-preview");
  assert.match(await preview.getAttribute("src"), /\/embed\.html\?theme=dark&sections=peers%2Cprojection%2Cformulas%2Csources$/);
  const frame = page.frameLocator("[data-testid=embed-preview]");
  await frame.getByTestId("input-start").waitFor();
  assert.equal(await frame.locator("html").getAttribute("data-theme"), "dark");

  await page.getByTestId("embed-mode").selectOption("element");
  assert.equal(await snippet.inputValue(),
    `<script type="module" src="${s.origin}/element.js"></script>\n<nrr-calculator theme="dark" sections="peers,projection,formulas,sources"></nrr-calculator>`);
  await page.getByTestId("embed-copy").click();
  await page.getByTestId("embed-copy-status").filter({ hasText: "copied" }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await snippet.inputValue());
  assert.deepEqual([log.consoleErrors, log.pageErrors, log.foreignRequests], [[], [], []]);
  await context.close();
});

test("on a phone the open builder scrolls nothing sideways", async () => {
  const { page, context } = await open(s.browser, s.origin, "/", { viewport: { width: 320, height: 700 } });
  await page.getByTestId("open-embed").click();
  await page.getByTestId("embed-snippet").waitFor();
  await page.getByTestId("embed-preview").waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  await context.close();
});
