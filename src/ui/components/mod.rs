//! Pieces shared by pages.

mod badges;
mod banner;
pub mod form;
mod windowed_list;

pub use badges::{QualificationBadge, ReasonList};
pub use banner::StorageBanner;
pub use windowed_list::WindowedList;
