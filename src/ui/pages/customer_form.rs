//! `/customers/new` and `/customers/:id/edit`: a customer's details, qualification and
//! Customer Agreement. Nothing is saved until every field is valid.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::app::forms::{slug_from_name, CustomerForm, Field, FieldError, StatusChoice};
use crate::app::profile::SaveCustomerError;
use crate::app::route::Page;
use crate::domain::customer::{Customer, Qualification, QualificationChange};
use crate::i18n::labels::{denial_reason, Label};
use crate::i18n::{keys, Args};
use crate::ui::components::form::{message_for, ChoiceSelect, CountrySelect, ErrorSummary, TextField, ERROR_SUMMARY};
use crate::ui::pages::customer_route::current_customer;
use crate::ui::state::{use_ledger, use_visit};
use crate::ui::Later;

#[component]
pub fn CustomerFormPage() -> impl IntoView {
    let ledger = use_ledger();
    // Under the customer route when editing, which found the customer; on its own for a new one.
    let existing = current_customer().and_then(|id| ledger.customer(&id));
    view! { <CustomerEditor existing /> }
}

/// The element that holds each field's input, for labels and the error summary's links.
fn input_id(field: Field) -> &'static str {
    match field {
        Field::Name => "c-name",
        Field::Id => "c-id",
        Field::TenantCountry => "c-country",
        Field::Qualification => "c-qualification",
        Field::InReviewSince => "c-since",
        Field::DeniedReason => "c-reason",
        Field::SignerName => "c-signer",
        Field::SignerEmail => "c-email",
        Field::AcceptedOn => "c-accepted",
        // Partner fields never reach this form.
        Field::IndirectProvider | Field::OtherTenants => "c-name",
    }
}

#[component]
fn CustomerEditor(existing: Option<Customer>) -> impl IntoView {
    let words = crate::ui::words::use_words();
    let ledger = use_ledger();
    let navigate = use_navigate();
    let form = existing
        .as_ref()
        .map(CustomerForm::from_customer)
        .unwrap_or_default()
        .starting_review_on(use_visit().today_untracked());
    let is_new = existing.is_none();
    let education_is_final = existing
        .as_ref()
        .and_then(|c| c.qualification.as_ref())
        .is_some_and(|r| r.qualification.is_final());
    let existing = StoredValue::new(existing);

    let fields = Fields::new(&form);
    let Fields { id, name, .. } = fields;
    let id_edited = RwSignal::new(false);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let saved_error = RwSignal::new(None::<String>);

    // A new customer's id follows its name until the user edits the id.
    Effect::new(move |_| {
        let n = name.get();
        if is_new && !id_edited.get_untracked() {
            id.set(slug_from_name(&n));
        }
    });

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = fields.form();
        let editing = existing.with_value(|c| c.as_ref().map(|c| c.id.clone()));
        match ledger.save_customer(&form, editing.as_ref()) {
            Err(SaveCustomerError::Invalid(found)) => {
                errors.set(found);
                crate::ui::focus::focus_after_render(ERROR_SUMMARY);
            }
            Err(error) => saved_error.set(Some(error.sentence(words.language()))),
            // The list opens on the customer just saved, and says so.
            Ok(saved_id) => {
                errors.set(Vec::new());
                navigate(
                    &Page::Customers.with_query([("saved", saved_id.to_string())]).path(),
                    Default::default(),
                );
            }
        }
    };

    let title = words.t(if is_new {
        keys::NEW_CUSTOMER
    } else {
        keys::EDIT_CUSTOMER
    });
    view! {
        <nav class="breadcrumb" aria-label=words.t(keys::BREADCRUMB)><A href=Page::Customers.href()>{words.t(keys::NAV_CUSTOMERS)}</A><span aria-hidden="true">" / "</span><span>{title.clone()}</span></nav>
        <h1>{title}</h1>
        <ErrorSummary errors anchor=Callback::new(|field| input_id(field).to_string()) />
        {move || saved_error.get().map(|t| view! { <div class="banner banner-warn" role="alert">{t}</div> })}
        <form class="card-form" on:submit=save novalidate=true>
            <fieldset>
                <legend>{words.t(keys::LEGEND_COMPANY)}</legend>
                <TextField id=input_id(Field::Name) label=words.t(keys::FIELD_COMPANY_NAME) value=name field=Field::Name errors />
                {is_new.then(|| view! {
                    <div on:input=move |_| id_edited.set(true)>
                        <TextField id=input_id(Field::Id) label=words.t(keys::FIELD_CUSTOMER_ID) value=id field=Field::Id errors
                            hint=words.t(keys::HINT_CUSTOMER_ID) />
                    </div>
                })}
                <Later>
                    <CountrySelect id=input_id(Field::TenantCountry) label=words.t(keys::FIELD_TENANT_COUNTRY) value=fields.country field=Field::TenantCountry errors />
                </Later>
            </fieldset>
            <QualificationFields fields errors education_is_final />
            <AgreementFields fields errors />
            <div class="actions">
                <A href=Page::Customers.href() attr:class="button">{words.t(keys::FORM_CANCEL)}</A>
                <button type="submit" class="button primary">{words.t(keys::SAVE_CUSTOMER)}</button>
            </div>
        </form>
    }
}

/// The form's fields as the user edits them.
#[derive(Clone, Copy)]
struct Fields {
    id: RwSignal<String>,
    name: RwSignal<String>,
    country: RwSignal<String>,
    qualification: RwSignal<Qualification>,
    status: RwSignal<StatusChoice>,
    since: RwSignal<String>,
    reason: RwSignal<String>,
    accepted: RwSignal<bool>,
    signer: RwSignal<String>,
    email: RwSignal<String>,
    accepted_on: RwSignal<String>,
}

