// The MRR file import, loaded when "Import a file" is first opened. The file is read and
// analysed by worker.js in a Web Worker (wasm): nothing is uploaded, and typing in the
// calculator stays responsive while a big file is read. A window's four movements fill the
// calculator through the public URL contract (the fragment), never a customer's name or figure.
const PERIODS = { 1: "month", 3: "quarter", 12: "year" };
const panel = document.getElementById("import-panel");
const sheet = Object.assign(document.createElement("link"), { rel: "stylesheet", href: new URL("panel.css", import.meta.url).href });
document.head.append(sheet);

panel.innerHTML = `
  <p class="intro">A file of MRR by customer by month: a billing export (a row per customer per month)
  or a data-room sheet (a row per customer, a column per month). CSV, TSV or semicolons.
  It is read here, in your browser: nothing is uploaded.</p>
  <div class="import-drop" data-testid="import-drop">
    <p>Drop the file here, or</p>
    <label class="button secondary import-choose">Choose a file<input type="file" data-testid="import-file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"></label>
  </div>
  <div class="field"><label for="import-paste">Or paste the rows from a spreadsheet, header first</label>
    <textarea id="import-paste" data-testid="import-paste" rows="4"></textarea></div>
  <button type="button" class="button secondary" data-testid="import-read">Read the pasted rows</button>
  <div class="import-status" role="status" aria-live="polite"></div>
  <div class="import-progress" hidden><progress data-testid="import-progress" max="100" value="0" data-value="0"></progress>
    <button type="button" class="button secondary" data-testid="import-cancel">Cancel</button></div>
  <div class="import-question" hidden></div>
  <div class="import-result" hidden></div>`;

const $ = (selector, scope = panel) => scope.querySelector(selector);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};
const status = (text) => ($(".import-status").textContent = text);
// Figures arrive from the worker as exact decimals (data-value) and as text written by the
// calculator's own formatting: the page never rounds a figure itself.
const shown = (text) => text ?? "—";

let worker = null;
let busy = false;
let source = null;
let summary = null;

/** A worker, started as the panel opens: its module is ready by the time a file is chosen. */
function spawn() {
  worker = new Worker(new URL("worker.js", import.meta.url), { type: "module" });
  worker.postMessage({ op: "warm" });
}
spawn();

function start(file, order = "") {
  // A new file while one is being read: the old read is dropped with its worker.
  if (busy) {
    worker.terminate();
    spawn();
  }
  busy = true;
  source = file;
  const began = performance.now();
  // A bar only for what takes more than a moment.
  const slow = setTimeout(() => ($(".import-progress").hidden = false), 150);
  status(`Reading ${file.name || "the pasted rows"}…`);
  $(".import-question").hidden = true;
  $(".import-question").replaceChildren();
  worker.onmessage = ({ data }) => {
    if (data.type === "progress") {
      const share = Math.round((100 * data.done) / Math.max(data.size, 1));
      Object.assign($("[data-testid=import-progress]"), { value: share });
      $("[data-testid=import-progress]").dataset.value = share;
      status(`Reading: ${(data.done / 1e6).toFixed(1)} of ${(data.size / 1e6).toFixed(1)} MB`);
      return;
    }
    clearTimeout(slow);
    busy = false;
    $(".import-progress").hidden = true;
    if (data.type === "error") return status(`The file could not be read: ${data.message}`);
    if (data.type === "window") return showWindow(data.report);
    const report = data.report;
    if (report.status === "needs-date-order") return askDateOrder();
    if (report.status === "unusable") return status(`${report.message} Nothing was changed.`);
    summary = report;
    status(`Read ${report.rows.toLocaleString("en")} rows in ${Math.round(performance.now() - began)} ms.`);
    showSummary(report);
  };
  worker.postMessage({ op: "read", file, order, width: Math.max(280, Math.round(panel.clientWidth)) });
}

