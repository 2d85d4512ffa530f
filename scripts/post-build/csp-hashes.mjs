// Puts the sha256 of every inline <script> and <style> of index.html into its
// Content-Security-Policy, in place of the INLINE_SCRIPT_HASHES and INLINE_STYLE_HASHES
// markers, so the policy allows exactly the loader Trunk generated and the inlined
// stylesheet, and nothing else inline.
import { createHash } from "node:crypto";

const MARKERS = ["INLINE_SCRIPT_HASHES", "INLINE_STYLE_HASHES"];
const sha256 = (body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;

/** `html` with its CSP markers replaced by the hashes of its inline scripts and styles. */
export function cspHashes(html) {
  for (const marker of MARKERS) {
    if (!html.includes(marker)) throw new Error(`no ${marker} marker in the Content-Security-Policy of index.html`);
  }
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\bsrc\s*=/.test(attributes))
    .map(([, , body]) => sha256(body));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) => sha256(body));
  console.log(`post-build: allowed ${scripts.length} inline script(s) and ${styles.length} inline stylesheet(s)`);
  return html.replace(MARKERS[0], scripts.join(" ")).replace(MARKERS[1], styles.join(" "));
}
