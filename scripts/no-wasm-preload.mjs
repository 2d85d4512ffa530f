// Trunk post-build hook: drops the <link rel="preload"> Trunk adds for the calculator's wasm.
// Started during <head> parsing, that 90 KB download shares the first round trips with the
// page itself, and Lighthouse's mobile model then counts it before the largest paint (LCP
// 1.5 s instead of 0.75 s). Without it the module's script fetches the wasm as soon as it
// runs, one round trip later; the script itself stays preloaded.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("no-wasm-preload: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)");
  process.exit(1);
}
const file = join(dir, "index.html");
const html = readFileSync(file, "utf8");
const preload = /<link\b[^>]*\brel=["']?preload["']?[^>]*\.wasm\b[^>]*>|<link\b[^>]*\.wasm\b[^>]*\brel=["']?preload["']?[^>]*>/g;
const found = html.match(preload) ?? [];
if (found.length !== 1) {
  console.error(`no-wasm-preload: expected one wasm preload in ${file}, found ${found.length}`);
  process.exit(1);
}
writeFileSync(file, html.replace(preload, ""));
console.log("no-wasm-preload: removed the wasm preload");