function askDateOrder() {
  const question = $(".import-question");
  question.replaceChildren(
    el("p", { textContent: "Its dates could be day-first (31/03/2025) or month-first (03/31/2025), and no date in it settles it. Which is it?" }),
    el("div", { className: "field" },
      el("label", { htmlFor: "import-date-order", textContent: "Dates are written" }),
      el("select", { id: "import-date-order" },
        el("option", { value: "day-first", textContent: "day first (31/03/2025)" }),
        el("option", { value: "month-first", textContent: "month first (03/31/2025)" }))),
    el("button", { type: "button", className: "button", textContent: "Read it again" }));
  $("select", question).dataset.testid = "import-date-order";
  $("button", question).onclick = () => start(source, $("select", question).value);
  question.hidden = false;
  status("One question before the figures.");
}

function monthSelect(id, label, months, selected) {
  const select = el("select", { id }, ...months.map((m) => el("option", { value: m, textContent: m, selected: m === selected })));
  select.dataset.testid = id;
  select.onchange = () => {
    const [startMonth, endMonth] = [$("#import-window-start").value, $("#import-window-end").value];
    if (startMonth >= endMonth) return status("The window's end must come after its start.");
    worker.postMessage({ op: "window", start: startMonth, end: endMonth });
  };
  return el("div", { className: "field" }, el("label", { htmlFor: id, textContent: label }), select);
}

function showSummary(report) {
  const result = $(".import-result");
  const facts = el("p", { className: "import-summary" });
  Object.assign(facts.dataset, { testid: "import-summary", rows: report.used, skipped: report.skippedCount, customers: report.customers, months: report.months.length });
  facts.textContent = `${report.rows.toLocaleString("en")} rows read, ${report.used.toLocaleString("en")} used (${report.shape === "wide" ? "a column per month" : "a row per customer per month"}), `
    + `${report.customers.toLocaleString("en")} customers, ${report.months[0]} to ${report.months.at(-1)} (${report.months.length} months)`
    + (report.currency ? `, amounts in ${report.currency}` : "") + ".";
  const notes = [];
  if (report.fromArr) notes.push("The amounts are ARR: each was divided by 12 to read it as MRR.");
  if (report.mixedCurrencies) notes.push("The amounts are in several currencies: they were added as written, without conversion.");
  if (report.ignoredColumns.length) notes.push(`Columns not used: ${report.ignoredColumns.join(", ")}.`);
  const skipped = el("ol", { className: "import-skipped" }, ...report.skipped.map((s) => {
    const item = el("li", { textContent: `Line ${s.line}: ${s.reason}` });
    item.dataset.line = s.line;
    return item;
  }));
  skipped.dataset.testid = "import-skipped";
  const more = report.skippedCount - report.skipped.length;
  const last = report.months.at(-1);
  const clear = el("button", { type: "button", className: "button secondary", textContent: "Clear the file" });
  clear.dataset.testid = "import-clear";
  clear.onclick = clearImport;
  result.replaceChildren(
    facts,
    ...notes.map((n) => el("p", { className: "note", textContent: n })),
    ...(report.skippedCount ? [el("h3", { textContent: `${report.skippedCount.toLocaleString("en")} rows left out` }), skipped] : []),
    ...(more > 0 ? [el("p", { className: "note", textContent: `…and ${more.toLocaleString("en")} more.` })] : []),
    el("h3", { textContent: "Window" }),
    el("p", { className: "note", textContent: "Customers with MRR in the start month are the cohort; the calculator above shows their movements to the end month (windows of 1, 3 or 12 months)." }),
    el("div", { className: "import-window" },
      monthSelect("import-window-start", "From", report.months.slice(0, -1), report.window.start),
      monthSelect("import-window-end", "To", report.months.slice(1), last)),
    el("div", { className: "import-figures" }),
    el("h3", { textContent: "Trailing twelve months" }),
    seriesTable(report.series),
    el("h3", { textContent: `Revenue retained by cohort (first ${report.cohortsQuarterly ? "quarter" : "month"} with revenue)` }),
    cohortChart(report.cohortsSvg),
    cohortTable(report.cohorts),
    clear);
  result.hidden = false;
  showWindow(report.window);
}

