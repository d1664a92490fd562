#!/usr/bin/env bash
# Extraction throughput (MB of article text per second), release build.
# Usage: Scripts/benchmark-extraction.sh [MEGABYTES]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release --product extraction-benchmark
.build/release/extraction-benchmark "${1:-20}" seeds Tests/Fixtures
