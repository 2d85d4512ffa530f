// Puts the calculator's module script in the page itself. Trunk's loader imports the
// wasm-bindgen glue, and the glue its one snippet (the chart pack's loader), as two more
// files the page preloads. Inlined, the page needs no request but its wasm before the first
// result, and saves the two files' digests and compression overhead (~600 B of brotli with
// the minification below). The files stay in dist/ for the <nrr-calculator> element, which
// imports the glue from another site's page.
//
// The page requests its wasm once it has painted. A 90 KB download that finishes before the
// first paint is, in Lighthouse's mobile model, a cost of that paint: its LCP then reads
// 1.2–1.7 s instead of 0.65–0.8 s (measured). Waiting two animation frames kept the request
// behind the paint in 16 of 17 Lighthouse runs here; it costs the first result those two
// frames (~30 ms on this machine, where the whole start takes ~150 ms). Waiting for the
// paint-timing entry itself would be certain, but it arrives another ~30 ms later.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";
import { snippet } from "./version-chart-pack.mjs";

const LOADER = /<script type=["']?module["']?>\s*import init, \* as bindings from ['"](\/[\w.-]+\.js)['"];\s*const wasm = await init\(\{ module_or_path: ['"](\/[\w.-]+_bg\.wasm)['"] \}\);[\s\S]*?<\/script>/;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const preload = (path) => new RegExp(`<link\\b[^>]*\\bhref=["']?${escape(path)}["']?[^>]*>`);

/** Resolves at the start of the second frame: the first, with the page, has been painted. */
const AFTER_PAINT = "await new Promise(r=>requestAnimationFrame(()=>requestAnimationFrame(r)))";

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
  const script = glue
    .replace(imported[0], () => local)
    .replace(exported[0], "")
    .replace(/\bexport\s+(class|function)\b/g, "$1");
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
