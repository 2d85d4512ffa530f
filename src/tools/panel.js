// The founder and investor tools, loaded when a tool is first opened (or a link carries a
// tool's parameters). Everything shown is computed by the tools pack's wasm (exact decimals)
// from the share fragment: the calculator's figures and the tools' own parameters, which this
// panel writes into the fragment, so a shared link opens the same tools with the same answers.
import init, { evaluate } from "./tools-pack.js";

const sheet = Object.assign(document.createElement("link"), { rel: "stylesheet", href: new URL("panel.css", import.meta.url).href });
document.head.append(sheet);
await init();

let fragment = location.hash.slice(1);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};
const testid = (node, id) => ((node.dataset.testid = id), node);
const param = (key) => new URLSearchParams(fragment).get(key) ?? "";
const percent = (v) => `${(Math.round(Number(v) * 100) / 100).toLocaleString("en")}%`;
const money = (v) => {
  const symbol = { USD: "$", EUR: "€", GBP: "£" }[param("currency").toUpperCase() || "USD"] ?? "$";
  return `${symbol}${Number(v).toLocaleString("en", { maximumFractionDigits: 2 })}`;
};

/** A labelled input bound to a fragment parameter. */
function field(id, key, label, help) {
  const input = testid(el("input", { id, type: "text", inputMode: "decimal", autocomplete: "off", value: param(key) }), id);
  input.addEventListener("input", () => setParam(key, input.value));
  return el("div", { className: "field" }, el("label", { htmlFor: id, textContent: label }), input, el("p", { className: "help", textContent: help }));
}

let pending = 0;
/** Tool parameters typed but not yet in the address. */
const unsaved = new Map();
/** `state` (the calculator's fragment) with the unsaved tool parameters over it. */
function merged(state) {
  const params = new URLSearchParams(state);
  for (const [key, value] of unsaved) value ? params.set(key, value) : params.delete(key);
  return params.toString();
}
/** Sets a tool's parameter: shown at once, written into the address (the public URL
 * contract, which the calculator follows) once typing pauses. */
function setParam(key, value) {
  unsaved.set(key, value.trim());
  fragment = merged(fragment);
  render();
  clearTimeout(pending);
  pending = setTimeout(() => {
    unsaved.clear();
    location.replace(`#${fragment}`);
  }, 300);
}

const target = document.getElementById("tool-target");
target.replaceChildren(
  el("h3", { textContent: "What it takes to reach a target NRR" }),
  field("input-target-nrr", "target", "Target NRR (%)", "For the same period as the figures above."),
  el("div", { className: "tool-answer", role: "status" }));

const pitch = document.getElementById("tool-pitch");
const period = testid(el("select", { id: "input-claimed-period" },
  ...[["year", "a year"], ["quarter", "a quarter"], ["month", "a month"]].map(([value, text]) => el("option", { value, textContent: text, selected: param("claimed-period") === value }))), "input-claimed-period");
period.addEventListener("change", () => setParam("claimed-period", period.value === "year" ? "" : period.value));
pitch.replaceChildren(
  el("h3", { textContent: "Check a pitch's claimed NRR and GRR" }),
  field("input-claimed-nrr", "claimed-nrr", "Claimed NRR (%)", "As stated in the deck."),
  field("input-claimed-grr", "claimed-grr", "Claimed GRR (%)", "Revenue kept, before expansion."),
  el("div", { className: "field" }, el("label", { htmlFor: "input-claimed-period", textContent: "Over" }), period),
  el("div", { className: "tool-answer", role: "status" }));

const context = document.getElementById("tool-context");
context.replaceChildren(
  el("h3", { textContent: "Doubling time, valuation context and quick ratio" }),
  el("div", { className: "tool-answer", role: "status" }),
  field("input-new", "new", "New MRR from new customers (optional)", "For the quick ratio: (new + expansion) ÷ (contraction + churn)."));

function line(id, text, value) {
  const node = testid(el("p", { textContent: text }), id);
  if (value != null) node.dataset.value = value;
  return node;
}

function render() {
  const report = JSON.parse(evaluate(fragment));
  const errors = Object.fromEntries(report.errors);
  const needFigures = el("p", { className: "note", textContent: "Enter the four figures above first: this works from them." });
  const error = (key) => errors[key] && el("p", { className: "error", role: "alert", textContent: errors[key] });

  const t = report.target;
  target.querySelector(".tool-answer").replaceChildren(...[error("target")].filter(Boolean), ...(t ? [
    line("result-expansion-needed", `Expansion needed at today's losses: ${money(t.expansionNeeded)} (${percent(t.expansionRateNeeded)} of starting MRR).`, t.expansionNeeded),
    Number(t.churnCutNeeded) === 0
      ? el("p", { textContent: "Today's expansion and losses already reach it." })
      : el("p", { textContent: Number(t.churnCutNeeded) <= Number(t.churnNow)
        ? `Or, at today's expansion, cut churn by ${money(t.churnCutNeeded)} (of ${money(t.churnNow)}).`
        : `Cutting churn alone can't get there: it would take ${money(t.churnCutNeeded)}, more than today's ${money(t.churnNow)}.` }),
  ] : param("target") && !errors.target ? [needFigures] : []));

  const p = report.pitch;
  pitch.querySelector(".tool-answer").replaceChildren(...["claimed-nrr", "claimed-grr"].map(error).filter(Boolean), ...(p ? [
    line("result-implied-expansion", `Implied expansion: ${p.impliedExpansion} points of starting revenue.`, p.impliedExpansion),
    line("result-implied-churn", `Implied gross churn (contraction and churn): ${p.impliedChurn} points.`, p.impliedChurn),
    testid(el("ul", { className: "pitch-flags" }, ...p.flags.map((f) => el("li", { textContent: f }))), "pitch-flags"),
    ...(p.flags.length ? [] : [el("p", { textContent: "Nothing here contradicts itself." })]),
  ] : []));

  const c = report.context;
  const years = c && (c.compounding === "never" ? "At 100% the base stays as it is: it neither doubles nor halves."
    : `At ${percent(c.annualNrr)} a year, the existing base ${c.compounding === "doubles" ? "doubles" : "halves"} in ${c.years} years, with no new customers.`);
  context.querySelector(".tool-answer").replaceChildren(...[error("new")].filter(Boolean), ...(c ? [
    line("result-doubling-years", years, c.years),
    line("result-valuation-band", `Public SaaS with NRR ${c.valuationRange} traded at a median ${c.valuationMultiple}× EV / TTM revenue.`, c.valuationMultiple),
    el("p", { className: "note", textContent: c.valuationSource }),
    ...(c.quickRatio != null || c.noLosses ? [line("result-quick-ratio", c.noLosses ? "Quick ratio: no losses this period, so no ratio." : `Quick ratio: ${Number(c.quickRatio).toLocaleString("en", { maximumFractionDigits: 2 })}.`, c.quickRatio)] : []),
  ] : [needFigures]));
}

addEventListener("rc-state", (event) => {
  fragment = merged(event.detail);
  render();
});
render();
