//! In-app links under the base path the app is served from.

/// Where the app is served from, without a trailing slash: "" at the root of a site, or
/// "/csp-catalog" when hosted under a sub-path (`trunk build --public-url /csp-catalog/`).
#[derive(Clone, Debug)]
pub struct BasePath(pub String);

static BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// An in-app link: `path` (like "/rules") under the base path the app is served from.
/// `<A>` does not add the base to absolute paths, so every internal href goes through here;
/// `navigate` adds it itself and takes plain paths.
pub fn link(path: &str) -> String {
    format!("{}{path}", BASE.get().map_or("", String::as_str))
}

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

/// Reads the base path from the page's `<base href>` once, at start, for [`link`].
pub fn set_base_path() -> String {
    let base = base_path();
    let _ = BASE.set(base.clone());
    base
}
