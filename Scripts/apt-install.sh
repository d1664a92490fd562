#!/usr/bin/env bash
# Installs the Debian packages named, as root or through sudo: the one place
# the set-up scripts call apt-get.
set -euo pipefail
[ $# -gt 0 ] || exit 0
echo "setup: installing $*" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
