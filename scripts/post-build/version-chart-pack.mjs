// Moves the chart pack (chart-pack.js, chart-pack_bg.wasm, chart-pack.css, which Trunk names
// without a hash because it builds the pack as a worker) into a folder named by a hash of
// their contents, chart-pack-<hash>/, and points the page's loader at it. A CDN can then keep
// the pack for a year: a deploy that changes it changes its address. The pack finds its wasm
// and stylesheet next to its own script.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { files } from "../bench/sizes.mjs";
import { hashedFolder } from "./version-folder.mjs";

const PACK = ["chart-pack.js", "chart-pack_bg.wasm", "chart-pack.css"];

/** The chart pack's loader (a wasm-bindgen snippet), as a path under `dir`. */
export function snippet(dir) {
  const loaders = files(dir).filter((f) => f.endsWith("charts_slot.js"));
  if (loaders.length !== 1) throw new Error(`expected one charts_slot.js loader, found ${loaders.length}`);
  return loaders[0].slice(dir.length).replaceAll("\\", "/").replace(/^\//, "");
}

/** Moves the pack in `dir` and points its loader at the new folder. (The page inlines the
 * loader later, see inline-loader.mjs, so no preload digest needs renewing.) */
export function versionChartPack(dir) {
  const folder = hashedFolder(dir, "chart-pack", PACK);

  // The loader is a wasm-bindgen snippet: find it and rewrite the pack's address in it.
  const loader = join(dir, snippet(dir));
  const code = readFileSync(loader, "utf8");
  if (!code.includes('"chart-pack.js"')) throw new Error(`no "chart-pack.js" in ${loader}`);
  writeFileSync(loader, code.replace('"chart-pack.js"', `"${folder}/chart-pack.js"`));
  console.log(`post-build: the chart pack is in ${folder}/`);
}
