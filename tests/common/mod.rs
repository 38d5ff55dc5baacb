//! Small worlds for rules tests: a partner, a customer and a hand-made catalog, each with
//! only the facts a test is about.
#![allow(dead_code)] // each test file uses a different subset

pub mod reasons;

use csp_catalog::domain::catalog::builder::{product, sku, ProductBuilder, SkuBuilder};
use csp_catalog::domain::catalog::{BusinessCategory, Catalog, Offer, ProductCategory};
use csp_catalog::domain::country::country;
use csp_catalog::domain::customer::{
    AgreementAcceptance, Customer, Qualification, QualificationRecord, QualificationStatus,
};
use csp_catalog::domain::ids::CatalogItemId;
use csp_catalog::domain::partner::{Partner, PartnerType};
use csp_catalog::domain::rules::{Context, Reason, Verdict};
use csp_catalog::domain::subscription::{Subscription, SubscriptionStatus};
use time::macros::date;
use time::Date;

pub const TODAY: Date = date!(2026 - 11 - 21);

pub fn partner_in(code: &str) -> Partner {
    Partner {
        name: "Test Partner".to_string(),
        partner_type: PartnerType::DirectBill,
        tenant_country: country(code),
        other_tenants: Vec::new(),
        reseller_qualifications: Vec::new(),
        indirect_provider: None,
    }
}

/// A commercial customer that accepted the agreement long ago and owns nothing.
pub fn customer_in(code: &str) -> Customer {
    Customer {
        id: "test-customer".parse().unwrap(),
        name: "Test Customer".to_string(),
        tenant_country: country(code),
        qualification: None,
        agreement: Some(AgreementAcceptance {
            signer_name: "Ada Signer".to_string(),
            signer_email: "ada@example.com".to_string(),
            accepted_on: date!(2024 - 01 - 15),
        }),
        subscriptions: Vec::new(),
    }
}

pub fn with_qualification(
    mut customer: Customer,
    qualification: Qualification,
    status: QualificationStatus,
) -> Customer {
    customer.qualification = Some(QualificationRecord { qualification, status });
    customer
}

pub fn approved(customer: Customer, qualification: Qualification) -> Customer {
    with_qualification(customer, qualification, QualificationStatus::Approved)
}

/// A license-based online service, sold everywhere, for one SKU.
pub fn online_service(id: &str, sku: SkuBuilder) -> ProductBuilder {
    product(
        id,
        "Test product",
        ProductCategory::OnlineServices,
        BusinessCategory::Productivity,
        "A test product.",
    )
    .sku(sku)
}

pub fn catalog_of(products: Vec<ProductBuilder>) -> Catalog {
    Catalog::new(products.into_iter().map(ProductBuilder::build).collect())
        .unwrap_or_else(|problems| panic!("test catalog is invalid: {problems:?}"))
}

/// A catalog holding one plain monthly license (product `TESTPROD0001`, SKU `0001`).
pub fn one_offer_catalog(sku: SkuBuilder) -> Catalog {
    catalog_of(vec![online_service("TESTPROD0001", sku)])
}

pub fn first_offer(catalog: &Catalog) -> Offer<'_> {
    catalog.offers().next().expect("the catalog has an offer")
}

/// The offer with this SKU title in the price list in force on [`TODAY`] (or, if none is, the
/// first one listed).
pub fn offer_titled<'a>(catalog: &'a Catalog, title: &str) -> Offer<'a> {
    let titled = || catalog.offers().filter(|o| o.sku.title == title);
    titled()
        .find(|o| o.availability.is_effective_on(TODAY))
        .or_else(|| titled().next())
        .unwrap_or_else(|| panic!("no offer titled {title}"))
}

pub fn verdict(catalog: &Catalog, partner: &Partner, customer: &Customer, offer: Offer<'_>) -> Verdict {
    Context::new(catalog, partner, customer, TODAY).evaluate(offer)
}

pub fn reasons(catalog: &Catalog, partner: &Partner, customer: &Customer, offer: Offer<'_>) -> Vec<Reason> {
    verdict(catalog, partner, customer, offer).reasons().to_vec()
}

pub fn sentences(reasons: &[Reason]) -> Vec<String> {
    reasons.iter().map(|r| r.to_string()).collect()
}

/// Gives the customer an active subscription to `offer`.
pub fn owning(mut customer: Customer, offer: Offer<'_>, quantity: u32, purchased_on: Date) -> Customer {
    subscribe(
        &mut customer,
        offer.id(),
        offer,
        quantity,
        purchased_on,
        SubscriptionStatus::Active,
    );
    customer
}

pub fn subscribe(
    customer: &mut Customer,
    id: CatalogItemId,
    offer: Offer<'_>,
    quantity: u32,
    purchased_on: Date,
    status: SubscriptionStatus,
) {
    customer.subscriptions.push(Subscription {
        id: format!("sub-{}", customer.subscriptions.len() + 1).parse().unwrap(),
        offer: id,
        friendly_name: offer.sku.title.clone(),
        segment: offer.availability.segment,
        trial: offer.sku.trial,
        quantity,
        term: offer.availability.terms.first().map(|t| t.term),
        billing_frequency: offer.availability.terms.first().map(|t| t.frequencies[0]),
        purchased_on,
        purchased_at: None,
        status,
        coterm: None,
    });
}

pub fn plain_sku() -> SkuBuilder {
    sku("0001", "Test license").monthly(1000)
}

pub fn plain_sku_terms() -> Vec<csp_catalog::domain::catalog::TermPrice> {
    csp_catalog::domain::catalog::builder::per_month(1000)
}

/// Runs a future to its end on this thread. The app's ports in memory never wait, so
/// polling until ready is enough.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(value) = future.as_mut().poll(&mut context) {
            return value;
        }
    }
}
