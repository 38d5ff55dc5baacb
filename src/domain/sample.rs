//! The demo partner and customers that ship with the app. Together they exercise every rule:
//! each qualification and status, customers in the United States served from the partner's
//! US tenant and customers across Europe served from its Slovak tenant (each customer in a
//! region where the partner has a tenant, as Partner Center requires), a missing agreement, a customer locked
//! to GCC, customers owning base subscriptions for add-ons, a used trial, a nearly full seat
//! pool.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    reason = "the demo data, written in the code and checked by tests"
)]

use std::cell::OnceCell;

use time::macros::date;
use time::Date;

use crate::domain::catalog::{default_catalog, Catalog, Sku};
use crate::domain::country::country;
use crate::domain::customer::{AgreementAcceptance, Customer, Qualification, QualificationRecord, QualificationStatus};
use crate::domain::ids::{ProductSkuId, SubscriptionId};
use crate::domain::partner::{Partner, PartnerType};
use crate::domain::subscription::{Subscription, SubscriptionStatus};
use crate::domain::term::{BillingFrequency, TermDuration};

/// A direct-bill partner without the US Government Cloud validation, with its main tenant
/// in the United States (which sells only there) and a second tenant in Slovakia that sells
/// across Europe: the seed's story, where a customer in Germany can't be sold Dynamics 365
/// Business Central Premium because it is not offered in Slovakia.
pub fn sample_partner() -> Partner {
    Partner {
        name: "Trey Research Cloud Services".to_string(),
        partner_type: PartnerType::DirectBill,
        tenant_country: country("US"),
        other_tenants: vec![country("SK")],
        reseller_qualifications: Vec::new(),
        indirect_provider: None,
    }
}

struct Draft {
    customer: Customer,
}

fn customer(id: &str, name: &str, country_code: &str) -> Draft {
    Draft {
        customer: Customer {
            id: id.parse().expect("sample customer ids are valid slugs"),
            name: name.to_string(),
            tenant_country: country(country_code),
            qualification: None,
            agreement: None,
            subscriptions: Vec::new(),
        },
    }
}

impl Draft {
    fn qualified(mut self, qualification: Qualification, status: QualificationStatus) -> Self {
        self.customer.qualification = Some(QualificationRecord { qualification, status });
        self
    }

    fn approved(self, qualification: Qualification) -> Self {
        self.qualified(qualification, QualificationStatus::Approved)
    }

    fn agreement(mut self, signer: &str, email: &str, accepted_on: Date) -> Self {
        self.customer.agreement = Some(AgreementAcceptance {
            signer_name: signer.to_string(),
            signer_email: email.to_string(),
            accepted_on,
        });
        self
    }

    /// A subscription to the first availability of `product:sku`, as the catalog in use
    /// has it, else as the built-in catalog has it: a tenant owns what it bought whatever
    /// price list is loaded now.
    fn owns(
        mut self,
        catalogs: &Catalogs<'_>,
        sku: &str,
        quantity: u32,
        purchased_on: Date,
        status: SubscriptionStatus,
    ) -> Self {
        let Ok(id) = sku.parse::<ProductSkuId>() else {
            return self;
        };
        // The built-in catalog holds every demo SKU (tested); a SKU missing from both is
        // left out rather than invented.
        let Some(found) = catalogs.sku(&id) else {
            return self;
        };
        let Some(availability) = found.availabilities.first() else {
            return self;
        };
        let offer = crate::domain::ids::CatalogItemId {
            product: id.product,
            sku: id.sku,
            availability: availability.id.clone(),
        };
        // Demo subscriptions are annual commitments where the offer has one.
        let first_term = availability
            .terms
            .iter()
            .find(|t| t.term == TermDuration::OneYear)
            .or(availability.terms.first());
        let n = self.customer.subscriptions.len() + 1;
        self.customer.subscriptions.push(Subscription {
            id: SubscriptionId::demo(fnv(self.customer.id.as_str()), n as u64),
            offer,
            friendly_name: found.title.clone(),
            segment: availability.segment,
            trial: found.trial,
            quantity,
            term: first_term.map(|t| t.term),
            billing_frequency: first_term.map(|t| {
                if t.term == TermDuration::OneYear {
                    BillingFrequency::Annual
                } else {
                    t.frequencies.first().copied().unwrap_or(BillingFrequency::Monthly)
                }
            }),
            purchased_on,
            purchased_at: None,
            status,
            coterm: None,
        });
        self
    }

    fn build(self) -> Customer {
        self.customer
    }
}

/// The catalog in use, and the built-in one, built only if the first lacks a demo SKU.
struct Catalogs<'a> {
    in_use: &'a Catalog,
    built_in: OnceCell<Catalog>,
}

impl Catalogs<'_> {
    fn sku(&self, id: &ProductSkuId) -> Option<&Sku> {
        let found = self
            .in_use
            .sku(id)
            .or_else(|| self.built_in.get_or_init(default_catalog).sku(id));
        found.map(|(_, sku)| sku)
    }
}

