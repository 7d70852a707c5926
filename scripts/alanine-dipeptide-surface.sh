#!/bin/sh
# Reproduces datasets/surfaces/alanine-dipeptide-ff14sb.h5, the relaxed ff14SB (phi, psi) surface of
# alanine dipeptide in vacuum that `c4s dig … --system alanine-dipeptide` samples, with the release
# binary (the dig-surface job; about a minute on one core). The OpenMM cross-check of a few nodes is
# scripts/alanine-dipeptide-openmm-scan.py (numbers kept in Tests/C4SDiffusionTests).
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product c4s
.build/release/c4s dig surface --bins 36 --restraint 2000 --tolerance 0.001 --refinement-passes 3
