//! Charts as SVG markup, inlined into the page. Pure and tested natively: only numbers and
//! escaped text go in, and no `style` attribute is written (the page's CSP refuses inline
//! styles), so colours come from CSS classes and custom properties.
//!
//! [`strip`] is hand-built: it is small and ships in the first load. The chart pack
//! ([`projection`], [`bridge`], [`percentile`]) is drawn by plotters and only linked into the
//! deferred `chart-pack` module, so plotters costs the first load nothing.

pub mod bridge;
pub mod frame;
pub mod palette;
pub mod percentile;
pub mod projection;
pub mod strip;

/// Escapes text for SVG/HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The text of every `<text>` element, trimmed (plotters writes it on its own line).
#[cfg(test)]
pub(crate) fn texts(svg: &str) -> Vec<String> {
    svg.split("<text ")
        .skip(1)
        .filter_map(|t| Some(t[t.find('>')? + 1..t.find("</text>")?].trim().to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup() {
        assert_eq!(
            super::escape(r#"<b>"A&B"</b>'"#),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;&#39;"
        );
    }
}
