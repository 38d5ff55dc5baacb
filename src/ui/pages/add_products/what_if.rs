//! What-if for trainees: change the customer's and the partner's facts for this page only
//! and see which offers are gained and lost.

use std::str::FromStr;

use leptos::prelude::*;

use crate::domain::catalog::OfferIndex;
use crate::domain::country::CountryCode;
use crate::domain::whatif::{compare, Comparison, WhatIf};
use crate::ui::components::form::{ChoiceSelect, OptionalSelect};
use crate::ui::pages::add_products::PageContext;
use crate::ui::state::AppState;

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
    let as_it_is = |value: String| format!("As it is: {value}");
    let real_qualification = as_it_is(match &real.customer.qualification {
        None => "none".to_string(),
        Some(record) => {
            use crate::domain::customer::QualificationStatus::*;
            let status = match record.status {
                Approved => "approved",
                InReview { .. } => "in review",
                Denied { .. } => "denied",
            };
            format!("{}, {status}", record.qualification)
        }
    });
    let real_customer_country = as_it_is(real.customer.tenant_country.name().to_string());
    let real_agreement = as_it_is(
        if real.customer.agreement.is_some() {
            "accepted"
        } else {
            "not accepted"
        }
        .to_string(),
    );
    let real_partner_country = as_it_is(real.partner.tenant_for(real.customer.tenant_country).name().to_string());
    let real_partner_type = as_it_is(real.partner.partner_type.to_string());
    let real_us_gov = as_it_is(
        if real
            .partner
            .has(crate::domain::partner::ResellerQualification::UsGovernmentCloud)
        {
            "validated"
        } else {
            "not validated"
        }
        .to_string(),
    );

    let countries: Vec<(String, String)> = CountryCode::all_by_name()
        .into_iter()
        .map(|c| (c.as_str().to_string(), c.name().to_string()))
        .collect();
    let countries = StoredValue::new(countries);

    // The form opens on request: its two lists of every country are most of the page's
    // elements, and most visits never use them. It stays open while a what-if is on.
    let opened = RwSignal::new(false);
    let open = Memo::new(move |_| opened.get() || !what_if.with(WhatIf::is_empty));

    view! {
        <section class="panel" aria-labelledby="whatif-title">
            <h2 id="whatif-title">"What if…?"</h2>
            <p class="hint">"Change facts for this page only. The stored customer and partner stay as they are."</p>
            <Show when=move || !open.get()>
                <button class="button" aria-controls="whatif-form" aria-expanded="false" on:click=move |_| {
                    opened.set(true);
                    // The button gives way to the form: keep the keyboard where the form starts.
                    crate::ui::focus_after_render("wi-qualification");
                }>
                    "Try other facts"
                </button>
            </Show>
            <Show when=move || open.get()>
            <div id="whatif-form">
            <fieldset>
                <legend>"The customer"</legend>
                <ChoiceSelect none_label=real_qualification.clone() id="wi-qualification" label="Special qualification (approved)"
                    current=Signal::derive(move || what_if.with(|w| w.qualification))
                    on_pick=move |v| what_if.update(|w| w.qualification = v)
                />
                <OptionalSelect none_label=real_customer_country.clone()
                    id="wi-customer-country"
                    label="Tenant country"
                    options=countries.get_value()
                    current=Signal::derive(move || what_if.with(|w| w.customer_country.map(|c| c.to_string())))
                    on_pick=move |v| what_if.update(|w| w.customer_country = v.and_then(|v| CountryCode::from_str(&v).ok()))
                />
                <OptionalSelect none_label=real_agreement.clone()
                    id="wi-agreement"
                    label="Customer Agreement"
                    options=vec![("yes".to_string(), "Accepted".to_string()), ("no".to_string(), "Not accepted".to_string())]
                    current=Signal::derive(move || what_if.with(|w| w.agreement_accepted.map(|a| if a { "yes" } else { "no" }.to_string())))
                    on_pick=move |v| what_if.update(|w| w.agreement_accepted = v.map(|v| v == "yes"))
                />
            </fieldset>
            <fieldset>
                <legend>"The partner"</legend>
                <OptionalSelect none_label=real_partner_country.clone()
                    id="wi-partner-country"
                    label="Tenant country"
                    options=countries.get_value()
                    current=Signal::derive(move || what_if.with(|w| w.partner_country.map(|c| c.to_string())))
                    on_pick=move |v| what_if.update(|w| w.partner_country = v.and_then(|v| CountryCode::from_str(&v).ok()))
                />
                <ChoiceSelect none_label=real_partner_type.clone() id="wi-partner-type" label="Partner type"
                    current=Signal::derive(move || what_if.with(|w| w.partner_type))
                    on_pick=move |v| what_if.update(|w| w.partner_type = v)
                />
                <OptionalSelect none_label=real_us_gov.clone()
                    id="wi-usgov"
                    label="US Government Cloud validation"
                    options=vec![("yes".to_string(), "Validated".to_string()), ("no".to_string(), "Not validated".to_string())]
                    current=Signal::derive(move || what_if.with(|w| w.us_government_cloud.map(|a| if a { "yes" } else { "no" }.to_string())))
                    on_pick=move |v| what_if.update(|w| w.us_government_cloud = v.map(|v| v == "yes"))
                />
            </fieldset>
            </div>
            </Show>
            <Show when=move || !what_if.with(WhatIf::is_empty)>
                <div class="whatif-result" aria-live="polite" data-testid="whatif-result">
                    <p>
                        <span class="gain">{move || format!("+{} gained", comparison.with(|c| c.gained.len()))}</span>
                        " · "
                        <span class="loss">{move || format!("−{} lost", comparison.with(|c| c.lost.len()))}</span>
                    </p>
                    <OfferNames title="Gained" indexes=Signal::derive(move || comparison.with(|c| c.gained.clone())) />
                    <OfferNames title="Lost" indexes=Signal::derive(move || comparison.with(|c| c.lost.clone())) />
                    <button class="button subtle" on:click=move |_| what_if.set(WhatIf::default())>"Reset what-if"</button>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn OfferNames(title: &'static str, #[prop(into)] indexes: Signal<Vec<OfferIndex>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let indexes = indexes.get();
        if indexes.is_empty() {
            return None;
        }
        let catalog = state.catalog().get();
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
                    {(more > 0).then(|| view! { <li class="hint">{format!("and {more} more")}</li> })}
                </ul>
            </details>
        })
    }
}
