#!/bin/sh
# Reproduces the committed DiG models under datasets/models/ with the release binary
# (a few minutes each on one core). Usage: scripts/train-dig.sh [muller-brown-data ...]
# Each model is trained with the dig-train job's defaults and a fixed seed, so a rerun on the same
# machine gives the same file contents up to floating-point summation order in OpenBLAS.
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product c4s
models="${*:-muller-brown-data gaussian-mixture-data}"
for model in $models; do
    system="${model%-*}"
    mode="${model##*-}"
    echo "training $system ($mode) -> datasets/models/dig-$model.h5"
    .build/release/c4s dig train --system "$system" --mode "$mode" --seed 1
done
