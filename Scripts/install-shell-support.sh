#!/usr/bin/env bash
# Installs newsgraph's shell completions (bash, zsh, fish) and its man page
# under PREFIX (default /usr/local). Both are generated from the command's own
# definitions by swift-argument-parser, so they never drift from --help.
#
#   bash Scripts/install-shell-support.sh [PREFIX]
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"

bash Scripts/setup.sh
swift build -c release --product newsgraph
tool=.build/release/newsgraph
mkdir -p "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
    "$prefix/share/fish/vendor_completions.d" "$prefix/share/man/man1"
"$tool" --generate-completion-script bash >"$prefix/share/bash-completion/completions/newsgraph"
"$tool" --generate-completion-script zsh >"$prefix/share/zsh/site-functions/_newsgraph"
"$tool" --generate-completion-script fish >"$prefix/share/fish/vendor_completions.d/newsgraph.fish"
swift package generate-manual >/dev/null
cp .build/plugins/GenerateManual/outputs/newsgraph/newsgraph.1 "$prefix/share/man/man1/newsgraph.1"
echo "installed completions and man page under $prefix (man newsgraph)"
