//! What-if for trainees: change the customer's and the partner's facts for this page only
//! and see which offers are gained and lost.

use std::str::FromStr;

use leptos::prelude::*;

use super::page_context::PageContext;
use crate::domain::catalog::OfferIndex;
use crate::domain::country::CountryCode;
use crate::domain::rules::Parties;
use crate::domain::whatif::{compare, Comparison, WhatIf};
use crate::i18n::labels::Label;
use crate::i18n::{format, keys, Args};
use crate::ui::components::form::{ChoiceSelect, OptionalSelect};
use crate::ui::state::use_catalog;
use crate::ui::words::{use_words, Words};

const LIST_LIMIT: usize = 40;

#[component]
pub fn WhatIfPanel() -> impl IntoView {
    let page = expect_context::<PageContext>();
    let what_if = page.what_if;

    // Offers gained and lost against the real facts' verdicts, which the page keeps.
    let comparison = Memo::new(move |_| {
        if what_if.with(WhatIf::is_empty) {
            return Comparison::default();
        }
        page.real_verdicts
            .with(|before| page.verdicts.with(|after| compare(before, after)))
    });

    // Each select's first choice names the fact as it really is.
    let real = page.real_parties.get_untracked();
    let words = use_words();
    let language = words.language();
    let real = StoredValue::new(AsItIs::of(words, &real));

    let countries: Vec<(String, String)> = format::countries_by_name(language)
        .into_iter()
        .map(|(c, name)| (c.as_str().to_string(), name))
        .collect();
    let countries = StoredValue::new(countries);

    // The form opens on request: its two lists of every country are most of the page's
    // elements, and most visits never use them. It stays open while a what-if is on.
    let opened = RwSignal::new(false);
    let open = Memo::new(move |_| opened.get() || !what_if.with(WhatIf::is_empty));

    view! {
        <section class="panel" aria-labelledby="whatif-title">
            <h2 id="whatif-title">{words.t(keys::WHAT_IF_TITLE)}</h2>
            <p class="hint">{words.t(keys::WHAT_IF_HINT)}</p>
            <Show when=move || !open.get()>
                <button class="button" aria-controls="whatif-form" aria-expanded="false" on:click=move |_| {
                    opened.set(true);
                    // The button gives way to the form: keep the keyboard where the form starts.
                    crate::ui::focus::focus_after_render("wi-qualification");
                }>
                    {words.t(keys::WHAT_IF_OPEN)}
                </button>
            </Show>
            <Show when=move || open.get()>
            <WhatIfForm what_if countries real=real.get_value() />
            </Show>
            <WhatIfResult what_if comparison />
        </section>
    }
}

/// Each fact as it really is, for the first choice of its select ("As it is: Germany").
#[derive(Clone)]
struct AsItIs {
    qualification: String,
    customer_country: String,
    agreement: String,
    partner_country: String,
    partner_type: String,
    us_gov: String,
    gcc: String,
}

impl AsItIs {
    fn of(words: Words, real: &Parties) -> AsItIs {
        let language = words.language();
        let as_it_is = |value: String| words.with(keys::AS_IT_IS, &Args::new().text("value", value));
        let qualification = as_it_is(match &real.customer.qualification {
            None => words.t(keys::AS_IT_IS_NONE),
            Some(record) => {
                use crate::domain::customer::QualificationStatus::*;
                let status = match record.status {
                    Approved => keys::STATUS_LOWER_APPROVED,
                    InReview { .. } => keys::STATUS_LOWER_IN_REVIEW,
                    Denied { .. } => keys::STATUS_LOWER_DENIED,
                };
                words.with(
                    keys::QUALIFICATION_AND_STATUS,
                    &Args::new()
                        .text("qualification", record.qualification.label(language))
                        .text("status", words.t(status)),
                )
            }
        });
        let customer_country = as_it_is(format::country(language, real.customer.tenant_country));
        let agreement = as_it_is(words.t(if real.customer.agreement.is_some() {
            keys::ACCEPTED_LOWER
        } else {
            keys::NOT_ACCEPTED_LOWER
        }));
        let partner_country = as_it_is(format::country(
            language,
            real.partner.tenant_for(real.customer.tenant_country),
        ));
        let partner_type = as_it_is(real.partner.partner_type.label(language));
        let validated = real
            .partner
            .has(crate::domain::partner::ResellerQualification::UsGovernmentCloud);
        let us_gov = as_it_is(words.t(if validated {
            keys::VALIDATED_LOWER
        } else {
            keys::NOT_VALIDATED_LOWER
        }));
        let gcc = as_it_is(
            words.t(
                if real
                    .partner
                    .has(crate::domain::partner::ResellerQualification::GovernmentCommunityCloud)
                {
                    keys::VALIDATED_LOWER
                } else {
                    keys::NOT_VALIDATED_LOWER
                },
            ),
        );
        AsItIs {
            gcc,
            qualification,
            customer_country,
            agreement,
            partner_country,
            partner_type,
            us_gov,
        }
    }
}

