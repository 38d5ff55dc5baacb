#![cfg(not(target_arch = "wasm32"))]
//! The use cases over an in-memory store: what the browser tests check in Chromium, natively,
//! and what only a native test can check at scale (two tabs interleaving their edits).

mod common;

use common::{offer_titled, TODAY};
use csp_catalog::app::all_data::{load_all, read_export, replace_all, reset, snapshot};
use csp_catalog::app::buy::{buy, buy_unsaved, BuyError};
use csp_catalog::app::buy_options::{addition_limits, typed_addition};
use csp_catalog::app::cart::{add_line, remove_line, set_plan, set_quantity, stored_cart, CartError, OrderNumbers};
use csp_catalog::app::forms::{CustomerForm, Field, FieldError, FormProblem};
use csp_catalog::app::ledger::Ledger;
use csp_catalog::app::orders::{cancel_line, stored_orders, CancelFailure};
use csp_catalog::app::profile::{save_customer, SaveCustomerError};
use csp_catalog::app::store::{load, save, MemoryStore, Notice, Store, StoredKey};
use csp_catalog::domain::cart::{Cart, NewLine};
use csp_catalog::domain::catalog::{default_catalog, Catalog, OfferIndex};
use csp_catalog::domain::customer::Customer;
use csp_catalog::domain::ids::{CustomerId, OrderId};
use csp_catalog::domain::orders::with_orders;
use csp_catalog::domain::rules::{Context, Parties};
use csp_catalog::domain::sample::{sample_customers, sample_partner};
use csp_catalog::domain::subscription::lifecycle::Changed;
use csp_catalog::domain::term::{BillingFrequency, Plan, TermDuration};
use time::macros::datetime;

const YEARLY: Option<Plan> = Some(Plan {
    term: TermDuration::OneYear,
    billing_frequency: BillingFrequency::Monthly,
});
const MONTHLY: Option<Plan> = Some(Plan {
    term: TermDuration::OneMonth,
    billing_frequency: BillingFrequency::Monthly,
});

/// Order numbers ORD-0001, ORD-0002, …
#[derive(Default)]
struct Sequence(u32);

impl OrderNumbers for Sequence {
    fn next_number(&mut self) -> OrderId {
        self.0 += 1;
        format!("ORD-{:04}", self.0).parse().unwrap()
    }
}

fn fabrikam() -> CustomerId {
    "fabrikam-gmbh".parse().unwrap()
}

fn new_line(catalog: &Catalog, title: &str, quantity: u32) -> NewLine {
    NewLine {
        offer: offer_titled(catalog, title).id(),
        quantity,
        plan: YEARLY,
    }
}

/// For tests about storage alone: every addition is allowed.
fn no_rules(_: &Cart) -> Result<(), CartError> {
    Ok(())
}

/// Adds a line of the offer titled `title` to Fabrikam's cart, as a tab of its own would.
fn add(store: &mut MemoryStore, catalog: &Catalog, title: &str, quantity: u32) -> Cart {
    add_line(
        store,
        &fabrikam(),
        new_line(catalog, title, quantity),
        &mut Sequence::default(),
        no_rules,
    )
    .unwrap()
}

/// The customer as the rules see it, with what its stored orders gave it.
fn rules_customer(store: &mut MemoryStore, catalog: &Catalog, id: &CustomerId) -> Customer {
    let customer = sample_customers(catalog).into_iter().find(|c| &c.id == id).unwrap();
    let (orders, _) = stored_orders(store);
    with_orders(&customer, orders.iter())
}

/// What a tab knows after reading the store: the demo partner and customers, the stored orders.
fn ledger(store: &mut MemoryStore, catalog: &Catalog) -> Ledger {
    let (orders, _) = stored_orders(store);
    Ledger {
        customers: sample_customers(catalog),
        orders,
        ..Ledger::new(sample_partner())
    }
}

fn buy_now(
    store: &mut MemoryStore,
    catalog: &Catalog,
    shown: Option<&OrderId>,
) -> Result<csp_catalog::domain::orders::Order, BuyError> {
    let partner = sample_partner();
    let customer = rules_customer(store, catalog, &fabrikam());
    let context = Context::new(catalog, &partner, &customer, TODAY);
    buy(
        store,
        &context,
        shown,
        datetime!(2026-11-21 09:30 UTC),
        &mut Sequence(100),
    )
}

// ---- Cart edits --------------------------------------------------------------------------

