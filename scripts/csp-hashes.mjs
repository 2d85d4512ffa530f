// Trunk post-build hook: puts the sha256 of every inline <script> of the staged index.html
// into its Content-Security-Policy, in place of the INLINE_SCRIPT_HASHES marker, so the policy
// allows exactly the loader Trunk generated and nothing else inline.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const MARKER = "INLINE_SCRIPT_HASHES";
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp-hashes: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)");
  process.exit(1);
}
const file = join(dir, "index.html");
const html = readFileSync(file, "utf8");
if (!html.includes(MARKER)) {
  console.error(`csp-hashes: no ${MARKER} marker in the Content-Security-Policy of ${file}`);
  process.exit(1);
}
const hashes = [];
for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
  const [, attributes, body] = match;
  if (/\bsrc\s*=/.test(attributes)) continue;
  hashes.push(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
}
writeFileSync(file, html.replace(MARKER, hashes.join(" ")));
console.log(`csp-hashes: allowed ${hashes.length} inline script(s)`);
