//! CSP Catalog: the Partner Center "Add products" page, simulated in the browser, with a
//! rules engine that explains every verdict.
//!
//! The domain modules (everything but `ui`) are plain Rust with no browser types, so they
//! build and test natively. The Leptos UI sits on top and only exists in the wasm build.

pub mod browse;
pub mod cart;
pub mod catalog;
pub mod country;
pub mod customer;
pub mod dates;
pub mod forms;
pub mod ids;
pub mod list_window;
pub mod money;
pub mod orders;
pub mod partner;
pub mod pricelist;
pub mod rules;
pub mod sample;
pub mod storage;
pub mod subscription;
pub mod synthetic;
pub mod term;
pub mod whatif;

#[cfg(target_arch = "wasm32")]
pub mod ui;
