#!/usr/bin/env bash
# Installs what NewsGraph needs beyond Swift: Graphviz's C libraries (to build
# and render), SQLite's headers (for the corpus store) and the `dot` program
# (the tests check our DOT with it).
set -euo pipefail

missing=()
pkg-config --exists libgvc 2>/dev/null || missing+=(libgraphviz-dev)
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)

bash "$(dirname "$0")/apt-install.sh" ${missing[@]+"${missing[@]}"}