#[test]
fn the_first_line_reserves_the_order_number_and_an_empty_cart_releases_it() {
    let catalog = default_catalog();
    let mut store = MemoryStore::new();
    let mut numbers = Sequence::default();
    let cart = add_line(
        &mut store,
        &fabrikam(),
        new_line(&catalog, "Power BI Pro", 2),
        &mut numbers,
        no_rules,
    )
    .unwrap();
    assert_eq!(cart.reserved_order().map(OrderId::as_str), Some("ORD-0001"));
    let cart = add_line(
        &mut store,
        &fabrikam(),
        new_line(&catalog, "Visio Plan 1", 1),
        &mut numbers,
        no_rules,
    )
    .unwrap();
    assert_eq!(
        cart.reserved_order().map(OrderId::as_str),
        Some("ORD-0001"),
        "kept while the cart has lines"
    );

    let ids: Vec<_> = cart.lines().iter().map(|l| l.id).collect();
    remove_line(&mut store, &fabrikam(), ids[0]).unwrap();
    let emptied = remove_line(&mut store, &fabrikam(), ids[1]).unwrap();
    assert!(emptied.is_empty() && emptied.reserved_order().is_none());

    let again = add_line(
        &mut store,
        &fabrikam(),
        new_line(&catalog, "Power BI Pro", 1),
        &mut numbers,
        no_rules,
    )
    .unwrap();
    assert_eq!(
        again.reserved_order().map(OrderId::as_str),
        Some("ORD-0002"),
        "a new cart, a new order"
    );
    assert!(
        again.lines()[0].id > ids[1],
        "a line id is never reused, so a stale tab's edit of a removed line can't land on a new one"
    );
}

#[test]
fn a_line_added_in_another_tab_is_kept_by_the_next_add_here() {
    let catalog = default_catalog();
    let mut store = MemoryStore::new();
    let mut numbers = Sequence::default();
    // This tab saw an empty cart; the other tab adds a line.
    let seen_here = stored_cart(&mut store, &fabrikam()).unwrap();
    add_line(
        &mut store,
        &fabrikam(),
        new_line(&catalog, "Power BI Pro", 4),
        &mut numbers,
        no_rules,
    )
    .unwrap();
    assert!(seen_here.is_empty());

    let cart = add_line(
        &mut store,
        &fabrikam(),
        new_line(&catalog, "Visio Plan 1", 1),
        &mut numbers,
        no_rules,
    )
    .unwrap();
    assert_eq!(cart.len(), 2);
    assert_eq!(stored_cart(&mut store, &fabrikam()).unwrap(), cart);
}

#[test]
fn an_edit_names_its_line_so_another_tabs_removal_does_not_shift_it() {
    let catalog = default_catalog();
    let mut store = MemoryStore::new();
    let mut numbers = Sequence::default();
    add_line(
        &mut store,
        &fabrikam(),
        new_line(&catalog, "Power BI Pro", 2),
        &mut numbers,
        no_rules,
    )
    .unwrap();
    let cart = add_line(
        &mut store,
        &fabrikam(),
        new_line(&catalog, "Visio Plan 1", 1),
        &mut numbers,
        no_rules,
    )
    .unwrap();
    let (power_bi, visio) = (cart.lines()[0].id, cart.lines()[1].id);

    // The other tab removes the first line; this tab, still showing both, changes Visio.
    remove_line(&mut store, &fabrikam(), power_bi).unwrap();
    let cart = set_quantity(&mut store, &fabrikam(), visio, |_, _| Ok(7)).unwrap();
    assert_eq!(cart.len(), 1);
    assert_eq!(cart.line(visio).unwrap().quantity, 7);
    assert_eq!(
        cart.line(visio).unwrap().offer,
        offer_titled(&catalog, "Visio Plan 1").id()
    );

    // And an edit of the line the other tab removed is refused, not applied elsewhere.
    assert_eq!(
        set_quantity(&mut store, &fabrikam(), power_bi, |_, _| Ok(9)),
        Err(CartError::LineGone)
    );
    assert_eq!(
        set_plan(&mut store, &fabrikam(), power_bi, MONTHLY),
        Err(CartError::LineGone)
    );
    assert_eq!(remove_line(&mut store, &fabrikam(), power_bi), Err(CartError::LineGone));
    assert_eq!(
        CartError::LineGone.to_string(),
        "That line is no longer in the cart: it was changed in another tab."
    );
}

#[test]
fn a_full_storage_quota_keeps_both_the_change_for_the_page_and_what_was_stored() {
    let catalog = default_catalog();
    let mut roomy = MemoryStore::new();
    add_line(
        &mut roomy,
        &fabrikam(),
        new_line(&catalog, "Power BI Pro", 2),
        &mut Sequence::default(),
        no_rules,
    )
    .unwrap();
    let stored_before = roomy.get("csp-catalog/cart/fabrikam-gmbh").unwrap();
    // A store with exactly the room that cart takes.
    let mut store = MemoryStore::with_quota("csp-catalog/cart/fabrikam-gmbh".len() + stored_before.len());
    store.set("csp-catalog/cart/fabrikam-gmbh", &stored_before).unwrap();

    let err = add_line(
        &mut store,
        &fabrikam(),
        new_line(&catalog, "Visio Plan 1", 3),
        &mut Sequence::default(),
        no_rules,
    )
    .unwrap_err();
    let CartError::NotSaved { notice, cart } = err else {
        panic!("{err:?}")
    };
    assert!(matches!(notice, Notice::WriteFailed { .. }), "{notice:?}");
    assert!(notice.to_string().contains("storage for this site is full"), "{notice}");
    assert_eq!(cart.len(), 2, "the page keeps the change");
    assert_eq!(
        store.get("csp-catalog/cart/fabrikam-gmbh"),
        Some(stored_before),
        "stored cart intact"
    );

    // Buy buys the cart the page shows and says why the order can't be kept, not that the
    // cart is empty or was bought elsewhere (issue 27).
    let partner = sample_partner();
    let customer = rules_customer(&mut store, &catalog, &fabrikam());
    let context = Context::new(&catalog, &partner, &customer, TODAY);
    let now = datetime!(2026-11-21 09:30 UTC);
    let err = buy_unsaved(&mut store, &context, &cart, now, &mut Sequence(100)).unwrap_err();
    let BuyError::Storage(notice) = &err else {
        panic!("{err:?}")
    };
    assert!(notice.to_string().contains("storage for this site is full"), "{notice}");
    // With room again, the order holds both lines.
    let mut roomy = MemoryStore::new();
    let order = buy_unsaved(&mut roomy, &context, &cart, now, &mut Sequence(100)).unwrap();
    assert_eq!(order.lines.len(), 2);
}

