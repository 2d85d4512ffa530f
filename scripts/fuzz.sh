#!/usr/bin/env bash
# `make fuzz` (not part of `make test`): coverage-guided fuzzing of the amount parser, the
# URL state decoder and the MRR file reader with cargo-fuzz (libFuzzer), FUZZ_SECONDS per target (default 60).
# Installs the nightly toolchain and cargo-fuzz when missing. A crash stops the run and
# leaves its input under fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds="${FUZZ_SECONDS:-60}"

if ! rustup toolchain list | grep -q '^nightly'; then
  echo "==> installing the nightly toolchain (cargo-fuzz needs it)"
  rustup toolchain install nightly --profile minimal
fi
if ! command -v cargo-fuzz >/dev/null 2>&1; then
  echo "==> installing cargo-fuzz (about 2 minutes)"
  cargo install cargo-fuzz --version 0.13.2 --locked
fi
for target in amount url_state import_reader; do
  echo "==> fuzzing $target for ${seconds}s"
  (cd fuzz && cargo +nightly fuzz run "$target" -- -max_total_time="$seconds")
done
