// What a visitor downloads: every file of dist/ in raw, gzip -9 and brotli -11 bytes, split
// into the first load and the chart pack (imported only after a first result).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

export const BUDGET = 100 * 1024;

export const brotli = (body) =>
  brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The chart pack lives in its own versioned folder (or, before that, chart-pack.* files). */
export const isDeferred = (file) => file.startsWith("chart-pack");
/** Hosting metadata, never fetched by a browser. */
const isMetadata = (file) => file === "_headers";

/** Rows `{file, raw, gzip, brotli}` for dist/, largest first, and the two totals. */
export function measure(dist) {
  const rows = files(dist)
    .map((path) => {
      const body = readFileSync(path);
      return {
        file: relative(dist, path),
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotli(body).length,
      };
    })
    .filter((r) => !isMetadata(r.file))
    .sort((a, b) => b.brotli - a.brotli);
  const sum = (rs) =>
    rs.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const deferred = rows.filter((r) => isDeferred(r.file));
  const first = rows.filter((r) => !isDeferred(r.file));
  return { first, deferred, firstTotal: sum(first), deferredTotal: sum(deferred) };
}
