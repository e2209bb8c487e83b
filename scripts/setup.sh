#!/usr/bin/env bash
# Installs what building and testing ipo-lens needs on a fresh machine of this kind,
# and nothing that is already there: safe to run again, quick when warm.
#   scripts/setup.sh build   Rust wasm target + wasm-bindgen-cli (pinned to Cargo.lock), npm packages
#   scripts/setup.sh test    the above + Chromium, ChromeDriver, CJK fonts, the consumer tests' npm packages
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-test}

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
# the reader's wasm rebuilds the standard library for size (-Z build-std): its source
rustup component list --installed | grep -qx rust-src || rustup component add rust-src

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  echo "setup: installing wasm-bindgen-cli $want (have: ${have:-none})"
  # No --locked: a pinned dependency of its lockfile is missing from the registry mirror.
  cargo install wasm-bindgen-cli --version "$want"
fi

# npm ci (the build minifies with terser and optimizes the wasm with binaryen) only when
# package-lock.json changed since the last install.
stamp=node_modules/.ipo-lens-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi

[ "$what" = build ] && exit 0

# (grep reads all of fc-list: with -q it may stop early, and pipefail then sees fc-list die of
# SIGPIPE and reinstalls every time)
if ! command -v chromium >/dev/null || ! command -v chromium-headless-shell >/dev/null || ! command -v chromedriver >/dev/null || ! fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null; then
  echo "setup: installing chromium, chromium-headless-shell, chromium-driver, fonts-noto-cjk"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-headless-shell chromium-driver fonts-noto-cjk >/dev/null
fi

# The frameworks the consumer tests build with (tests/consumers/: Vite + React, webpack,
# Astro, TypeScript, Preact, Solid), pinned by their own lock file; again only when it changed.
stamp=tests/consumers/node_modules/.ipo-lens-lock
if [ ! -f "$stamp" ] || ! cmp -s tests/consumers/package-lock.json "$stamp"; then
  (cd tests/consumers && npm ci --no-audit --no-fund)
  cp tests/consumers/package-lock.json "$stamp"
fi
