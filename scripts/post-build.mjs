// Trunk's one post-build hook. The steps run in order on the staged build, and index.html is
// read once and written once: Trunk starts hooks of one stage side by side, so separate hooks
// each rewriting index.html would race and lose one another's edits. The CSP goes last,
// since it hashes the page's final inline code; the service worker's file list after all.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { snippet, versionChartPack } from "./post-build/version-chart-pack.mjs";
import { dropWasmPreload } from "./post-build/no-wasm-preload.mjs";
import { cspHashes } from "./post-build/csp-hashes.mjs";
import { embedView, writeEmbedScripts } from "./post-build/embed.mjs";
import { writeServiceWorker } from "./post-build/offline.mjs";
import { minifyScripts } from "./post-build/minify.mjs";
import { versionFolder } from "./post-build/version-folder.mjs";
import { inlineLoader } from "./post-build/inline-loader.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)");
  process.exit(1);
}
const index = join(dir, "index.html");
try {
  let html = readFileSync(index, "utf8");
  versionChartPack(dir);
  const imported = versionFolder(dir, html, {
    prefix: "import", from: "import", marker: "/IMPORT_PANEL",
    built: ["import-worker.js", "import-worker_bg.wasm"], sources: ["worker.js", "panel.js", "panel.css"],
  });
  const tools = versionFolder(dir, imported.html, {
    prefix: "tools", from: "tools", marker: "/TOOLS_PANEL",
    built: ["tools-pack.js", "tools-pack_bg.wasm"], sources: ["panel.js", "panel.css"],
  });
  html = dropWasmPreload(tools.html);
  const embedScripts = writeEmbedScripts(dir, html);
  const moduleScripts = readdirSync(dir).filter((f) => /^retention-calculator-.*\.js$/.test(f)).map((path) => ({ path }));
  await minifyScripts(dir, [...moduleScripts, ...embedScripts, ...imported.scripts, ...tools.scripts, { path: snippet(dir) }]);
  writeFileSync(join(dir, "embed.html"), cspHashes(await embedView(await inlineLoader(dir, html, { afterPaint: false }))));
  writeFileSync(index, cspHashes(await inlineLoader(dir, html, { afterPaint: true })));
  copyFileSync(new URL("../_headers", import.meta.url), join(dir, "_headers"));
  // Last: it lists (and hashes) every other file of the build.
  writeServiceWorker(dir);
} catch (error) {
  console.error(`post-build: ${error.message}`);
  process.exit(1);
}
