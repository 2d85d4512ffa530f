#!/usr/bin/env bash
# Installs everything the build and the tests need, skipping whatever is already present, so
# it is cheap to run before every `make` target. Nothing downloads a prebuilt binary: tools
# come from crates.io (built here), npm and Debian packages only.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14

say() { printf '==> %s\n' "$*"; }
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "setup: '$*' needs root (or sudo)" >&2; exit 1
  fi
}
version_of() { "$1" --version 2>/dev/null | awk '{print $2}' || true; }

for tool in cargo rustup node npm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "setup: $tool is required (Rust via rustup, Node 20+ with npm)" >&2; exit 1; }
done

# Rust: the wasm target and the linters `make test` runs.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

# wasm-bindgen CLI (and its test runner) at exactly the version Cargo.lock resolved.
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$wb_version" ]; then echo "setup: no wasm-bindgen in Cargo.lock" >&2; exit 1; fi
if [ "$(version_of wasm-bindgen)" != "$wb_version" ] || ! command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  say "installing wasm-bindgen-cli $wb_version (about 2 minutes)"
  # No --locked: the registry lacks a pinned dependency of its lock file; the version is exact anyway.
  cargo install wasm-bindgen-cli --version "$wb_version" --force
fi

if [ "$(version_of trunk)" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 5 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# npm build and test tools: wasm-opt (binaryen), terser, playwright-core, axe-core,
# lighthouse (for make bench), at locked versions.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] \
   || [ ! -d node_modules/lighthouse ] || [ ! -d node_modules/terser ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools from package-lock.json"
  npm ci --no-audit --no-fund
fi

# Debian's Chromium and its matching driver, for component and end-to-end tests.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing chromium and chromium-driver"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi

say "tools ready: trunk $(version_of trunk), wasm-bindgen $(version_of wasm-bindgen), $(wasm-opt --version), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
