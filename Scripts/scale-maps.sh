#!/usr/bin/env bash
# Builds a synthetic corpus of N articles (default 3000) and times the map
# views a user would ask for first. Prints seconds per step.
# Usage: Scripts/scale-maps.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-3000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

bash Scripts/setup.sh
swift build -c release --product newsgraph
newsgraph=.build/release/newsgraph
python3 Scripts/generate-corpus.py "$count" "$work/articles"

step() {
    local label="$1"; shift
    local start=$EPOCHREALTIME
    "$@" > /dev/null
    awk -v label="$label" -v start="$start" -v end="$EPOCHREALTIME" 'BEGIN { printf "%-40s %6.2f s\n", label, end - start }' 
}

step "build ($count articles)" "$newsgraph" build "$work/articles" --quiet --output "$work/graph.json"
"$newsgraph" stats "$work/graph.json" | head -1
step "render default view (svg)" "$newsgraph" render "$work/graph.json" --output "$work/default.svg"
step "render --top 50 (svg)" "$newsgraph" render "$work/graph.json" --top 50 --output "$work/top.svg"
step "render --focus Germany --top 30 (svg)" "$newsgraph" render "$work/graph.json" --focus Germany --top 30 --output "$work/focus.svg"
step "render --all (svg, sfdp)" "$newsgraph" render "$work/graph.json" --all --output "$work/all.svg"
step "neighbors Germany" "$newsgraph" neighbors "$work/graph.json" Germany
step "path Germany Kenya" "$newsgraph" path "$work/graph.json" Germany Kenya
