//! The colours charts are drawn in, by role.
//!
//! Plotters writes colours as literal `#RRGGBB` attributes, but the page's colours are CSS
//! custom properties that change with the theme, the dark preference and an embedding site.
//! So each role is drawn in its own fixed "key" colour, and the stylesheet maps every key to
//! a custom property (`.chart [stroke="#1D4ED8"] { stroke: var(--rc-chart-you) }`). An
//! exported file has no stylesheet: [`resolve`] swaps each key for the resolved colour.
//! The keys are the light theme's colours, so a chart is still legible without any CSS.

use plotters::style::RGBColor;

/// What a colour is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// Chart background.
    Surface,
    /// Labels and axis lines.
    Text,
    /// Secondary labels.
    Muted,
    /// Grid lines and the percentile track.
    Grid,
    /// The user's own figures.
    You,
    /// The peer group's median.
    PeerMedian,
    /// The peer group's upper published point (top quartile or 90th percentile).
    PeerUpper,
    /// The flat 100 % line and single published reference figures.
    Reference,
    /// Revenue gained (expansion).
    Gain,
    /// Revenue lost (contraction, churn).
    Loss,
}

impl Ink {
    /// Every role.
    pub const ALL: [Ink; 10] = [
        Ink::Surface,
        Ink::Text,
        Ink::Muted,
        Ink::Grid,
        Ink::You,
        Ink::PeerMedian,
        Ink::PeerUpper,
        Ink::Reference,
        Ink::Gain,
        Ink::Loss,
    ];

    /// The key colour this role is drawn in; distinct for every role.
    pub const fn key(self) -> RGBColor {
        match self {
            Ink::Surface => RGBColor(0xFF, 0xFF, 0xFF),
            Ink::Text => RGBColor(0x14, 0x17, 0x1F),
            Ink::Muted => RGBColor(0x4D, 0x55, 0x66),
            Ink::Grid => RGBColor(0xD5, 0xD9, 0xE2),
            Ink::You => RGBColor(0x1D, 0x4E, 0xD8),
            Ink::PeerMedian => RGBColor(0x7C, 0x3A, 0xED),
            Ink::PeerUpper => RGBColor(0x0E, 0x93, 0x84),
            Ink::Reference => RGBColor(0x98, 0xA2, 0xB3),
            Ink::Gain => RGBColor(0x06, 0x76, 0x47),
            Ink::Loss => RGBColor(0xB4, 0x23, 0x18),
        }
    }

    /// The key as plotters writes it in an attribute: `#1D4ED8`.
    pub fn hex(self) -> String {
        let RGBColor(r, g, b) = self.key();
        format!("#{r:02X}{g:02X}{b:02X}")
    }

    /// The custom property the stylesheet maps this role to.
    pub const fn property(self) -> &'static str {
        match self {
            Ink::Surface => "--rc-surface",
            Ink::Text => "--rc-text",
            Ink::Muted => "--rc-muted",
            Ink::Grid => "--rc-border",
            Ink::You => "--rc-chart-you",
            Ink::PeerMedian => "--rc-chart-median",
            Ink::PeerUpper => "--rc-chart-upper",
            Ink::Reference => "--rc-chart-reference",
            Ink::Gain => "--rc-good",
            Ink::Loss => "--rc-bad",
        }
    }
}

/// A standalone copy of a chart: every key colour replaced by what `colour_of` says the role
/// resolves to (an export carries no stylesheet). Roles it has no colour for keep their key.
pub fn resolve(svg: &str, colour_of: impl Fn(Ink) -> Option<String>) -> String {
    let mut out = svg.to_string();
    for ink in Ink::ALL {
        if let Some(colour) = colour_of(ink) {
            let colour = crate::html::escape(colour.trim());
            out = out.replace(&format!("\"{}\"", ink.hex()), &format!("\"{colour}\""));
        }
    }
    out
}

/// `rgb(24, 28, 37)` (a computed colour) as `#181c25`; `None` for anything else, such as a
/// colour with transparency, which has no six-digit form.
pub fn css_rgb_to_hex(value: &str) -> Option<String> {
    let inner = value.trim().strip_prefix("rgb(")?.strip_suffix(')')?;
    let channels: Vec<u8> = inner
        .split(',')
        .map(|c| c.trim().parse().ok())
        .collect::<Option<_>>()?;
    match channels[..] {
        [r, g, b] => Some(format!("#{r:02x}{g:02x}{b:02x}")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computed_colours_become_hex() {
        assert_eq!(
            css_rgb_to_hex("rgb(24, 28, 37)").as_deref(),
            Some("#181c25")
        );
        assert_eq!(
            css_rgb_to_hex(" rgb(255,255,255) ").as_deref(),
            Some("#ffffff")
        );
        for other in [
            "rgba(0, 0, 0, 0.5)",
            "rgb(256, 0, 0)",
            "rgb(1, 2)",
            "#fff",
            "",
            "rgb(a, b, c)",
        ] {
            assert_eq!(css_rgb_to_hex(other), None, "{other}");
        }
    }

    #[test]
    fn every_role_has_its_own_key_and_property() {
        for (i, a) in Ink::ALL.iter().enumerate() {
            for b in &Ink::ALL[i + 1..] {
                assert_ne!(a.hex(), b.hex(), "{a:?} and {b:?} share a key");
                assert_ne!(
                    a.property(),
                    b.property(),
                    "{a:?} and {b:?} share a property"
                );
            }
        }
        assert_eq!(Ink::You.hex(), "#1D4ED8");
    }

    #[test]
    fn the_stylesheet_maps_every_key_to_its_property() {
        let css = include_str!("../../style/chart-pack.css");
        for ink in Ink::ALL {
            let (hex, property) = (ink.hex(), ink.property());
            for attribute in ["fill", "stroke"] {
                let rule =
                    format!(r#".chart [{attribute}="{hex}"] {{ {attribute}: var({property}); }}"#);
                assert!(css.contains(&rule), "missing: {rule}");
            }
        }
    }

    #[test]
    fn resolving_swaps_keys_in_attributes_only() {
        let svg = r##"<rect fill="#1D4ED8" stroke="#B42318"/><text>#1D4ED8</text>"##;
        let out = resolve(svg, |ink| {
            (ink == Ink::You).then(|| " #7aa2ff ".to_string())
        });
        assert_eq!(
            out,
            r##"<rect fill="#7aa2ff" stroke="#B42318"/><text>#1D4ED8</text>"##
        );
        let hostile = resolve(svg, |_| Some("\"/><script>".to_string()));
        assert!(!hostile.contains("<script>"));
    }
}
