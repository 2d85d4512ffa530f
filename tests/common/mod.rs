//! Helpers shared by the browser test files.

use wasm_bindgen::JsCast;

/// Waits `ms` milliseconds on the browser's clock.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Resolves once the panels below the result have followed the last edit: they update in a
/// task queued from the animation frame after it (see `CalculatorState::later`).
#[allow(dead_code)] // the chart pack's tests have no such panels
pub async fn painted() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let after_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback(resolve.unchecked_ref())
                .unwrap();
        });
        web_sys::window()
            .unwrap()
            .request_animation_frame(after_frame.unchecked_ref())
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}
