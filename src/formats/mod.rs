//! Text in and out: how values are stored (versioned envelopes), the "Export all data" file,
//! price lists and offer matrices (CSV), and order exports.

// Money, dates, quantities and windows computed from stored and imported values: no
// arithmetic that can overflow or wrap unnoticed.
#![deny(clippy::arithmetic_side_effects)]
// No panic reachable from data a user, a file, the browser or storage supplied (issue 27):
// a panic in the release build stops the tab. The few exceptions say why where they are.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

pub mod envelope;
pub mod export;
pub mod html;
pub mod orders_export;
pub mod pricelist;
