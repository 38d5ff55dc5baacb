//! What a user can do, and the models of the pages they do it on.
//!
//! Use cases are functions over a [`store::Store`] and the domain; they return typed results
//! and are tested natively with an in-memory store. Page models (filters and the URL query,
//! forms, which rows of a long list to show) are plain data too.

pub mod browse;
pub mod forms;
pub mod list_window;
