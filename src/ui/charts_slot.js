let pack;
export function showCharts(state, ready) {
  if (!pack && !ready) return;
  pack ??= import(new URL("chart-pack.js", document.baseURI).href).then(async (m) => (await m.default(), m));
  pack.then((m) => m.update(state), () => {
    document.getElementById("charts-status").textContent = "The charts could not be loaded. Reload to try again.";
  });
}
