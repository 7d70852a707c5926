#!/bin/sh
# Reproduces the committed ML unit potential datasets/models/ml-unit-potential.h5 from the committed
# GFN2-xTB unit training set datasets/molecules/unit-xtb-training.h5 with the release binary.
# Fixed options and seed; the run stops at --epochs, after --patience epochs without a better
# validation loss, or after --time-limit minutes, whichever comes first (the time limit makes the
# number of epochs, and so the file, depend on the machine's speed; the options below are those of
# the committed file, whose provenance attribute records the epochs run).
# The committed file predates the feature-scale floor of MLFeatureStatistics (2 % of each element's
# largest standard deviation, statistics over up to 300 conformations per kind): a run today gives
# other standardisation and weights. The seed-2 and md-frame sets (unit-xtb-training-seed2.h5,
# unit-xtb-md-frames.h5) can be added with --data a.h5,b.h5,c.h5; a 17-minute run on all three at
# load ~25 (21 epochs) did not beat the committed file, which is therefore kept.
# OpenBLAS is held to one thread (the products are small; descriptors run on --threads).
# Usage: scripts/train-ml-potential.sh [extra job options]
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product c4s
OPENBLAS_NUM_THREADS=1 .build/release/c4s unit-potential train --data datasets/molecules/unit-xtb-training.h5 \
    --output datasets/models/ml-unit-potential.h5 --hidden 64,32 --epochs 400 --batch 16 \
    --learning-rate 0.001 --final-learning-rate 0.00001 --force-weight 0.1 --patience 60 \
    --time-limit 24 --seed 1 --threads 1 "$@"
