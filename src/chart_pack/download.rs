//! Files made in the browser and handed to the user: nothing is uploaded. Text files go
//! through a `Blob`; a PNG is the chart's SVG drawn onto a canvas at twice its size.

use super::dom::document;
use crate::chart::frame::Chart;
use crate::chart::palette::{css_rgb_to_hex, resolve, Ink};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, Element, HtmlCanvasElement, HtmlElement,
    HtmlImageElement, Url,
};

/// How many device pixels a PNG has per chart pixel: sharp on slides and retina screens.
pub const PNG_SCALE: u32 = 2;

/// The chart as a file of its own: its key colours replaced by the colours `styled` (an
/// element inside the pack) currently resolves them to, so it looks as it does on the page.
///
/// A custom property's computed value is its text, such as `light-dark(#fff, #181c25)`,
/// which means nothing in a file without the page's colour scheme; so each is resolved by
/// painting a probe's `color` with it and reading back the colour the browser chose.
pub fn standalone_svg(chart: &Chart, styled: &Element) -> String {
    let probe = document()
        .and_then(|d| d.create_element("span").ok())
        .and_then(|p| p.dyn_into::<HtmlElement>().ok());
    if let Some(probe) = &probe {
        let _ = styled.append_child(probe);
    }
    let svg = resolve(&chart.svg, |ink: Ink| {
        let probe = probe.as_ref()?;
        probe
            .style()
            .set_property("color", &format!("var({})", ink.property()))
            .ok()?;
        let style = web_sys::window()?.get_computed_style(probe).ok()??;
        let value = style.get_property_value("color").ok()?;
        css_rgb_to_hex(&value).or_else(|| (!value.trim().is_empty()).then_some(value))
    });
    if let Some(probe) = probe {
        probe.remove();
    }
    svg
}

/// Offers `text` as a download called `name`.
pub fn save_text(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let saved = save_url(name, &url);
    // The download has started once `click` returns; the object URL is no longer needed.
    Url::revoke_object_url(&url)?;
    saved
}

/// Offers the resource at `url` (a blob or data URL) as a download called `name`.
fn save_url(name: &str, url: &str) -> Result<(), JsValue> {
    let document = document().ok_or(JsValue::NULL)?;
    let link: HtmlElement = document.create_element("a")?.dyn_into()?;
    link.set_attribute("href", url)?;
    link.set_attribute("download", name)?;
    link.click();
    Ok(())
}

/// Draws `svg` (a standalone chart of `chart`'s size) onto a canvas and offers it as a PNG.
pub async fn save_png(name: &str, svg: &str, chart: &Chart) -> Result<(), JsValue> {
    let image = HtmlImageElement::new()?;
    // A data URL, which the page's CSP allows for images (`img-src 'self' data:`).
    let encoded = js_sys::encode_uri_component(svg);
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
    JsFuture::from(image.decode()).await?;
    let document = document().ok_or(JsValue::NULL)?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    let (width, height) = (chart.size.width, chart.size.height);
    canvas.set_width(width * PNG_SCALE);
    canvas.set_height(height * PNG_SCALE);
    let context: CanvasRenderingContext2d =
        canvas.get_context("2d")?.ok_or(JsValue::NULL)?.dyn_into()?;
    context.draw_image_with_html_image_element_and_dw_and_dh(
        &image,
        0.0,
        0.0,
        f64::from(width * PNG_SCALE),
        f64::from(height * PNG_SCALE),
    )?;
    save_url(name, &canvas.to_data_url_with_type("image/png")?)
}
