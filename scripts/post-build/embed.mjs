// The embed files (src/embed/): the frame view embed.html, made from the page; embed.js (the
// host page's one-line loader); element.js (the <nrr-calculator> element, with the stylesheet
// and the wasm module's hashed names filled in); and the frame's and the builder's scripts.
// The parameter checks (params.js) are inlined where they run before the first paint.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minifyInline } from "./minify.mjs";

const SOURCE = new URL("../../src/embed/", import.meta.url);
const read = (name) => readFileSync(new URL(name, SOURCE), "utf8");
/** embed.css without comments and line breaks. */
const embedCss = () => read("embed.css").replace(/\/\*[\s\S]*?\*\//g, "").replace(/\s*\n\s*/g, "");
/** The embeds' footer line: the link follows the figures (src/state/location.rs). */
const FOOTER = `<p>Computed in your browser: nothing you type is sent anywhere. <a data-testid=open-full href=/ target=_blank rel=noopener>Open the full calculator</a></p>`;

/** `html` (the page, before its CSP is filled in) turned into the frame view: marked
 * `data-embed`, with the parameter checks run before the first paint, the frame's script, and
 * without what only the page shows (the lede, the import, the embed builder, the page's
 * footer note, the icon). */
export async function embedView(html) {
  const apply = await minifyInline(`${read("params.js")}
nrrApplyParams(document.documentElement, function (k) { return new URLSearchParams(location.search).get(k); });`);
  // After the charset (the minifier drops the optional <head> tag): before any paint.
  const charset = /<meta charset=[^>]*>/;
  const pageOnly = /<p class="?lede"?>[\s\S]*?<\/p>|<section class="[\w -]*page-only"[\s\S]*?<\/section>|<p class="?page-only"?>[\s\S]*?<\/p>|<(script|style)\b[^>]*\bclass="?page-only"?[^>]*>[\s\S]*?<\/\1>/g;
  if ((html.match(pageOnly) ?? []).length !== 7) throw new Error("index.html's page-only parts have changed: update embedView");
  const footer = /<footer class="?site-footer"?>/;
  // A frame's icon is never fetched or shown: its link would be dead weight.
  const icon = /<link\b[^>]*\brel=["']?icon["']?[^>]*>/;
  if (!icon.test(html)) throw new Error("index.html has no icon link: update embedView");
  const opened = html.replace(/<html\b([^>]*)>/, "<html$1 data-embed>").replace(pageOnly, "").replace(icon, "");
  if (!/data-embed/.test(opened) || !charset.test(opened) || !footer.test(opened) || !/<\/style>/.test(opened)) {
    throw new Error("index.html has no <html>, charset, stylesheet or footer to make the frame view from");
  }
  return opened
    .replace(charset, (meta) => `${meta}<meta content=noindex name=robots><script>${apply}</script><script type=module src=/embed/frame.js></script>`)
    .replace(/<\/style>/, () => `</style><style>${embedCss()}</style>`)
    .replace(footer, (tag) => `${tag}${FOOTER}`);
}

/** Writes embed.js, element.js, and embed/: frame.js, results.js, panel.js and panel.css into
 * `dir`; returns the scripts to minify. */
export function writeEmbedScripts(dir, html) {
  const glue = html.match(/from\s*['"](\/[\w.-]+\.js)['"]/)?.[1];
  const wasm = html.match(/module_or_path:\s*['"](\/[\w.-]+_bg\.wasm)['"]/)?.[1];
  const css = html.match(/<style\b[^>]*>([\s\S]*?)<\/style>/)?.[1];
  if (!glue || !wasm || !css) throw new Error("index.html lacks the module's script, its wasm or the inlined stylesheet");
  const element = read("element.js")
    // Function replacements: the inserted texts contain `$&`, which a string replacement expands.
    .replace("/*PARAMS*/", () => read("params.js"))
    .replace('"__CSS__"', () => JSON.stringify(css + embedCss()))
    .replace('"__GLUE__"', () => JSON.stringify(`.${glue}`))
    .replace('"__WASM__"', () => JSON.stringify(`.${wasm}`));
  if (/__(CSS|GLUE|WASM)__|\/\*PARAMS\*\//.test(element)) throw new Error("element.js kept a build marker");
  writeFileSync(join(dir, "embed.js"), read("loader.js"));
  writeFileSync(join(dir, "element.js"), element);
  mkdirSync(join(dir, "embed"), { recursive: true });
  writeFileSync(join(dir, "embed", "frame.js"), read("frame.js"));
  writeFileSync(join(dir, "embed", "results.js"), read("results.js"));
  writeFileSync(join(dir, "embed", "panel.js"), read("panel.js"));
  writeFileSync(join(dir, "embed", "panel.css"), read("panel.css"));
  console.log("post-build: wrote embed.html, embed.js, element.js and embed/");
  return ["element.js", "embed/frame.js", "embed/results.js", "embed/panel.js"].map((path) => ({ path })).concat({ path: "embed.js", script: true });
}
