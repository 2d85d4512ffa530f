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
import { BUDGET, measure } from "./bench/sizes.mjs";
import { fmt } from "./bench/report.mjs";
import { DIST } from "../tests/e2e/harness.mjs";

const file = new URL("../tests/first-load-limit.txt", import.meta.url);
const limit = Number(readFileSync(file, "utf8").trim());
if (!Number.isInteger(limit) || limit <= 0 || limit > BUDGET) {
  console.error(`size guard: tests/first-load-limit.txt must hold a byte count ≤ ${BUDGET}`);
  process.exit(1);
}
const { firstTotal, deferredTotal } = measure(DIST);
const used = firstTotal.brotli;
console.log(`size guard: first load ${fmt(used)} B brotli, limit ${fmt(limit)} B (budget ${fmt(BUDGET)} B); chart pack ${fmt(deferredTotal.brotli)} B, deferred`);
if (used > limit) {
  console.error(`size guard: the first load grew past its limit by ${fmt(used - limit)} B`);
  process.exit(1);
}
