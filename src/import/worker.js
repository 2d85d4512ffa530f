// The import worker (a module worker, started by panel.js): reads and analyses a file off the
// main thread with the import-worker wasm module next to this file, and answers with JSON
// reports (see src/import/report.rs). Cancel is the page terminating this worker.
import init, { readFile, windowReport } from "./import-worker.js";

const ready = init();

onmessage = async ({ data }) => {
  await ready;
  try {
    if (data.op === "read") {
      let last = 0;
      const progress = (done, size) => {
        const now = performance.now();
        if (now - last > 40 || done >= size) {
          last = now;
          postMessage({ type: "progress", done, size });
        }
      };
      postMessage({ type: "read", report: JSON.parse(readFile(data.file, data.order ?? "", progress, data.width)) });
    } else if (data.op === "window") {
      postMessage({ type: "window", report: JSON.parse(windowReport(data.start, data.end)) });
    }
  } catch (error) {
    postMessage({ type: "error", message: String(error) });
  }
};
