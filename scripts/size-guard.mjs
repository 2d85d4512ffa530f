// `make test`'s size guard: fails when the first load (everything but the deferred chart
// pack, brotli -11) grows past the limit recorded in tests/first-load-limit.txt. A size check,
// not a timing. Lower the recorded limit when a change saves bytes; raise it only with a feature
// that must be in the first load, saying what it costs in the commit.
//
// The limit keeps ~100 B above the measured size: the same commit built in another directory
// gives a byte-identical wasm but other content-hash file names (and so another CSP digest of
// the loader), and those random characters compress to a few dozen bytes more or less
// (measured: 100,631–100,658 B for one commit in four checkouts).
import { readFileSync } from "node:fs";
import { BUDGET, LOADER_BUDGET, measure } from "./bench/sizes.mjs";
import { fmt } from "./bench/report.mjs";
import { DIST } from "../tests/e2e/harness.mjs";

const file = new URL("../tests/first-load-limit.txt", import.meta.url);
const limit = Number(readFileSync(file, "utf8").trim());
if (!Number.isInteger(limit) || limit <= 0 || limit > BUDGET) {
  console.error(`size guard: tests/first-load-limit.txt must hold a byte count ≤ ${BUDGET}`);
  process.exit(1);
}
const { firstTotal, deferredTotal, embeds } = measure(DIST);
const used = firstTotal.brotli;
console.log(`size guard: first load ${fmt(used)} B brotli, limit ${fmt(limit)} B (budget ${fmt(BUDGET)} B); deferred ${fmt(deferredTotal.brotli)} B`);
console.log(`size guard: embedded: frame view ${fmt(embeds.frame.brotli)} B, element ${fmt(embeds.element.brotli)} B (budget ${fmt(BUDGET)} B each); embed.js ${fmt(embeds.loader.brotli)} B (budget ${fmt(LOADER_BUDGET)} B)`);
const over = [
  [used, limit, "the first load grew past its limit"],
  [embeds.frame.brotli, BUDGET, "the frame view's first load is over budget"],
  [embeds.element.brotli, BUDGET, "the element's first load is over budget"],
  [embeds.loader.brotli, LOADER_BUDGET, "embed.js is over its budget"],
].filter(([size, max]) => size > max);
for (const [size, max, what] of over) console.error(`size guard: ${what} by ${fmt(size - max)} B`);
if (over.length) process.exit(1);
