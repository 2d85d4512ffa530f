// Puts the calculator's module script in the page itself. Trunk's loader imports the
// wasm-bindgen glue, and the glue its one snippet (the chart pack's loader), as two more
// files the page preloads. Inlined, the page needs no request but its wasm before the first
// result, and saves the two files' digests and compression overhead (~600 B of brotli with
// the minification below). The files stay in dist/ for the <nrr-calculator> element, which
// imports the glue from another site's page.
//
// The page requests its wasm once its first paint is on screen. In Lighthouse's mobile model
// (Lantern), a download that ends before the observed largest paint is a cost of that paint:
// a 90 KB wasm then makes LCP read 1.2-1.7 s instead of 0.65 s. "On screen" is the paint-timing
// entry. Two animation frames, which this loader used to wait, are not enough: the first frame
// is often presented after the second has begun (in Lighthouse runs here the request started
// from 19 ms before to 10 ms after the presentation, and LCP read 1.2 s in 2 of 8). Waiting
// for the entry did not delay the first result (medians of 20 loads, 115.6 ms against 115.5):
// the download no longer competes with the first frame's rasterising for the CPU.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";
import { snippet } from "./version-chart-pack.mjs";

const LOADER = /<script type=["']?module["']?>\s*import init, \* as bindings from ['"](\/[\w.-]+\.js)['"];\s*const wasm = await init\(\{ module_or_path: ['"](\/[\w.-]+_bg\.wasm)['"] \}\);[\s\S]*?<\/script>/;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const preload = (path) => new RegExp(`<link\\b[^>]*\\bhref=["']?${escape(path)}["']?[^>]*>`);

/** Resolves once the first contentful paint is on screen. A hidden page (a background tab, a
 * prerender) has no paint anyone sees and gets no paint entry: it starts at once, so the
 * calculator is ready when the tab is shown, as does a page hidden before it painted. A few
 * browsers have no paint timing: those start at their second animation frame. */
const AFTER_PAINT = `await new Promise((go) => {
  if (document.hidden) return go();
  addEventListener("visibilitychange", go);
  if (!PerformanceObserver.supportedEntryTypes?.includes("paint")) return requestAnimationFrame(() => requestAnimationFrame(go));
  new PerformanceObserver((list) => list.getEntriesByName("first-contentful-paint").length && go())
    .observe({ type: "paint", buffered: true });
})`;

/** `html` with Trunk's loader replaced by the glue and snippet from `dir`, minified as one
 * script: with nothing exported, terser drops what only other importers use (the element's
 * entry point, `initSync`, the stream classes wasm-bindgen exports for JavaScript callers).
 * With `afterPaint`, the wasm is requested once the page has painted; the frame view starts
 * at once, since a host page's paints never wait for its frames, and an off-screen frame gets
 * no animation frames at all. */
export async function inlineLoader(dir, html, { afterPaint }) {
  const loader = html.match(LOADER);
  if (!loader) throw new Error("index.html has no Trunk loader importing the glue and its wasm");
  const [tag, gluePath, wasmPath] = loader;
  const glue = readFileSync(join(dir, gluePath), "utf8");
  const snippetPath = snippet(dir);
  const snippetCode = readFileSync(join(dir, snippetPath), "utf8");
  const imported = glue.match(new RegExp(`import\\s*\\{\\s*showCharts as (\\w+)\\s*\\}\\s*from\\s*["']\\./${escape(snippetPath)}["'];?`));
  const imports = glue.match(/\bimport\s*[{*\w]/g) ?? [];
  const exported = glue.match(/export\s*\{([^}]*)\};?/);
  const init = exported?.[1].match(/\b(\w+) as default\b/)?.[1];
  if (!imported || imports.length !== 1 || !init) throw new Error("the glue's imports or default export have changed: update inlineLoader");
  if (!/export function showCharts\(/.test(snippetCode) || (snippetCode.match(/\bexport\b/g) ?? []).length !== 1) {
    throw new Error("charts_slot.js should export showCharts and nothing else");
  }
  // The snippet in a scope of its own: its top-level names would clash with the glue's.
  const local = `const ${imported[1]}=(()=>{${snippetCode.replace("export function", "function")};return showCharts})();`;
  // The module's start (`main`, which mounts the calculator) in a task of its own: the task
  // that instantiates the module has just finished compiling it, and the two together were
  // one long task, which Lighthouse counts as blocking time (over 50 ms in 2 of 16 runs).
  const start = /\b(\w+)\.__wbindgen_start\(\)/g;
  if ((glue.match(start) ?? []).length !== 1) throw new Error("the glue does not call the module's start once: update inlineLoader");
  const script = glue
    .replace(imported[0], () => local)
    .replace(exported[0], "")
    .replace(/\bexport\s+(class|function)\b/g, "$1")
    .replace(start, "setTimeout($1.__wbindgen_start)");
  if (/\bexport\b/.test(script)) throw new Error("the glue exports in a form inlineLoader does not know");
  const { code } = await minify(`${script};${afterPaint ? AFTER_PAINT : ""};await ${init}({module_or_path:${JSON.stringify(wasmPath)}})`, {
    module: true,
    compress: { passes: 2 },
    mangle: true,
  });
  html = html.replace(tag, () => `<script type=module>${code}</script>`);
  for (const path of [gluePath, `/${snippetPath}`]) {
    if (!preload(path).test(html)) throw new Error(`no preload of ${path} in index.html`);
    html = html.replace(preload(path), "");
  }
  console.log("post-build: inlined the module's script and its snippet into the page");
  return html;
}
