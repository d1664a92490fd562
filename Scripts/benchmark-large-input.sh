#!/usr/bin/env bash
# Single huge articles and one long line: time and peak memory per size.
# Usage: Scripts/benchmark-large-input.sh [MB ...]   (default 1 10 50 100)
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release --product newsgraph
python3 Scripts/benchmark-large-input.py "$@"