#[test]
fn an_unreadable_stored_cart_is_set_aside_and_the_edit_says_so() {
    let catalog = default_catalog();
    let mut store = MemoryStore::new();
    store
        .set("csp-catalog/cart/fabrikam-gmbh", "{\"lines\": [truncated")
        .unwrap();
    let err = add_line(
        &mut store,
        &fabrikam(),
        new_line(&catalog, "Power BI Pro", 1),
        &mut Sequence::default(),
        no_rules,
    )
    .unwrap_err();
    assert!(matches!(err, CartError::Unreadable(_)), "{err:?}");
    assert_eq!(
        store.get("csp-catalog/quarantine/cart/fabrikam-gmbh").as_deref(),
        Some("{\"lines\": [truncated")
    );
    // Set aside, the key is free again: the next add works.
    add(&mut store, &catalog, "Power BI Pro", 1);
}

#[test]
fn an_addition_is_checked_against_the_line_as_stored_not_as_the_page_saw_it() {
    let catalog = default_catalog();
    let mut store = MemoryStore::new();
    let ledger = ledger(&mut store, &catalog);
    let parties = ledger.parties(&fabrikam(), datetime!(2026-11-21 09:30 UTC));
    let rooms = offer_titled(&catalog, "Microsoft Teams Rooms Basic");
    let line = NewLine {
        offer: rooms.id(),
        quantity: 20,
        plan: rooms.availability.default_plan(),
    };
    // The use case Add to cart calls: it builds its own check against the stored cart.
    let add = |store: &mut MemoryStore| {
        let numbers = &mut Sequence::default();
        csp_catalog::app::cart::add_to_cart(
            store,
            &fabrikam(),
            line.clone(),
            numbers,
            parties.as_ref(),
            &catalog,
            TODAY,
        )
    };
    // Another tab adds 20 of a 25-seat maximum; this tab, whose page still shows an empty
    // cart, adds 20 more.
    let (_, total) = add(&mut store).unwrap();
    assert_eq!(total, 20, "how many the cart now holds");
    let err = add(&mut store).unwrap_err();
    let CartError::Refused(reasons) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(reasons.len(), 1);
    assert!(
        err.to_string()
            .contains("exceeds the remaining limit of 5 seats (at most 25 seats per customer"),
        "{err}"
    );
    let stored = stored_cart(&mut store, &fabrikam()).unwrap();
    assert_eq!(stored.lines()[0].quantity, 20, "the refused addition changed nothing");
}

#[test]
fn a_typed_quantity_is_checked_against_the_cart_and_an_offer_of_another_catalog_is_gone() {
    let catalog = default_catalog();
    let mut store = MemoryStore::new();
    let ledger = ledger(&mut store, &catalog);
    let parties = ledger.parties(&fabrikam(), datetime!(2026-11-21 09:30 UTC)).unwrap();
    let rooms = offer_titled(&catalog, "Microsoft Teams Rooms Basic");
    let index = catalog.offer_index(&rooms.id()).unwrap();
    let plan = rooms.availability.default_plan();
    let cart = Cart::from_iter([NewLine {
        offer: rooms.id(),
        quantity: 20,
        plan,
    }]);
    let check = |cart: &Cart, typed: &str| typed_addition(&parties, &catalog, TODAY, cart, index, plan, typed);
    assert_eq!(check(&Cart::default(), "20"), Ok(20));
    assert!(
        matches!(check(&cart, "6"), Err(CartError::Refused(_))),
        "20 + 6 is over 25"
    );
    assert_eq!(check(&cart, "5"), Ok(5));
    let limits = addition_limits(&parties, &catalog, TODAY, &cart, index).unwrap();
    assert_eq!(limits.maximum, 25);

    // An index kept from a bigger catalog another tab replaced is no offer here.
    let past_the_end = OfferIndex::new(catalog.offer_count());
    assert_eq!(check_at(&parties, &catalog, past_the_end), Err(CartError::Gone));
    assert_eq!(addition_limits(&parties, &catalog, TODAY, &cart, past_the_end), None);
}

fn check_at(parties: &Parties, catalog: &Catalog, index: OfferIndex) -> Result<u32, CartError> {
    typed_addition(parties, catalog, TODAY, &Cart::default(), index, None, "1")
}

