//! Charts as SVG markup, inlined into the page. Pure and tested natively: only numbers and
//! escaped text go in, and no `style` attribute is written (the page's CSP refuses inline
//! styles), so colours come from CSS classes and custom properties.
//!
//! [`strip`] is hand-built: it is small and ships in the first load. The chart pack
//! ([`projection`], [`bridge`], [`percentile`]) is drawn by plotters and only linked into the
//! deferred `chart-pack` module, so plotters costs the first load nothing.

pub mod bridge;
pub mod cohorts;
pub mod frame;
pub mod palette;
pub mod percentile;
pub mod projection;
pub mod strip;

use crate::calc::{Currency, Outcome, PeerGroup};
use frame::Chart;

/// The chart pack's three charts, in the order they are shown: projection, bridge,
/// percentile, each `widths` pixels wide. A chart is `None` when its figures can't be drawn (a
/// projection that outgrew a decimal, a rate that couldn't be annualised).
pub fn pack(
    outcome: &Outcome,
    peers: &PeerGroup,
    currency: Currency,
    widths: [u32; 3],
) -> [Option<Chart>; 3] {
    let annual_nrr = outcome.annual.as_ref().map(|a| a.nrr);
    [
        projection::paths(outcome, peers).and_then(|p| projection::svg(&p, currency, widths[0])),
        bridge::bars(&outcome.metrics.movements).and_then(|b| bridge::svg(&b, currency, widths[1])),
        annual_nrr
            .zip(outcome.nrr_standing)
            .and_then(|(nrr, s)| percentile::svg(peers, nrr, s, widths[2])),
    ]
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
    use crate::calc::Currency;

    #[test]
    fn the_pack_draws_all_three_charts_for_a_result() {
        use crate::calc::{analyse, Period};
        let peers = crate::calc::PeerGroup::default_group();
        let outcome = analyse(["$250,000", "50k", "5k", "20k"], Period::Month, peers)
            .outcome
            .unwrap();
        let [projection, bridge, percentile] =
            super::pack(&outcome, peers, Currency::Usd, [500, 300, 900]);
        assert!(projection.unwrap().svg.contains("chart-projection-title"));
        let widths = [&bridge, &percentile].map(|c| c.as_ref().unwrap().size.width);
        assert_eq!(widths, [300, 900]);
        assert!(bridge.unwrap().text.contains("churn −$20K"));
        assert!(percentile.unwrap().text.starts_with("Annual NRR 313.84%"));
    }
}
