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

# `npm ci` in directory $1 (named $2 in the cache) only when its package-lock.json changed
# since the last install there. A clean clone copies the node_modules that `npm ci` installed
# from the same lock file and Node before, kept in ~/.cache/ipo-lens/npm/ as a CI service
# caches node_modules: 4–7 s here for the two directories against 37 s of `npm ci` (6 and 31 s).
# IPO_LENS_NPM_CACHE= (empty) always runs `npm ci`.
npm_install() {
  local dir=$1 name=$2 stamp=$1/node_modules/.ipo-lens-lock
  if [ -f "$stamp" ] && cmp -s "$dir/package-lock.json" "$stamp"; then return 0; fi
  local cache=${IPO_LENS_NPM_CACHE-$HOME/.cache/ipo-lens/npm} key
  if [ -z "$cache" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund)
    cp "$dir/package-lock.json" "$stamp"
    return 0
  fi
  key=$(cat "$dir/package-lock.json" <(node --version) | sha256sum | cut -c1-16)
  if [ -f "$cache/$name-$key/.ipo-lens-lock" ] && cmp -s "$dir/package-lock.json" "$cache/$name-$key/.ipo-lens-lock"; then
    echo "setup: $dir/node_modules copied from $cache/$name-$key (the same package-lock.json and Node)"
    rm -rf "$dir/node_modules"
    cp -a "$cache/$name-$key" "$dir/node_modules"
    return 0
  fi
  (cd "$dir" && npm ci --no-audit --no-fund)
  cp "$dir/package-lock.json" "$stamp"
  # kept for the next clean clone, in place of an older lock file's (a copy, and moved
  # into place once whole: a run stopped half-way leaves no half a tree to copy from)
  mkdir -p "$cache"
  rm -rf "$cache/$name-"*
  cp -a "$dir/node_modules" "$cache/$name-$key.part"
  mv "$cache/$name-$key.part" "$cache/$name-$key"
}

# the build minifies with terser and optimizes the wasm with binaryen
npm_install . package

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
npm_install tests/consumers consumers
