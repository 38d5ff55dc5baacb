//! The base path the app is served from, read from the page once at start.

fn base_path() -> String {
    let href = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("base").ok().flatten())
        .and_then(|b| b.get_attribute("href"))
        .unwrap_or_default();
    // Only a path on this site counts; anything else is ignored.
    if href.starts_with('/') && !href.starts_with("//") {
        href.trim_end_matches('/').to_string()
    } else {
        String::new()
    }
}

/// Reads the base path from the page's `<base href>` once, at start, for every
/// [`Page::href`](crate::app::route::Page::href).
pub fn set_base_path() -> String {
    let base = base_path();
    crate::app::route::set_base_path(base.clone());
    base
}
