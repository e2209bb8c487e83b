#!/bin/sh
# The call sites of the `Words` phrases that became templates (i18n::phrases): each
# `(X.w.NAME)(args)`, `(w.NAME)(args)` or `(lang.words().NAME)(args)` — a call of the
# field holding a function — becomes the method call `X.w.NAME(args)`. Purely
# syntactic and idempotent (a rewritten call no longer matches), so it can be run again
# on files edited elsewhere: `sh scripts/words-calls.sh [FILE|DIR ...]` (default: src
# tests benches).
# Then `cargo fmt`: a call one paren pair shorter may now fit on one line.
set -e
cd "$(dirname "$0")/.."
NAMES='labelled|aside|count|range|forecast_year|quarter_short|nine_months_short|amounts_in|fx_label|fx_reader|no_rate|subscription_title|proceeds_title|offering_bound_note|valuation_title|needs_rate|unit_note|chips_title|customers_title|market_size_title|market_shares_title|ownership_lead|checks_intro|repeat_sentence|check_ranges|and_more|drawn_of|series_note|offer_valuation_title|a_loss|offering_title|src_timeout|too_large|summary|cagr_line|team_lead|separate_currencies|named_title|named_value|gain_title|half_year_note|half_short|period'
[ $# -gt 0 ] || set -- src tests benches
for f in $(grep -rlE "\.($NAMES)\)\(" "$@" 2>/dev/null); do
    sed -i -E "s/\((([A-Za-z_][A-Za-z0-9_]*(\(\))?\.)*(w|words\(\)|WORDS))\.($NAMES)\)\(/\1.\5(/g" "$f"
done
