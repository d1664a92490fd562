#!/usr/bin/env bash
# Sets up and runs the whole test suite: the Swift tests, then the explorer
# page in headless Chromium (screenshots kept in .build/explorer-test/).
set -euo pipefail
cd "$(dirname "$0")/.."

bash Scripts/setup.sh
# networkx reads our GraphML and GEXF back in the end-to-end tests.
python3 -c "import networkx" 2>/dev/null || python3 -m pip install -q networkx
swift build --product newsgraph
swift test

bash Scripts/setup-browser.sh
pages=.build/explorer-test
mkdir -p "$pages"
.build/debug/newsgraph html graphs/seeds.json -o "$pages/seeds.html"
.build/debug/newsgraph html Tests/Fixtures/explorer/hostile-graph.json -o "$pages/hostile.html"
python3 Scripts/test-explorer.py --seeds "$pages/seeds.html" --hostile "$pages/hostile.html" --screenshot-dir "$pages/screenshots"
