#!/bin/sh
# Regenerates datasets/molecules/unit-xtb-training.h5, the GFN2-xTB training set of the unit
# potential: PER_KIND conformations (default 150) of each of the 21 unit kinds and of cystine pairs,
# seed 1, labelled by xtb on all cores. Interrupted runs continue where they stopped (--resume); a
# larger PER_KIND grows an existing file by the new conformations only; to start over, delete the
# file first. Then labels the active-learning candidates datasets/molecules/unit-md-frame-candidates.h5
# (units cut from ML MD frames of chignolin and Trp-cage, unlabelled; committed as made) into
# datasets/molecules/unit-xtb-md-frames.h5, FRAMES_PER_KIND of each kind (default 20).
# Usage: scripts/make-unit-training-set.sh [PER_KIND [FRAMES_PER_KIND]]
# The conformations and split are fixed by the options and seed; the energies are xtb's (the
# committed file records the xtb version in its program_version attribute).
set -eu
cd "$(dirname "$0")/.."
per_kind="${1:-150}"
frames="${2:-20}"
swift build -c release --product c4s
.build/release/c4s unit-dataset --output datasets/molecules/unit-xtb-training.h5 --per-kind "$per_kind" --seed 1 --engine xtb --resume
if [ -f datasets/molecules/unit-md-frame-candidates.h5 ]; then
    .build/release/c4s unit-dataset --candidates datasets/molecules/unit-md-frame-candidates.h5 \
        --output datasets/molecules/unit-xtb-md-frames.h5 --per-kind "$frames" --engine xtb --resume
fi
