//! A plain-text summary of a result: the figures, the period, the peer comparison and the
//! sources, in the page's own wording and rounding.

use crate::calc::format::{money, percent, signed_percent};
use crate::calc::projection::YEARS;
use crate::calc::{Outcome, Period};
use crate::state::query::Choices;

/// The summary, ending with `link` (the share link) when one is given.
pub fn text(outcome: &Outcome, choices: Choices, link: Option<&str>) -> String {
    let m = &outcome.metrics;
    let c = choices.currency;
    let (per, figures) = (choices.period.per(), choices.period.adjective());
    let mut lines = vec![
        "SaaS retention summary".to_string(),
        format!(
            "Figures ({}, {}): starting MRR {}, expansion {}, contraction {}, churn {}.",
            figures,
            c.code(),
            money(m.movements.start, c),
            money(m.movements.expansion, c),
            money(m.movements.contraction, c),
            money(m.movements.churn, c),
        ),
        format!("NRR {} and GRR {} {per}.", percent(m.nrr), percent(m.grr)),
    ];
    if let (Some(a), false) = (&outcome.annual, choices.period == Period::Year) {
        lines.push(format!(
            "Annualised estimate: NRR {}, GRR {}.",
            percent(a.nrr),
            percent(a.grr)
        ));
    }
    lines.push(format!(
        "Expansion {} of starting MRR; gross churn {}; net churn {}.",
        percent(m.expansion_rate),
        percent(m.gross_churn),
        percent(m.net_churn)
    ));
    let peers = choices.peer;
    if let Some(s) = outcome.nrr_standing {
        lines.push(format!(
            "NRR against peers: {}.",
            s.describe(peers.label, &peers.nrr.citation())
        ));
    }
    if let (Some(s), Some(table)) = (outcome.grr_standing, peers.grr) {
        lines.push(format!(
            "GRR against peers: {}.",
            s.describe(peers.label, &table.citation())
        ));
    }
    if let (Some(rows), Some(a)) = (&outcome.projection, &outcome.annual) {
        if let (Some(first), Some(last)) = (rows.first(), rows.last()) {
            lines.push(format!(
                "Five years at {} a year, with no new customers: {} today, {} in year {YEARS} ({}).",
                percent(a.nrr),
                money(first.amount, c),
                money(last.amount, c),
                signed_percent(last.change)
            ));
        }
    }
    for warning in &outcome.warnings {
        lines.push(format!("Check: {warning}"));
    }
    let mut sources = vec![peers.nrr.citation()];
    sources.extend(peers.grr.map(|t| t.citation()));
    sources.push("Reportly 2025 (NRR bands)".to_string());
    sources.push("SubJolt 2026 (NRR–GRR gap)".to_string());
    sources.dedup();
    lines.push(format!("Sources: {}.", sources.join("; ")));
    lines.push(
        "Computed in the browser by the SaaS Retention Calculator; no figure was uploaded."
            .to_string(),
    );
    if let Some(link) = link {
        lines.push(link.to_string());
    }
    lines.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::{analyse, Currency, PeerGroup};

    fn summary(texts: [&str; 4], period: Period) -> String {
        let choices = Choices {
            currency: Currency::Gbp,
            period,
            peer: PeerGroup::default_group(),
        };
        let outcome = analyse(texts, period, choices.peer).outcome.unwrap();
        text(&outcome, choices, Some("https://example.test/#start=1"))
    }

    #[test]
    fn carries_the_figures_rates_peers_projection_and_sources() {
        let s = summary(["250k", "50k", "5k", "20k"], Period::Year);
        for expected in [
            "Figures (yearly, GBP): starting MRR £250,000, expansion £50,000, contraction £5,000, churn £20,000.",
            "NRR 110% and GRR 90% per year.",
            "NRR against peers: 69th percentile of private B2B SaaS, $3–20M ARR (SaaS Capital 2026).",
            "£250,000 today, £402,627.50 in year 5 (+61.05%)",
            "Sources: SaaS Capital 2026; Reportly 2025",
            "https://example.test/#start=1\n",
        ] {
            assert!(s.contains(expected), "missing {expected:?} in\n{s}");
        }
        assert!(
            !s.contains("Annualised"),
            "a yearly figure is not annualised"
        );
    }

    #[test]
    fn monthly_figures_add_the_annualised_estimate_and_warnings() {
        let s = summary(["100", "150", "0", "0"], Period::Month);
        assert!(s.contains("NRR 250% and GRR 100% per month."), "{s}");
        assert!(s.contains("Annualised estimate: NRR "), "{s}");
        assert!(s.contains("Check: NRR above 200%"), "{s}");
    }
}
