//! What CSP new commerce is: the catalog, the partner and its customers, carts, orders and
//! subscriptions, and the rules engine that decides what may be sold to whom.
//!
//! Plain data and pure functions: nothing here reads a clock, storage or the browser, so every
//! rule is tested natively.

// No panic reachable from data a user, a file, the browser or storage supplied (issue 27):
// a panic in the release build stops the tab. The few exceptions say why where they are.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

pub mod cart;
pub mod catalog;
pub mod country;
pub mod customer;
pub mod dates;
pub mod ids;
pub mod money;
pub mod orders;
pub mod partner;
pub mod random;
pub mod region;
pub mod rules;
pub mod sample;
pub mod subscription;
pub mod term;
pub mod whatif;
pub mod words;
