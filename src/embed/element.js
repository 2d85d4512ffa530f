// Served as ORIGIN/element.js. On a host page,
//   <script type="module" src="ORIGIN/element.js"></script>
//   <nrr-calculator theme="dark" start="100000"></nrr-calculator>
// defines <nrr-calculator>: the calculator mounted into the element's open shadow root, so the
// host's CSS can't reach in (inherited properties are reset at :host) and ours can't leak
// out. Attributes are the embed parameters (see README.md). The calculator's code loads from
// this file's origin. The build fills in the markers below: the stylesheet, the wasm module's
// hashed names, and the shared parameter checks.
/*PARAMS*/
const CSS = "__CSS__";
const GLUE = new URL("__GLUE__", import.meta.url);
const WASM = new URL("__WASM__", import.meta.url);
const HOME = new URL("./", import.meta.url).href;
const FIGURES = ["start", "expansion", "contraction", "churn", "currency", "period", "peer"];
let module = null;

class NrrCalculator extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = CSS;
    const root = document.createElement("div");
    root.className = "rc-root";
    root.setAttribute("data-embed", "");
    nrrApplyParams(root, (key) => this.getAttribute(key));
    const app = document.createElement("section");
    app.className = "rc-app";
    app.setAttribute("aria-label", "SaaS retention calculator");
    app.innerHTML = '<p class="shell-note">Loading the calculator…</p>';
    const note = document.createElement("p");
    note.className = "site-footer";
    note.innerHTML = 'Computed in your browser: nothing you type is sent anywhere. <a data-testid="open-full" target="_blank" rel="noopener">Open the full calculator</a>';
    note.querySelector("a").href = HOME;
    root.append(app, note);
    shadow.append(style, root);
    if (module) {
      // One calculator a page: its state (and its crash panel) belong to one mount.
      app.firstChild.textContent = "Only one calculator can be shown on a page.";
      return;
    }
    const figures = new URLSearchParams();
    for (const key of FIGURES) if (this.hasAttribute(key)) figures.set(key, this.getAttribute(key));
    module = import(GLUE.href).then(async (glue) => {
      await glue.default({ module_or_path: WASM });
      glue.mountElement(app, figures.toString(), HOME, root.hasAttribute("data-remember"));
      // Only if the host asked (results="1"): an event on the element, never a network call.
      if (root.hasAttribute("data-results")) {
        const { followResults } = await import(new URL("embed/results.js", import.meta.url).href);
        followResults(app, (detail) => this.dispatchEvent(new CustomEvent("nrr-calculator:result", { detail, bubbles: true })));
      }
    });
    module.catch((error) => {
      console.error("nrr-calculator:", error);
      app.firstChild.textContent = "The calculator could not be loaded.";
    });
  }
}

if (!customElements.get("nrr-calculator")) customElements.define("nrr-calculator", NrrCalculator);
