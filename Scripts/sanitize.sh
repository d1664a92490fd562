#!/usr/bin/env bash
# Runs the tests that hammer Graphviz's lock and parallel extraction under a
# sanitizer (default: thread; "address" also works).
# Usage: Scripts/sanitize.sh [thread|address]
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizer="${1:-thread}"
bash Scripts/setup.sh
swift build --build-tests --scratch-path ".build-$sanitizer" --sanitize="$sanitizer"
# Graphviz and fontconfig keep process-wide caches until exit; LeakSanitizer
# reports those, not leaks of a render, so leak checking is off.
ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no swift test --skip-build --scratch-path ".build-$sanitizer" --sanitize="$sanitizer" \
    --filter "concurrentRendersMatchSerialOnes|manyTasksExtractWhatOneTaskExtracts|clusteredGraphsWithLabelledEdgesLayOutWithDot|everyEngineRendersEveryFormat"