impl Fields {
    fn new(form: &CustomerForm) -> Fields {
        Fields {
            id: RwSignal::new(form.id.clone()),
            name: RwSignal::new(form.name.clone()),
            country: RwSignal::new(form.tenant_country.clone()),
            qualification: RwSignal::new(form.qualification.unwrap_or(Qualification::None)),
            status: RwSignal::new(form.status),
            since: RwSignal::new(form.in_review_since.clone()),
            reason: RwSignal::new(form.denied_reason.clone()),
            accepted: RwSignal::new(form.agreement_accepted),
            signer: RwSignal::new(form.signer_name.clone()),
            email: RwSignal::new(form.signer_email.clone()),
            accepted_on: RwSignal::new(form.accepted_on.clone()),
        }
    }

    fn form(&self) -> CustomerForm {
        CustomerForm {
            id: self.id.get_untracked(),
            name: self.name.get_untracked(),
            tenant_country: self.country.get_untracked(),
            qualification: Some(self.qualification.get_untracked()),
            status: self.status.get_untracked(),
            in_review_since: self.since.get_untracked(),
            denied_reason: self.reason.get_untracked(),
            agreement_accepted: self.accepted.get_untracked(),
            signer_name: self.signer.get_untracked(),
            signer_email: self.email.get_untracked(),
            accepted_on: self.accepted_on.get_untracked(),
        }
    }
}

/// Education, Nonprofit or Government Community Cloud, with its status as Partner Center
/// shows it.
#[component]
fn QualificationFields(fields: Fields, errors: RwSignal<Vec<FieldError>>, education_is_final: bool) -> impl IntoView {
    let words = crate::ui::words::use_words();
    let Fields {
        qualification,
        status,
        since,
        reason,
        ..
    } = fields;
    view! {
        <fieldset>
            <legend>{words.t(keys::LEGEND_SPECIAL_QUALIFICATION)}</legend>
            {if education_is_final {
                // Partner Center makes an Education qualification final: show it, not a choice.
                view! {
                    <div class="field form-field">
                        <span class="field-label">{words.t(keys::FIELD_QUALIFICATION)}</span>
                        <span data-testid="qualification-final">{qualification.get_untracked().label(words.language())}</span>
                        <p class="hint">{QualificationChange::EducationIsFinal.label(words.language())}</p>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <ChoiceSelect class="field form-field" id=input_id(Field::Qualification) label=keys::FIELD_QUALIFICATION
                        current=Signal::derive(move || Some(qualification.get()))
                        on_pick={move |v: Option<Qualification>| qualification.set(v.unwrap_or(Qualification::None))}
                        text={|q: Qualification, language| if q == Qualification::None { crate::i18n::text(language, keys::QUALIFICATION_NONE_COMMERCIAL) } else { q.label(language) }}
                    />
                    {move || errors.with(|e| message_for(e, Field::Qualification, words.language())).map(|text| view! {
                        <p class="field-error" role="alert">{text}</p>
                    })}
                }
                .into_any()
            }}
            <Show when=move || qualification.get() != Qualification::None>
                <ChoiceSelect class="field form-field" id="c-status" label=keys::FIELD_STATUS
                    current=Signal::derive(move || Some(status.get()))
                    on_pick={move |v: Option<StatusChoice>| status.set(v.unwrap_or_default())}
                />
                <Show when=move || status.get() == StatusChoice::InReview>
                    <TextField id=input_id(Field::InReviewSince) label=words.t(keys::FIELD_IN_REVIEW_SINCE) kind="date" value=since field=Field::InReviewSince errors />
                </Show>
                <Show when=move || status.get() == StatusChoice::Denied>
                    // The example fits the qualification chosen.
                    {move || {
                        let q = qualification.get();
                        let example = denial_reason(words.language(), q, q.denial_example());
                        let hint = words.with(keys::HINT_FOR_EXAMPLE, &Args::new().text("example", example));
                        view! {
                            <TextField id=input_id(Field::DeniedReason) label=words.t(keys::FIELD_DENIAL_REASON) value=reason field=Field::DeniedReason errors hint />
                        }
                    }}
                </Show>
            </Show>
        </fieldset>
    }
}

/// The Microsoft Customer Agreement: whether the customer accepted it, who, and when.
#[component]
fn AgreementFields(fields: Fields, errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let words = crate::ui::words::use_words();
    let Fields {
        accepted,
        signer,
        email,
        accepted_on,
        ..
    } = fields;
    view! {
        <fieldset>
            <legend>{words.t(keys::LEGEND_CUSTOMER_AGREEMENT)}</legend>
            <label class="switch">
                <input type="checkbox" prop:checked=move || accepted.get() on:change=move |ev| accepted.set(event_target_checked(&ev)) />
                <span>{words.t(keys::SWITCH_AGREEMENT_ACCEPTED)}</span>
            </label>
            <Show when=move || accepted.get()>
                <TextField id=input_id(Field::SignerName) label=words.t(keys::FIELD_SIGNER_NAME) value=signer field=Field::SignerName errors />
                <TextField id=input_id(Field::SignerEmail) label=words.t(keys::FIELD_SIGNER_EMAIL) kind="email" value=email field=Field::SignerEmail errors />
                <TextField id=input_id(Field::AcceptedOn) label=words.t(keys::FIELD_ACCEPTED_ON) kind="date" value=accepted_on field=Field::AcceptedOn errors
                    hint=words.t(keys::HINT_NOT_IN_FUTURE) />
            </Show>
        </fieldset>
    }
}