fn fnv(text: &str) -> u32 {
    text.bytes()
        .fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// The demo customers. Subscriptions point at offers of `catalog` where it has them, else
/// at the built-in catalog's (an imported price list may lack them).
pub fn sample_customers(catalog: &Catalog) -> Vec<Customer> {
    let catalog = &Catalogs {
        in_use: catalog,
        built_in: OnceCell::new(),
    };
    use Qualification::*;
    use SubscriptionStatus::{Active, Expired};
    vec![
        customer("contoso-pharma", "Contoso Pharmaceuticals", "US")
            .agreement(
                "Megan Bowen",
                "megan.bowen@contoso-pharma.example",
                date!(2024 - 03 - 14),
            )
            .owns(catalog, "CFQ7TTC0LCHC:0001", 280, date!(2025 - 09 - 01), Active)
            .owns(catalog, "CFQ7TTC0LFLZ:0001", 50, date!(2026 - 02 - 10), Active)
            .owns(catalog, "CFQ7TTC0LH4W:0003", 25, date!(2026 - 05 - 04), Expired)
            .build(),
        customer("fabrikam-gmbh", "Fabrikam GmbH", "DE")
            .agreement("Lukas Becker", "l.becker@fabrikam.example", date!(2023 - 06 - 02))
            .owns(catalog, "CFQ7TTC0LF8R:0001", 12, date!(2026 - 04 - 01), Active)
            .owns(catalog, "CFQ7TTC0LH16:0001", 45, date!(2025 - 11 - 15), Active)
            .build(),
        customer("tatra-logistics", "Tatra Logistics s.r.o.", "SK")
            .agreement(
                "Zuzana Kováčová",
                "zuzana.kovacova@tatra-logistics.example",
                date!(2025 - 01 - 20),
            )
            .owns(catalog, "CFQ7TTC0LDPB:0001", 35, date!(2025 - 10 - 01), Active)
            .build(),
        customer("northwind-schools", "Northwind Unified School District", "US")
            .approved(Education)
            .agreement(
                "Diego Siciliani",
                "dsiciliani@northwind-schools.example",
                date!(2022 - 08 - 30),
            )
            .owns(catalog, "CFQ7TTC0LHRN:0001", 400, date!(2025 - 08 - 15), Active)
            .owns(catalog, "CFQ7TTC0LHRN:0002", 6200, date!(2025 - 08 - 15), Active)
            .build(),
        customer("lakeside-college", "Lakeside College", "GB")
            .qualified(
                Education,
                QualificationStatus::InReview {
                    since: date!(2026 - 11 - 02),
                },
            )
            .agreement(
                "Isaiah Langer",
                "i.langer@lakeside-college.example",
                date!(2026 - 10 - 28),
            )
            .build(),
        customer("helping-hands", "Helping Hands Foundation", "US")
            .approved(Nonprofit)
            .agreement("Adele Vance", "adele@helping-hands.example", date!(2024 - 11 - 05))
            .owns(catalog, "CFQ7TTC0LCHC:0002", 40, date!(2026 - 01 - 12), Active)
            .build(),
        customer("riverbend-rescue", "Riverbend Animal Rescue", "US")
            .qualified(
                Nonprofit,
                QualificationStatus::Denied {
                    reason: "Not registered with the Microsoft nonprofit program".to_string(),
                },
            )
            .agreement("Nestor Wilke", "nestor@riverbend-rescue.example", date!(2025 - 05 - 19))
            .build(),
        customer("alder-county", "Alder County Public Works", "US")
            .approved(GovernmentCommunityCloud)
            .agreement("Lynne Robbins", "lrobbins@aldercounty.example", date!(2023 - 02 - 01))
            .owns(catalog, "CFQ7TTC0LHXD:0001", 120, date!(2025 - 07 - 01), Active)
            .build(),
        customer("fourth-coffee-federal", "Fourth Coffee Federal Services", "US")
            .qualified(
                GovernmentCommunityCloud,
                QualificationStatus::Denied {
                    reason: "Not a US government entity or a qualifying contractor".to_string(),
                },
            )
            .agreement(
                "Patti Fernandez",
                "patti@fourthcoffee-federal.example",
                date!(2024 - 09 - 09),
            )
            .build(),
        customer("adatum-energy", "Adatum Energy AS", "NO")
            .approved(StateOwnedEntity)
            .agreement(
                "Henrietta Mueller",
                "henrietta@adatum-energy.example",
                date!(2025 - 02 - 27),
            )
            .build(),
        customer("alpine-university", "Alpine University of Applied Sciences", "AT")
            .approved(EducationStateOwnedEntity)
            .agreement(
                "Johanna Lorenz",
                "j.lorenz@alpine-university.example",
                date!(2024 - 09 - 16),
            )
            .build(),
        customer("harbor-port-authority", "Harbor Port Authority", "US")
            .qualified(
                GovernmentCommunityCloudStateOwnedEntity,
                QualificationStatus::InReview {
                    since: date!(2026 - 10 - 20),
                },
            )
            .agreement("Grady Archie", "grady.archie@harborport.example", date!(2026 - 10 - 15))
            .build(),
        customer("wide-world-importers", "Wide World Importers", "US")
            .owns(catalog, "CFQ7TTC0LH18:0001", 20, date!(2019 - 11 - 04), Active)
            .build(),
    ]
}
