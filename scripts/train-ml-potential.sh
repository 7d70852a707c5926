#!/bin/sh
# Reproduces the committed ML unit potential datasets/models/ml-unit-potential.h5 from the committed
# GFN2-xTB unit training sets with the release binary: datasets/molecules/unit-xtb-training.h5
# (seed 1, 150 per kind), unit-xtb-training-seed2.h5 (seed 2, scripts/make-unit-training-set.sh) and
# unit-xtb-md-frames.h5 (units cut from ML MD frames, labelled by xtb).
# Fixed options and seed; the run stops at --epochs, after --patience epochs without a better
# validation loss, or after --time-limit minutes, whichever comes first (the time limit makes the
# number of epochs, and so the file, depend on the machine's speed; the options below are those of
# the committed file, whose provenance attribute records the epochs run).
# OpenBLAS is held to one thread (the products are small; descriptors run on --threads).
# Usage: scripts/train-ml-potential.sh [extra job options]
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product c4s
OPENBLAS_NUM_THREADS=1 .build/release/c4s unit-potential train \
    --data datasets/molecules/unit-xtb-training.h5,datasets/molecules/unit-xtb-training-seed2.h5,datasets/molecules/unit-xtb-md-frames.h5 \
    --output datasets/models/ml-unit-potential.h5 --hidden 64,32 --epochs 400 --batch 16 \
    --learning-rate 0.001 --final-learning-rate 0.00001 --force-weight 0.5 --patience 60 \
    --time-limit 18 --seed 1 --threads 1 "$@"
