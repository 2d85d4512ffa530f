// The hand-written page's whole program: read four amounts (digits, commas, a k/M suffix),
// compute NRR in integer hundredths of a cent so 275/250 prints exactly "110", write it.
const keys = ["start", "expansion", "contraction", "churn"];
const inputs = keys.map((k) => document.querySelector(`[data-testid=input-${k}]`));
const out = document.querySelector("[data-testid=result-nrr]");

function cents(text) {
  const m = /^\s*\$?([0-9][0-9,]*(?:\.[0-9]{1,2})?)\s*([kKmM]?)\s*$/.exec(text);
  if (!m) return null;
  const scale = { "": 1n, k: 1000n, K: 1000n, m: 1000000n, M: 1000000n }[m[2]];
  const [whole, frac = ""] = m[1].replaceAll(",", "").split(".");
  return (BigInt(whole) * 100n + BigInt(frac.padEnd(2, "0"))) * scale;
}

function update() {
  const [s, e, c, x] = inputs.map((i) => cents(i.value));
  if ([s, e, c, x].includes(null) || s === 0n) {
    out.textContent = "—";
    out.removeAttribute("data-value");
    return;
  }
  const hundredths = ((s + e - c - x) * 10000n) / s; // NRR in hundredths of a percent
  const value = (Number(hundredths) / 100).toString();
  out.dataset.value = value;
  out.textContent = value + "%";
}

const params = new URLSearchParams(location.hash.slice(1));
keys.forEach((k, i) => { inputs[i].value = params.get(k) ?? ""; });
inputs.forEach((i) => i.addEventListener("input", update));
update();
