#![cfg(not(target_arch = "wasm32"))]
//! The customer and partner forms: every invalid field gets a message; nothing is produced
//! until the whole form is valid.

mod common;

use common::*;
use csp_catalog::app::forms::{slug_from_name, CustomerForm, Field, PartnerForm, StatusChoice};
use csp_catalog::domain::country::country;
use csp_catalog::domain::customer::{Qualification, QualificationStatus};
use csp_catalog::domain::partner::{PartnerType, ResellerQualification};
use csp_catalog::domain::sample::sample_partner;
use time::macros::date;

fn valid_form() -> CustomerForm {
    CustomerForm {
        id: "lamna-healthcare".into(),
        name: "Lamna Healthcare".into(),
        tenant_country: "DE".into(),
        qualification: Some(Qualification::Education),
        status: StatusChoice::InReview,
        in_review_since: "2026-11-10".into(),
        agreement_accepted: true,
        signer_name: "Ada Signer".into(),
        signer_email: "ada@lamna.example".into(),
        accepted_on: "2026-11-21".into(),
        ..CustomerForm::default()
    }
}

fn fields(errors: &[csp_catalog::app::forms::FieldError]) -> Vec<Field> {
    errors.iter().map(|e| e.field).collect()
}

#[test]
fn a_complete_form_makes_a_customer() {
    let customer = valid_form().validate(TODAY, None, &[], &sample_partner()).unwrap();
    assert_eq!(customer.id.as_str(), "lamna-healthcare");
    assert_eq!(customer.tenant_country.name(), "Germany");
    let record = customer.qualification.unwrap();
    assert_eq!(
        record.status,
        QualificationStatus::InReview {
            since: date!(2026 - 11 - 10)
        }
    );
    assert_eq!(customer.agreement.unwrap().accepted_on, TODAY);
}

#[test]
fn every_invalid_field_is_reported_at_once_in_the_order_the_form_shows_them() {
    let form = CustomerForm {
        id: "Not A Slug".into(),
        name: "  ".into(),
        tenant_country: "XX".into(),
        in_review_since: "2026-13-01".into(),
        signer_name: "".into(),
        signer_email: "ada at example".into(),
        accepted_on: "2026-11-22".into(),
        ..valid_form()
    };
    let errors = form.validate(TODAY, None, &[], &sample_partner()).unwrap_err();
    assert_eq!(
        fields(&errors),
        // The form shows the company name first and the id derived from it below.
        [
            Field::Name,
            Field::Id,
            Field::TenantCountry,
            Field::InReviewSince,
            Field::SignerName,
            Field::SignerEmail,
            Field::AcceptedOn
        ]
    );
    let future = errors.iter().find(|e| e.field == Field::AcceptedOn).unwrap();
    assert_eq!(
        future.to_string(),
        "The acceptance date can't be in the future (today is 21 November 2026)."
    );
}

#[test]
fn ids_must_be_unique_for_new_customers_and_are_kept_when_editing() {
    let taken = vec!["lamna-healthcare".parse().unwrap()];
    let errors = valid_form()
        .validate(TODAY, None, &taken, &sample_partner())
        .unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "Another customer already has the id \"lamna-healthcare\"."
    );

    let mut existing = customer_in("US");
    existing.subscriptions = vec![];
    let edited = CustomerForm {
        id: "ignored-when-editing".into(),
        ..valid_form()
    }
    .validate(TODAY, Some(&existing), &taken, &sample_partner())
    .unwrap();
    assert_eq!(edited.id, existing.id);
}

#[test]
fn a_denied_qualification_needs_a_reason_and_no_agreement_means_none() {
    let form = CustomerForm {
        status: StatusChoice::Denied,
        denied_reason: " ".into(),
        agreement_accepted: false,
        ..valid_form()
    };
    assert_eq!(
        fields(&form.validate(TODAY, None, &[], &sample_partner()).unwrap_err()),
        [Field::DeniedReason]
    );
    let form = CustomerForm {
        denied_reason: "Not an education customer".into(),
        ..form
    };
    let customer = form.validate(TODAY, None, &[], &sample_partner()).unwrap();
    assert!(customer.agreement.is_none());
    assert_eq!(
        customer.qualification.unwrap().status,
        QualificationStatus::Denied {
            reason: "Not an education customer".into()
        }
    );
}

#[test]
fn a_customer_round_trips_through_its_form() {
    for customer in csp_catalog::domain::sample::sample_customers(&csp_catalog::domain::catalog::default_catalog()) {
        let again = CustomerForm::from_customer(&customer)
            .validate(TODAY, Some(&customer), &[], &sample_partner())
            .unwrap();
        assert_eq!(again, customer);
    }
}

