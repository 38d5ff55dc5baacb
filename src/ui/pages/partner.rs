//! `/partner`: the partner profile (type, tenant country, reseller qualifications).

use leptos::prelude::*;

use crate::app::forms::{Field, FieldError, PartnerForm};
use crate::domain::country::CountryCode;
use crate::domain::partner::PartnerType;
use crate::i18n::keys;
use crate::ui::components::form::{message_for, ChoiceSelect, CountrySelect, ErrorSummary, TextField, ERROR_SUMMARY};
use crate::ui::state::AppState;

#[component]
pub fn PartnerPage() -> impl IntoView {
    let words = crate::ui::words::use_words();
    let state = expect_context::<AppState>();
    let form = PartnerForm::from_partner(&state.partner().get_untracked());
    let name = RwSignal::new(form.name);
    let partner_type = RwSignal::new(form.partner_type);
    let country = RwSignal::new(form.tenant_country);
    // Each row keeps its key, so removing one row leaves the others' selects alone.
    let next_key = StoredValue::new(form.other_tenants.len());
    let other_tenants = RwSignal::new(
        form.other_tenants
            .into_iter()
            .enumerate()
            .map(|(key, c)| (key, RwSignal::new(c)))
            .collect::<Vec<_>>(),
    );
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
            other_tenants: other_tenants.with_untracked(|rows| rows.iter().map(|(_, c)| c.get_untracked()).collect()),
            us_government_cloud: us_gov.get_untracked(),
            indirect_provider: provider.get_untracked(),
        };
        match form.validate() {
            Err(found) => {
                errors.set(found);
                status.set(None);
                crate::ui::focus_after_render(ERROR_SUMMARY);
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
        <h1>{words.t(keys::NAV_PARTNER)}</h1>
        <p class="lead">{words.t(keys::PARTNER_LEAD)}</p>
        <ErrorSummary errors anchor=Callback::new(move |field| match field {
            Field::Name => "p-name".to_string(),
            Field::TenantCountry => "p-country".to_string(),
            Field::IndirectProvider => "p-provider".to_string(),
            // The group's first picker; the message below the group says which row.
            _ => other_tenants
                .with_untracked(|rows| rows.first().map(|(key, _)| format!("p-tenant-{key}")))
                .unwrap_or_else(|| "p-country".to_string()),
        }) />
        {move || status.get().map(|t| view! { <div class="banner banner-info" role="status">{t}</div> })}
        <form class="card-form" on:submit=save novalidate=true>
            <fieldset>
                <legend>"Company"</legend>
                <TextField id="p-name" label="Company name" value=name field=Field::Name errors />
                <ChoiceSelect class="field form-field" id="p-type" label=crate::i18n::keys::FIELD_PARTNER_TYPE
                    current=Signal::derive(move || Some(partner_type.get()))
                    on_pick={move |v: Option<PartnerType>| partner_type.set(v.unwrap_or(PartnerType::DirectBill))}
                />
                <CountrySelect id="p-country" label="Tenant country" value=country field=Field::TenantCountry errors />
            </fieldset>
            <OtherTenants rows=other_tenants next_key errors />
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

/// The partner's tenants in other CSP regions: rows of country pickers.
#[component]
fn OtherTenants(
    rows: RwSignal<Vec<(usize, RwSignal<String>)>>,
    next_key: StoredValue<usize>,
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    // The rows' own selects show no message: the one message for the group is below them.
    let row_errors = RwSignal::new(Vec::<FieldError>::new());
    let error = Memo::new(move |_| errors.with(|e| message_for(e, Field::OtherTenants)));
    let add = move |_| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        rows.update(|rows| rows.push((key, RwSignal::new(String::new()))));
    };
    view! {
        <fieldset aria-describedby="p-tenants-hint p-tenants-msg">
            <legend>"Tenants in other CSP regions"</legend>
            <p class="hint" id="p-tenants-hint">
                "A tenant sells only to customers in its own CSP region: one in Slovakia sells across Europe, one in the United States only in the United States. A partner selling in several regions has a tenant in each, and each customer is served from the tenant in its region."
            </p>
            <For each=move || rows.get() key=|(key, _)| *key let((key, value))>
                <div class="tenant-row">
                    <CountrySelect id=format!("p-tenant-{key}") label="Tenant country" value field=Field::OtherTenants errors=row_errors />
                    <button
                        type="button"
                        class="button subtle"
                        aria-label=move || format!("Remove the tenant in {}", country_name(&value.get()))
                        on:click=move |_| rows.update(|rows| rows.retain(|(k, _)| *k != key))
                    >
                        "Remove"
                    </button>
                </div>
            </For>
            <div id="p-tenants-msg">{move || error.get().map(|text| view! { <p class="field-error">{text}</p> })}</div>
            <button type="button" class="button" on:click=add>"Add a tenant in another region"</button>
        </fieldset>
    }
}

fn country_name(code: &str) -> String {
    code.parse::<CountryCode>()
        .map_or_else(|_| "no country yet".to_string(), |c| c.name_in_sentence())
}
