//! One file per page.

pub mod add_products;
mod customers;
mod not_found;
mod rules;

pub use add_products::AddProductsPage;
pub use customers::CustomersPage;
pub use not_found::{NotFound, NotFoundPage};
pub use rules::RulesPage;