function showWindow(w) {
  const figure = (testid, label, value, text) => {
    const dd = el("dd", { textContent: text });
    dd.dataset.testid = testid;
    if (value != null) dd.dataset.value = value;
    return el("div", {}, el("dt", { textContent: label }), dd);
  };
  const [start, expansion, contraction, churn] = w.movements;
  const [startText, expansionText, contractionText, churnText] = w.text.movements;
  const list = el("dl", { className: "metrics" },
    figure("import-start", `MRR in ${w.start} (${w.customers.toLocaleString("en")} customers)`, start, startText),
    figure("import-expansion", "Expansion", expansion, expansionText),
    figure("import-contraction", "Contraction", contraction, contractionText),
    figure("import-churn", "Churn", churn, churnText),
    figure("result-new-mrr", `New MRR by ${w.end} (outside NRR and GRR)`, w.newMrr, w.text.newMrr),
    figure("result-logo-retention", "Customers kept (logo retention)", w.logoRetention, shown(w.text.logoRetention)),
    figure("import-nrr", "NRR", w.nrr, shown(w.text.nrr)),
    figure("import-grr", "GRR", w.grr, shown(w.text.grr)));
  const parts = [list];
  if (w.weakSegments.length) {
    const warning = el("p", { className: "warnings", role: "alert" });
    warning.dataset.testid = "import-segment-warning";
    warning.textContent = `The blended NRR of ${w.text.nrr} hides ${w.weakSegments.join(" and ")} below 90%: look at each segment before quoting the blend.`;
    parts.push(warning);
  }
  if (w.segments.length) parts.push(segmentTable(w.segments));
  $(".import-figures").replaceChildren(...parts);
  fillCalculator(w);
}

function fillCalculator(w) {
  const period = PERIODS[w.months];
  $(".import-fill")?.remove();
  if (!period || w.nrr == null) {
    $(".import-figures").append(el("p", { className: "note import-fill", textContent: `A ${w.months}-month window: its NRR and GRR are above; the calculator takes windows of 1, 3 or 12 months.` }));
    return;
  }
  const [start, expansion, contraction, churn] = w.movements;
  const figures = new URLSearchParams({ start, expansion, contraction, churn });
  if (period !== "year") figures.set("period", period);
  if (summary.currency && summary.currency !== "USD") figures.set("currency", summary.currency);
  figures.set("window", `${w.start}..${w.end}`);
  filled = [start, expansion, contraction, churn];
  // Through the URL contract, like a shared link; replace(), so no history entry.
  location.replace(`#${figures}`);
  const share = document.querySelector(".share");
  if (share && !$("[data-testid=import-share-note]", share)) {
    const note = el("p", { className: "note", textContent: "These figures came from your file. A link carries only the four totals and the window, never a customer's name or figure." });
    note.dataset.testid = "import-share-note";
    share.append(note);
  }
}

// Once the figures are edited, they no longer came from the file: the note goes.
let filled = null;
addEventListener("rc-state", ({ detail }) => {
  if (!filled) return;
  const state = new URLSearchParams(detail);
  if (["start", "expansion", "contraction", "churn"].every((key, i) => state.get(key) === filled[i])) return;
  filled = null;
  document.querySelector("[data-testid=import-share-note]")?.remove();
});

