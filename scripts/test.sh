#!/usr/bin/env bash
# Runs every check and test of CSP Catalog, installing whatever is missing first:
# formatting, clippy (native and wasm), the native domain tests, the browser tests in
# headless Chromium, a release build, and the end-to-end tests against that build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup all
cd "$ROOT"

say "Formatting"
cargo fmt --check

say "Clippy (domain, native)"
cargo clippy --all-targets -- -D warnings
say "Clippy (UI, wasm)"
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

say "Domain tests (native)"
cargo test

say "Fuzzing: price lists, export files, stored values, link queries (15 s each)"
FUZZ_SECONDS=15 cargo test --test fuzz -- --nocapture

say "Browser tests (headless Chromium)"
CHROMEDRIVER="$(command -v chromedriver)" cargo test --target wasm32-unknown-unknown --test browser

say "Release build"
trunk build --release
wasm="$(ls dist/*_bg.wasm)"
js="$(ls dist/*.js)"
printf 'bundle: wasm %s bytes (%s gzip), js %s bytes (%s gzip)\n' \
  "$(wc -c <"$wasm")" "$(gzip -9 -c "$wasm" | wc -c)" "$(wc -c <"$js")" "$(gzip -9 -c "$js" | wc -c)"

say "Release build for a sub-path (static hosting)"
trunk build --release --public-url /csp-catalog/ --dist target/dist-subpath

say "End-to-end tests (built app in headless Chromium)"
node --test --test-reporter=spec tests/e2e/
