# Two commands for a new user on a fresh machine:
#   make serve   set up, build, and serve the app on http://127.0.0.1:8080
#   make test    set up, then every check and test
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM := --target wasm32-unknown-unknown

.PHONY: setup serve dist dist-crash test fmt-check lint unit component e2e size bench fuzz clean

setup:
	@bash scripts/setup.sh

serve: setup
	trunk serve

# Release build (size-tuned profile + wasm-opt) into dist/.
dist: setup
	trunk build --release

test: setup fmt-check lint unit component size e2e
	@echo "make test: every check passed"

fmt-check:
	cargo fmt --all -- --check

lint:
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets $(WASM) -- -D warnings
	# The chart pack and the import worker are built without the calculator's UI (no Leptos):
	# lint that build too.
	cargo clippy --lib --bin chart-pack --bin import-worker --bin tools-pack --no-default-features $(WASM) -- -D warnings

# The pure domain, natively: unit tests and property tests.
unit:
	cargo test

# Components (tests/web.rs) and the chart pack (tests/chart_pack.rs) in headless Chromium,
# via wasm-bindgen-test-runner.
component:
	cargo test $(WASM) --test web --test chart_pack

# The first load may not grow past the limit in tests/first-load-limit.txt (brotli bytes).
size: dist
	node scripts/size-guard.mjs

# A test build in which typing "crash-probe" panics on purpose, to prove the crash panel.
dist-crash: setup
	trunk build --features crash-probe --dist target/dist-crash

# The built dist/ driven in real Chromium the way a person would use it.
e2e: dist dist-crash
	npm run --silent e2e

bench: dist
	npm run --silent bench

# Coverage-guided fuzzing of the amount parser and the URL state decoder (nightly, not in CI).
fuzz:
	@bash scripts/fuzz.sh

clean:
	cargo clean
	rm -rf dist
