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
  // Listening at once: the host's greeting may come before the import lands.
  const results = import("./results.js");
  let host = null;
  addEventListener("message", async (event) => {
    if (event.source !== parent || event.data?.type !== "nrr-calculator:host" || host || event.origin === "null") return;
    host = event.origin;
    const { followResults } = await results;
    const read = followResults(document.querySelector("main"), (message) => parent.postMessage(message, host));
    parent.postMessage(read(), host);
  });
}
