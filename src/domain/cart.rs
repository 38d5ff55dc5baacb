//! A customer's cart: what the partner intends to buy, before review.

use serde::{Deserialize, Serialize};

use crate::domain::catalog::{Catalog, SeatPool};
use crate::domain::ids::CatalogItemId;
use crate::domain::term::Plan;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartLine {
    pub offer: CatalogItemId,
    pub quantity: u32,
    pub plan: Option<Plan>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cart {
    pub lines: Vec<CartLine>,
    /// Set when the first line goes in and kept until Buy: the order number Buy will use,
    /// so pressing Buy twice, or in two tabs, creates one order.
    #[serde(default)]
    pub checkout: Option<String>,
}

impl Cart {
    /// Adds a line; the same offer on the same plan adds to the existing line's quantity.
    pub fn add(&mut self, line: CartLine) {
        match self
            .lines
            .iter_mut()
            .find(|l| l.offer == line.offer && l.plan == line.plan)
        {
            Some(existing) => existing.quantity = existing.quantity.saturating_add(line.quantity),
            None => self.lines.push(line),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The cart without the line at `position`, for checking that line against the others.
    pub fn without(&self, position: usize) -> Cart {
        let mut rest = self.clone();
        if position < rest.lines.len() {
            rest.lines.remove(position);
        }
        rest
    }

    pub fn len(&self) -> usize {
        self.lines.len()
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

    fn line(offer: &str, quantity: u32, plan: Option<Plan>) -> CartLine {
        CartLine {
            offer: offer.parse().unwrap(),
            quantity,
            plan,
        }
    }

    #[test]
    fn adding_the_same_offer_and_plan_adds_to_the_line() {
        let yearly = Some(Plan {
            term: TermDuration::OneYear,
            billing_frequency: BillingFrequency::Monthly,
        });
        let monthly = Some(Plan {
            term: TermDuration::OneMonth,
            billing_frequency: BillingFrequency::Monthly,
        });
        let mut cart = Cart::default();
        cart.add(line("CFQ7TTC0LH18:0001:CFQ7TTC0K971", 5, yearly));
        cart.add(line("CFQ7TTC0LH18:0001:CFQ7TTC0K971", 3, yearly));
        cart.add(line("CFQ7TTC0LH18:0001:CFQ7TTC0K971", 2, monthly));
        assert_eq!(cart.len(), 2);
        assert_eq!(cart.lines[0].quantity, 8);
    }
}