#[test]
fn names_become_url_safe_ids() {
    assert_eq!(slug_from_name("Contoso Ltd."), "contoso-ltd");
    assert_eq!(slug_from_name("  Tatra Logistics s.r.o. "), "tatra-logistics-s-r-o");
    assert_eq!(slug_from_name("Ünïcode & Co"), "unicode-co");
    // Accented letters keep their base letter (issue 26).
    assert_eq!(slug_from_name("Lycée Victor-Hugo"), "lycee-victor-hugo");
    assert_eq!(slug_from_name("Škoda Auto a.s."), "skoda-auto-a-s");
    assert_eq!(slug_from_name("Straße 日本"), "strasse");
}

#[test]
fn a_customer_is_created_only_where_one_of_the_partners_tenants_sells() {
    // Partner Center creates customers only in the partner's regions.
    let form = CustomerForm {
        tenant_country: "CA".into(),
        ..valid_form()
    };
    let errors = form.validate(TODAY, None, &[], &sample_partner()).unwrap_err();
    assert_eq!(fields(&errors), [Field::TenantCountry]);
    assert_eq!(
        errors[0].to_string(),
        "Your tenants sell only in the United States and the Europe region: add a tenant in the Canada region on the partner profile to serve a customer in Canada."
    );
    let mut partner = sample_partner();
    partner.other_tenants.push(country("CA"));
    assert!(form.validate(TODAY, None, &[], &partner).is_ok());
    for country in ["US", "DE", "NO", "GB"] {
        let form = CustomerForm {
            tenant_country: country.into(),
            ..valid_form()
        };
        assert!(form.validate(TODAY, None, &[], &sample_partner()).is_ok(), "{country}");
    }
}

#[test]
fn the_partner_form_checks_its_fields() {
    let partner = csp_catalog::domain::sample::sample_partner();
    let mut form = PartnerForm::from_partner(&partner);
    assert_eq!(form.validate().unwrap(), partner);

    form.us_government_cloud = true;
    form.tenant_country = "DE".into();
    form.other_tenants = vec!["SK".into()];
    assert_eq!(
        form.validate().unwrap_err()[0].to_string(),
        "Germany and Slovakia are both in the Europe region: a partner has one tenant per region."
    );
    form.other_tenants = vec!["".into(), "JP".into()];
    let changed = form.validate().unwrap();
    assert!(changed.has(ResellerQualification::UsGovernmentCloud));
    assert_eq!(changed.tenant_country.name(), "Germany");
    assert_eq!(changed.other_tenants, [country("JP")], "an empty row is no tenant");
    form.other_tenants = vec!["AQ".into()];
    assert_eq!(
        form.validate().unwrap_err()[0].to_string(),
        "Antarctica is in no CSP region: a tenant can't be there."
    );
    form.other_tenants = vec!["DE".into()];
    assert_eq!(
        form.validate().unwrap_err()[0].to_string(),
        "Germany is already your main tenant's country."
    );
    form.other_tenants = vec!["JP".into()];

    let bad = PartnerForm {
        name: "".into(),
        tenant_country: "".into(),
        indirect_provider: "Ingram".into(),
        ..form.clone()
    };
    assert_eq!(
        fields(&bad.validate().unwrap_err()),
        [Field::Name, Field::TenantCountry, Field::IndirectProvider]
    );
    let reseller = PartnerForm {
        partner_type: PartnerType::IndirectReseller,
        indirect_provider: " Ingram ".into(),
        ..form
    };
    assert_eq!(
        reseller.validate().unwrap().indirect_provider.as_deref(),
        Some("Ingram")
    );
}

#[test]
fn an_education_qualification_once_set_cannot_be_changed_or_removed() {
    // Source: the Partner Center API's CustomerQualification reference ("irreversible").
    let student = valid_form().validate(TODAY, None, &[], &sample_partner()).unwrap();
    for other in [
        Qualification::None,
        Qualification::GovernmentCommunityCloud,
        Qualification::StateOwnedEntity,
    ] {
        let form = CustomerForm {
            qualification: Some(other),
            ..CustomerForm::from_customer(&student)
        };
        let errors = form
            .validate(TODAY, Some(&student), &[], &sample_partner())
            .unwrap_err();
        assert_eq!(fields(&errors), [Field::Qualification], "{other:?}");
        assert_eq!(
            errors[0].to_string(),
            "An Education qualification can't be changed or removed once it is set."
        );
    }
    // Its status can still move (Microsoft reviews it).
    let approved = CustomerForm {
        status: StatusChoice::Approved,
        ..CustomerForm::from_customer(&student)
    };
    assert!(approved.validate(TODAY, Some(&student), &[], &sample_partner()).is_ok());
}

