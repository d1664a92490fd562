#!/usr/bin/env bash
# The main job: builds newsgraph and turns the bundled articles in seeds/ into
# graphs/seeds.json, graphs/seeds.dot and graphs/seeds.svg.
set -euo pipefail
cd "$(dirname "$0")/.."

bash Scripts/setup.sh
swift build -c release --product newsgraph
.build/release/newsgraph build seeds \
    --output graphs/seeds.json --dot graphs/seeds.dot --svg graphs/seeds.svg
echo "wrote graphs/seeds.json graphs/seeds.dot graphs/seeds.svg"
