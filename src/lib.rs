//! CSP Catalog: the Partner Center "Add products" page, simulated in the browser, with a
//! rules engine that explains every verdict.
//!
//! Four layers, each a folder; dependencies point down only:
//!
//! - `ui`: the Leptos pages (wasm only). Renders what the layers below decide.
//! - `browser`: the browser's services (wasm only): `localStorage`, IndexedDB, clock, downloads.
//! - [`app`]: what a user can do (add to cart, buy, cancel, save a customer, import data), as
//!   functions over a [`app::store::Store`], and the models of the pages (filters, forms).
//! - [`formats`]: text in and out: storage envelopes, price-list CSV, order exports.
//! - [`domain`]: the catalog, the rules engine, carts and orders. Plain data and pure functions.
//!
//! Everything but `ui` and `browser` builds and is tested natively (`cargo test`).

pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod domain;
pub mod formats;
pub mod i18n;
#[cfg(target_arch = "wasm32")]
pub mod ui;
