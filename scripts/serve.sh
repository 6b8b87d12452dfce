#!/usr/bin/env bash
# Sets up the toolchain (first run only) and serves the release build at http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
echo "forcetls: building; then open http://127.0.0.1:8080 (Ctrl-C stops)"
exec trunk serve --release --no-autoreload --address 127.0.0.1 --port "${PORT:-8080}"
