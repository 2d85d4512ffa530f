// Trunk post-build hook: puts the sha256 of every inline <script> and <style> of the staged
// index.html into its Content-Security-Policy, in place of the INLINE_SCRIPT_HASHES and
// INLINE_STYLE_HASHES markers, so the policy allows exactly the loader Trunk generated and
// the inlined stylesheet, and nothing else inline.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const MARKER = "INLINE_SCRIPT_HASHES";
const STYLE_MARKER = "INLINE_STYLE_HASHES";
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp-hashes: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)");
  process.exit(1);
}
const file = join(dir, "index.html");
const html = readFileSync(file, "utf8");
for (const marker of [MARKER, STYLE_MARKER]) {
  if (!html.includes(marker)) {
    console.error(`csp-hashes: no ${marker} marker in the Content-Security-Policy of ${file}`);
    process.exit(1);
  }
}
const sha256 = (body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
const hashes = [];
for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
  const [, attributes, body] = match;
  if (/\bsrc\s*=/.test(attributes)) continue;
  hashes.push(sha256(body));
}
const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]));
writeFileSync(file, html.replace(MARKER, hashes.join(" ")).replace(STYLE_MARKER, styles.join(" ")));
console.log(`csp-hashes: allowed ${hashes.length} inline script(s) and ${styles.length} inline stylesheet(s)`);
