#!/bin/sh
# Reproduces the committed DiG models under datasets/models/ with the release binary (a few minutes
# each on one core). Usage: scripts/train-dig.sh [muller-brown-data gaussian-mixture-data muller-brown-pidp
# alanine-dipeptide-data]. The alanine dipeptide model needs the committed (phi, psi) surface
# (scripts/alanine-dipeptide-surface.sh).
# Each model is trained with fixed options and seed, so a rerun gives the same file contents up to
# floating-point summation order in OpenBLAS.
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product c4s
models="${*:-muller-brown-data gaussian-mixture-data muller-brown-pidp alanine-dipeptide-data}"
for model in $models; do
    echo "training $model -> datasets/models/dig-$model.h5"
    case "$model" in
    muller-brown-data) .build/release/c4s dig train --system muller-brown --mode data --epochs 150 --seed 1 ;;
    gaussian-mixture-data) .build/release/c4s dig train --system gaussian-mixture --mode data --epochs 60 --seed 1 ;;
    muller-brown-pidp) .build/release/c4s dig train --system muller-brown --mode pidp --epochs 40 --samples 10000 --batch 128 --boundary-weight 10 --residual-power 4 --curriculum 0.3 --seed 1 ;;
    alanine-dipeptide-data) .build/release/c4s dig train --system alanine-dipeptide --mode data --data metropolis --thinning 50 --epochs 150 --seed 1 ;;
    *) echo "unknown model $model; known: muller-brown-data gaussian-mixture-data muller-brown-pidp alanine-dipeptide-data" >&2; exit 2 ;;
    esac
done
