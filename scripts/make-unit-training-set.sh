#!/bin/sh
# Regenerates datasets/molecules/unit-xtb-training.h5, the GFN2-xTB training set of the unit
# potential: PER_KIND conformations (default 150) of each of the 21 unit kinds, seed 1, labelled by
# xtb on all cores. Interrupted runs continue where they stopped (--resume); to start over, delete
# the file first. Usage: scripts/make-unit-training-set.sh [PER_KIND]
# The conformations and split are fixed by the options and seed; the energies are xtb's (the
# committed file records the xtb version in its program_version attribute).
set -eu
cd "$(dirname "$0")/.."
per_kind="${1:-150}"
swift build -c release --product c4s
.build/release/c4s unit-dataset --output datasets/molecules/unit-xtb-training.h5 --per-kind "$per_kind" --seed 1 --engine xtb --resume
