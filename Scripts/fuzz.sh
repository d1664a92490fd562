#!/usr/bin/env bash
# Fuzzes the text pipeline (decoding, furniture, sentences, mentions,
# resolution, relations) and label escaping with libFuzzer and AddressSanitizer.
# Usage: Scripts/fuzz.sh [SECONDS]   (default 3600)
# Crashes land in .fuzz/crashes (Swift's backtracer is off so libFuzzer can
# write them); replay one with
#   .build-fuzz/debug/extraction-fuzzer .fuzz/crashes/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-3600}"
bash Scripts/setup.sh
swift build --scratch-path .build-fuzz --product extraction-fuzzer \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -D -Xswiftc FUZZING -Xswiftc -enable-experimental-feature -Xswiftc Extern
mkdir -p .fuzz/corpus .fuzz/crashes
# Seed with the bundled and fixture articles.
cp -n seeds/*.txt Tests/Fixtures/*/*.txt .fuzz/corpus/ 2>/dev/null || true
SWIFT_BACKTRACE=enable=no .build-fuzz/debug/extraction-fuzzer .fuzz/corpus -max_total_time="$seconds" -max_len=20000 \
    -timeout=10 -rss_limit_mb=4096 -artifact_prefix=.fuzz/crashes/ -print_final_stats=1
