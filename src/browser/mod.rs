//! The browser's services, behind small functions: `localStorage`, IndexedDB, the clock and
//! file downloads. Only the wasm build has them.

pub mod clock;
pub mod download;
pub mod idb;
pub mod local_storage;
pub mod perf;
