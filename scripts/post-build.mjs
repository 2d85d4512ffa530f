// Trunk's one post-build hook. The steps run in order on the staged build, and index.html is
// read once and written once: Trunk starts hooks of one stage side by side, so separate hooks
// each rewriting index.html would race and lose one another's edits. The CSP goes last,
// since it hashes the page's final inline code.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { versionChartPack } from "./post-build/version-chart-pack.mjs";
import { dropWasmPreload } from "./post-build/no-wasm-preload.mjs";
import { cspHashes } from "./post-build/csp-hashes.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)");
  process.exit(1);
}
const index = join(dir, "index.html");
try {
  let html = readFileSync(index, "utf8");
  html = versionChartPack(dir, html);
  html = dropWasmPreload(html);
  html = cspHashes(html);
  writeFileSync(index, html);
} catch (error) {
  console.error(`post-build: ${error.message}`);
  process.exit(1);
}
