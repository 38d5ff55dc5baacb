//! Measurements the browser benchmarks read (`scripts/bench-browser.mjs`).

/// The WebAssembly memory in bytes, for the browser benchmarks (`scripts/bench-browser.mjs`).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| m.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length() as f64)
        .unwrap_or(0.0)
}

/// Times `work` as a User Timing measure named `name` (visible in the browser's performance
/// tools and read by the benchmarks).
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let span = Span::start(name);
    let result = work();
    span.end();
    result
}

/// A User Timing measure over work that spans several turns of the browser.
pub struct Span {
    name: String,
}

impl Span {
    pub fn start(name: &str) -> Span {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark(&format!("{name}:start"));
        }
        Span { name: name.to_string() }
    }

    pub fn end(self) {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.measure_with_start_mark(&self.name, &format!("{}:start", self.name));
        }
    }
}
