#!/usr/bin/env bash
# Runs every cargo-fuzz target in fuzz/ for SECONDS each (default 60), one after the other, with one
# job (the machine's two cores are shared). Needs `cargo +nightly`; installs cargo-fuzz from
# crates.io when it is missing. Seeds come from tests/fixtures (fuzz/make_seeds.py); findings are
# in fuzz/artifacts/<target>/ and the run's statistics in target/fuzz-logs/<target>.log.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
SECONDS_PER_TARGET="${1:-60}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(diagnose_bytes connector_parsers share_decode der_certificate)

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "scripts/fuzz.sh: no nightly toolchain (cargo +nightly); cargo-fuzz needs one" >&2
  exit 2
fi
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
[ -d fuzz/corpus ] || python3 fuzz/make_seeds.py

mkdir -p target/fuzz-logs
for target in "${TARGETS[@]}"; do
  echo "== fuzz $target for ${SECONDS_PER_TARGET}s"
  mkdir -p "fuzz/corpus/$target"
  # -rss_limit_mb: the core must stay far below it; -timeout: no single input may take longer
  # (FORCETLS_FUZZ_TIMEOUT seconds, default 30: the fuzz build is instrumented and the cores shared).
  (cd fuzz && cargo +nightly fuzz run "$target" --jobs 1 -- \
      -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -timeout="${FORCETLS_FUZZ_TIMEOUT:-30}" -max_len=262144 -print_final_stats=1) \
      > "target/fuzz-logs/$target.log" 2>&1 || {
        # What failed: a finding, a crash, or the build itself (`|| true`: a log without any of
        # these lines must still reach the message below instead of ending the script silently).
        grep -E "^(==|SUMMARY|stat::|Failing input|\s+artifacts/|thread|panicked|error|Error)|ERROR" "target/fuzz-logs/$target.log" | cut -c1-300 | tail -30 || true
        echo "fuzz $target FAILED: see target/fuzz-logs/$target.log and fuzz/artifacts/$target/" >&2
        exit 1
      }
  grep -E "^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)" "target/fuzz-logs/$target.log" | sed "s/^/  $target /"
done
