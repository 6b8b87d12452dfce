#!/usr/bin/env bash
# Prints the size of the release build's .wasm, .js and .css: raw, gzip -9 and brotli -q 11 bytes.
# Run after `trunk build --release` (scripts/test.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d dist ] || { echo "size: no dist/; run trunk build --release first" >&2; exit 1; }
printf '%-44s %10s %10s %10s\n' file raw gzip brotli
for f in dist/*.wasm dist/*.js dist/*.css dist/index.html; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(if command -v brotli >/dev/null; then brotli -q 11 -c "$f" | wc -c; else echo n/a; fi)
  printf '%-44s %10s %10s %10s\n' "$(basename "$f")" "$raw" "$gz" "$br"
done
# The budget test: the first view (index.html and what it names) within 250 KB of brotli.
python3 scripts/page_weight.py dist
