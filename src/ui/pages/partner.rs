//! `/partner`: the partner profile (type, tenant country, reseller qualifications).

use leptos::prelude::*;

use crate::app::forms::{Field, FieldError, PartnerForm};
use crate::domain::country::CountryCode;
use crate::domain::partner::PartnerType;
use crate::i18n::format::country_in_sentence;
use crate::i18n::{keys, text, Args, Language};
use crate::ui::components::form::{message_for, ChoiceSelect, CountrySelect, ErrorSummary, TextField, ERROR_SUMMARY};
use crate::ui::state::use_ledger;
use crate::ui::words::use_words;
use crate::ui::Later;

#[component]
pub fn PartnerPage() -> impl IntoView {
    let words = use_words();
    let ledger = use_ledger();
    let form = PartnerForm::from_partner(&ledger.with_untracked(|l| l.partner.clone()));
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
    let gcc = RwSignal::new(form.gcc_validated);
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
            gcc_validated: gcc.get_untracked(),
            indirect_provider: provider.get_untracked(),
        };
        match form.validate() {
            Err(found) => {
                errors.set(found);
                status.set(None);
                crate::ui::focus::focus_after_render(ERROR_SUMMARY);
            }
            Ok(partner) => {
                errors.set(Vec::new());
                status.set(Some(match ledger.save_partner(partner) {
                    Ok(()) => words.t(keys::PARTNER_SAVED),
                    Err(notice) => words.notice(&notice),
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
                <legend>{words.t(keys::LEGEND_COMPANY)}</legend>
                <TextField id="p-name" label=words.t(keys::FIELD_COMPANY_NAME) value=name field=Field::Name errors />
                <ChoiceSelect class="field form-field" id="p-type" label=crate::i18n::keys::FIELD_PARTNER_TYPE
                    current=Signal::derive(move || Some(partner_type.get()))
                    on_pick={move |v: Option<PartnerType>| partner_type.set(v.unwrap_or(PartnerType::DirectBill))}
                />
                <Later>
                    <CountrySelect id="p-country" label=words.t(keys::FIELD_TENANT_COUNTRY) value=country field=Field::TenantCountry errors />
                </Later>
            </fieldset>
            <Later><OtherTenants rows=other_tenants next_key errors /></Later>
            <fieldset>
                <legend>{words.t(keys::LEGEND_RESELLER_QUALIFICATIONS)}</legend>
                <label class="switch">
                    <input type="checkbox" prop:checked=move || gcc.get() on:change=move |ev| gcc.set(event_target_checked(&ev)) />
                    <span>{words.t(keys::SWITCH_GCC_VALIDATION)}</span>
                </label>
                <label class="switch">
                    <input type="checkbox" prop:checked=move || us_gov.get() on:change=move |ev| us_gov.set(event_target_checked(&ev)) />
                    <span>{words.t(keys::SWITCH_US_GOVERNMENT_CLOUD)}</span>
                </label>
                <Show when=move || partner_type.get() == PartnerType::IndirectReseller>
                    <TextField id="p-provider" label=words.t(keys::FIELD_INDIRECT_PROVIDER) value=provider field=Field::IndirectProvider errors
                        hint=words.t(keys::HINT_INDIRECT_PROVIDER) />
                </Show>
            </fieldset>
            <div class="actions"><button type="submit" class="button primary">{words.t(keys::SAVE_PROFILE)}</button></div>
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
    let words = use_words();
    // The rows' own selects show no message: the one message for the group is below them.
    let row_errors = RwSignal::new(Vec::<FieldError>::new());
    let error = Memo::new(move |_| errors.with(|e| message_for(e, Field::OtherTenants, words.language())));
    let add = move |_| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        rows.update(|rows| rows.push((key, RwSignal::new(String::new()))));
    };
    view! {
        <fieldset aria-describedby="p-tenants-hint p-tenants-msg">
            <legend>{words.t(keys::LEGEND_OTHER_TENANTS)}</legend>
            <p class="hint" id="p-tenants-hint">
                {words.t(keys::HINT_OTHER_TENANTS)}
            </p>
            <For each=move || rows.get() key=|(key, _)| *key let((key, value))>
                <div class="tenant-row">
                    <CountrySelect id=format!("p-tenant-{key}") label=words.t(keys::FIELD_TENANT_COUNTRY) value field=Field::OtherTenants errors=row_errors />
                    <button
                        type="button"
                        class="button subtle"
                        aria-label=move || words.with(keys::REMOVE_TENANT, &Args::new().text("country", country_name(words.language(), &value.get())))
                        on:click=move |_| rows.update(|rows| rows.retain(|(k, _)| *k != key))
                    >
                        {words.t(keys::REMOVE_TENANT_BUTTON)}
                    </button>
                </div>
            </For>
            <div id="p-tenants-msg">{move || error.get().map(|text| view! { <p class="field-error">{text}</p> })}</div>
            <button type="button" class="button" on:click=add>{words.t(keys::ADD_TENANT)}</button>
        </fieldset>
    }
}

fn country_name(language: Language, code: &str) -> String {
    code.parse::<CountryCode>().map_or_else(
        |_| text(language, keys::NO_COUNTRY_YET),
        |c| country_in_sentence(language, c),
    )
}
