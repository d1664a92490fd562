#!/usr/bin/env bash
# Sets up and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

bash Scripts/setup.sh
# networkx reads our GraphML and GEXF back in the end-to-end tests.
python3 -c "import networkx" 2>/dev/null || python3 -m pip install -q networkx
swift build --product newsgraph
swift test
