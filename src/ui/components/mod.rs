//! Pieces shared by pages.

mod badges;
mod banner;
mod catalog_footer;
mod day;
pub mod form;
mod price_note;
mod quantity_input;
mod windowed_list;

pub use badges::{QualificationBadge, ReasonList};
pub use banner::StorageBanner;
pub use catalog_footer::CatalogFooter;
pub use day::{DayControl, MovedDayBanner};
pub use price_note::{BuyCurrencyNote, CountriesUnknownNote, PriceListNote};
pub use quantity_input::{HandOn, QuantityInput};
pub use windowed_list::WindowedList;