#[test]
fn an_addition_refused_with_no_reason_still_says_what_happened() {
    let catalog = default_catalog();
    let mut store = MemoryStore::new();
    let err = add_line(
        &mut store,
        &fabrikam(),
        new_line(&catalog, "Power BI Pro", 1),
        &mut Sequence::default(),
        |_| Err(CartError::Gone),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "This offer or this customer is no longer here; reload the page."
    );
    assert!(stored_cart(&mut store, &fabrikam()).unwrap().is_empty());
}

// ---- Buy -----------------------------------------------------------------------------------

#[test]
fn buy_places_the_order_under_the_reserved_number_and_empties_the_cart() {
    let catalog = default_catalog();
    let mut store = MemoryStore::new();
    let cart = add(&mut store, &catalog, "Power BI Pro", 2);
    let order = buy_now(&mut store, &catalog, cart.reserved_order()).unwrap();
    assert_eq!(order.id.as_str(), "ORD-0001");
    assert_eq!(order.lines[0].quantity, 2);
    assert!(stored_cart(&mut store, &fabrikam()).unwrap().is_empty());
    assert_eq!(stored_orders(&mut store).0, vec![order]);
}

#[test]
fn buy_pressed_twice_or_in_two_tabs_makes_one_order() {
    let catalog = default_catalog();
    let mut store = MemoryStore::new();
    let cart = add(&mut store, &catalog, "Power BI Pro", 2);
    let shown = cart.reserved_order().cloned();
    let first = buy_now(&mut store, &catalog, shown.as_ref()).unwrap();
    // The second press (or the other tab, which showed the same cart) finds the first order.
    let second = buy_now(&mut store, &catalog, shown.as_ref()).unwrap();
    assert_eq!(second, first);
    assert_eq!(stored_orders(&mut store).0.len(), 1);
    // A tab that never showed that cart is told the cart is empty.
    assert_eq!(buy_now(&mut store, &catalog, None), Err(BuyError::CartEmpty));
}

#[test]
fn an_order_already_stored_under_the_reserved_number_wins_over_a_second_placement() {
    let catalog = default_catalog();
    let mut store = MemoryStore::new();
    let cart = add(&mut store, &catalog, "Power BI Pro", 2);
    let number = cart.reserved_order().cloned().unwrap();
    // Another tab stored the order but had not yet removed the cart.
    let mut theirs = buy_now(&mut store, &catalog, Some(&number)).unwrap();
    theirs.total = csp_catalog::domain::money::Money::usd(1, 0);
    save(&mut store, &StoredKey::Order(fabrikam(), number.clone()), &theirs).unwrap();
    save(&mut store, &StoredKey::Cart(fabrikam()), &cart).unwrap();

    let ours = buy_now(&mut store, &catalog, Some(&number)).unwrap();
    assert_eq!(ours, theirs, "the stored order wins");
    assert!(stored_cart(&mut store, &fabrikam()).unwrap().is_empty());
}

#[test]
fn buy_with_a_line_that_became_ineligible_stores_nothing() {
    let catalog = default_catalog();
    let mut store = MemoryStore::new();
    add(&mut store, &catalog, "Power BI Pro", 2);
    let partner = sample_partner();
    let mut customer = rules_customer(&mut store, &catalog, &fabrikam());
    customer.agreement = None;
    let context = Context::new(&catalog, &partner, &customer, TODAY);
    let err = buy(
        &mut store,
        &context,
        None,
        datetime!(2026-11-21 09:30 UTC),
        &mut Sequence(100),
    )
    .unwrap_err();
    assert!(matches!(err, BuyError::LinesBlocked(_)), "{err:?}");
    assert!(stored_orders(&mut store).0.is_empty());
    assert_eq!(stored_cart(&mut store, &fabrikam()).unwrap().len(), 1, "the cart stays");
}

#[test]
fn cancelling_reads_the_stored_order_again() {
    let catalog = default_catalog();
    let mut store = MemoryStore::new();
    add(&mut store, &catalog, "Power BI Pro", 2);
    add(&mut store, &catalog, "Visio Plan 1", 1);
    let order = buy_now(&mut store, &catalog, None).unwrap();

    // Two tabs cancel one line each, both starting from the order as placed.
    let soon = order.created_at + time::Duration::hours(2);
    cancel_line(
        &mut store,
        &csp_catalog::domain::catalog::default_catalog(),
        &fabrikam(),
        &order.id,
        csp_catalog::domain::ids::LineNumber(0),
        soon,
    )
    .unwrap();
    let cancelled = cancel_line(
        &mut store,
        &csp_catalog::domain::catalog::default_catalog(),
        &fabrikam(),
        &order.id,
        csp_catalog::domain::ids::LineNumber(1),
        soon,
    )
    .unwrap();
    let (saved, refund) = (cancelled.order, cancelled.refund);
    assert!(
        saved.lines.iter().all(|l| l.cancellation.is_some()),
        "neither cancellation is lost"
    );
    assert!(!refund.is_zero());
    assert!(matches!(
        cancel_line(
            &mut store,
            &csp_catalog::domain::catalog::default_catalog(),
            &fabrikam(),
            &order.id,
            csp_catalog::domain::ids::LineNumber(1),
            soon
        ),
        Err(CancelFailure::Refused(_))
    ));
    let unknown: OrderId = "ORD-9999".parse().unwrap();
    assert_eq!(
        cancel_line(
            &mut store,
            &csp_catalog::domain::catalog::default_catalog(),
            &fabrikam(),
            &unknown,
            csp_catalog::domain::ids::LineNumber(0),
            soon
        ),
        Err(CancelFailure::NoSuchOrder)
    );
}

