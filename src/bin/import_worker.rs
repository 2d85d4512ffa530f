//! The import worker's wasm module: runs in a Web Worker (`src/import/worker.js`), loaded only
//! when someone imports a file. It reads the file straight from its `Blob` in slices, so the
//! page never holds it and the main thread never waits on it.

#[cfg(target_arch = "wasm32")]
mod exports {
    use retention_calculator::calc::Currency;
    use retention_calculator::import::ledger::Ledger;
    use retention_calculator::import::month::{DateOrder, Month};
    use retention_calculator::import::read::{read, sniff_delimiter};
    use retention_calculator::import::report::{file_report, window_report};
    use std::cell::RefCell;
    use std::io;
    use wasm_bindgen::prelude::*;
    use web_sys::{Blob, FileReaderSync};

    thread_local! {
        /// The last file read, with the currency of its amounts, kept for other windows over it.
        static LEDGER: RefCell<Option<(Ledger, Currency)>> = const { RefCell::new(None) };
    }

    /// Slices of 4 MiB: big enough to keep the reader busy, small next to any file.
    const SLICE: f64 = 4.0 * 1024.0 * 1024.0;

    /// A `Blob` read synchronously (workers may), a slice at a time.
    struct BlobSource {
        blob: Blob,
        reader: FileReaderSync,
        next: f64,
        chunk: Vec<u8>,
        at: usize,
        progress: js_sys::Function,
    }

    impl io::Read for BlobSource {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            if self.at == self.chunk.len() {
                let size = self.blob.size();
                if self.next >= size {
                    return Ok(0);
                }
                let end = (self.next + SLICE).min(size);
                let slice = self
                    .blob
                    .slice_with_f64_and_f64(self.next, end)
                    .map_err(js_error)?;
                let buffer = self.reader.read_as_array_buffer(&slice).map_err(js_error)?;
                self.chunk = js_sys::Uint8Array::new(&buffer).to_vec();
                self.at = 0;
                self.next = end;
                let _ = self
                    .progress
                    .call2(&JsValue::NULL, &end.into(), &size.into());
            }
            let n = out.len().min(self.chunk.len() - self.at);
            out[..n].copy_from_slice(&self.chunk[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    fn js_error(error: JsValue) -> io::Error {
        io::Error::other(format!("{error:?}"))
    }

    /// Reads `file` (a `File` or any `Blob`), with the date order if the page asked the user
    /// (`day-first`, `month-first`, or empty), calling `progress(bytesRead, size)` per slice.
    /// Returns the report as JSON (see `import::report`); the cohort chart is drawn
    /// `chart_width` pixels wide.
    #[wasm_bindgen(js_name = readFile)]
    pub fn read_file(
        file: Blob,
        order: &str,
        progress: js_sys::Function,
        chart_width: u32,
    ) -> Result<String, JsValue> {
        let reader = FileReaderSync::new()?;
        let head_end = file.size().min(64.0 * 1024.0);
        let head = reader.read_as_array_buffer(&file.slice_with_f64_and_f64(0.0, head_end)?)?;
        let head = js_sys::Uint8Array::new(&head).to_vec();
        let source = BlobSource {
            blob: file,
            reader,
            next: 0.0,
            chunk: Vec::new(),
            at: 0,
            progress,
        };
        let outcome = read(source, sniff_delimiter(&head), DateOrder::from_key(order));
        let (report, ledger) = file_report(outcome, chart_width);
        LEDGER.with(|l| *l.borrow_mut() = ledger);
        serde_json::to_string(&report).map_err(|e| e.to_string().into())
    }

    /// The figures for another window over the last file read (months as `2025-03`).
    #[wasm_bindgen(js_name = windowReport)]
    pub fn window_json(start: &str, end: &str) -> Result<String, JsValue> {
        let month = |key: &str| {
            let (year, month) = key.split_once('-')?;
            Month::new(year.parse().ok()?, month.parse().ok()?)
        };
        let (Some(start), Some(end)) = (month(start), month(end)) else {
            return Err("months are written 2025-03".into());
        };
        LEDGER.with(|l| {
            let ledger = l.borrow();
            let (ledger, money) = ledger.as_ref().ok_or("no file has been read")?;
            serde_json::to_string(&window_report(ledger, *money, start, end))
                .map_err(|e| e.to_string().into())
        })
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("The import worker is a wasm module loaded by the web app: run `make serve`.");
}
