#!/usr/bin/env bash
# Builds CSP Catalog and serves it at http://127.0.0.1:8080/, rebuilding on change.
# Installs whatever is missing first. Extra arguments go to `trunk serve` (e.g. --release).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup build
cd "$ROOT"
say "Serving on http://127.0.0.1:8080/ (Ctrl+C to stop)"
exec trunk serve "$@"
