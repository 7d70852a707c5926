#!/bin/sh
# Reproduces the committed ocean pCO2 emulators (ocean-emulator job, fixed seeds) with the release binary, each
# trained on the Takahashi 2009 climatology and SOCAT 2010 to predict pCO2,sw - pCO2,air, scored on held-out blocks
# and months, and driven over 2010-2020:
#   datasets/models/ocean-pco2-emulator.h5          the default: no CO2 input, no product code (2 x 128, 200 000 rows, 30 epochs)
#   datasets/models/ocean-pco2-emulator-co2.h5      with the atmospheric CO2 input (2 x 128, 200 000 rows, 30 epochs)
#   datasets/models/ocean-pco2-emulator-product.h5  with a one-hot product code and 64 random Fourier features of the
#                                                   n-vector (scale 8), 2 x 256, 200 000 rows, 8 epochs (about 20 min
#                                                   of training on 2 cores under a load of 30)
# The first two were trained with the debug binary. OpenBLAS is held to one thread (the
# products are small). Usage: scripts/train-ocean-emulator.sh [extra job options]
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product c4s
export OPENBLAS_NUM_THREADS=1
for co2 in false true; do
  weights=datasets/models/ocean-pco2-emulator.h5
  [ "$co2" = true ] && weights=datasets/models/ocean-pco2-emulator-co2.h5
  .build/release/c4s run ocean-emulator --train true --epochs 30 --rows 200000 --width 128 --layers 2 --learning-rate 0.003 \
    --co2-input "$co2" --product-input false --fourier 0 --weights "$weights" --maps false "$@"
done
.build/release/c4s run ocean-emulator --train true --epochs 8 --rows 200000 --width 256 --layers 2 --learning-rate 0.003 \
  --co2-input false --product-input true --fourier 64 --fourier-scale 8 \
  --weights datasets/models/ocean-pco2-emulator-product.h5 --maps false "$@"
