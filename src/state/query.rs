//! The URL contract, as pure string functions.
//!
//! Figures can be prefilled from the query string or the fragment (`start`, `expansion`,
//! `contraction`, `churn`, `currency`, `period`, `peer`); the fragment wins. The share link carries them in the
//! fragment only, which browsers never send to a server.

use crate::calc::{analyse, Analysis, Currency, Field, PeerGroup, Period};

/// Parameters besides the four figures.
const CHOICE_KEYS: [&str; 3] = ["currency", "period", "peer"];

/// The choices that travel with the figures; each is left out of a link when at its default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choices {
    /// Currency results are labelled in.
    pub currency: Currency,
    /// Period the figures cover.
    pub period: Period,
    /// Peer group compared with.
    pub peer: &'static PeerGroup,
}

impl Default for Choices {
    fn default() -> Choices {
        Choices {
            currency: Currency::default(),
            period: Period::default(),
            peer: PeerGroup::default_group(),
        }
    }
}

/// What the URL asks the page to start with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prefill {
    /// Raw text for each field, in [`Field::ALL`] order, exactly as in the URL (decoded).
    pub texts: [Option<String>; 4],
    /// The `currency` parameter as given; `None` when absent.
    pub currency: Option<String>,
    /// The `period` parameter as given.
    pub period: Option<String>,
    /// The `peer` parameter as given.
    pub peer: Option<String>,
    /// The fragment's `key=value` pairs that aren't the calculator's (the import's window,
    /// the tools' parameters), as written: carried along in every share link.
    pub others: String,
}

impl Prefill {
    /// Reads the query string and the fragment (with or without their `?` / `#`).
    pub fn from_url_parts(query: &str, fragment: &str) -> Prefill {
        let mut prefill = Prefill {
            others: others(fragment),
            ..Prefill::default()
        };
        for part in [query, fragment] {
            for (key, value) in parse_params(part) {
                if let Some(field) = Field::ALL.iter().find(|f| f.key() == key) {
                    prefill.texts[field.index()] = Some(value);
                } else if key == "currency" {
                    prefill.currency = Some(value);
                } else if key == "period" {
                    prefill.period = Some(value);
                } else if key == "peer" {
                    prefill.peer = Some(value);
                }
            }
        }
        prefill
    }

    /// What a stored record (a share fragment, see [`share_fragment`]) asks to start with.
    /// `None` unless every key in it is one of ours and it holds a figure: a value written by
    /// something else, or by an older layout, is ignored rather than half-read.
    pub fn from_stored(record: &str) -> Option<Prefill> {
        if !parse_params(record).iter().all(|(key, _)| is_ours(key)) {
            return None;
        }
        let prefill = Prefill::from_url_parts("", record);
        prefill.texts.iter().any(Option::is_some).then_some(prefill)
    }

    /// The choices given but not understood, as `(key, value)`: each falls back to its
    /// default, and the page says so in the console for whoever wrote the link or the embed.
    pub fn ignored_choices(&self) -> Vec<(&'static str, &str)> {
        let mut ignored = Vec::new();
        if let Some(code) = self
            .currency
            .as_deref()
            .filter(|c| Currency::from_code(c).is_none())
        {
            ignored.push(("currency", code));
        }
        if let Some(key) = self
            .period
            .as_deref()
            .filter(|p| Period::from_key(p).is_none())
        {
            ignored.push(("period", key));
        }
        if let Some(key) = self
            .peer
            .as_deref()
            .filter(|p| PeerGroup::from_key(p).is_none())
        {
            ignored.push(("peer", key));
        }
        ignored
    }

    /// Whether the URL names any calculator parameter at all (an in-page anchor doesn't).
    pub fn has_figures(&self) -> bool {
        self.texts.iter().any(Option::is_some)
            || self.currency.is_some()
            || self.period.is_some()
            || self.peer.is_some()
            || !self.others.is_empty()
    }

    /// Everything computed from these figures and choices: what a page showing this state
    /// shows (the chart pack and the tools pack read a shared link with it).
    pub fn analyse(&self) -> Analysis {
        let choices = self.choices();
        let texts = self.texts.clone().map(Option::unwrap_or_default);
        analyse(
            [&texts[0], &texts[1], &texts[2], &texts[3]],
            choices.period,
            choices.peer,
        )
    }

    /// The choices to start with: each known value, else its default. An unknown choice is
    /// not an error a person could fix in a field, so it falls back quietly.
    pub fn choices(&self) -> Choices {
        let default = Choices::default();
        Choices {
            currency: self
                .currency
                .as_deref()
                .and_then(Currency::from_code)
                .unwrap_or(default.currency),
            period: self
                .period
                .as_deref()
                .and_then(Period::from_key)
                .unwrap_or(default.period),
            peer: self
                .peer
                .as_deref()
                .and_then(PeerGroup::from_key)
                .unwrap_or(default.peer),
        }
    }
}

