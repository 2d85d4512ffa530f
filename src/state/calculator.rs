//! The calculator's reactive state: four typed texts, the choices, which fields the user has
//! touched, and what is derived from them. Components read it and edit it only through its
//! methods; only `calc` computes.

use super::query::{share_fragment, with_others, Choices, Prefill};
use crate::calc::metrics::Metrics;
use crate::calc::projection::ProjectedYear;
use crate::calc::{analyse, format, Analysis, Currency, Field, PeerGroup, Period};
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
    /// Other tools' parameters in the fragment, carried along as written (see
    /// [`Prefill::others`]).
    pub others: RwSignal<String>,
    /// Whether each field has been edited, left, or prefilled: only then is its error shown,
    /// so a fresh page doesn't greet people with four "enter an amount" messages.
    touched: [RwSignal<bool>; 4],
    /// Everything computed from the texts. The panels below the result read it through
    /// [`CalculatorState::later`].
    pub analysis: Memo<Analysis>,
    /// Flipped in a task after a frame that shows a new analysis has been painted.
    painted: RwSignal<bool>,
    /// The share-link fragment for what is on screen (the public URL contract), built once
    /// per change for everything that needs it: the address bar, Copy link, the chart pack.
    pub fragment: Memo<String>,
}

impl CalculatorState {
    /// A state starting from what the URL asked for.
    pub fn new(prefill: &Prefill) -> CalculatorState {
        let texts: [RwSignal<String>; 4] = std::array::from_fn(|_| RwSignal::new(String::new()));
        let currency = RwSignal::new(Currency::default());
        let period = RwSignal::new(Period::default());
        let peer = RwSignal::new(PeerGroup::default_group());
        let others = RwSignal::new(String::new());
        let analysis = Memo::new(move |_| {
            let values = texts.map(|t| t.get());
            analyse(
                [&values[0], &values[1], &values[2], &values[3]],
                period.get(),
                peer.get(),
            )
        });
        let fragment = Memo::new(move |_| {
            let values = texts.map(|t| t.get());
            let choices = Choices {
                currency: currency.get(),
                period: period.get(),
                peer: peer.get(),
            };
            let fragment =
                share_fragment([&values[0], &values[1], &values[2], &values[3]], choices);
            others.with(|o| with_others(fragment, o))
        });
        let state = CalculatorState {
            texts,
            currency,
            period,
            peer,
            others,
            touched: std::array::from_fn(|_| RwSignal::new(false)),
            analysis,
            painted: RwSignal::new(false),
            fragment,
        };
        state.load(prefill);
        state
    }

    /// Reads the analysis for a panel below the result (reading, peers, projection,
    /// formulas), subscribing the caller to the frame after each change rather than to the
    /// change itself. A keystroke then costs the browser only the inputs and the headline
    /// figures before it paints; those panels, which rebuild whole blocks of markup, follow
    /// in a task of their own right after the paint.
    pub fn later<R>(&self, read: impl FnOnce(&Analysis) -> R) -> R {
        self.painted.track();
        self.analysis.with_untracked(read)
    }

    /// The browser has painted the latest edit: the panels below the result follow it now
    /// (called once a frame with edits, by [`crate::ui::charts_slot`]).
    pub fn painted(&self) {
        self.painted.update(|p| *p = !*p);
    }

    /// Replaces everything with a new prefill (a shared link opened in the same tab).
    pub fn load(&self, prefill: &Prefill) {
        for field in Field::ALL {
            let i = field.index();
            self.texts[i].set(prefill.texts[i].clone().unwrap_or_default());
            // An empty value in a link (a reset) is not something typed: no error for it yet.
            self.touched[i].set(prefill.texts[i].as_ref().is_some_and(|t| !t.is_empty()));
        }
        let choices = prefill.choices();
        self.currency.set(choices.currency);
        self.period.set(choices.period);
        self.peer.set(choices.peer);
        self.others.set(prefill.others.clone());
    }

    /// A person typed `text` into `field`: it is now touched, so its error may show.
    pub fn type_text(&self, field: Field, text: String) {
        // Test builds only: a way to make the calculator panic on purpose, to prove the
        // crash panel (see src/ui/crash.rs and tests/e2e/crash.test.mjs).
        #[cfg(feature = "crash-probe")]
        if text == "crash-probe" {
            panic!("crash probe: a panic on purpose");
        }
        self.touch(field);
        self.texts[field.index()].set(text);
    }

    /// Marks a field as touched (typed in, or left), so its error (if any) becomes visible.
    pub fn touch(&self, field: Field) {
        if !self.touched[field.index()].get_untracked() {
            self.touched[field.index()].set(true);
        }
    }

    /// A choice picked by its public key (`period`, `currency` or `peer` value); an unknown
    /// key changes nothing.
    pub fn pick(&self, choice: Choice, key: &str) {
        match choice {
            Choice::Period => Period::from_key(key).map(|p| self.period.set(p)),
            Choice::Currency => Currency::from_code(key).map(|c| self.currency.set(c)),
            Choice::Peer => PeerGroup::from_key(key).map(|g| self.peer.set(g)),
        };
    }

    /// The message to show under a field, if it is invalid and has been touched.
    pub fn visible_error(&self, field: Field) -> Option<String> {
        if !self.touched[field.index()].get() {
            return None;
        }
        self.analysis
            .with(|a| a.field_errors[field.index()].map(|e| e.to_string()))
    }

    /// The current outcome's annual NRR or GRR, `None` while there is none. Derived, not a
    /// memo: nearly every keystroke changes every figure, and 9 memos cost ~250 B of brotli.
    pub fn annual(
        &self,
        pick: fn(&crate::calc::reading::AnnualRates) -> Decimal,
    ) -> Signal<Option<Decimal>> {
        let analysis = self.analysis;
        Signal::derive(move || analysis.with(|a| a.outcome.as_ref()?.annual.as_ref().map(pick)))
    }

    /// One metric of the current result, `None` while there is none (derived, as above).
    pub fn metric(&self, pick: fn(&Metrics) -> Decimal) -> Signal<Option<Decimal>> {
        let analysis = self.analysis;
        Signal::derive(move || analysis.with(|a| a.outcome.as_ref().map(|o| pick(&o.metrics))))
    }

    /// "NRR 110% · GRR 90%", with " per month" or " per quarter" for a shorter period: the
    /// one line the phone's summary bar shows and a screen reader hears once typing pauses.
    pub fn summary_line(&self) -> Option<String> {
        let per = match self.period.get() {
            Period::Year => String::new(),
            period => format!(" {}", period.per()),
        };
        self.analysis.with(|a| {
            let m = &a.outcome.as_ref()?.metrics;
            Some(format!(
                "NRR {} · GRR {}{per}",
                format::percent(m.nrr),
                format::percent(m.grr)
            ))
        })
    }

    /// One row of the current projection, `None` while there is none (read
    /// [`later`](CalculatorState::later): only the projection table shows it).
    pub fn projected_year(&self, year: u32) -> Option<ProjectedYear> {
        self.later(|a| {
            let rows = a.outcome.as_ref()?.projection.as_ref()?;
            rows.get(year as usize).copied()
        })
    }
}

/// The choices a person picks from a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// The period the figures cover.
    Period,
    /// The currency results are labelled in.
    Currency,
    /// The peer group compared with.
    Peer,
}
