#!/usr/bin/env bash
# Sets up and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

bash Scripts/setup.sh
swift build --product newsgraph
swift test
