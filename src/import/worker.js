// The import worker (a module worker, started by panel.js): reads and analyses a file off the
// main thread with the import-worker wasm module next to this file, and answers with JSON
// reports (see src/import/report.rs). Cancel is the page terminating this worker.
import init, { readFile, windowReport } from "./import-worker.js";

const ready = init();

onmessage = async ({ data }) => {
  await ready;
  try {
    if (data.op === "warm") {
      // Instantiated (above) while the person picks a file; a small read of every kind of
      // cell has the engine compile the reader, the analyses and the chart before a real one.
      // Some thousands of rows: enough for the engine to optimise the hot loops too.
      const rows = ["customer,month,mrr,plan"];
      for (let c = 0; c < 300; c++) {
        for (let m = 1; m <= 14; m++) {
          const month = `${2024 + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, "0")}`;
          rows.push(c % 3 ? `c${c},${month},${100 + m}.00,SMB` : `c${c},${month},"$1,${m}00.50",Enterprise`);
        }
      }
      readFile(new Blob([rows.join("\n")]), "", () => {}, data.width ?? 600);
    } else if (data.op === "read") {
      let last = 0;
      const progress = (done, size) => {
        const now = performance.now();
        if (now - last > 40 || done >= size) {
          last = now;
          postMessage({ type: "progress", done, size });
        }
      };
      postMessage({ type: "read", report: JSON.parse(readFile(data.file, data.order ?? "", progress, data.width)) });
    } else if (data.op === "memory") {
      // For make bench: the wasm heap's size, which only ever grows, so its peak.
      postMessage({ type: "memory", bytes: (await ready).memory.buffer.byteLength });
    } else if (data.op === "window") {
      postMessage({ type: "window", report: JSON.parse(windowReport(data.start, data.end)) });
    }
  } catch (error) {
    postMessage({ type: "error", message: String(error) });
  }
};
