// "Embed this calculator": loaded when the page's embed panel is first opened. Builds the
// one-line snippet from the options chosen, shows a live preview, and copies the snippet.
const builder = document.getElementById("embed-builder");
const sheet = document.createElement("link");
sheet.rel = "stylesheet";
sheet.href = new URL("panel.css", import.meta.url).href;
document.head.append(sheet);
const SECTIONS = { peers: "Peer comparison", projection: "Five-year projection", charts: "Charts", formulas: "Formulas", sources: "Sources" };
const origin = location.origin;

builder.innerHTML = `
  <p class="intro">Paste one line into your page. The calculator fits the width it is given and grows with its content; it sends nothing to your site or anyone else's.</p>
  <div class="fields embed-options">
    <div class="field"><label for="embed-mode">How to embed</label>
      <select id="embed-mode" data-testid="embed-mode">
        <option value="frame">Frame (works on any page)</option>
        <option value="element">Custom element (inherits no styles, no frame)</option>
      </select></div>
    <div class="field"><label for="embed-theme">Theme</label>
      <select id="embed-theme" data-testid="embed-theme">
        <option value="auto">Follow the visitor's setting</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select></div>
    <div class="field"><label for="embed-accent">Accent colour</label>
      <input id="embed-accent" data-testid="embed-accent" type="color" value="#1d4ed8"></div>
    <fieldset class="field"><legend>Show</legend>
      <label><input type="checkbox" data-testid="embed-compact" id="embed-compact"> Compact layout</label>
      ${Object.entries(SECTIONS).map(([key, label]) =>
        `<label><input type="checkbox" data-section="${key}" data-testid="embed-section-${key}" checked> ${label}</label>`).join("")}
    </fieldset>
  </div>
  <label for="embed-snippet" class="embed-label">Your snippet</label>
  <textarea id="embed-snippet" data-testid="embed-snippet" readonly rows="3"></textarea>
  <div class="share-buttons"><button type="button" class="button" data-testid="embed-copy">Copy snippet</button></div>
  <p class="share-status" role="status" data-testid="embed-copy-status"></p>
  <p class="embed-label">Preview</p>
  <iframe data-testid="embed-preview" title="Preview of the embedded calculator" class="embed-preview"></iframe>`;

const $ = (selector) => builder.querySelector(selector);
const escape = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The chosen options as [name, value] pairs, defaults left out. */
function options() {
  const pairs = [];
  if ($("#embed-theme").value !== "auto") pairs.push(["theme", $("#embed-theme").value]);
  if ($("#embed-accent").value.toLowerCase() !== "#1d4ed8") pairs.push(["accent", $("#embed-accent").value]);
  if ($("#embed-compact").checked) pairs.push(["compact", "1"]);
  const shown = [...builder.querySelectorAll("[data-section]")].filter((box) => box.checked).map((box) => box.dataset.section);
  if (shown.length < Object.keys(SECTIONS).length) pairs.push(["sections", shown.join(",")]);
  return pairs;
}

function update() {
  const pairs = options();
  const snippet = $("#embed-mode").value === "element"
    ? `<script type="module" src="${origin}/element.js"></script>\n<nrr-calculator${pairs.map(([k, v]) => ` ${k}="${escape(v)}"`).join("")}></nrr-calculator>`
    : `<script src="${origin}/embed.js"${pairs.map(([k, v]) => ` data-${k}="${escape(v)}"`).join("")} async></script>`;
  $("#embed-snippet").value = snippet;
  const preview = new URL("/embed.html", origin);
  preview.search = new URLSearchParams(pairs).toString();
  $("[data-testid=embed-preview]").src = preview.href;
  $("[data-testid=embed-copy-status]").textContent = "";
}

// The preview tells its height like any embed: follow it, from this origin's preview only.
addEventListener("message", (event) => {
  const frame = $("[data-testid=embed-preview]");
  if (event.origin !== origin || event.source !== frame.contentWindow) return;
  if (event.data?.type === "nrr-calculator:resize" && event.data.height > 0) frame.style.height = `${Math.ceil(event.data.height)}px`;
});

$("[data-testid=embed-copy]").addEventListener("click", async () => {
  const status = $("[data-testid=embed-copy-status]");
  try {
    await navigator.clipboard.writeText($("#embed-snippet").value);
    status.textContent = "Snippet copied.";
  } catch {
    $("#embed-snippet").select();
    status.textContent = "Press Ctrl+C (or ⌘C) to copy the selected snippet.";
  }
});
builder.addEventListener("input", update);
builder.addEventListener("change", update);
update();
