// Minifies the JavaScript Trunk leaves as written: its own minifier stops at the wasm-bindgen
// glue's `export default` ("Failed to minify JS") and ships the glue whole. terser (pure JS,
// from npm) brings the glue from 6.3 to 4.5 KB of brotli. Module exports and the property
// names the wasm imports by are kept (terser mangles local names only). A file the page
// preloads with a subresource-integrity digest gets its new digest.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

/** Minifies `files` (paths under `dir`, ES modules unless `script: true`); returns `html`
 * with the integrity digests of any of them it preloads updated. */
export async function minifyScripts(dir, html, files) {
  let before = 0;
  let after = 0;
  for (const { path, script = false } of files) {
    const source = readFileSync(join(dir, path), "utf8");
    const { code } = await minify(source, { module: !script, compress: { passes: 2 }, mangle: true });
    writeFileSync(join(dir, path), code);
    before += source.length;
    after += code.length;
    const digest = `sha384-${createHash("sha384").update(code).digest("base64")}`;
    const preload = new RegExp(`(href=["']?/${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?[^>]*?integrity=["']?)sha384-[A-Za-z0-9+/=]+`);
    html = html.replace(preload, `$1${digest}`);
  }
  console.log(`post-build: minified ${files.length} scripts, ${before} → ${after} characters`);
  return html;
}

/** `code` (a classic script's text) minified, for inlining. */
export async function minifyInline(code) {
  return (await minify(code, { compress: { passes: 2 }, mangle: true })).code;
}
