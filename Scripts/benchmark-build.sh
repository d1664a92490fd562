#!/usr/bin/env bash
# Whole-process speed of `newsgraph build` and `add`: MB of article text per
# CPU-second (user + sys of the whole process), wall time and peak memory, on
# two corpora: the bundled articles copied COPIES times, and N synthetic
# articles (Scripts/generate-corpus.py). Beside them, the extraction
# benchmark's own single-thread rate, the bar the whole process is held to.
# Each figure is the best of RUNS runs (by CPU time), as the extraction
# benchmark's are the best of three passes: one run on this shared machine
# varies by a fifth.
#
#   bash Scripts/benchmark-build.sh [COPIES] [N] [RUNS]     # defaults 537 20000 3
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-537}"
synthetic="${2:-20000}"
runs="${3:-3}"

bash Scripts/setup.sh
command -v /usr/bin/time >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
swift build -c release --product newsgraph
swift build -c release --product extraction-benchmark
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/bundled"
for copy in $(seq 1 "$copies"); do
    for article in seeds/*.txt; do cp "$article" "$work/bundled/$copy-$(basename "$article")"; done
done
python3 Scripts/generate-corpus.py "$synthetic" "$work/synthetic" >/dev/null

measure() {  # LABEL FOLDER COMMAND...
    local label="$1" folder="$2"
    shift 2
    local bytes
    bytes=$(cat "$folder"/*.txt | wc -c)
    : >"$work/times"
    for _ in $(seq 1 "$runs"); do
        rm -f "$work"/*.sqlite*  # every add starts from a fresh store
        /usr/bin/time -f "%U %S %e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr"; exit 1; }
        cat "$work/time" >>"$work/times"
    done
    python3 -c "
runs = [tuple(map(float, line.split())) for line in open('$work/times')]
user, sys, wall, peak = min(runs, key=lambda run: run[0] + run[1])
mb = $bytes / 1e6; cpu = user + sys
print(f'$label: {mb:.1f} MB, {cpu:.2f} CPU-s (user {user:.2f} + sys {sys:.2f}), {mb / cpu:.2f} MB per CPU-second, wall {wall:.2f} s, peak {peak / 1024:.0f} MB (best of {len(runs)})')"
}

for corpus in bundled synthetic; do
    measure "build $corpus" "$work/$corpus" .build/release/newsgraph build "$work/$corpus" --output "$work/$corpus.json" --quiet
    measure "add $corpus (fresh store)" "$work/$corpus" .build/release/newsgraph add "$work/$corpus" --store "$work/$corpus.sqlite" --quiet
    .build/release/extraction-benchmark 10 "$work/$corpus" | grep "^single thread:" | sed "s/^/extraction alone, $corpus: /"
done
