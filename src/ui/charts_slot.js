const src = new URL("chart-pack.js", document.baseURI).href;
let pack, latest, queued;
export function showCharts(state, ready) {
  const slot = document.getElementById("chart-pack");
  if (slot) dispatchEvent(new CustomEvent("rc-state", { detail: state }));
  if (!pack && (!ready || !slot)) return;
  latest = state;
  pack ??= import(src).then(async (m) => (await m.default(), m));
  if (queued) return;
  queued = 1;
  requestAnimationFrame(() => setTimeout(() => {
    queued = 0;
    pack.then((m) => m.update(latest, src), () => {
      document.getElementById("charts-status").textContent = "The charts could not be loaded. Reload to try again.";
    });
  }));
}
