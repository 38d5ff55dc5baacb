//! One file per page.

pub mod add_products;
mod catalog_import;
mod customer_form;
mod customer_route;
mod customers;
mod data;
mod not_found;
mod orders;
mod partner;
mod review;
mod rules;
mod subscriptions;
mod training;

pub use add_products::AddProductsPage;
pub use customer_form::CustomerFormPage;
pub use customer_route::CustomerRoute;
pub use customers::CustomersPage;
pub use data::DataPage;
pub use not_found::NotFoundPage;
pub use orders::{OrderPage, OrdersPage};
pub use partner::PartnerPage;
pub use review::ReviewPage;
pub use rules::RulesPage;
pub use subscriptions::SubscriptionsPage;
pub use training::TrainingPage;