fn is_ours(key: &str) -> bool {
    CHOICE_KEYS.contains(&key) || Field::ALL.iter().any(|f| f.key() == key)
}

/// The `key=value` pairs of `fragment` that aren't the calculator's, as written. A fragment
/// without `=` is an in-page anchor, not a parameter.
pub fn others(fragment: &str) -> String {
    split_others(fragment).1
}

/// `fragment` split into the calculator's pairs and the others, each joined with `&`. Keys
/// are compared as written: the calculator writes its own unencoded.
fn split_others(fragment: &str) -> (String, String) {
    let (mut ours, mut others) = (String::new(), String::new());
    for pair in fragment.trim_start_matches('#').split('&') {
        let Some((key, _)) = pair.split_once('=') else {
            continue;
        };
        let out = if is_ours(key) { &mut ours } else { &mut others };
        if !key.is_empty() {
            if !out.is_empty() {
                out.push('&');
            }
            out.push_str(pair);
        }
    }
    (ours, others)
}

/// The calculator's own pairs of `fragment`: what is remembered on the device.
pub fn figures_only(fragment: &str) -> String {
    split_others(fragment).0
}

/// `fragment` with `others` after it.
pub fn with_others(mut fragment: String, others: &str) -> String {
    if !others.is_empty() {
        if !fragment.is_empty() {
            fragment.push('&');
        }
        fragment.push_str(others);
    }
    fragment
}

