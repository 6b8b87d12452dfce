#!/usr/bin/env bash
# Installs everything forcetls needs on a fresh Debian machine; each step is skipped when already done.
#   scripts/setup.sh          toolchain for building and serving (wasm target, trunk, wasm-bindgen-cli, brotli, npm tools)
#   scripts/setup.sh --test   the same plus Debian chromium + chromedriver for the browser tests
# Only package registries are reachable: nothing here downloads from GitHub.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
step() { printf '\n== setup: %s\n' "$*"; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  step "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
}

command -v cargo >/dev/null || { echo "setup: cargo (rustup) is required" >&2; exit 1; }
command -v npm >/dev/null || apt_install nodejs npm
command -v python3 >/dev/null || apt_install python3
# The release build writes precompressed .br files next to its outputs (scripts/compress.py).
command -v brotli >/dev/null || apt_install brotli

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "cargo install trunk $TRUNK_VERSION (about 6 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock (and Trunk.toml [tools]).
WB=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB" ] || ! command -v wasm-bindgen-test-runner >/dev/null; then
  step "cargo install wasm-bindgen-cli $WB (about 2 minutes)"
  # Its own lockfile pins a crate version the registry no longer serves, so --locked fails; see shared/toolchain.md P1.
  cargo install wasm-bindgen-cli --version "$WB" --locked 2>/dev/null || cargo install wasm-bindgen-cli --version "$WB"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/pkijs ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci (binaryen for wasm-opt, playwright-core, the benchmark's PKI libraries)"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--test" ]; then
  apt_install chromium chromium-driver
fi
step "done"
