#!/usr/bin/env bash
# Re-creates Sources/Extraction/Resources/name-tagger.model, byte for byte,
# from the open corpora in ../shared/data (or DATA=...), then scores it once on
# the held-out test sets. Training sets and test sets are the issue's split:
# train on GUM train+dev, UNER EWT dev, wikigold, CrossNER politics train+dev
# and Re-DocRED dev; test on GUM test, EWT test, CrossNER test, Re-DocRED test.
#
#   bash Scripts/train-tagger.sh            # train, write the model, print test scores
#   SHARE=0.25 OUTPUT=/tmp/q.model bash Scripts/train-tagger.sh   # a learning-curve point
set -euo pipefail
cd "$(dirname "$0")/.."

DATA="${DATA:-../shared/data}"
OUTPUT="${OUTPUT:-Sources/Extraction/Resources/name-tagger.model}"
SHARE="${SHARE:-1}"
EPOCHS="${EPOCHS:-12}"
corpora="$(mktemp -d)"
trap 'rm -rf "$corpora"' EXIT

python3 Scripts/ner-corpora.py --data "$DATA" --samples 0 "$corpora" >/dev/null
swift build -c release --product train-tagger
.build/release/train-tagger \
    --gazetteers Sources/Extraction/Gazetteers --output "$OUTPUT" --epochs "$EPOCHS" --share "$SHARE" \
    --dev "$corpora/gum-test.conll" --dev "$corpora/ewt-test.conll" \
    --dev "$corpora/crossner-test.conll" --dev "$corpora/redocred-test.conll" \
    "$corpora/gum-train.conll" "$corpora/gum-dev.conll" "$corpora/ewt-dev.conll" "$corpora/wikigold.conll" \
    "$corpora/crossner-train.conll" "$corpora/crossner-dev.conll" "$corpora/redocred-dev.conll"
sha256sum "$OUTPUT"
