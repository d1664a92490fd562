#!/usr/bin/env bash
# Re-creates Sources/Extraction/Resources/dependency-parser.model, byte for
# byte, from GUM's Universal Dependencies trees in ../shared/data/gum/dep (or
# DATA=...), then scores it once on GUM test: tag accuracy and unlabeled and
# labeled attachment over NewsGraph's words. Train on GUM train+dev, test on
# GUM test (gum/splits.md); documents of the genres not shipped are skipped.
#
#   bash Scripts/train-parser.sh
#   OUTPUT=/tmp/p.model SPLITS="train" bash Scripts/train-parser.sh   # tune: train only
set -euo pipefail
cd "$(dirname "$0")/.."

DATA="${DATA:-../shared/data}"
OUTPUT="${OUTPUT:-Sources/Extraction/Resources/dependency-parser.model}"
SPLITS="${SPLITS:-train dev}"
TEST_SPLIT="${TEST_SPLIT:-test}"

# The documents of a split, as the files of them that are here.
documents() {
    awk -v wanted="## $1" '/^## / { inside = ($0 == wanted); next } inside && /\* / { print $2 }' "$DATA/gum/splits.md" |
        while read -r name; do
            [ -f "$DATA/gum/dep/$name.conllu" ] && echo "$DATA/gum/dep/$name.conllu"
        done
    return 0
}

training=()
for split in $SPLITS; do
    while read -r file; do training+=("$file"); done < <(documents "$split")
done
tests=()
while read -r file; do tests+=(--test "$file"); done < <(documents "$TEST_SPLIT")

swift build -c release --product train-parser
.build/release/train-parser --output "$OUTPUT" "${tests[@]}" ${TRAIN_FLAGS:-} "${training[@]}"
sha256sum "$OUTPUT"
