//! The calculator's reactive state: four typed texts, the currency, which fields the user
//! has touched, and the analysis derived from them. Components read it; only `calc` computes.

use super::query::{Choices, Prefill};
use crate::calc::metrics::Metrics;
use crate::calc::projection::ProjectedYear;
use crate::calc::{analyse, Analysis, Currency, Field, PeerGroup, Period};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Shared through Leptos context; every part is a copyable signal handle.
#[derive(Clone, Copy)]
pub struct CalculatorState {
    /// What is typed in each field, in [`Field::ALL`] order.
    pub texts: [RwSignal<String>; 4],
    /// The currency results are shown in.
    pub currency: RwSignal<Currency>,
    /// The period the figures cover.
    pub period: RwSignal<Period>,
    /// The peer group compared with.
    pub peer: RwSignal<&'static PeerGroup>,
    /// Whether each field has been edited, left, or prefilled: only then is its error shown,
    /// so a fresh page doesn't greet people with four "enter an amount" messages.
    touched: [RwSignal<bool>; 4],
    /// Everything computed from the texts.
    pub analysis: Memo<Analysis>,
}

impl CalculatorState {
    /// A state starting from what the URL asked for.
    pub fn new(prefill: &Prefill) -> CalculatorState {
        let texts: [RwSignal<String>; 4] = std::array::from_fn(|_| RwSignal::new(String::new()));
        let period = RwSignal::new(Period::default());
        let peer = RwSignal::new(PeerGroup::default_group());
        let analysis = Memo::new(move |_| {
            let values = texts.map(|t| t.get());
            analyse(
                [&values[0], &values[1], &values[2], &values[3]],
                period.get(),
                peer.get(),
            )
        });
        let state = CalculatorState {
            texts,
            currency: RwSignal::new(Currency::default()),
            period,
            peer,
            touched: std::array::from_fn(|_| RwSignal::new(false)),
            analysis,
        };
        state.load(prefill);
        state
    }

    /// Replaces everything with a new prefill (a shared link opened in the same tab).
    pub fn load(&self, prefill: &Prefill) {
        for field in Field::ALL {
            let i = field.index();
            self.texts[i].set(prefill.texts[i].clone().unwrap_or_default());
            self.touched[i].set(prefill.texts[i].is_some());
        }
        let choices = prefill.choices();
        self.currency.set(choices.currency);
        self.period.set(choices.period);
        self.peer.set(choices.peer);
    }

    /// The current choices (tracked: an effect reading them reruns when one changes).
    pub fn choices(&self) -> Choices {
        Choices {
            currency: self.currency.get(),
            period: self.period.get(),
            peer: self.peer.get(),
        }
    }

    /// Marks a field as touched, so its error (if any) becomes visible.
    pub fn touch(&self, field: Field) {
        if !self.touched[field.index()].get_untracked() {
            self.touched[field.index()].set(true);
        }
    }

    /// The message to show under a field, if it is invalid and has been touched.
    pub fn visible_error(&self, field: Field) -> Option<String> {
        if !self.touched[field.index()].get() {
            return None;
        }
        self.analysis
            .with(|a| a.field_errors[field.index()].map(|e| e.to_string()))
    }

    /// The current outcome's annual NRR or GRR, `None` while there is none.
    pub fn annual(
        &self,
        pick: fn(&crate::calc::reading::AnnualRates) -> Decimal,
    ) -> Signal<Option<Decimal>> {
        let analysis = self.analysis;
        Signal::derive(move || analysis.with(|a| a.outcome.as_ref()?.annual.as_ref().map(pick)))
    }

    /// One metric of the current result, `None` while there is none.
    pub fn metric(&self, pick: fn(&Metrics) -> Decimal) -> Signal<Option<Decimal>> {
        let analysis = self.analysis;
        Signal::derive(move || analysis.with(|a| a.outcome.as_ref().map(|o| pick(&o.metrics))))
    }

    /// One row of the current projection, `None` while there is none.
    pub fn projected_year(&self, year: u32) -> Option<ProjectedYear> {
        self.analysis.with(|a| {
            let rows = a.outcome.as_ref()?.projection.as_ref()?;
            rows.get(year as usize).copied()
        })
    }

    /// The four texts, for the share link.
    pub fn texts_untracked(&self) -> [String; 4] {
        self.texts.map(|t| t.get_untracked())
    }
}
