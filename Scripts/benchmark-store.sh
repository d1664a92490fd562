#!/usr/bin/env bash
# Store scale: extraction throughput, then add/query/render figures for
# growing synthetic corpora. Usage: Scripts/benchmark-store.sh [N ...]
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release --product newsgraph
swift build -c release --product extraction-benchmark
sample="$(mktemp -d)"
trap 'rm -rf "$sample"' EXIT
python3 Scripts/generate-corpus.py 2000 "$sample"
.build/release/extraction-benchmark 10 "$sample"
python3 Scripts/benchmark-store.py "$@"
