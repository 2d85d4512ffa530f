// Drops the <link rel="preload"> Trunk adds for the calculator's wasm. Started during <head>
// parsing, that 90 KB download shares the first round trips with the page itself, and
// Lighthouse's mobile model then counts it before the largest paint (LCP 1.5 s instead of
// 0.75 s). The page's inlined module requests it instead, once the page has painted (see
// inline-loader.mjs).
const PRELOAD = /<link\b[^>]*\brel=["']?preload["']?[^>]*\.wasm\b[^>]*>|<link\b[^>]*\.wasm\b[^>]*\brel=["']?preload["']?[^>]*>/g;

/** `html` without its one wasm preload. */
export function dropWasmPreload(html) {
  const found = html.match(PRELOAD) ?? [];
  if (found.length !== 1) throw new Error(`expected one wasm preload in index.html, found ${found.length}`);
  console.log("post-build: removed the wasm preload");
  return html.replace(PRELOAD, "");
}
