//! `/partner`: the partner profile (type, tenant country, reseller qualifications).

use leptos::prelude::*;

use crate::app::forms::{Field, FieldError, PartnerForm};
use crate::domain::partner::PartnerType;
use crate::ui::components::form::{ChoiceSelect, CountrySelect, ErrorSummary, TextField};
use crate::ui::state::AppState;

#[component]
pub fn PartnerPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let form = PartnerForm::from_partner(&state.partner().get_untracked());
    let name = RwSignal::new(form.name);
    let partner_type = RwSignal::new(form.partner_type);
    let country = RwSignal::new(form.tenant_country);
    let us_gov = RwSignal::new(form.us_government_cloud);
    let provider = RwSignal::new(form.indirect_provider);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let status = RwSignal::new(None::<String>);

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = PartnerForm {
            name: name.get_untracked(),
            partner_type: partner_type.get_untracked(),
            tenant_country: country.get_untracked(),
            us_government_cloud: us_gov.get_untracked(),
            indirect_provider: provider.get_untracked(),
        };
        match form.validate() {
            Err(found) => {
                errors.set(found);
                status.set(None);
            }
            Ok(partner) => {
                errors.set(Vec::new());
                status.set(Some(match state.save_partner(partner) {
                    Ok(()) => "Saved. Every verdict now uses this profile.".to_string(),
                    Err(notice) => notice.to_string(),
                }));
            }
        }
    };

    view! {
        <h1>"Partner profile"</h1>
        <p class="lead">"Your company as Partner Center knows it. The tenant country and reseller qualifications decide what you can sell."</p>
        <ErrorSummary errors />
        {move || status.get().map(|t| view! { <div class="banner banner-info" role="status">{t}</div> })}
        <form class="card-form" on:submit=save novalidate=true>
            <fieldset>
                <legend>"Company"</legend>
                <TextField id="p-name" label="Company name" value=name field=Field::Name errors />
                <ChoiceSelect class="field form-field" id="p-type" label="Partner type"
                    current=Signal::derive(move || Some(partner_type.get()))
                    on_pick={move |v: Option<PartnerType>| partner_type.set(v.unwrap_or(PartnerType::DirectBill))}
                />
                <CountrySelect id="p-country" label="Tenant country" value=country field=Field::TenantCountry errors />
            </fieldset>
            <fieldset>
                <legend>"Program info: reseller qualifications"</legend>
                <label class="switch">
                    <input type="checkbox" prop:checked=move || us_gov.get() on:change=move |ev| us_gov.set(event_target_checked(&ev)) />
                    <span>"Validated for the US Government Cloud (needed to sell Azure to Government)"</span>
                </label>
                <Show when=move || partner_type.get() == PartnerType::IndirectReseller>
                    <TextField id="p-provider" label="Indirect provider" value=provider field=Field::IndirectProvider errors
                        hint="The indirect provider (distributor) that places your customers' orders in Partner Center." />
                </Show>
            </fieldset>
            <div class="actions"><button type="submit" class="button primary">"Save profile"</button></div>
        </form>
    }
}
