//! Pieces shared by pages.

mod badges;
mod banner;
pub mod form;
pub mod offer_row;
mod what_if;
mod why_panel;
mod windowed_list;

pub use badges::{QualificationBadge, ReasonList};
pub use banner::StorageBanner;
pub use offer_row::{OfferRow, ProductRow};
pub use what_if::WhatIfPanel;
pub use why_panel::WhyPanel;
pub use windowed_list::WindowedList;
