// Inside the frame view (embed.html): tells the host page how tall the calculator is, and,
// only when the host asked with results=1, what it computed. Those result messages are the
// one way figures ever leave the calculator, and they go to the embedding page's origin only.
const html = document.documentElement;
let height = 0;
new ResizeObserver(() => {
  // The body's own box: it never stretches to the frame, so shrinking content shrinks it.
  const next = Math.ceil(document.body.getBoundingClientRect().height);
  if (next === height) return;
  height = next;
  parent.postMessage({ type: "nrr-calculator:resize", height }, "*");
}).observe(document.body);

if (html.hasAttribute("data-results")) {
  let host = null;
  let timer = 0;
  const FIELDS = {
    nrr: "result-nrr",
    grr: "result-grr",
    nrrAnnualised: "result-nrr-annualised",
    grrAnnualised: "result-grr-annualised",
    expansionRate: "result-expansion-rate",
    grossChurn: "result-gross-churn",
    netChurn: "result-net-churn",
    endingMrr: "result-ending-mrr",
    percentile: "result-percentile",
    grrPercentile: "result-grr-percentile",
  };
  const send = () => {
    const message = { type: "nrr-calculator:result" };
    for (const [key, id] of Object.entries(FIELDS)) {
      message[key] = document.querySelector(`[data-testid="${id}"]`)?.getAttribute("data-value") ?? null;
    }
    message.period = document.querySelector("#input-period")?.value ?? null;
    message.currency = document.querySelector("#input-currency")?.value ?? null;
    parent.postMessage(message, host);
  };
  addEventListener("message", (event) => {
    if (event.source === parent && event.data?.type === "nrr-calculator:host" && !host && event.origin !== "null") {
      host = event.origin;
      send();
    }
  });
  // Once typing pauses, like the address bar.
  new MutationObserver(() => {
    if (!host) return;
    clearTimeout(timer);
    timer = setTimeout(send, 300);
  }).observe(document.querySelector("main"), { subtree: true, attributes: true, attributeFilter: ["data-value"], childList: true });
}
