#!/bin/sh
# Reproduces datasets/models/ocean-pco2-emulator.h5: trains the ocean pCO2 emulator (ocean-emulator job,
# fixed seeds) on the Takahashi 2009 climatology and SOCAT 2010, scores it on held-out blocks and months,
# and drives it over 2010-2020. Run from the repository root after `swift build`.
set -eu
exec "${C4S:-.build/debug/c4s}" run ocean-emulator --train true --epochs 40 --rows 150000 \
  --weights datasets/models/ocean-pco2-emulator.h5 --maps false --first-year 2010 --last-year 2020 "$@"
