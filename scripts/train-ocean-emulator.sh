#!/bin/sh
# Reproduces the committed ocean pCO2 emulators (ocean-emulator job, fixed seeds), each trained on 200 000 rows of
# the Takahashi 2009 climatology and SOCAT 2010 to predict pCO2,sw - pCO2,air, scored on held-out blocks and months,
# and driven over 2010-2020:
#   datasets/models/ocean-pco2-emulator.h5      without the atmospheric CO2 input (the default weights)
#   datasets/models/ocean-pco2-emulator-co2.h5  with it
# Run from the repository root after `swift build`; about 30 min each in a debug build on 2 busy cores.
set -eu
for co2 in false true; do
  weights=datasets/models/ocean-pco2-emulator.h5
  [ "$co2" = true ] && weights=datasets/models/ocean-pco2-emulator-co2.h5
  "${C4S:-.build/debug/c4s}" run ocean-emulator --train true --epochs 30 --rows 200000 --width 128 --co2-input "$co2" \
    --weights "$weights" --maps false --first-year 2010 --last-year 2020 "$@"
done
