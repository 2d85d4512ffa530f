// The benchmark's yardstick for the import: a plain JavaScript parse-and-aggregate of a long
// MRR file (no quoting, no amount syntax, floats), the least a hand-written page would do,
// computing the same latest-twelve-month window as the calculator's worker.
onmessage = async ({ data }) => {
  const started = performance.now();
  const lines = (await data.file.text()).split("\n");
  const header = lines[0].split(",");
  const [c, m, v] = ["customer_id", "month", "mrr"].map((name) => header.indexOf(name));
  const customers = new Map();
  let last = "";
  let rows = 0;
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const cells = lines[i].split(",");
    let months = customers.get(cells[c]);
    if (!months) customers.set(cells[c], (months = new Map()));
    months.set(cells[m], (months.get(cells[m]) ?? 0) + parseFloat(cells[v]));
    if (cells[m] > last) last = cells[m];
    rows++;
  }
  const [year, month] = last.split("-").map(Number);
  const first = `${year - 1}-${String(month).padStart(2, "0")}`;
  let start = 0, expansion = 0, contraction = 0, churn = 0;
  for (const months of customers.values()) {
    const a = months.get(first) ?? 0, b = months.get(last) ?? 0;
    if (!a) continue;
    start += a;
    if (!b) churn += a;
    else if (b > a) expansion += b - a;
    else contraction += a - b;
  }
  postMessage({ rows, ms: performance.now() - started, nrr: (100 * (start + expansion - contraction - churn)) / start });
};