function segmentTable(segments) {
  const slug = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const cell = (value, text, testid) => {
    const td = el("td", { textContent: shown(text) });
    td.dataset.testid = testid;
    if (value != null) td.dataset.value = value;
    return td;
  };
  return el("div", { className: "table-scroll" }, el("table", { className: "import-segments" },
    el("caption", { textContent: "By segment" }),
    el("thead", {}, el("tr", {}, ...["Segment", "Customers", "NRR", "GRR"].map((h) => el("th", { scope: "col", textContent: h })))),
    el("tbody", {}, ...segments.map((s) => el("tr", {},
      el("th", { scope: "row", textContent: s.name }),
      el("td", { textContent: s.customers.toLocaleString("en") }),
      cell(s.nrr, s.nrrText, `import-segment-${slug(s.name)}-nrr`),
      cell(s.grr, s.grrText, `import-segment-${slug(s.name)}-grr`))))));
}

function seriesTable(series) {
  const table = el("table", { className: "import-series" },
    el("thead", {}, el("tr", {}, ...["Month", "NRR (12 mo)", "GRR (12 mo)", "Customers kept (12 mo)", "NRR (1 mo)", "GRR (1 mo)"].map((h) => el("th", { scope: "col", textContent: h })))),
    el("tbody", {}, ...series.map((s) => {
      const row = el("tr", {}, el("th", { scope: "row", textContent: s.month }),
        ...s.text.map((text) => el("td", { textContent: shown(text) })));
      row.dataset.testid = `import-series-${s.month}`;
      if (s.ttmNrr != null) Object.assign(row.dataset, { nrr: s.ttmNrr, grr: s.ttmGrr });
      return row;
    })));
  table.dataset.testid = "import-series";
  return el("div", { className: "table-scroll" }, table);
}

function cohortChart(svg) {
  const holder = el("div", { className: "chart-frame" });
  holder.dataset.testid = "chart-cohorts";
  holder.innerHTML = svg; // drawn and escaped by src/chart/cohorts.rs: months and figures only
  return holder;
}

function cohortTable(cohorts) {
  return el("div", { className: "table-scroll" }, el("table", { className: "import-cohorts" },
    el("caption", { textContent: "The same, as a table: MRR in the first month, and the share of it after 3, 6, 12 and 24 months" }),
    el("thead", {}, el("tr", {}, ...["Cohort", "Customers", "First MRR", "3 mo", "6 mo", "12 mo", "24 mo"].map((h) => el("th", { scope: "col", textContent: h })))),
    el("tbody", {}, ...cohorts.map((c) => el("tr", {}, el("th", { scope: "row", textContent: c.label }),
      el("td", { textContent: c.customers.toLocaleString("en") }),
      el("td", { textContent: c.baseText }),
      ...c.retainedText.map((text) => el("td", { textContent: shown(text) })))))));
}

function clearImport() {
  // A fresh worker: the file's figures go with the old one.
  worker?.terminate();
  busy = false;
  spawn();
  source = summary = filled = null;
  $(".import-result").replaceChildren();
  $(".import-result").hidden = true;
  document.querySelector("[data-testid=import-share-note]")?.remove();
  $("[data-testid=import-file]").value = "";
  $("[data-testid=import-paste]").value = "";
  status("The file is cleared from this page.");
}

$("[data-testid=import-file]").onchange = (event) => event.target.files[0] && start(event.target.files[0]);
$("[data-testid=import-read]").onclick = () => {
  const text = $("[data-testid=import-paste]").value;
  if (!text.trim()) return status("Paste rows first: a header line, then a line per row.");
  start(new File([text], "the pasted rows", { type: "text/plain" }));
};
$("[data-testid=import-cancel]").onclick = () => {
  worker?.terminate();
  busy = false;
  spawn();
  $(".import-progress").hidden = true;
  status("Cancelled. Nothing was changed.");
};
const drop = $("[data-testid=import-drop]");
drop.ondragover = (event) => { event.preventDefault(); drop.classList.add("over"); };
drop.ondragleave = () => drop.classList.remove("over");
drop.ondrop = (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  const file = event.dataTransfer.files[0];
  if (file) start(file);
};
