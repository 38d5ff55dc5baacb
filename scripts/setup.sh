#!/usr/bin/env bash
# Installs what CSP Catalog needs to build, serve and test, and only what is missing or at
# the wrong version. Sourced by serve.sh and test.sh; run it alone to prepare a machine.
#
#   scripts/setup.sh build   # Rust wasm target, trunk, wasm-bindgen, wasm-opt
#   scripts/setup.sh all     # the above plus Chromium, chromedriver and playwright-core
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/scripts/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return; fi
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

ensure_trunk() {
  # 0.22 needs a newer rustc than this toolchain; 0.21 is what Trunk.toml asks for.
  if trunk --version 2>/dev/null | grep -Eq '^trunk 0\.21\.'; then return; fi
  say "Installing trunk 0.21 (takes several minutes on 2 cores)"
  cargo install --locked trunk --version '~0.21'
}

locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  local version
  version="$(locked_wasm_bindgen_version)"
  if [ -z "$version" ]; then
    echo "Cargo.lock names no wasm-bindgen version" >&2
    exit 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $version" ] &&
     wasm-bindgen-test-runner --version 2>/dev/null | grep -q "$version"; then
    return
  fi
  say "Installing wasm-bindgen-cli $version (the version in Cargo.lock)"
  # Not --locked: the CLI's own lock file does not resolve with this toolchain.
  cargo install wasm-bindgen-cli --version "=$version"
}

ensure_node_tools() {
  # wasm-opt from binaryen 132 (Debian's 108 produces a module that fails at start) and
  # playwright-core for the end-to-end tests, both pinned in scripts/package-lock.json.
  if [ -x "$ROOT/scripts/node_modules/.bin/wasm-opt" ] &&
     "$ROOT/scripts/node_modules/.bin/wasm-opt" --version | grep -q 'version 132' &&
     [ -f "$ROOT/scripts/node_modules/playwright-core/package.json" ]; then
    return
  fi
  say "Installing binaryen and playwright-core from npm"
  npm ci --prefix "$ROOT/scripts" --no-audit --no-fund
}

ensure_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then return; fi
  say "Installing Chromium and chromedriver from Debian"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
}

setup() {
  ensure_wasm_target
  ensure_node_tools
  ensure_trunk
  ensure_wasm_bindgen
  # The build itself needs Chromium too: scripts/prerender.mjs renders the fixed routes' pages
  # with it (without one the build still works, with the frame alone on those pages).
  ensure_chromium
}

# Run directly: install. Sourced: only define the functions.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  setup "${1:-all}"
fi
