//! Writing text to the clipboard, where the browser allows it.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Copies `text`. Fails outside a secure context, or when the browser or the user refuses:
/// callers then show the text to copy by hand.
pub async fn write_text(text: &str) -> Result<(), JsValue> {
    let navigator = web_sys::window().ok_or(JsValue::NULL)?.navigator();
    // Outside a secure context `navigator.clipboard` is undefined: calling it would throw.
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("clipboard"))? {
        return Err(JsValue::NULL);
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .map(|_| ())
}