/// The facts to assume, each a select whose first choice is the fact as it is.
#[component]
fn WhatIfForm(what_if: RwSignal<WhatIf>, countries: StoredValue<Vec<(String, String)>>, real: AsItIs) -> impl IntoView {
    let words = use_words();
    view! {
        <div id="whatif-form">
        <fieldset>
            <legend>{words.t(keys::WHAT_IF_CUSTOMER)}</legend>
            <ChoiceSelect none_label=real.qualification.clone() id="wi-qualification" label=keys::WHAT_IF_QUALIFICATION
                current=Signal::derive(move || what_if.with(|w| w.qualification))
                on_pick=move |v| what_if.update(|w| w.qualification = v)
            />
            <OptionalSelect none_label=real.customer_country.clone()
                id="wi-customer-country"
                label=words.t(keys::FACT_TENANT_COUNTRY)
                options=countries.get_value()
                current=Signal::derive(move || what_if.with(|w| w.customer_country.map(|c| c.to_string())))
                on_pick=move |v| what_if.update(|w| w.customer_country = v.and_then(|v| CountryCode::from_str(&v).ok()))
            />
            <OptionalSelect none_label=real.agreement.clone()
                id="wi-agreement"
                label=words.t(keys::WHAT_IF_AGREEMENT)
                options=vec![("yes".to_string(), words.t(keys::ACCEPTED)), ("no".to_string(), words.t(keys::AGREEMENT_NOT_ACCEPTED))]
                current=Signal::derive(move || what_if.with(|w| w.agreement_accepted.map(|a| if a { "yes" } else { "no" }.to_string())))
                on_pick=move |v| what_if.update(|w| w.agreement_accepted = v.map(|v| v == "yes"))
            />
        </fieldset>
        <fieldset>
            <legend>{words.t(keys::WHAT_IF_PARTNER)}</legend>
            <OptionalSelect none_label=real.partner_country.clone()
                id="wi-partner-country"
                label=words.t(keys::FACT_TENANT_COUNTRY)
                options=countries.get_value()
                current=Signal::derive(move || what_if.with(|w| w.partner_country.map(|c| c.to_string())))
                on_pick=move |v| what_if.update(|w| w.partner_country = v.and_then(|v| CountryCode::from_str(&v).ok()))
            />
            <ChoiceSelect none_label=real.partner_type.clone() id="wi-partner-type" label=keys::WHAT_IF_PARTNER_TYPE
                current=Signal::derive(move || what_if.with(|w| w.partner_type))
                on_pick=move |v| what_if.update(|w| w.partner_type = v)
            />
            <OptionalSelect none_label=real.us_gov.clone()
                id="wi-usgov"
                label=words.t(keys::WHAT_IF_US_GOV)
                options=vec![("yes".to_string(), words.t(keys::VALIDATED)), ("no".to_string(), words.t(keys::NOT_VALIDATED))]
                current=Signal::derive(move || what_if.with(|w| w.us_government_cloud.map(|a| if a { "yes" } else { "no" }.to_string())))
                on_pick=move |v| what_if.update(|w| w.us_government_cloud = v.map(|v| v == "yes"))
            />
            <OptionalSelect none_label=real.gcc.clone()
                id="wi-gcc"
                label=words.t(keys::WHAT_IF_GCC)
                options=vec![("yes".to_string(), words.t(keys::VALIDATED)), ("no".to_string(), words.t(keys::NOT_VALIDATED))]
                current=Signal::derive(move || what_if.with(|w| w.gcc_validated.map(|a| if a { "yes" } else { "no" }.to_string())))
                on_pick=move |v| what_if.update(|w| w.gcc_validated = v.map(|v| v == "yes"))
            />
        </fieldset>
        </div>
    }
}

/// What the assumed facts change: the offers gained and lost.
#[component]
fn WhatIfResult(what_if: RwSignal<WhatIf>, comparison: Memo<Comparison>) -> impl IntoView {
    let words = use_words();
    view! {
        <Show when=move || !what_if.with(WhatIf::is_empty)>
            <div class="whatif-result" aria-live="polite" data-testid="whatif-result">
                <p>
                    <span class="gain">{move || words.with(keys::GAINED, &Args::new().number("count", comparison.with(|c| c.gained.len()) as i64))}</span>
                    " · "
                    <span class="loss">{move || words.with(keys::LOST, &Args::new().number("count", comparison.with(|c| c.lost.len()) as i64))}</span>
                </p>
                <OfferNames title=words.t(keys::GAINED_TITLE) indexes=Signal::derive(move || comparison.with(|c| c.gained.clone())) />
                <OfferNames title=words.t(keys::LOST_TITLE) indexes=Signal::derive(move || comparison.with(|c| c.lost.clone())) />
                <button class="button subtle" on:click=move |_| what_if.set(WhatIf::default())>{words.t(keys::WHAT_IF_RESET)}</button>
            </div>
        </Show>
    }
}

#[component]
fn OfferNames(title: String, #[prop(into)] indexes: Signal<Vec<OfferIndex>>) -> impl IntoView {
    let in_use = use_catalog();
    let words = use_words();
    move || {
        let indexes = indexes.get();
        if indexes.is_empty() {
            return None;
        }
        let catalog = in_use.catalog().get();
        let more = indexes.len().saturating_sub(LIST_LIMIT);
        let names: Vec<String> = indexes
            .iter()
            .take(LIST_LIMIT)
            .map(|&i| catalog.offer_at(i).sku.title.clone())
            .collect();
        Some(view! {
            <details>
                <summary>{format!("{title} ({})", indexes.len())}</summary>
                <ul class="compact">
                    {names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                    {(more > 0).then(|| view! { <li class="hint">{words.with(keys::AND_MORE, &Args::new().number("count", more as i64))}</li> })}
                </ul>
            </details>
        })
    }
}
