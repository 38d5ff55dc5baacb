//! Text in and out: how values are stored (versioned envelopes), price lists and offer
//! matrices (CSV), and order exports.

pub mod envelope;
pub mod pricelist;