// ---- Customers and all data ------------------------------------------------------------------

#[test]
fn saving_a_customer_keeps_one_another_tab_added() {
    let catalog = default_catalog();
    let partner = sample_partner();
    let mut store = MemoryStore::new();
    let shown = sample_customers(&catalog);
    let mut first = CustomerForm::from_customer(&shown[0]);
    first.id = "added-elsewhere".to_string();
    save_customer(&mut store, &first, None, &shown, &partner, TODAY).unwrap();

    let mut second = CustomerForm::from_customer(&shown[1]);
    second.name = "Renamed here".to_string();
    let saved = save_customer(&mut store, &second, Some(&shown[1].id), &shown, &partner, TODAY)
        .unwrap()
        .customers;
    assert!(saved.iter().any(|c| c.id.as_str() == "added-elsewhere"));
    assert!(saved.iter().any(|c| c.name == "Renamed here"));
    let stored: Vec<Customer> = load(&mut store, &StoredKey::Customers).unwrap().unwrap();
    assert_eq!(stored, saved);
}

/// Issue 22, bug 1: a tab that still shows the list from before another tab created a customer
/// could create one with the same id and silently replace it.
#[test]
fn a_stale_tab_cannot_overwrite_a_customer_another_tab_created_with_the_same_id() {
    let catalog = default_catalog();
    let partner = sample_partner();
    let mut store = MemoryStore::new();
    let shown = sample_customers(&catalog);
    let mut form = CustomerForm::from_customer(&shown[0]);
    form.id = "tailspin-toys".to_string();
    form.name = "Tailspin Toys".to_string();
    // The other tab creates it.
    save_customer(&mut store, &form, None, &shown, &partner, TODAY).unwrap();

    // This tab never saw it: its list is `shown`, without it.
    let mut mine = form.clone();
    mine.name = "Tailspin Toys (mine)".to_string();
    let refused = save_customer(&mut store, &mine, None, &shown, &partner, TODAY).unwrap_err();
    let taken: CustomerId = "tailspin-toys".parse().unwrap();
    assert_eq!(
        refused,
        SaveCustomerError::Invalid(vec![FieldError {
            field: Field::Id,
            problem: FormProblem::IdTaken(taken.clone()),
        }])
    );
    let stored: Vec<Customer> = load(&mut store, &StoredKey::Customers).unwrap().unwrap();
    let kept: Vec<&str> = stored
        .iter()
        .filter(|c| c.id == taken)
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(
        kept,
        ["Tailspin Toys"],
        "the other tab's customer is kept as it saved it"
    );

    // An edit is no creation: it replaces the customer it edits, once.
    let editing = shown[1].id.clone();
    let mut here = CustomerForm::from_customer(&shown[1]);
    here.name = "Renamed here".to_string();
    let saved = save_customer(&mut store, &here, Some(&editing), &shown, &partner, TODAY).unwrap();
    assert_eq!(saved.id, editing);
    assert_eq!(saved.customers.iter().filter(|c| c.id == editing).count(), 1);
}

#[test]
fn a_value_set_aside_in_an_earlier_visit_is_reported_at_every_start() {
    let catalog = default_catalog();
    let mut store = MemoryStore::new();
    store
        .set(
            "csp-catalog/customers",
            "{\"kind\":\"customers\",\"version\":1,\"data\":[{\"id\":\"BROKEN\"}]}",
        )
        .unwrap();
    let first = load_all(&mut store, &catalog);
    assert_eq!(
        first.ledger.customers,
        sample_customers(&catalog),
        "the demo customers stand in"
    );
    assert!(
        matches!(first.notices.as_slice(), [Notice::Quarantined { .. }]),
        "{:?}",
        first.notices
    );

    let next_visit = load_all(&mut store, &catalog);
    assert_eq!(
        next_visit.notices,
        vec![Notice::StillQuarantined {
            quarantine_key: StoredKey::Customers.quarantine(1)
        }]
    );
}

