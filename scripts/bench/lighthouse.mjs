// Lighthouse mobile (its default: a mid-range phone, simulated slow 4G, 4× CPU slowdown) on
// dist/ served brotli-compressed as a CDN would, with Debian's Chromium. Prints the four
// category scores and the load metrics the budgets name.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { serve, DIST } from "../../tests/e2e/harness.mjs";

const run = promisify(execFile);
const CLI = new URL("../../node_modules/lighthouse/cli/index.js", import.meta.url).pathname;
const FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync";

async function audit(url) {
  const dir = mkdtempSync(join(tmpdir(), "lighthouse-"));
  try {
    const report = join(dir, "report.json");
    await run(process.execPath, [CLI, url, "--quiet", "--output=json", `--output-path=${report}`, `--chrome-flags=${FLAGS}`], {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? "/usr/bin/chromium" },
      maxBuffer: 1 << 26,
    });
    return JSON.parse(readFileSync(report, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function lighthouse(runs = 5) {
  const server = await serve(DIST, { brotli: true });
  try {
    console.log(`\n== Lighthouse ${"12.2.3"} mobile, dist/ served brotli (${runs} runs)`);
    console.log("performance accessibility best-practices seo      LCP ms   TBT ms     CLS");
    const within = { lcp: 0, tbt: 0 };
    for (let i = 0; i < runs; i++) {
      const r = await audit(`${server.origin}/`);
      const score = (k) => String(Math.round(r.categories[k].score * 100)).padStart(k.length);
      const metric = (k) => r.audits[k].numericValue;
      console.log(
        [score("performance"), score("accessibility"), score("best-practices"), score("seo")].join(" "),
        metric("largest-contentful-paint").toFixed(0).padStart(10),
        metric("total-blocking-time").toFixed(0).padStart(8),
        metric("cumulative-layout-shift").toFixed(3).padStart(7),
      );
      within.lcp += metric("largest-contentful-paint") <= 900;
      within.tbt += metric("total-blocking-time") <= 50;
      const lcp = r.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet;
      if (lcp) console.log(`  largest contentful paint: ${lcp.slice(0, 90)}`);
      const failing = Object.values(r.categories).flatMap((c) =>
        c.auditRefs.filter((a) => a.weight > 0 && r.audits[a.id].score !== null && r.audits[a.id].score < 1).map((a) => `${c.id}: ${a.id}`));
      if (i === runs - 1 && failing.length) console.log(`not at full marks: ${failing.join(", ")}`);
    }
    console.log(`within budget: LCP ≤ 900 ms in ${within.lcp} of ${runs} runs, TBT ≤ 50 ms in ${within.tbt} of ${runs}`);
  } finally {
    await server.close();
  }
}
