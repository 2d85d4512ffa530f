// Puts a module loaded on demand into one folder named by a hash of its contents,
// <prefix>-<hash>/: its wasm and glue (which Trunk builds as a "worker": unhashed, not
// preloaded) and its browser side from src/ (a panel, its stylesheet, a worker's entry). The
// page imports the panel from there, through a marker in index.html. Used for the MRR file
// import (import-<hash>/) and the founder and investor tools (tools-<hash>/).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Creates `<prefix>-<hash>/` in `dir`, the hash taken over `built` (file names in `dir`) and
 * then `extra` (further contents), and moves `built` into it; returns the folder's name.
 */
export function hashedFolder(dir, prefix, built, extra = []) {
  const hash = createHash("sha256");
  for (const name of built) hash.update(readFileSync(join(dir, name)));
  for (const body of extra) hash.update(body);
  const folder = `${prefix}-${hash.digest("hex").slice(0, 16)}`;
  mkdirSync(join(dir, folder));
  for (const name of built) renameSync(join(dir, name), join(dir, folder, name));
  return folder;
}

/**
 * Moves `built` (file names in `dir`) and copies `sources` (names in src/`from`/) into the
 * folder; returns `html` with `marker` replaced by the panel's address, and the scripts in it.
 */
export function versionFolder(dir, html, { prefix, built, from, sources, marker, panel = "panel.js" }) {
  const source = (name) => readFileSync(new URL(`../../src/${from}/${name}`, import.meta.url));
  const folder = hashedFolder(dir, prefix, built, sources.map(source));
  for (const name of sources) writeFileSync(join(dir, folder, name), source(name));
  if (!html.includes(marker)) throw new Error(`no ${marker} marker in index.html`);
  console.log(`post-build: ${from} is in ${folder}/`);
  const scripts = [...built, ...sources].filter((name) => name.endsWith(".js")).map((name) => ({ path: `${folder}/${name}` }));
  return { html: html.replaceAll(marker, `/${folder}/${panel}`), scripts };
}
