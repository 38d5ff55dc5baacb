//! A customer's cart: what the partner intends to buy, before review.
//!
//! Each line has an id that never changes and is never reused in its cart, so an edit names
//! the line it means even if another tab added or removed lines in between.

// Money, dates, quantities and windows computed from stored and imported values: no
// arithmetic that can overflow or wrap unnoticed.
#![deny(clippy::arithmetic_side_effects)]

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::catalog::{Catalog, SeatPool};
use crate::domain::ids::{CatalogItemId, OrderId};
use crate::domain::term::Plan;

/// A line's id within its cart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LineId(u32);

impl LineId {
    pub fn get(self) -> u32 {
        self.0
    }
}

impl std::fmt::Display for LineId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// What the partner asks to add: an offer, how many, on which plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewLine {
    pub offer: CatalogItemId,
    pub quantity: u32,
    pub plan: Option<Plan>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartLine {
    pub id: LineId,
    pub offer: CatalogItemId,
    pub quantity: u32,
    pub plan: Option<Plan>,
    /// Co-termed: the first term ends on this day, with a subscription the customer owns,
    /// instead of running a full term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_on: Option<time::Date>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "StoredCart")]
pub struct Cart {
    lines: Vec<CartLine>,
    /// The id the next line will get: one more than any line this cart ever had.
    next_line: u32,
    /// The order number Buy will use, reserved when the first line goes in (see
    /// [`crate::app::cart`]), so pressing Buy twice, or in two tabs, creates one order.
    reserved_order: Option<OrderId>,
}

/// A cart as stored, checked before it becomes a [`Cart`].
#[derive(Deserialize)]
struct StoredCart {
    lines: Vec<CartLine>,
    next_line: u32,
    reserved_order: Option<OrderId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BadCart {
    #[error("two lines have the id {0}")]
    DuplicateLine(LineId),
}

impl TryFrom<StoredCart> for Cart {
    type Error = BadCart;
    fn try_from(stored: StoredCart) -> Result<Cart, BadCart> {
        let mut seen = std::collections::BTreeSet::new();
        if let Some(line) = stored.lines.iter().find(|l| !seen.insert(l.id)) {
            return Err(BadCart::DuplicateLine(line.id));
        }
        // A counter behind its own lines would hand out an id twice: move it past them.
        let past_lines = stored.lines.iter().map(|l| l.id.0.saturating_add(1)).max().unwrap_or(1);
        Ok(Cart {
            next_line: stored.next_line.max(past_lines),
            lines: stored.lines,
            reserved_order: stored.reserved_order,
        })
    }
}

impl FromIterator<NewLine> for Cart {
    fn from_iter<I: IntoIterator<Item = NewLine>>(lines: I) -> Cart {
        let mut cart = Cart::default();
        for line in lines {
            cart.add(line);
        }
        cart
    }
}

impl Cart {
    /// Adds a line and returns its id; the same offer on the same plan adds to the existing
    /// line's quantity instead.
    pub fn add(&mut self, line: NewLine) -> LineId {
        if let Some(existing) = self
            .lines
            .iter_mut()
            .find(|l| l.offer == line.offer && l.plan == line.plan && l.ends_on.is_none())
        {
            existing.quantity = existing.quantity.saturating_add(line.quantity);
            return existing.id;
        }
        let id = self.fresh_id();
        self.next_line = id.0.saturating_add(1);
        self.lines.push(CartLine {
            id,
            offer: line.offer,
            quantity: line.quantity,
            plan: line.plan,
            ends_on: None,
        });
        id
    }

    /// The counter's id, or the lowest free one once the counter has reached the end of its
    /// range (a stored cart may hold any id up to 4,294,967,295).
    fn fresh_id(&self) -> LineId {
        let taken = |id: u32| self.lines.iter().any(|l| l.id.0 == id);
        let next = self.next_line.max(1);
        if !taken(next) {
            return LineId(next);
        }
        LineId((1..=u32::MAX).find(|&id| !taken(id)).unwrap_or(next))
    }

    /// How many of an offer on a plan the cart holds (lines merge, so at most one line).
    pub fn quantity_of(&self, offer: &CatalogItemId, plan: Option<Plan>) -> u32 {
        self.lines
            .iter()
            .filter(|l| &l.offer == offer && l.plan == plan)
            .fold(0, |sum, l| sum.saturating_add(l.quantity))
    }

    pub fn lines(&self) -> &[CartLine] {
        &self.lines
    }

    pub fn line(&self, id: LineId) -> Option<&CartLine> {
        self.lines.iter().find(|l| l.id == id)
    }

    /// Sets a line's quantity; false if the cart has no such line.
    pub fn set_quantity(&mut self, id: LineId, quantity: u32) -> bool {
        self.lines
            .iter_mut()
            .find(|l| l.id == id)
            .map(|l| l.quantity = quantity)
            .is_some()
    }

    /// Sets a line's plan; false if the cart has no such line. If another line already holds
    /// the same offer on that plan the two become one line (the other keeps its id).
    pub fn set_plan(&mut self, id: LineId, plan: Option<Plan>) -> bool {
        let Some(line) = self.lines.iter_mut().find(|l| l.id == id) else {
            return false;
        };
        line.plan = plan;
        self.merge_into_twin(id);
        true
    }

    /// Sets the day a line's first term ends (co-terming it with another subscription), or
    /// `None` for a full term; false if the cart has no such line.
    pub fn set_ends_on(&mut self, id: LineId, ends_on: Option<time::Date>) -> bool {
        let Some(line) = self.lines.iter_mut().find(|l| l.id == id) else {
            return false;
        };
        line.ends_on = ends_on;
        self.merge_into_twin(id);
        true
    }

    /// If another line buys the same thing as line `id`, its seats move to that line.
    fn merge_into_twin(&mut self, id: LineId) {
        let Some(line) = self.lines.iter().find(|l| l.id == id).cloned() else {
            return;
        };
        let twin = self
            .lines
            .iter_mut()
            .find(|l| l.id != id && l.offer == line.offer && l.plan == line.plan && l.ends_on == line.ends_on);
        if let Some(twin) = twin {
            twin.quantity = twin.quantity.saturating_add(line.quantity);
            self.lines.retain(|l| l.id != id);
        }
    }

    /// Removes a line; false if the cart has no such line.
    pub fn remove(&mut self, id: LineId) -> bool {
        let before = self.lines.len();
        self.lines.retain(|l| l.id != id);
        self.lines.len() != before
    }

    /// Removes every line and releases the order number; line ids go on from where they were,
    /// so an edit meant for a line of this cart can never land on a later one.
    pub fn clear(&mut self) {
        self.lines.clear();
        self.reserved_order = None;
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// The cart without one line, for checking that line against the others.
    pub fn without(&self, id: LineId) -> Cart {
        let mut rest = self.clone();
        rest.remove(id);
        rest
    }

    pub fn reserved_order(&self) -> Option<&OrderId> {
        self.reserved_order.as_ref()
    }

    pub fn reserve_order(&mut self, number: OrderId) {
        self.reserved_order = Some(number);
    }

    pub fn release_order(&mut self) {
        self.reserved_order = None;
    }

    /// Seats of SKUs in `pool` across the cart's lines.
    pub fn seats_in_pool(&self, catalog: &Catalog, pool: SeatPool) -> u32 {
        self.lines
            .iter()
            .filter(|line| {
                catalog
                    .sku(&line.offer.product_sku())
                    .is_some_and(|(_, sku)| sku.seat_pool == Some(pool))
            })
            .map(|line| line.quantity)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::term::{BillingFrequency, TermDuration};

    const BASIC: &str = "CFQ7TTC0LH18:0001:CFQ7TTC0K971";
    const VISIO: &str = "CFQ7TTC0LHSF:0001:CFQ7TTC0K5Q1";

    fn line(offer: &str, quantity: u32, plan: Option<Plan>) -> NewLine {
        NewLine {
            offer: offer.parse().unwrap(),
            quantity,
            plan,
        }
    }

    fn plan(term: TermDuration, billing_frequency: BillingFrequency) -> Option<Plan> {
        Some(Plan {
            term,
            billing_frequency,
        })
    }

    #[test]
    fn adding_the_same_offer_and_plan_adds_to_the_line() {
        let yearly = plan(TermDuration::OneYear, BillingFrequency::Monthly);
        let monthly = plan(TermDuration::OneMonth, BillingFrequency::Monthly);
        let mut cart = Cart::default();
        let first = cart.add(line(BASIC, 5, yearly));
        assert_eq!(cart.add(line(BASIC, 3, yearly)), first);
        assert_ne!(cart.add(line(BASIC, 2, monthly)), first);
        assert_eq!(cart.len(), 2);
        assert_eq!(cart.line(first).unwrap().quantity, 8);
    }

    #[test]
    fn line_ids_are_never_reused_in_a_cart() {
        let mut cart = Cart::default();
        let a = cart.add(line(BASIC, 1, None));
        let b = cart.add(line(VISIO, 1, None));
        assert!(cart.remove(b));
        let c = cart.add(line(VISIO, 2, None));
        assert!(c > b && b > a);
        assert!(!cart.remove(b), "a removed line stays removed");
        assert!(!cart.set_quantity(b, 9));
    }

    #[test]
    fn a_plan_change_onto_a_twin_line_merges_the_two() {
        let yearly = plan(TermDuration::OneYear, BillingFrequency::Monthly);
        let monthly = plan(TermDuration::OneMonth, BillingFrequency::Monthly);
        let mut cart = Cart::default();
        let a = cart.add(line(BASIC, 5, yearly));
        let b = cart.add(line(BASIC, 2, monthly));
        assert!(cart.set_plan(b, yearly));
        assert_eq!(cart.len(), 1);
        assert_eq!(cart.line(a).unwrap().quantity, 7);
    }

    #[test]
    fn a_stored_cart_with_a_repeated_line_id_is_refused_and_a_stale_counter_is_moved_on() {
        let twice = r#"{"lines":[{"id":1,"offer":"CFQ7TTC0LH18:0001:CFQ7TTC0K971","quantity":1,"plan":null},{"id":1,"offer":"CFQ7TTC0LHSF:0001:CFQ7TTC0K5Q1","quantity":1,"plan":null}],"next_line":2,"reserved_order":null}"#;
        let err = serde_json::from_str::<Cart>(twice).unwrap_err();
        assert!(err.to_string().contains("two lines have the id 1"), "{err}");

        let stale = r#"{"lines":[{"id":4,"offer":"CFQ7TTC0LH18:0001:CFQ7TTC0K971","quantity":1,"plan":null}],"next_line":2,"reserved_order":null}"#;
        let mut cart: Cart = serde_json::from_str(stale).unwrap();
        assert_eq!(cart.add(line(VISIO, 1, None)).get(), 5);
    }

    #[test]
    fn a_stored_line_id_at_the_end_of_its_range_still_leaves_room_for_new_lines() {
        let last = r#"{"lines":[{"id":4294967295,"offer":"CFQ7TTC0LH18:0001:CFQ7TTC0K971","quantity":1,"plan":null}],"next_line":2,"reserved_order":null}"#;
        let mut cart: Cart = serde_json::from_str(last).unwrap();
        let yearly = plan(TermDuration::OneYear, BillingFrequency::Monthly);
        let a = cart.add(line(VISIO, 1, None));
        let b = cart.add(line(VISIO, 1, yearly));
        let ids: std::collections::BTreeSet<u32> = cart.lines().iter().map(|l| l.id.get()).collect();
        assert_eq!(ids.len(), 3, "{ids:?}");
        assert_ne!(a, b);
    }
}
