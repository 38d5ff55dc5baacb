//! What a user can do, and the models of the pages they do it on.
//!
//! Use cases are functions over a [`store::Store`] and the domain; each reads what is stored
//! now, changes it and writes it back, and returns a typed result. They are tested natively
//! with [`store::MemoryStore`]. Page models (filters and the URL query, forms, which rows of
//! a long list to show) are plain data too.
//!
//! | user action | use case |
//! |---|---|
//! | Add to cart, change a line's quantity or plan, Remove | [`cart`] |
//! | Buy | [`buy::buy`] |
//! | Cancel a line of an order | [`orders::cancel_line`] |
//! | Save a customer, save the partner profile | [`profile`] |
//! | Start the app, Export / Import all data, Reset demo data | [`all_data`] |
//! | Move the app's day ("Today is …") | [`day`] |
//! | Add or remove seats, auto-renew, change the next term | [`subscriptions`] |

// No panic reachable from data a user, a file, the browser or storage supplied (issue 27):
// a panic in the release build stops the tab. The few exceptions say why where they are.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

/// A type whose `Display` is its English sentence (`sentence(Language::English)`), so logs and
/// tests read as the app does in English.
macro_rules! english_display {
    ($type:ty) => {
        impl std::fmt::Display for $type {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.sentence(crate::i18n::Language::English))
            }
        }
    };
}

pub mod all_data;
pub mod browse;
pub mod buy;
pub mod buy_options;
pub mod cart;
pub mod day;
pub mod forms;
pub mod ledger;
pub mod list_window;
pub mod orders;
pub mod price_list;
pub mod profile;
pub mod route;
pub mod slug;
pub mod store;
pub mod subscriptions;
pub mod training;