#[test]
fn replacing_all_data_is_all_or_nothing() {
    let catalog = default_catalog();
    let mut store = MemoryStore::new();
    add(&mut store, &catalog, "Power BI Pro", 2);
    buy_now(&mut store, &catalog, None).unwrap();
    let loaded = load_all(&mut store, &catalog);
    let exported = snapshot(
        &mut store,
        loaded.ledger.partner,
        loaded.ledger.customers,
        loaded.ledger.orders,
    );

    // Too little room for the import: everything stays as it was.
    let used: usize = store.keys().iter().map(|k| k.len() + store.get(k).unwrap().len()).sum();
    let mut tight = MemoryStore::with_quota(used + 10);
    for key in store.keys() {
        tight.set(&key, &store.get(&key).unwrap()).unwrap();
    }
    let mut bigger = exported.clone();
    bigger
        .customers
        .extend(sample_customers(&catalog).into_iter().map(|mut c| {
            c.id = format!("{}-copy", c.id).parse().unwrap();
            c
        }));
    let before: Vec<_> = tight.keys().iter().map(|k| (k.clone(), tight.get(k))).collect();
    assert!(replace_all(&mut tight, &bigger).is_err());
    let after: Vec<_> = tight.keys().iter().map(|k| (k.clone(), tight.get(k))).collect();
    assert_eq!(after, before);

    // With room, the store holds exactly the snapshot; reset leaves only set-aside values.
    let mut roomy = MemoryStore::new();
    roomy.set("csp-catalog/quarantine/partner", "kept").unwrap();
    replace_all(&mut roomy, &exported).unwrap();
    let reloaded = load_all(&mut roomy, &catalog);
    assert_eq!(
        snapshot(
            &mut roomy,
            reloaded.ledger.partner,
            reloaded.ledger.customers,
            reloaded.ledger.orders
        ),
        exported
    );
    reset(&mut roomy);
    assert_eq!(roomy.keys(), vec!["csp-catalog/quarantine/partner".to_string()]);
}

// ---- Two tabs, any interleaving ---------------------------------------------------------------

mod two_tabs {
    use super::*;
    use proptest::prelude::*;

    #[derive(Clone, Debug)]
    enum Step {
        Add { offer: usize, quantity: u32, yearly: bool },
        SetQuantity { line: usize, quantity: u32 },
        SwitchPlan { line: usize },
        Remove { line: usize },
        Buy,
    }

    const OFFERS: [&str; 3] = ["Power BI Pro", "Visio Plan 1", "Exchange Online (Plan 1)"];

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            4 => (0..OFFERS.len(), 1u32..5, any::<bool>()).prop_map(|(offer, quantity, yearly)| Step::Add { offer, quantity, yearly }),
            2 => (0usize..6, 1u32..9).prop_map(|(line, quantity)| Step::SetQuantity { line, quantity }),
            1 => (0usize..6).prop_map(|line| Step::SwitchPlan { line }),
            2 => (0usize..6).prop_map(|line| Step::Remove { line }),
            1 => Just(Step::Buy),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Each tab acts on the cart as it last saw it (its own view goes stale while the
        /// other tab works). Whatever the interleaving, the store ends up exactly as if every
        /// step had been applied in turn to the true cart: no line or order is lost or doubled.
        #[test]
        fn no_line_and_no_order_is_lost_or_doubled(steps in prop::collection::vec((any::<bool>(), step()), 1..40)) {
            let catalog = default_catalog();
            let mut store = MemoryStore::new();
            let mut numbers = Sequence::default();
            let mut views = [Cart::default(), Cart::default()];
            // The truth, kept by applying each step to the cart as it really is.
            let mut model = Cart::default();
            let mut model_orders: Vec<Cart> = Vec::new();

            for (second_tab, step) in steps {
                let tab = usize::from(second_tab);
                let view = &views[tab];
                let line_in_view = |i: usize| view.lines().get(i % view.len().max(1)).map(|l| l.id);
                let result = match step {
                    Step::Add { offer, quantity, yearly } => {
                        let line = NewLine {
                            offer: offer_titled(&catalog, OFFERS[offer]).id(),
                            quantity,
                            plan: if yearly { YEARLY } else { MONTHLY },
                        };
                        model.add(line.clone());
                        add_line(&mut store, &fabrikam(), line, &mut numbers, no_rules).map(Some)
                    }
                    Step::SetQuantity { line, quantity } => match line_in_view(line) {
                        None => continue,
                        Some(id) => {
                            let there = model.set_quantity(id, quantity);
                            let result = set_quantity(&mut store, &fabrikam(), id, |_, _| Ok(quantity));
                            prop_assert_eq!(there, result.is_ok(), "{:?}", result);
                            result.map(Some)
                        }
                    },
                    Step::SwitchPlan { line } => match line_in_view(line) {
                        None => continue,
                        Some(id) => {
                            let plan = view.line(id).and_then(|l| l.plan);
                            let other = if plan == YEARLY { MONTHLY } else { YEARLY };
                            let there = model.set_plan(id, other);
                            let result = set_plan(&mut store, &fabrikam(), id, other);
                            prop_assert_eq!(there, result.is_ok(), "{:?}", result);
                            result.map(Some)
                        }
                    },
                    Step::Remove { line } => match line_in_view(line) {
                        None => continue,
                        Some(id) => {
                            let there = model.remove(id);
                            let result = remove_line(&mut store, &fabrikam(), id);
                            prop_assert_eq!(there, result.is_ok(), "{:?}", result);
                            result.map(Some)
                        }
                    },
                    Step::Buy => {
                        let shown = view.reserved_order().cloned();
                        let result = buy_now(&mut store, &catalog, shown.as_ref());
                        if !model.is_empty() {
                            prop_assert!(result.is_ok(), "{:?}", result);
                            model_orders.push(model.clone());
                            model.clear();
                        }
                        Ok(None)
                    }
                };
                // The tab now shows the cart as stored.
                if let Ok(Some(cart)) = result {
                    views[tab] = cart;
                } else {
                    views[tab] = stored_cart(&mut store, &fabrikam()).unwrap();
                }

                let stored = stored_cart(&mut store, &fabrikam()).unwrap();
                prop_assert_eq!(stored.lines(), model.lines());
                prop_assert_eq!(stored.reserved_order().is_some(), !stored.is_empty());
            }

            let (orders, notices) = stored_orders(&mut store);
            prop_assert!(notices.is_empty());
            prop_assert_eq!(orders.len(), model_orders.len(), "one order per bought cart");
            let mut numbers: Vec<_> = orders.iter().map(|o| o.id.clone()).collect();
            numbers.sort();
            numbers.dedup();
            prop_assert_eq!(numbers.len(), orders.len(), "no order number twice");
            let seats = |lines: Vec<(String, u32)>| {
                let mut lines = lines;
                lines.sort();
                lines
            };
            let ordered = seats(orders.iter().flat_map(|o| o.lines.iter().map(|l| (l.offer.to_string(), l.quantity))).collect());
            let bought = seats(model_orders.iter().flat_map(|c| c.lines().iter().map(|l| (l.offer.to_string(), l.quantity))).collect());
            prop_assert_eq!(ordered, bought, "every bought line is in an order, once");
        }
    }
}

#[test]
fn review_reads_a_quantity_as_add_to_cart_does_counting_the_other_lines_in_the_pool() {
    use csp_catalog::app::cart::quantity_check;
    use csp_catalog::domain::rules::{Parties, Reason};
    let catalog = default_catalog();
    let contoso: CustomerId = "contoso-pharma".parse().unwrap();
    let parties = Parties {
        partner: sample_partner(),
        customer: sample_customers(&catalog)
            .into_iter()
            .find(|c| c.id == contoso)
            .unwrap(),
    };
    let mut store = MemoryStore::default();
    let mut numbers = Sequence::default();
    // Contoso owns 280 Business Premium seats: 20 are left in the small-business pool.
    add_line(
        &mut store,
        &contoso,
        new_line(&catalog, "Microsoft 365 Business Basic", 5),
        &mut numbers,
        no_rules,
    )
    .unwrap();
    let cart = add_line(
        &mut store,
        &contoso,
        new_line(&catalog, "Microsoft 365 Business Standard", 10),
        &mut numbers,
        no_rules,
    )
    .unwrap();
    let basic = cart.lines()[0].id;

    let refused = set_quantity(
        &mut store,
        &contoso,
        basic,
        quantity_check(Some(&parties), &catalog, TODAY, "11"),
    );
    assert_eq!(
        refused,
        Err(CartError::Refused(vec![Reason::ExceedsPooledLimit {
            requested: 11,
            remaining: 10,
            limit: 300
        }]))
    );
    assert_eq!(
        stored_cart(&mut store, &contoso).unwrap().lines()[0].quantity,
        5,
        "nothing changed"
    );
    for bad in ["", "abc", "-3", "2.5", "999999999"] {
        assert!(
            matches!(
                set_quantity(
                    &mut store,
                    &contoso,
                    basic,
                    quantity_check(Some(&parties), &catalog, TODAY, bad)
                ),
                Err(CartError::Refused(_))
            ),
            "{bad:?}"
        );
    }
    let cart = set_quantity(
        &mut store,
        &contoso,
        basic,
        quantity_check(Some(&parties), &catalog, TODAY, "10"),
    )
    .unwrap();
    assert_eq!(cart.lines()[0].quantity, 10);
}

#[test]
fn whatever_the_app_loads_it_exports_and_whatever_it_exports_it_imports() {
    // Stored values that read but don't hang together (issue 27): an order filed under
    // another order's key, an order and subscription changes of a customer no one knows.
    let catalog = default_catalog();
    let mut store = MemoryStore::new();
    add(&mut store, &catalog, "Power BI Pro", 2);
    let order = buy_now(&mut store, &catalog, None).unwrap();
    let misfiled = StoredKey::Order(fabrikam(), "00000000000000AA".parse().unwrap());
    save(&mut store, &misfiled, &order).unwrap();
    let ghost: CustomerId = "ghost-co".parse().unwrap();
    let mut stray = order.clone();
    stray.customer = ghost.clone();
    save(&mut store, &StoredKey::Order(ghost.clone(), stray.id.clone()), &stray).unwrap();
    save(
        &mut store,
        &StoredKey::SubscriptionChanges(ghost.clone()),
        &Vec::<Changed>::new(),
    )
    .unwrap();
    // And a partner profile the form would refuse: its name runs to 2,000 characters.
    let mut long_named = sample_partner();
    long_named.name = "N".repeat(2000);
    save(&mut store, &StoredKey::Partner, &long_named).unwrap();

    let loaded = load_all(&mut store, &catalog);
    let set_aside: Vec<String> = loaded.notices.iter().map(ToString::to_string).collect();
    assert!(
        set_aside
            .iter()
            .any(|n| n.contains("not the order 00000000000000AA of fabrikam-gmbh its key names")),
        "{set_aside:#?}"
    );
    assert!(
        set_aside
            .iter()
            .any(|n| n.contains("customer ghost-co, whom this browser does not know")),
        "{set_aside:#?}"
    );
    assert!(store.get(&misfiled.to_string()).is_none(), "set aside, not read again");
    assert!(
        store
            .keys()
            .iter()
            .any(|k| k.starts_with("csp-catalog/quarantine/order/")),
        "and kept"
    );
    assert_eq!(loaded.ledger.orders, vec![order]);
    assert!(
        set_aside
            .iter()
            .any(|n| n.contains("The name can be at most 120 characters")),
        "{set_aside:#?}"
    );
    assert_eq!(loaded.ledger.partner, sample_partner(), "the demo partner stands in");
    assert!(store
        .get("csp-catalog/quarantine/partner")
        .is_some_and(|v| v.contains(&"N".repeat(2000))));

    let exported = snapshot(
        &mut store,
        loaded.ledger.partner.clone(),
        loaded.ledger.customers.clone(),
        loaded.ledger.orders.clone(),
    );
    let text = csp_catalog::formats::export::export(&exported);
    let imported = read_export(&text).expect("what the app exports, it imports");
    assert_eq!(imported, exported);
    let mut elsewhere = MemoryStore::new();
    replace_all(&mut elsewhere, &imported).unwrap();
    assert_eq!(load_all(&mut elsewhere, &catalog).ledger, loaded.ledger);
}

