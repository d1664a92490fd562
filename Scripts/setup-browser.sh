#!/usr/bin/env bash
# Installs what the explorer page's browser checks and screenshot need:
# Debian's chromium and chromium-driver, and Selenium from PyPI.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromedriver ] || missing+=(chromium-driver)
bash "$(dirname "$0")/apt-install.sh" ${missing[@]+"${missing[@]}"}
python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium
