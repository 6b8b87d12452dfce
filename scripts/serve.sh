#!/usr/bin/env bash
# Sets up the toolchain (first run only), builds the release and serves it at http://127.0.0.1:8080 the
# way a production host should: precompressed brotli/gzip, application/wasm, long-cache hashed names,
# index.html revalidated (scripts/static_server.py; README "Hosting on any static host").
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
echo "forcetls: building the release"
trunk build --release
PORT="${PORT:-8080}"
echo "forcetls: open http://127.0.0.1:$PORT (Ctrl-C stops)"
exec python3 scripts/static_server.py --port "$PORT" dist