#[test]
fn import_all_data_refuses_what_the_forms_refuse() {
    let catalog = default_catalog();
    let mut store = MemoryStore::new();
    add(&mut store, &catalog, "Power BI Pro", 2);
    let loaded = load_all(&mut store, &catalog);
    let good = snapshot(
        &mut store,
        loaded.ledger.partner,
        loaded.ledger.customers,
        loaded.ledger.orders,
    );
    let file = |snapshot: &csp_catalog::formats::export::Snapshot| csp_catalog::formats::export::export(snapshot);
    assert_eq!(read_export(&file(&good)).as_ref(), Ok(&good), "the demo data imports");

    let mut long_partner = good.clone();
    long_partner.partner.name = "P".repeat(2000);
    assert_eq!(
        read_export(&file(&long_partner)).unwrap_err().to_string(),
        "The partner profile in the file is not one the partner form accepts: The name can be at most 120 characters."
    );

    let mut future_agreement = good.clone();
    let signed = future_agreement
        .customers
        .iter_mut()
        .find(|c| c.agreement.is_some())
        .unwrap();
    let id = signed.id.clone();
    if let Some(agreement) = signed.agreement.as_mut() {
        agreement.accepted_on = time::macros::date!(2099 - 01 - 01);
    }
    let err = read_export(&file(&future_agreement)).unwrap_err().to_string();
    assert!(
        err.starts_with(&format!(
            "Customer \"{id}\" in the file is not one the customer form accepts: "
        )),
        "{err}"
    );

    let mut long_name = good.clone();
    long_name.customers[0].name = "N".repeat(121);
    assert!(read_export(&file(&long_name))
        .unwrap_err()
        .to_string()
        .contains("at most 120 characters"));

    let mut json: serde_json::Value = serde_json::from_str(&file(&good)).unwrap();
    let quantity = json
        .pointer_mut("/data/carts/fabrikam-gmbh/lines/0/quantity")
        .expect("the cart's first line in the file");
    *quantity = 0.into();
    let text = json.to_string();
    assert_eq!(
        read_export(&text).unwrap_err().to_string(),
        "The cart of \"fabrikam-gmbh\" in the file has a line of no licences."
    );
}

#[test]
fn a_data_file_with_a_value_the_format_refuses_says_where_and_what_in_the_users_language() {
    use csp_catalog::i18n::Language;
    let catalog = default_catalog();
    let snapshot = csp_catalog::formats::export::Snapshot {
        partner: sample_partner(),
        customers: sample_customers(&catalog),
        carts: Default::default(),
        orders: Vec::new(),
        subscription_changes: Default::default(),
    };
    let mut value: serde_json::Value = serde_json::from_str(&csp_catalog::formats::export::export(&snapshot)).unwrap();
    let quantity = value["data"]["customers"][0]["subscriptions"][0]
        .get_mut("quantity")
        .expect("the first sample customer owns a subscription");
    *quantity = serde_json::json!(-3);
    let refused = read_export(&value.to_string()).unwrap_err();
    let english = refused.sentence(Language::English);
    assert_eq!(
        english,
        "The file can't be read as a CSP Catalog export: its content is not a valid export: \
         customers[0].subscriptions[0].quantity is -3, a value it cannot have."
    );
    let french = refused.sentence(Language::French);
    assert!(
        french.contains("customers[0].subscriptions[0].quantity vaut -3, une valeur impossible ici"),
        "{french}"
    );
    for sentence in [english, french] {
        assert!(
            !sentence.contains("expected u32") && !sentence.contains("integer"),
            "no serde words: {sentence}"
        );
    }

    value["data"]["customers"][0]["subscriptions"][0]["quantity"] = serde_json::json!("abc");
    let english = read_export(&value.to_string()).unwrap_err().sentence(Language::English);
    assert!(
        english.ends_with("quantity is abc, not the kind of value it holds."),
        "{english}"
    );
}
