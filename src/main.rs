#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // Building the first page, start to end (scripts/bench-browser.mjs reads it).
    csp_catalog::ui::measured("csp:mount", || leptos::mount::mount_to_body(csp_catalog::ui::App));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("CSP Catalog runs in the browser: build it with `trunk serve` (see README.md).");
    std::process::exit(2);
}
