// Every state, in both themes, at every width: axe-core finds no violation (contrast AA
// included), the keyboard reaches every control with a visible ring, nothing scrolls
// sideways, and on phones every touch target is at least 44 px. Full-page screenshots of
// each width and theme are kept in tests/e2e/artifacts/ to be looked at.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { session, open, fillAll } from "./harness.mjs";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const ARTIFACTS = new URL("./artifacts/", import.meta.url).pathname;
const FIGURES = "/#start=$250,000&expansion=50k&contraction=5k&churn=20k";
const s = session();
mkdirSync(ARTIFACTS, { recursive: true });

async function violations(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The states a visitor can put the page in, each reached the way a person would. */
const STATES = {
  empty: async () => {},
  results: async (page) => {
    await fillAll(page, ["$250,000", "50k", "5k", "20k"]);
    await page.getByTestId("chart-percentile").locator("svg").waitFor();
  },
  "field errors": (page) => fillAll(page, ["abc", "10k", "-1", "1,00"]),
  "losses above start": (page) => fillAll(page, ["100", "0", "60", "50"]),
  "warning and no projection": (page) => fillAll(page, ["1", "999,999,999,999", "0", "0"]),
  "sources open": async (page) => {
    await page.getByTestId("sources").locator("summary").click();
    await page.getByTestId("sources").locator("li").first().waitFor();
  },
  "monthly, public peers": async (page) => {
    await fillAll(page, ["100k", "2k", "500", "1k"]);
    await page.getByTestId("input-period").selectOption("month");
    await page.getByTestId("input-peer-group").selectOption("public");
  },
  "a file imported": async (page) => {
    await page.getByTestId("open-import").click();
    await page.getByTestId("import-file").setInputFiles(new URL("../fixtures/mrr-long.csv", import.meta.url).pathname);
    await page.getByTestId("import-summary").waitFor();
  },
  "tools open": async (page) => {
    for (const tool of ["target", "pitch", "context"]) await page.getByTestId(`open-${tool}`).click();
    await page.getByTestId("input-target-nrr").fill("130");
    await page.getByTestId("input-claimed-nrr").fill("110");
    await page.getByTestId("input-claimed-grr").fill("104");
    await page.getByTestId("pitch-flags").waitFor();
  },
  "embed builder open": async (page) => {
    await page.getByTestId("open-embed").click();
    await page.getByTestId("embed-snippet").waitFor();
  },
};

for (const scheme of ["light", "dark"]) {
  test(`no accessibility violation in any state (${scheme})`, async () => {
    // axe is injected as inline script, which the page's CSP rightly refuses: bypass it here only.
    const { page, context } = await open(s.browser, s.origin, "/", { bypassCSP: true, colorScheme: scheme });
    const found = [];
    for (const [name, reach] of Object.entries(STATES)) {
      await reach(page);
      found.push(...(await violations(page)).map((v) => `${name}: ${v}`));
    }
    assert.deepEqual(found, []);
    await context.close();
  });
}

// The frame view as a host would set it: a light accent on dark, a dark one on light.
for (const query of ["?theme=dark&accent=%23e4572e", "?theme=light&accent=0a7d5a&compact=1&sections=peers"]) {
  test(`no accessibility violation in the frame view (${query})`, async () => {
    const { page, context } = await open(s.browser, s.origin, `/embed.html${query}`, { bypassCSP: true });
    const found = [];
    const states = { empty: STATES.empty, results: (p) => fillAll(p, ["$250,000", "50k", "5k", "20k"]), "field errors": STATES["field errors"] };
    for (const [name, reach] of Object.entries(states)) {
      await reach(page);
      found.push(...(await violations(page)).map((v) => `${name}: ${v}`));
    }
    assert.deepEqual(found, []);
    await context.close();
  });
}

test("the keyboard reaches every control, each with a visible focus ring", async () => {
  const { page, context } = await open(s.browser, s.origin, FIGURES);
  await page.getByTestId("chart-percentile").locator("svg").waitFor();
  const reachable = await page.evaluate(() =>
    [...document.querySelectorAll("a[href], button, input, select, textarea, summary")]
      .filter((el) => !el.closest("[hidden]") && el.getAttribute("tabindex") !== "-1" && el.getClientRects().length > 0).length);
  const seen = [];
  for (let i = 0; i < reachable + 2; i++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      if (el === document.body) return null;
      const style = getComputedStyle(el);
      return { id: el.dataset.testid ?? el.tagName.toLowerCase(), ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 };
    });
    if (focus) seen.push(focus);
  }
  const unique = new Set(seen.map((f, i) => `${i}:${f.id}`));
  assert.ok(unique.size >= reachable, `${unique.size} focus stops for ${reachable} controls: ${seen.map((f) => f.id).join(" ")}`);
  assert.deepEqual(seen.filter((f) => !f.ring), [], "every stop shows a ring");
  for (const id of ["input-start", "copy-link", "input-peer-group", "download-csv", "copy-summary", "download-chart-png"]) {
    assert.ok(seen.some((f) => f.id === id), `${id} is reached`);
  }
  await context.close();
});

for (const width of [320, 375, 768, 1280]) {
  for (const scheme of ["light", "dark"]) {
    test(`at ${width} px (${scheme}): no sideways scroll, nothing clipped${width < 768 ? ", 44 px touch targets" : ""}`, async () => {
      const { page, context } = await open(s.browser, s.origin, FIGURES, { viewport: { width, height: 900 }, colorScheme: scheme });
      await page.getByTestId("chart-percentile").locator("svg").waitFor();
      const layout = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        // A panel whose content is wider than itself is cut off or scrolls on its own.
        clipped: [...document.querySelectorAll(".panel, .chart-frame, .headline-card")]
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => el.className),
      }));
      assert.deepEqual(layout, { overflow: 0, clipped: [] });
      if (width < 768) {
        const small = await page.evaluate(() =>
          [...document.querySelectorAll("a[href], button, input, select, summary")]
            .filter((el) => el.getClientRects().length > 0 && !el.closest("[hidden]"))
            .map((el) => ({ id: el.dataset.testid ?? el.className ?? el.tagName, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.height < 44 || box.width < 44)
            .map(({ id, box }) => `${id} ${Math.round(box.width)}×${Math.round(box.height)}`));
        assert.deepEqual(small, [], "touch targets under 44 px");
      }
      await page.screenshot({ path: `${ARTIFACTS}screen-${width}-${scheme}.png`, fullPage: true });
      await context.close();
    });
  }
}
