//! Text in and out: how values are stored (versioned envelopes), the "Export all data" file,
//! price lists and offer matrices (CSV), and order exports.

pub mod envelope;
pub mod export;
pub mod orders_export;
pub mod pricelist;
