# ipo-lens: `make serve` builds and serves the demo, `make test` runs every test.
# Both install what is missing first (scripts/setup.sh) and are quick when it is there.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
WASM := $(or $(CARGO_TARGET_DIR),target)/wasm32-unknown-unknown/release/ipo_lens.wasm
# The reader's wasm is built with the standard library rebuilt for size, panics that trap at
# once (no panic messages or their formatting) and `{:?}` writing nothing (no message of the
# reader uses Debug: the bad-data corpus in hardening.test.mjs checks every message through
# this build) and no file/line/column for panics (-Zlocation-detail=none: they trap with no
# message anyway): -16.3 KB gzip, docs/size.md. Without the reference-types feature,
# wasm-bindgen keeps the JS values the wasm holds in an array of the glue instead of a wasm
# table of externrefs (-680 B gzip in all: the glue +142 B, the wasm -822 B); without
# multivalue, a function returns a pair or a `Result` through memory (-115 B: the glue +82 B,
# the wasm -197 B). It has a target directory of its own so that it and the checkers' build
# (the ipo-lens command: panics keep their message) both stay warm.
READER_DIR := $(or $(CARGO_TARGET_DIR),target)/reader
READER_WASM := $(READER_DIR)/wasm32-unknown-unknown/release/ipo_lens.wasm
READER_FLAGS := RUSTC_BOOTSTRAP=1 CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none -Ctarget-feature=-reference-types,-multivalue"
PORT ?= 8080

.PHONY: all build reader-wasm checker-wasm dist static offline studio-offline serve test test-native test-wasm test-browser fuzz bench sizes screenshots setup types clean

all: build

setup:
	scripts/setup.sh test

## build: the npm package in pkg/ (wasm-bindgen --target web + the element + types + the
## ipo-lens command, the format and the example datasets)
build:
	scripts/setup.sh build
	# the reader's wasm and the ipo-lens command's side by side: each ends in a link-time
	# optimisation on one thread, so together they keep two cores busy
	$(MAKE) --no-print-directory -j2 reader-wasm checker-wasm
	rm -rf pkg
	wasm-bindgen --target web --out-dir pkg --remove-name-section --remove-producers-section $(READER_WASM)
	# binaryen (npm, pinned): -O2 with no inlining gives the smallest gzip and brotli (-Oz, or
	# inlining, makes the raw file smaller but the compressed one larger); then the control
	# flow flattened and rebuilt by binaryen's relooper and -O2 again: -0.7 KB gzip, renders
	# as fast; and constant offsets folded into loads and stores, which binaryen may do when
	# the first 1 KB of memory is unused (Rust's stack grows down towards it from 1 MB and never
	# comes near: the JSON reader stops at 128 levels): -0.8 KB (docs/size.md); and without
	# the target_features section, which only a linker reads: -0.1 KB; binaryen's code folding
	# (identical code at the ends of branches and functions merged) before the relooper: -0.1 KB
	node_modules/.bin/wasm-opt -O2 -aimfs 0 -fimfs 0 -ocimfs 0 --code-folding --flatten --rereloop -O2 --low-memory-unused --optimize-added-constants-propagate -O2 --strip-target-features pkg/ipo_lens_bg.wasm -o pkg/ipo_lens_bg.wasm
	# the ipo-lens command's wasm: the same with the checkers' exports (feature checker)
	wasm-bindgen --target web --out-dir pkg --out-name ipo_lens_cli --remove-name-section --remove-producers-section $(WASM)
	cp src/web/ipo-lens.js src/web/load.js src/web/ipo-lens.d.ts src/web/react.* src/web/preact.* src/web/solid.* src/web/package.json src/web/README.md src/web/cli.mjs src/web/offline.mjs pkg/
	# a reader's page loads these two minified (exported names, the boot region and its markers kept)
	node scripts/minify.mjs
	mkdir -p pkg/data && cp -r data/README.md data/biren-2026.json data/article.zh.txt data/examples pkg/data/
	# the studio, beside the package it loads (pkg/studio/studio.html reads ../ipo_lens_cli.js)
	mkdir -p pkg/studio && cp www/studio.css pkg/studio/
	sed 's#\./pkg/#../#g' www/studio.js > pkg/studio/studio.js
	sed 's#src="pkg/#src="../#g' www/studio.html > pkg/studio/studio.html
	grep -q "'../ipo_lens_cli.js'" pkg/studio/studio.js && grep -q 'src="../ipo-lens.js"' pkg/studio/studio.html
	# the built-in story's static pictures, shown by a widget until its live chart is drawn
	node pkg/cli.mjs static data/biren-2026.json --out pkg/static > /dev/null
	node scripts/sizes.mjs