/// The share fragment (without `#`) for the current texts: empty fields are left out, and so
/// is each choice at its default.
pub fn share_fragment(texts: [&str; 4], choices: Choices) -> String {
    let mut pairs: Vec<(&str, &str)> = Field::ALL
        .iter()
        .zip(texts)
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(field, text)| (field.key(), text))
        .collect();
    let default = Choices::default();
    if choices.currency != default.currency {
        pairs.push(("currency", choices.currency.code()));
    }
    if choices.period != default.period {
        pairs.push(("period", choices.period.key()));
    }
    if choices.peer != default.peer {
        pairs.push(("peer", choices.peer.key));
    }
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The query string (without `?`) minus the calculator's own parameters, so figures that came
/// in through the query don't stay where a reload would send them to the server.
pub fn query_without_figures(query: &str) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|pair| {
            let key = decode(pair.split('=').next().unwrap_or(""));
            !pair.is_empty()
                && !CHOICE_KEYS.contains(&key.as_str())
                && !Field::ALL.iter().any(|f| f.key() == key)
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// The page's address for a share fragment: `path`, the query (`search`, with or without `?`)
/// minus the calculator's own parameters, and `#fragment` unless it is empty. Used by the
/// address bar and by every share link, so they can never disagree.
pub fn page_address(path: String, search: &str, fragment: &str) -> String {
    let query = query_without_figures(search);
    let mut url = path;
    if !query.is_empty() {
        url.push('?');
        url.push_str(&query);
    }
    if !fragment.is_empty() {
        url.push('#');
        url.push_str(fragment);
    }
    url
}

/// Splits `a=1&b=2` (leading `?` or `#` allowed) into decoded pairs.
pub fn parse_params(text: &str) -> Vec<(String, String)> {
    let text = text.trim_start_matches(['?', '#']);
    text.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
        .collect()
}

/// Percent-encodes everything but unreserved characters and the `$ , :` that amounts use,
/// which are legal in a fragment and keep a shared link readable.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'.'
            | b'_'
            | b'~'
            | b'$'
            | b','
            | b':' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Decodes `%XX` and `+` (as a space). Malformed escapes are kept as written; invalid UTF-8
/// becomes U+FFFD. Never panics.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|h| {
                    std::str::from_utf8(h)
                        .ok()
                        .and_then(|h| u8::from_str_radix(h, 16).ok())
                });
                if let Some(value) = hex {
                    out.push(value);
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_figures_from_query_and_fragment_with_the_fragment_winning() {
        let p = Prefill::from_url_parts(
            "?start=100k&churn=5&utm=x",
            "#start=%24250%2C000&expansion=50k",
        );
        assert_eq!(
            p.texts,
            [
                Some("$250,000".to_string()),
                Some("50k".to_string()),
                None,
                Some("5".to_string())
            ]
        );
        assert_eq!(p.choices(), Choices::default());
    }

    #[test]
    fn other_parameters_in_the_fragment_travel_along_as_written() {
        let p = Prefill::from_url_parts(
            "?utm=x",
            "#start=1&window=2024-01..2025-01&target=120&expansion=2",
        );
        assert_eq!(p.others, "window=2024-01..2025-01&target=120");
        assert!(Prefill::from_url_parts("", "#window=2024-01..2025-01").has_figures());
        // An in-page anchor is not a parameter.
        assert_eq!(
            Prefill::from_url_parts("", "#results-title"),
            Prefill::default()
        );
        let fragment = share_fragment(["1", "2", "", ""], Choices::default());
        assert_eq!(
            with_others(fragment, &p.others),
            "start=1&expansion=2&window=2024-01..2025-01&target=120"
        );
        assert_eq!(with_others(String::new(), "a=1"), "a=1");
        assert_eq!(figures_only("start=1&window=x&churn=2"), "start=1&churn=2");
    }

    #[test]
    fn reads_a_stored_record_only_when_it_is_entirely_ours() {
        let stored = share_fragment(["$250,000", "50k", "", "5"], Choices::default());
        let prefill = Prefill::from_stored(&stored).expect("our own record");
        assert_eq!(prefill.texts[0].as_deref(), Some("$250,000"));
        assert_eq!(prefill.texts[2], None);
        // Corrupt, foreign and empty records start the page empty instead.
        for other in [
            "{\"start\":1",
            "start=1&theme=dark",
            "",
            "currency=EUR",
            "%%%",
        ] {
            assert_eq!(Prefill::from_stored(other), None, "{other:?}");
        }
    }

    #[test]
    fn names_the_choices_it_could_not_understand() {
        let p = Prefill::from_url_parts("currency=XYZ&period=month&peer=nobody", "");
        assert_eq!(
            p.ignored_choices(),
            vec![("currency", "XYZ"), ("peer", "nobody")]
        );
        let fine = Prefill::from_url_parts("currency=eur&period=quarter", "");
        assert_eq!(fine.ignored_choices(), vec![]);
    }

    #[test]
    fn keeps_invalid_values_so_the_page_can_show_their_error() {
        let p = Prefill::from_url_parts("", "start=abc&contraction=-5&currency=eur");
        assert_eq!(p.texts[0].as_deref(), Some("abc"));
        assert_eq!(p.texts[2].as_deref(), Some("-5"));
        assert_eq!(p.choices().currency, Currency::Eur);
        let unknown = Prefill::from_url_parts("currency=XYZ&period=week&peer=nobody", "");
        assert_eq!(unknown.choices(), Choices::default());
        let month = Prefill::from_url_parts("period=month&peer=ACV-OVER-100K", "");
        assert_eq!(month.choices().period, Period::Month);
        assert_eq!(month.choices().peer.key, "acv-over-100k");
    }

    #[test]
    fn share_fragment_round_trips_through_prefill() {
        let texts = ["$250,000", "50k", "", "€1 000 & more"];
        let choices = Choices {
            currency: Currency::Gbp,
            period: Period::Month,
            peer: PeerGroup::from_key("public").unwrap(),
        };
        let fragment = share_fragment(texts, choices);
        assert_eq!(
            fragment,
            "start=$250,000&expansion=50k&churn=%E2%82%AC1%20000%20%26%20more&currency=GBP&period=month&peer=public"
        );
        let p = Prefill::from_url_parts("", &fragment);
        assert_eq!(p.texts[0].as_deref(), Some("$250,000"));
        assert_eq!(p.texts[2], None);
        assert_eq!(p.texts[3].as_deref(), Some("€1 000 & more"));
        assert_eq!(p.choices(), choices);
        assert_eq!(
            share_fragment(["1", "", "", ""], Choices::default()),
            "start=1"
        );
    }

    #[test]
    fn figures_are_removed_from_the_query_and_other_parameters_kept() {
        assert_eq!(
            query_without_figures("?start=1&utm_source=x&churn=2&embed=1"),
            "utm_source=x&embed=1"
        );
        assert_eq!(
            query_without_figures("start=1&currency=EUR&period=month&peer=public"),
            ""
        );
        assert_eq!(query_without_figures(""), "");
    }

    #[test]
    fn page_address_keeps_other_parameters_and_adds_the_fragment() {
        assert_eq!(
            page_address("/calc/".into(), "?start=1&utm_source=x", "start=2&churn=1"),
            "/calc/?utm_source=x#start=2&churn=1"
        );
        assert_eq!(page_address("/".into(), "?churn=3", ""), "/");
        assert_eq!(page_address("/".into(), "", "start=5"), "/#start=5");
    }

    #[test]
    fn decoding_tolerates_malformed_escapes() {
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz1"), "%zz1");
        assert_eq!(decode("a+b%20c"), "a b c");
        assert_eq!(decode("%FF"), "\u{FFFD}");
        assert_eq!(decode("%E2%82"), "\u{FFFD}");
    }
}
