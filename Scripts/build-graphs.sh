#!/usr/bin/env bash
# The main job: builds newsgraph and turns the bundled articles in seeds/ into
# graphs/seeds.json, .dot, .svg, the explorer page graphs/seeds.html and its
# screenshot graphs/seeds-explorer.png (Chromium, installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

bash Scripts/setup.sh
swift build -c release --product newsgraph
.build/release/newsgraph build seeds \
    --output graphs/seeds.json --dot graphs/seeds.dot --svg graphs/seeds.svg
.build/release/newsgraph html graphs/seeds.json -o graphs/seeds.html
bash Scripts/setup-browser.sh
python3 Scripts/screenshot-page.py graphs/seeds.html graphs/seeds-explorer.png --select Sheinbaum
echo "wrote graphs/seeds.json graphs/seeds.dot graphs/seeds.svg graphs/seeds.html graphs/seeds-explorer.png"
