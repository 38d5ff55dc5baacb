#[cfg(target_arch = "wasm32")]
fn main() {
    csp_catalog::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("CSP Catalog runs in the browser: build it with `trunk serve` (see README.md).");
    std::process::exit(2);
}
