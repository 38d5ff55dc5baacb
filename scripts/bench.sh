#!/usr/bin/env bash
# Runs the benchmarks and prints their tables: native (cargo bench), the browser on the
# release build (headless Chromium), and the bundle size. Installs what is missing first.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup all
cd "$ROOT"

say "Native benchmarks"
cargo bench --bench native 2>/dev/null | grep '^|'

say "Release build"
trunk build --release >/dev/null

say "Browser benchmarks"
node scripts/bench-browser.mjs

say "Bundle size"
wasm="$(ls dist/*_bg.wasm)"
js="$(ls dist/*.js)"
kb() { awk -v n="$1" 'BEGIN { printf "%.1f KB", n / 1024 }'; }
printf '| %-20s | %12s | %12s |\n' "file" "raw" "gzip"
printf '|%s|%s|%s|\n' "----------------------" "--------------" "--------------"
printf '| %-20s | %12s | %12s |\n' "wasm" "$(kb "$(wc -c <"$wasm")")" "$(kb "$(gzip -9 -c "$wasm" | wc -c)")"
printf '| %-20s | %12s | %12s |\n' "js" "$(kb "$(wc -c <"$js")")" "$(kb "$(gzip -9 -c "$js" | wc -c)")"
