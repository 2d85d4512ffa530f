// Minifies the JavaScript Trunk leaves as written: its own minifier stops at the wasm-bindgen
// glue's `export default` ("Failed to minify JS") and ships the glue whole. terser (pure JS,
// from npm) brings the glue from 6.3 to 4.5 KB of brotli. Module exports and the property
// names the wasm imports by are kept (terser mangles local names only).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

/** Minifies `files` (paths under `dir`, ES modules unless `script: true`) in place. */
export async function minifyScripts(dir, files) {
  let before = 0;
  let after = 0;
  for (const { path, script = false } of files) {
    const source = readFileSync(join(dir, path), "utf8");
    const { code } = await minify(source, { module: !script, compress: { passes: 2 }, mangle: true });
    writeFileSync(join(dir, path), code);
    before += source.length;
    after += code.length;
  }
  console.log(`post-build: minified ${files.length} scripts, ${before} → ${after} characters`);
}

/** `code` (a classic script's text) minified, for inlining. */
export async function minifyInline(code) {
  return (await minify(code, { compress: { passes: 2 }, mangle: true })).code;
}