reader-wasm:
	$(READER_FLAGS) cargo build --release --target wasm32-unknown-unknown --lib --target-dir $(READER_DIR) \
	  -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size

checker-wasm:
	cargo build --release --target wasm32-unknown-unknown --lib --features checker

## static: every view in both languages as SVG in dist/static/ (fallbacks, RSS, print)
# (a debug build: the same SVGs as release, and it shares the tests' build instead of a
# release build of its own with LTO, ~20 s of a cold `make test`)
static:
	cargo run --quiet --bin static-svg -- dist/static

## offline: dist/ipo-lens-offline.html, one file that works from file:// with no network
offline: build
	node scripts/offline.mjs

## studio-offline: dist/ipo-lens-studio.html, the studio as one file that works from file://
studio-offline: build
	node scripts/studio-offline.mjs

dist: build static offline studio-offline

## serve: build, then serve www/ (with pkg/ and the static SVGs) on http://127.0.0.1:$(PORT)
serve: dist
	node scripts/serve.mjs $(PORT)

## test: every test — native core, wasm in headless Chromium, end-to-end in Chromium
test: setup dist test-native test-wasm test-browser

test-native:
	cargo fmt --check
	cargo clippy --quiet --all-targets -- -D warnings
	cargo test --quiet

test-wasm:
	cargo clippy --quiet --target wasm32-unknown-unknown --lib --test web -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown --lib --features checker -- -D warnings
	CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	cargo test --target wasm32-unknown-unknown --test web

# two test files at a time: the tests drive chromium-headless-shell (tests/browser/support.mjs),
# light enough that two files share this machine's two cores (4m56s against 7m39s one at a
# time; three at a time, 4m54s)
test-browser:
	node --test --test-concurrency=2 tests/browser/

## fuzz: cargo fuzz over parse → validate → calculate → render (FUZZ_SECONDS in all, default 600)
FUZZ_SECONDS ?= 600
CARGO_FUZZ_VERSION := 0.13.1
fuzz:
	@command -v cargo-fuzz >/dev/null && cargo fuzz --version | grep -q "$(CARGO_FUZZ_VERSION)" || cargo install cargo-fuzz --version $(CARGO_FUZZ_VERSION)
	# libFuzzer needs unstable rustc flags; the stable toolchain here allows them with RUSTC_BOOTSTRAP
	# a tenth of the time for the small parsers, three tenths for the public API's values
	# (setSeries arrays, attribute values), the rest for the whole dataset pipeline
	cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run period -- -max_total_time=$$(( $(FUZZ_SECONDS) / 10 )) 2>&1 | grep -E "DONE|^Done|panicked|ERROR|SUMMARY"
	cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run series -- -max_total_time=$$(( $(FUZZ_SECONDS) * 3 / 10 )) 2>&1 | grep -E "DONE|^Done|panicked|ERROR|SUMMARY"
	cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run dataset -- -max_total_time=$$(( $(FUZZ_SECONDS) * 6 / 10 )) -max_len=200000 2>&1 | grep -E "DONE|^Done|panicked|ERROR|SUMMARY"
	cd fuzz && if ls artifacts/*/crash-* >/dev/null 2>&1; then echo "crashes found: fuzz/artifacts"; exit 1; fi

## bench: ipo-lens against Chart.js and uPlot (docs/benchmarks.md and .json)
bench: setup build static
	node bench/run.mjs

sizes:
	node scripts/sizes.mjs

## types: the package's TypeScript unions and attribute table, rewritten from the view registry
types:
	cargo run --quiet --bin types

## screenshots: phone and desktop, zh and en, into docs/screenshots/
screenshots: build
	node scripts/screenshots.mjs
	# the studio's five steps, shot by its browser test as the editor goes through them
	SCREENSHOTS=1 node --test --test-concurrency=1 tests/browser/studio.test.mjs

clean:
	cargo clean
	rm -rf pkg dist node_modules
