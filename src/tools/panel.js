// The founder and investor tools, loaded when a tool is first opened (or a link carries a
// tool's parameters). Everything shown is computed by the tools pack's wasm (exact decimals)
// from the share fragment: the calculator's figures and the tools' own parameters, which this
// panel writes into the fragment, so a shared link opens the same tools with the same answers.
import init, { evaluate, percentText, numberText, moneyText, pointsChangeText, moneyChangeText } from "./tools-pack.js";

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
// The report's figures are exact decimal strings; the tools pack writes them as text, with
// the calculator's own rounding (never through a JavaScript number).
const percent = percentText;
const money = (v) => moneyText(v, param("currency"));

/** A labelled input bound to a fragment parameter. */
function field(id, key, label, help) {
  const input = testid(el("input", { id, type: "text", inputMode: "decimal", autocomplete: "off", value: param(key) }), id);
  input.dataset.param = key;
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

// Segments: a row each (name and four figures), the blend of them, and what it hides.
const DEFAULT_NAMES = ["SMB", "Mid-market", "Enterprise"];
const FIGURES = ["start", "expansion", "contraction", "churn"];
const segmentsTool = document.getElementById("tool-segments");
const segmentRows = el("div", { className: "segment-rows" });
const addSegment = testid(el("button", { type: "button", className: "button secondary", textContent: "Add a segment" }), "add-segment");
segmentsTool.replaceChildren(
  el("h3", { textContent: "Segments: what a blended NRR can hide" }),
  el("p", { className: "intro", textContent: "Each segment's MRR movements for the same period. The blend adds them up; the calculator's own figures are left as they are." }),
  segmentRows, addSegment,
  el("div", { className: "tool-answer", role: "status" }));

function segmentParam(n) {
  const row = segmentRows.children[n - 1];
  const values = [`#segment-${n}-name`, ...FIGURES.map((f) => `#segment-${n}-${f}`)].map((q) => row.querySelector(q).value.replaceAll("~", "-").trim());
  setParam(`seg${n}`, values.slice(1).some(Boolean) ? values.join("~") : "");
}

function addSegmentRow(saved) {
  const n = segmentRows.children.length + 1;
  const parts = saved ? saved.split("~") : [DEFAULT_NAMES[n - 1] ?? `Segment ${n}`];
  const input = (id, label, value, mode) => {
    const node = testid(el("input", { id, type: "text", inputMode: mode, autocomplete: "off", value: value ?? "" }), id);
    node.addEventListener("input", () => segmentParam(n));
    return el("div", { className: "field" }, el("label", { htmlFor: id, textContent: label }), node);
  };
  segmentRows.append(el("fieldset", { className: "segment" },
    el("legend", { textContent: `Segment ${n}` }),
    input(`segment-${n}-name`, "Name", parts[0], "text"),
    ...FIGURES.map((f, i) => input(`segment-${n}-${f}`, `${f[0].toUpperCase()}${f.slice(1)} MRR`, parts[i + 1], "decimal")),
    el("p", { className: "segment-result" })));
  addSegment.disabled = n >= 8;
}
addSegment.addEventListener("click", () => {
  addSegmentRow();
  segmentRows.lastElementChild.querySelector("input").focus();
});
/** Rows up to the last segment in the link (three at least), each in its place. */
function buildSegmentRows() {
  segmentRows.replaceChildren();
  const last = Math.max(3, ...[1, 2, 3, 4, 5, 6, 7, 8].filter((n) => param(`seg${n}`)));
  for (let n = 1; n <= last; n++) addSegmentRow(param(`seg${n}`) || undefined);
}
buildSegmentRows();

// Scenarios and the sensitivity grid.
const scenariosTool = document.getElementById("tool-scenarios");
scenariosTool.replaceChildren(
  el("h3", { textContent: "Bear, base and bull, and how NRR moves with expansion and churn" }),
  el("div", { className: "tool-fields" },
    field("input-scenario-expansion", "dx", "Expansion moves by (%)", "Down in the bear case, up in the bull. 25 if empty."),
    field("input-scenario-churn", "dc", "Churn moves by (%)", "Up in the bear case, down in the bull. 25 if empty.")),
  el("div", { className: "tool-answer", role: "status" }));

// Start points: the seeds' worked examples (Software Equity Group and the blended book), and a
// reset. Each is a link, applied through the URL contract like any shared one.
const PRESETS = [
  ["leaky", "Expansion-led, leaky: NRR 110%, GRR 85%", "start=100000&expansion=25000&contraction=5000&churn=10000"],
  ["sticky", "Retention-led, sticky: NRR 105%, GRR 92%", "start=100000&expansion=13000&contraction=3000&churn=5000"],
  ["illusion", "A blend of 100% hiding SMB at 80%", "start=250000&expansion=20000&contraction=0&churn=20000&seg1=SMB~100000~0~0~20000&seg2=Enterprise~150000~20000~0~0"],
  ["reset", "Start again, empty", "start=&expansion=&contraction=&churn="],
];
const presets = document.getElementById("tool-presets");
presets.replaceChildren(
  el("h3", { textContent: "Start from an example" }),
  el("p", { className: "intro", textContent: "Two companies from the same published comparison, one leaky and one sticky, and the blended book that hides a weak segment. Each replaces the figures above." }),
  el("div", { className: "tool-buttons" }, ...PRESETS.map(([key, label, figures]) => {
    const button = testid(el("button", { type: "button", className: "button secondary", textContent: label }), `preset-${key}`);
    button.addEventListener("click", () => apply(figures));
    return button;
  })));

/** Replaces the figures and the tools' parameters, as opening a link would. */
function apply(figures) {
  clearTimeout(pending);
  unsaved.clear();
  fragment = figures;
  location.replace(`#${figures}`);
  for (const input of document.querySelectorAll(".tool input[data-param]")) input.value = param(input.dataset.param);
  buildSegmentRows();
  if (param("seg1") && document.getElementById("tool-segments").hidden) document.querySelector("[aria-controls=tool-segments]").click();
  render();
}

// A baseline: the figures saved on this device, and every result beside it.
const BASELINE = "nrr-calculator.baseline.v1";
const FIGURE_KEYS = ["start", "expansion", "contraction", "churn", "period", "currency", "peer"];
const stored = () => { try { return localStorage.getItem(BASELINE) ?? ""; } catch { return ""; } };
const baselineTool = document.getElementById("tool-baseline");
const save = testid(el("button", { type: "button", className: "button", textContent: "Save these figures as the baseline" }), "save-baseline");
const forget = testid(el("button", { type: "button", className: "button secondary", textContent: "Forget the baseline" }), "clear-baseline");
save.addEventListener("click", () => {
  const params = new URLSearchParams(fragment);
  const figures = new URLSearchParams(FIGURE_KEYS.filter((k) => params.has(k)).map((k) => [k, params.get(k)]));
  try { localStorage.setItem(BASELINE, figures.toString()); } catch { /* storage blocked: nothing kept */ }
  render();
});
forget.addEventListener("click", () => {
  try { localStorage.removeItem(BASELINE); } catch { /* nothing kept */ }
  render();
});
baselineTool.replaceChildren(
  el("h3", { textContent: "Compare with a baseline" }),
  el("p", { className: "intro", textContent: "Saved on this device only, never in a link. Change the figures above and read the difference." }),
  el("div", { className: "tool-buttons" }, save, forget),
  el("div", { className: "tool-answer", role: "status" }));

function renderComparison(report) {
  const answer = baselineTool.querySelector(".tool-answer");
  forget.hidden = !stored();
  if (!report.comparison) {
    return answer.replaceChildren(el("p", { className: "note", textContent: stored() ? "The figures above give no result to compare yet." : "No baseline saved yet." }));
  }
  const LABELS = { nrr: "NRR", grr: "GRR", "expansion-rate": "Expansion rate", "gross-churn": "Gross revenue churn", "ending-mrr": "Ending MRR" };
  const show = (key, v) => (key === "ending-mrr" ? money(v) : percent(v));
  const delta = (key, v) => (key === "ending-mrr" ? moneyChangeText(v, param("currency")) : pointsChangeText(v));
  answer.replaceChildren(el("div", { className: "table-scroll" }, el("table", { className: "comparison" },
    el("thead", {}, el("tr", {}, ...["", "Now", "Baseline", "Difference"].map((h) => el("th", { scope: "col", textContent: h })))),
    el("tbody", {}, ...report.comparison.map((row) => {
      const cell = el("td", { textContent: delta(row.key, row.delta) });
      if (row.key === "nrr" || row.key === "grr") testid(cell, `delta-${row.key}`);
      cell.dataset.value = row.delta;
      return el("tr", {}, el("th", { scope: "row", textContent: LABELS[row.key] }),
        el("td", { textContent: show(row.key, row.now) }), el("td", { textContent: show(row.key, row.then) }), cell);
    })))));
}

function line(id, text, value) {
  const node = testid(el("p", { textContent: text }), id);
  if (value != null) node.dataset.value = value;
  return node;
}

function render() {
  const report = JSON.parse(evaluate(fragment, stored()));
  renderComparison(report);
  const errors = Object.fromEntries(report.errors);
  const needFigures = el("p", { className: "note", textContent: "Enter the four figures above first: this works from them." });
  const error = (key) => errors[key] && el("p", { className: "error", role: "alert", textContent: errors[key] });

  const t = report.target;
  target.querySelector(".tool-answer").replaceChildren(...[error("target")].filter(Boolean), ...(t ? [
    line("result-expansion-needed", `Expansion needed at today's losses: ${money(t.expansionNeeded)} (${percent(t.expansionRateNeeded)} of starting MRR).`, t.expansionNeeded),
    t.churnCut === "none"
      ? el("p", { textContent: "Today's expansion and losses already reach it." })
      : el("p", { textContent: t.churnCut === "enough"
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

  renderSegments(report);
  renderScenarios(report);

  const c = report.context;
  const years = c && (c.compounding === "never" ? "At 100% the base stays as it is: it neither doubles nor halves."
    : `At ${percent(c.annualNrr)} a year, the existing base ${c.compounding === "doubles" ? "doubles" : "halves"} in ${c.years} years, with no new customers.`);
  context.querySelector(".tool-answer").replaceChildren(...[error("new")].filter(Boolean), ...(c ? [
    line("result-doubling-years", years, c.years),
    line("result-valuation-band", `Public SaaS with NRR ${c.valuationRange} traded at a median ${c.valuationMultiple}× EV / TTM revenue.`, c.valuationMultiple),
    el("p", { className: "note", textContent: c.valuationSource }),
    ...(c.quickRatio != null || c.noLosses ? [line("result-quick-ratio", c.noLosses ? "Quick ratio: no losses this period, so no ratio." : `Quick ratio: ${numberText(c.quickRatio)}.`, c.quickRatio)] : []),
  ] : [needFigures]));
}

function renderSegments(report) {
  for (const row of segmentRows.children) row.querySelector(".segment-result").replaceChildren();
  report.segments.forEach((segment) => {
    const n = segment.number;
    const row = [...segmentRows.children].find((r) => r.querySelector(`#segment-${n}-name`));
    if (!row) return;
    const result = row.querySelector(".segment-result");
    const figure = (id, label, value) => {
      const node = testid(el("span", { textContent: `${label} ${value == null ? "—" : percent(value)}` }), id);
      if (value != null) node.dataset.value = value;
      return node;
    };
    const errors = FIGURES.map((f) => report.errors.find(([key]) => key === `segment-${n}-${f}`)?.[1]).filter(Boolean);
    result.replaceChildren(figure(`segment-${n}-nrr`, "NRR", segment.nrr), " · ", figure(`segment-${n}-grr`, "GRR", segment.grr),
      ...errors.map((e) => el("span", { className: "error", role: "alert", textContent: e })));
  });
  const b = report.blend;
  const answer = segmentsTool.querySelector(".tool-answer");
  if (!b) return answer.replaceChildren(el("p", { className: "note", textContent: "Enter two segments or more to see their blend." }));
  const warning = b.hidden.length ? [testid(el("p", { className: "warnings", role: "alert",
    textContent: `The blend looks healthy at ${percent(b.nrr)}, but ${b.hidden.join(" and ")} ${b.hidden.length > 1 ? "are" : "is"} below 90% NRR. Quote the segments, not just the blend.` }), "warning-illusion")] : [];
  answer.replaceChildren(
    line("result-blended-nrr", `Blended NRR: ${percent(b.nrr)}`, b.nrr),
    line("result-blended-grr", `Blended GRR: ${percent(b.grr)}`, b.grr),
    ...warning);
}

function renderScenarios(report) {
  const answer = scenariosTool.querySelector(".tool-answer");
  const errors = ["dx", "dc"].map((k) => report.errors.find(([key]) => key === k)?.[1]).filter(Boolean).map((e) => el("p", { className: "error", role: "alert", textContent: e }));
  if (!report.scenarios) return answer.replaceChildren(...errors, el("p", { className: "note", textContent: "Enter the four figures above first: this works from them." }));
  const names = ["Bear", "Base", "Bull"];
  const cases = el("table", { className: "scenarios" },
    el("thead", {}, el("tr", {}, ...["Case", "Expansion", "Churn", "NRR", "Base in 5 years"].map((h) => el("th", { scope: "col", textContent: h })))),
    el("tbody", {}, ...report.scenarios.map((c, i) => {
      const row = testid(el("tr", {}, el("th", { scope: "row", textContent: names[i] }),
        ...[money(c.expansion), money(c.churn), percent(c.nrr), money(c.finalBase)].map((t) => el("td", { textContent: t }))), `scenario-${names[i].toLowerCase()}`);
      row.dataset.nrr = c.nrr;
      row.dataset.finalBase = c.finalBase;
      return row;
    })));
  const g = report.grid;
  const grid = testid(el("table", { className: "sensitivity" },
    el("caption", { textContent: `NRR by expansion rate (rows) and gross churn rate (columns), in % of starting MRR.${g.median ? ` Shaded against ${g.peer}: median ${percent(g.median)}, upper point ${percent(g.upper)}.` : " Peers publish annual figures, so the cells aren't shaded for a shorter period."}` }),
    el("thead", {}, el("tr", {}, el("th", { scope: "col", textContent: "Expansion \\ churn" }), ...g.churn.map((c) => el("th", { scope: "col", textContent: percent(c) })))),
    el("tbody", {}, ...g.expansion.map((e, r) => el("tr", {}, el("th", { scope: "row", textContent: percent(e) }),
      ...g.nrr[r].map((v, c) => {
        const mine = r === g.you[0] && c === g.you[1];
        const cell = el("td", { className: g.bands[r][c], textContent: percent(v) + (mine ? " (you)" : "") });
        if (mine) cell.dataset.you = "";
        return cell;
      }))))), "sensitivity-grid");
  answer.replaceChildren(...errors, el("div", { className: "table-scroll" }, cases), el("div", { className: "table-scroll" }, grid));
}

addEventListener("rc-state", (event) => {
  fragment = merged(event.detail);
  render();
});
render();
