// Saves full-page screenshots of the release build to tests/e2e/artifacts/ for a human look:
// desktop and phone widths, light and dark, empty and with figures.
import { mkdirSync } from "node:fs";
import { serve, launch } from "../tests/e2e/harness.mjs";

const out = new URL("../tests/e2e/artifacts/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const server = await serve();
const browser = await launch();
const figures = "#start=$250,000&expansion=50k&contraction=5k&churn=20k";
try {
  for (const [name, width, scheme, hash] of [
    ["desktop-light", 1280, "light", figures],
    ["desktop-dark", 1280, "dark", figures],
    ["phone-light", 375, "light", figures],
    ["phone-empty", 375, "light", ""],
    ["phone-errors", 320, "dark", "#start=abc&expansion=1,00&contraction=-5&churn=0"],
  ]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(server.origin + "/" + hash);
    await page.getByTestId("input-start").waitFor();
    // With figures, wait for the chart pack too: it lands after the first result.
    if (hash === figures) await page.getByTestId("chart-percentile").locator("svg").waitFor();
    await page.screenshot({ path: `${out}${name}.png`, fullPage: true });
    console.log(`${out}${name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
