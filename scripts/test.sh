#!/usr/bin/env bash
# Sets up everything (first run only) and runs every test: native core tests, wasm-bindgen tests in
# headless Chromium, then Playwright end-to-end tests against the release build, then the browser
# time-boxed fuzz run (nightly only), then the browser benchmark with a few iterations (it checks that
# every library agrees with forcetls, never speed). Fails on any skipped browser test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

echo; echo "== test 1/6: native (cargo test)"
cargo test --locked

echo; echo "== test 2/6: wasm32 in headless Chromium (wasm-bindgen-test)"
WASM_LOG=$(mktemp)
cargo test --locked --target wasm32-unknown-unknown --test web 2>&1 | tee "$WASM_LOG"
# A browser test that did not run counts as failed.
grep -Eq "test result: ok\. [1-9][0-9]* passed; 0 failed; 0 ignored" "$WASM_LOG" || { echo "wasm tests did not run in the browser" >&2; exit 1; }

echo; echo "== test 3/6: release build (trunk), and its size"
trunk build --release
scripts/size.sh

echo; echo "== test 4/6: end to end (playwright-core + /usr/bin/chromium)"
E2E_LOG=$(mktemp)
node --test --test-reporter=spec e2e/ 2>&1 | tee "$E2E_LOG"
# A browser test that is skipped (or marked todo) counts as failed.
grep -Eq "ℹ pass [1-9][0-9]*" "$E2E_LOG" && grep -q "ℹ fail 0" "$E2E_LOG" && grep -q "ℹ skipped 0" "$E2E_LOG" && grep -q "ℹ todo 0" "$E2E_LOG" \
  || { echo "end-to-end tests failed, were skipped, or did not run" >&2; exit 1; }

echo; echo "== test 5/6: fuzzing, ${FORCETLS_FUZZ_SECONDS:-30} s per target (cargo-fuzz, nightly only)"
# The same targets run as stable proptest smoke tests in step 1 (tests/fuzz_smoke.rs).
if cargo +nightly --version >/dev/null 2>&1; then
  scripts/fuzz.sh "${FORCETLS_FUZZ_SECONDS:-30}"
else
  echo "NOTICE: no nightly toolchain (cargo +nightly): the time-boxed fuzz run is skipped; tests/fuzz_smoke.rs ran the same targets"
fi

echo; echo "== test 6/6: browser benchmark, 2 iterations (every library must reach forcetls's verdicts; speed is not judged)"
WARMUP=1 scripts/bench-browser.sh 2
