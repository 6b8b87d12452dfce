#!/usr/bin/env bash
# The browser benchmark: forcetls (as the page runs it), @peculiar/x509 and PKI.js on the same inputs
# in headless Chromium; medians and ratios go to target/bench/browser.md (docs/performance.md keeps them).
#   scripts/bench-browser.sh [ITERATIONS]   (default 30; WARMUP=5 calls first; CI runs 2 and only checks that the verdicts agree)
# Builds the release first when dist/ is missing or older than the sources. Port: $BENCH_PORT, else $E2E_PORT + 75 (no e2e file serves there, so both can run at once).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
ITERATIONS="${1:-30}"
scripts/setup.sh --test >/dev/null
newest_source=$(find src styles index.html Cargo.toml Cargo.lock Trunk.toml -type f -newer dist/index.html 2>/dev/null | head -1 || true)
if [ ! -f dist/index.html ] || [ -n "$newest_source" ]; then
  echo "bench: building the release (trunk build --release)"
  trunk build --release
fi
exec node bench/browser/run.mjs --iterations "$ITERATIONS" --warmup "${WARMUP:-5}" ${BENCH_PORT:+--port "$BENCH_PORT"}
