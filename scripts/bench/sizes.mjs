// What a visitor downloads: every file of dist/ in raw, gzip -9 and brotli -11 bytes, split
// into the page's first load and what comes later (the chart pack, imported after a first
// result; the embed builder, when opened; the service worker, after load), plus what each
// embed costs: the frame view's first load, the element's, and the host page's loader.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

export const BUDGET = 100 * 1024;

export const brotli = (body) =>
  brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });

/** Every file under `dir`, as paths, depth first. */
export function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Host pages' loader budget (issue: under 2 KiB brotli). */
export const LOADER_BUDGET = 2 * 1024;

/** The calculator's wasm module. */
const isWasm = (file) => /^retention-calculator-[\w-]*\.wasm$/.test(file);
/** The module's script (the wasm-bindgen glue) and its snippet: inlined into the page and the
 * frame view at build time (scripts/post-build/inline-loader.mjs), fetched by the element. */
const isGlue = (file) => /^retention-calculator-[\w-]*\.js$/.test(file) || file.startsWith("snippets/");
/** Fetched after the first result, or only on demand. */
export const isDeferred = (file) => file.startsWith("chart-pack") || file.startsWith("import-") || file.startsWith("tools-") || file.startsWith("embed/panel.") || file === "embed/results.js" || file === "sw.js";
/** Hosting metadata, never fetched by a browser. */
const isMetadata = (file) => file === "_headers";
/** What the page (index.html), the frame view (embed.html) and the element need first. */
const pageFirst = (file) => file === "index.html" || isWasm(file);
const frameFirst = (file) => file === "embed.html" || file === "embed/frame.js" || isWasm(file);
const elementFirst = (file) => file === "element.js" || isWasm(file) || isGlue(file);

/** Rows `{file, raw, gzip, brotli}` for dist/, largest first, and the two totals. */
export function measure(dist) {
  const rows = files(dist)
    .map((path) => {
      const body = readFileSync(path);
      return {
        file: relative(dist, path),
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotli(body).length,
      };
    })
    .filter((r) => !isMetadata(r.file))
    .sort((a, b) => b.brotli - a.brotli);
  const sum = (rs) =>
    rs.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const deferred = rows.filter((r) => isDeferred(r.file));
  const first = rows.filter((r) => pageFirst(r.file));
  const embeds = {
    frame: sum(rows.filter((r) => frameFirst(r.file))),
    element: sum(rows.filter((r) => elementFirst(r.file))),
    loader: sum(rows.filter((r) => r.file === "embed.js")),
  };
  const other = rows.filter((r) => !isDeferred(r.file) && !pageFirst(r.file));
  return { first, deferred, other, embeds, firstTotal: sum(first), deferredTotal: sum(deferred) };
}
