// Served as ORIGIN/embed.js. One line on a host page,
//   <script src="ORIGIN/embed.js" data-theme="dark" data-start="100000" async></script>
// puts the calculator's frame view (embed.html) right after that script element, with the
// script's data-* attributes as its parameters (the figures in the fragment, which is never
// sent to a server), and keeps the frame exactly as tall as its content. No dependency.
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var FIGURES = ["start", "expansion", "contraction", "churn", "currency", "period", "peer"];
  var query = new URLSearchParams();
  var figures = new URLSearchParams();
  for (var i = 0; i < script.attributes.length; i++) {
    var name = script.attributes[i].name;
    if (name.indexOf("data-") !== 0) continue;
    var key = name.slice(5);
    (FIGURES.indexOf(key) >= 0 ? figures : query).set(key, script.attributes[i].value);
  }
  var src = new URL("embed.html", script.src);
  src.search = query.toString();
  src.hash = figures.toString();

  var frame = document.createElement("iframe");
  var theme = query.get("theme");
  frame.title = "SaaS retention calculator";
  frame.src = src.href;
  frame.style.cssText = "display:block;width:100%;min-width:0;height:480px;border:0;overflow:hidden";
  // The frame's own colour scheme, so a dark calculator isn't painted on a white canvas.
  frame.style.colorScheme = theme === "dark" || theme === "light" ? theme : "light dark";
  script.parentNode.insertBefore(frame, script.nextSibling);

  // Only the calculator's own origin, only from this frame, only a sane height.
  addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== src.origin || event.source !== frame.contentWindow) return;
    if (!data || data.type !== "nrr-calculator:resize") return;
    var height = Number(data.height);
    if (height > 0 && height < 100000) frame.style.height = Math.ceil(height) + "px";
  });
  // Tells the frame which origin it is embedded in: the only one it would ever send results
  // to, and only if the host asked for them (data-results="1").
  frame.addEventListener("load", function () {
    frame.contentWindow.postMessage({ type: "nrr-calculator:host" }, src.origin);
  });
})();
