// Puts the MRR file import into one folder named by a hash of its contents, import-<hash>/:
// the worker's wasm module and glue (import-worker.js, import-worker_bg.wasm, which Trunk
// builds as a worker, unhashed and not preloaded) and, from src/import/, the worker's entry
// (worker.js), the panel (panel.js) and its stylesheet. The page's "Import a file" button
// imports the panel from there (the IMPORT_PANEL marker in index.html).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const BUILT = ["import-worker.js", "import-worker_bg.wasm"];
const SOURCE = ["worker.js", "panel.js", "panel.css"];
const source = (name) => readFileSync(new URL(`../../src/import/${name}`, import.meta.url));

/** Moves the import into its folder; returns `html` pointing at it and the scripts in it. */
export function versionImport(dir, html) {
  const hash = createHash("sha256");
  for (const name of BUILT) hash.update(readFileSync(join(dir, name)));
  for (const name of SOURCE) hash.update(source(name));
  const folder = `import-${hash.digest("hex").slice(0, 16)}`;
  mkdirSync(join(dir, folder));
  for (const name of BUILT) renameSync(join(dir, name), join(dir, folder, name));
  for (const name of SOURCE) writeFileSync(join(dir, folder, name), source(name));
  if (!html.includes("/IMPORT_PANEL")) throw new Error("no /IMPORT_PANEL marker in index.html");
  console.log(`post-build: the import is in ${folder}/`);
  const scripts = ["import-worker.js", "worker.js", "panel.js"].map((name) => ({ path: `${folder}/${name}` }));
  return { html: html.replace("/IMPORT_PANEL", `/${folder}/panel.js`), scripts };
}
