#!/bin/sh
# Regenerates the GFN2-xTB training sets of the unit potential, labelled by xtb on all cores:
#   datasets/molecules/unit-xtb-training.h5        seed 1, 150 conformations of each of the 21 unit kinds
#   datasets/molecules/unit-xtb-training-seed2.h5  seed 2, the --per-kind 300 list (the committed file holds its
#                                                  first 64 per kind: the labelling was stopped there, Ctrl-C)
#   datasets/molecules/unit-xtb-md-frames.h5       the units of datasets/molecules/unit-md-frame-candidates.h5
#                                                  (cut from ML MD frames of chignolin and Trp-cage with the
#                                                  previous potential, unlabelled; committed as made), 20 per kind
# Interrupted runs continue where they stopped (--resume); a larger count grows an existing file by
# the new conformations only (beyond the first round of 150); to start over, delete the file first.
# The committed seed-1 file was made by an earlier revision of the generator: its MD snapshots differ
# from today's in the last bits (force summation order), so today's run makes an equivalent, not an
# identical, file and --resume refuses the committed one.
# Usage: scripts/make-unit-training-set.sh
# The conformations and split are fixed by the options and seed; the energies are xtb's (each file
# records the xtb version in its program_version attribute).
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product c4s
.build/release/c4s unit-dataset --output datasets/molecules/unit-xtb-training.h5 --per-kind 150 --seed 1 --engine xtb --resume
.build/release/c4s unit-dataset --output datasets/molecules/unit-xtb-training-seed2.h5 --per-kind 300 --seed 2 --engine xtb --resume
.build/release/c4s unit-dataset --candidates datasets/molecules/unit-md-frame-candidates.h5 \
    --output datasets/molecules/unit-xtb-md-frames.h5 --per-kind 20 --engine xtb --resume