#[test]
fn nonprofit_comes_from_microsofts_program_and_a_qualification_cant_be_removed() {
    // Source: Partner Center API, "Update a customer's qualifications asynchronously": a
    // partner can set Education, GCC or State Owned Entity; None and Nonprofit can't be set.
    let nonprofit = CustomerForm {
        qualification: Some(Qualification::Nonprofit),
        status: StatusChoice::Approved,
        ..valid_form()
    };
    let errors = nonprofit.validate(TODAY, None, &[], &sample_partner()).unwrap_err();
    assert_eq!(fields(&errors), [Field::Qualification]);
    assert!(errors[0]
        .to_string()
        .starts_with("Nonprofit comes from Microsoft's nonprofit program"));

    let gcc = CustomerForm {
        qualification: Some(Qualification::GovernmentCommunityCloud),
        status: StatusChoice::Approved,
        ..valid_form()
    }
    .validate(TODAY, None, &[], &sample_partner())
    .unwrap();
    let removed = CustomerForm {
        qualification: Some(Qualification::None),
        ..CustomerForm::from_customer(&gcc)
    };
    let errors = removed.validate(TODAY, Some(&gcc), &[], &sample_partner()).unwrap_err();
    assert!(errors[0]
        .to_string()
        .starts_with("A partner can't remove a customer's qualification"));
    let soe = CustomerForm {
        qualification: Some(Qualification::GovernmentCommunityCloudStateOwnedEntity),
        ..CustomerForm::from_customer(&gcc)
    };
    assert!(
        soe.validate(TODAY, Some(&gcc), &[], &sample_partner()).is_ok(),
        "GCC to GCC + SOE can be set"
    );
}

#[test]
fn a_missing_denial_reason_is_asked_for_with_an_example_that_fits_the_qualification() {
    for (qualification, example) in [
        (
            Qualification::GovernmentCommunityCloud,
            "Not a US government entity or a qualifying contractor",
        ),
        (Qualification::Education, "Not an accredited academic institution"),
    ] {
        let form = CustomerForm {
            tenant_country: "US".into(),
            qualification: Some(qualification),
            status: StatusChoice::Denied,
            denied_reason: " ".into(),
            ..valid_form()
        };
        let errors = form.validate(TODAY, None, &[], &sample_partner()).unwrap_err();
        assert_eq!(
            errors[0].to_string(),
            format!("Say why the qualification was denied, e.g. \"{example}\".")
        );
    }
}

#[test]
fn an_empty_form_asks_for_the_name_once_not_for_the_id_derived_from_it() {
    let errors = CustomerForm::default()
        .validate(TODAY, None, &[], &sample_partner())
        .unwrap_err();
    assert_eq!(fields(&errors), [Field::Name, Field::TenantCountry]);

    let cleared_id = CustomerForm {
        id: " ".into(),
        ..valid_form()
    };
    let errors = cleared_id.validate(TODAY, None, &[], &sample_partner()).unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "Enter an id for the customer's links (like contoso-ltd)."
    );
}

#[test]
fn a_qualification_chosen_on_the_form_starts_in_review_from_today_as_in_partner_center() {
    // Issue 26.10: a new Education qualification defaulted to Approved; Partner Center starts
    // it in review while Microsoft checks the customer.
    let new = CustomerForm {
        id: "lamna-healthcare".into(),
        name: "Lamna Healthcare".into(),
        tenant_country: "DE".into(),
        qualification: Some(Qualification::Education),
        ..CustomerForm::default()
    }
    .starting_review_on(TODAY);
    assert_eq!(new.status, StatusChoice::InReview);
    let customer = new.validate(TODAY, None, &[], &sample_partner()).unwrap();
    assert_eq!(
        customer.qualification.unwrap().status,
        QualificationStatus::InReview { since: TODAY }
    );
    // A customer without one, edited: the same, and a date already given is kept.
    let plain = CustomerForm::default().starting_review_on(TODAY);
    assert_eq!(
        (plain.status, plain.in_review_since.as_str()),
        (StatusChoice::InReview, "2026-11-21")
    );
    let dated = valid_form().starting_review_on(TODAY);
    assert_eq!(dated.in_review_since, "2026-11-10");
}
