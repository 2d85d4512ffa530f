// Trunk post-build hook: moves the chart pack (chart-pack.js, chart-pack_bg.wasm,
// chart-pack.css, which Trunk names without a hash because it builds the pack as a worker)
// into a folder named by a hash of their contents, chart-pack-<hash>/, and points the page's
// loader at it. A CDN can then keep the pack for a year: a deploy that changes it changes
// its address. The pack finds its wasm and stylesheet next to its own script.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("version-chart-pack: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)");
  process.exit(1);
}
const PACK = ["chart-pack.js", "chart-pack_bg.wasm", "chart-pack.css"];
const hash = createHash("sha256");
for (const name of PACK) hash.update(readFileSync(join(dir, name)));
const folder = `chart-pack-${hash.digest("hex").slice(0, 16)}`;
mkdirSync(join(dir, folder));
for (const name of PACK) renameSync(join(dir, name), join(dir, folder, name));

// The loader is a wasm-bindgen snippet: find it and rewrite the pack's address in it.
const files = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : [join(d, n)]));
const loaders = files(dir).filter((f) => f.endsWith("charts_slot.js"));
if (loaders.length !== 1) {
  console.error(`version-chart-pack: expected one charts_slot.js loader, found ${loaders.length}`);
  process.exit(1);
}
const loader = readFileSync(loaders[0], "utf8");
if (!loader.includes('"chart-pack.js"')) {
  console.error(`version-chart-pack: no "chart-pack.js" in ${loaders[0]}`);
  process.exit(1);
}
const rewritten = loader.replace('"chart-pack.js"', `"${folder}/chart-pack.js"`);
writeFileSync(loaders[0], rewritten);

// index.html preloads the loader with a subresource-integrity digest: give it the new one.
const page = join(dir, "index.html");
const html = readFileSync(page, "utf8");
const path = loaders[0].slice(dir.length).replaceAll("\\", "/").replace(/^\/?/, "/");
const preload = new RegExp(`(href=["']?${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?[^>]*?integrity=["']?)sha384-[A-Za-z0-9+/=]+`);
if (!preload.test(html)) {
  console.error(`version-chart-pack: no integrity-checked preload of ${path} in index.html`);
  process.exit(1);
}
const digest = createHash("sha384").update(rewritten).digest("base64");
writeFileSync(page, html.replace(preload, `$1sha384-${digest}`));
console.log(`version-chart-pack: the chart pack is in ${folder}/`);
