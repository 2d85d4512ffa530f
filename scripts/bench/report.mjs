// Small printing helpers shared by the benchmark's parts.
export const fmt = (n) => n.toLocaleString("en-US");
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
export const ms = (x) => x.toFixed(2).padStart(7);

/** `p50 … p95 … max …` of a list of milliseconds. */
export const spread = (xs) => `p50 ${ms(quantile(xs, 0.5))}   p95 ${ms(quantile(xs, 0.95))}   max ${ms(Math.max(...xs))}`;

export function table(rows) {
  const line = (r) => console.log([r.file.padEnd(48), fmt(r.raw).padStart(10), fmt(r.gzip).padStart(10), fmt(r.brotli).padStart(11)].join(""));
  console.log(["file".padEnd(48), "raw".padStart(10), "gzip -9".padStart(10), "brotli -11".padStart(11)].join(""));
  rows.forEach(line);
}
