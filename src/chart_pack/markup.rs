//! The chart pack's fixed markup: its actions, and a figure per chart with its own download
//! buttons. Written once when the pack lands; only the charts inside change afterwards.

/// `(key, caption)` of each chart, in the order [`crate::chart::pack`] draws them. The key
/// names its container (`data-testid="chart-<key>"`) and its downloaded files.
pub const CHARTS: [(&str, &str); 3] = [
    ("projection", "Five years of compounding"),
    ("bridge", "Revenue bridge"),
    ("percentile", "NRR against peers"),
];

/// The pack's markup: static text only, nothing from the user.
pub fn html() -> String {
    let mut out = String::from(
        r#"<div class="pack-actions"><button type="button" class="button" data-action="csv" data-testid="download-csv">Download projection (CSV)</button><button type="button" class="button" data-action="summary" data-testid="copy-summary">Copy summary</button></div><p class="share-status" role="status" data-testid="copy-summary-status"></p><textarea class="summary-text" readonly hidden rows="8" aria-label="Summary to copy" data-testid="summary-text"></textarea><div class="chart-grid">"#,
    );
    for (key, caption) in CHARTS {
        out.push_str(&format!(
            r#"<figure class="chart" data-chart="{key}"><figcaption>{caption}</figcaption><div class="chart-frame" data-testid="chart-{key}"></div><p class="sr-only" data-text="{key}"></p><div class="chart-actions" role="group" aria-label="Download: {caption}"><button type="button" class="button small" data-action="svg" data-chart="{key}" data-testid="download-chart-svg">Save SVG</button><button type="button" class="button small" data-action="png" data-chart="{key}" data-testid="download-chart-png">Save PNG</button></div></figure>"#
        ));
    }
    out.push_str("</div>");
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_chart_has_a_container_text_and_both_downloads() {
        let html = super::html();
        for (key, _) in super::CHARTS {
            assert!(html.contains(&format!(r#"data-testid="chart-{key}""#)));
            assert!(html.contains(&format!(r#"data-text="{key}""#)));
            assert!(html.contains(&format!(r#"data-action="png" data-chart="{key}""#)));
        }
        assert_eq!(
            html.matches(r#"data-testid="download-chart-svg""#).count(),
            3
        );
        assert_eq!(
            html.matches("<figure").count(),
            html.matches("</figure>").count()
        );
    }
}
