const src = new URL("chart-pack.js", document.baseURI).href;
let pack, latest, ready, queued;
export function showCharts(state, hasResult, painted) {
  const slot = document.getElementById("chart-pack");
  if (slot) dispatchEvent(new CustomEvent("rc-state", { detail: state }));
  latest = state;
  ready = hasResult && slot;
  queued ||= requestAnimationFrame(() => setTimeout(() => {
    queued = 0;
    painted();
    if (pack || ready) {
      (pack ??= import(src).then(async (m) => (await m.default(), m))).then((m) => m.update(latest, src), () => {
        document.getElementById("charts-status").textContent = "The charts could not be loaded. Reload to try again.";
      });
    }
  }));
}
