#!/usr/bin/env bash
# Installs the Debian packages the workbench needs, when any is missing. Idempotent and quiet when
# everything is present. Works as root or through sudo; with neither, says exactly what to install.
set -euo pipefail

packages=(
  pkg-config
  libncursesw5-dev   # ncursesw: the full-screen workbench
  libhdf5-dev        # HDF5 (serial) + hdf5_hl: exports, H5MD trajectories
  hdf5-tools         # h5dump: the independent reader in tests
  libfftw3-dev       # FFTW 3 with fftw3_threads: spectral kernels
  libopenblas-dev    # OpenBLAS CBLAS: DGEMM, dense layers
  libnetcdf-dev      # netCDF-C: carbon fields
  libbz2-dev         # libbz2: reads bzip2-compressed trajectories (.mdcrd.bz2)
  netcdf-bin         # ncdump/ncgen: the independent reader in tests
  tmux               # drives the real binary in end-to-end TUI tests
  xtb                # GFN2-xTB: reference energies for protein units
  libxml2            # XML parser behind FoundationXML: reads the ff14SB force-field XML
  python3-simtk      # OpenMM: ff14SB force-field XML files, and the MM reference in tests
  python3-h5py       # h5py: the independent HDF5/H5MD reader in tests
  python3-scipy      # scipy: reference numbers in tests
  python3-netcdf4    # netCDF4-python: opens exported maps as netCDF-4 (what xarray reads) in tests
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run=(sudo)
else
  echo "C4S Workbench needs these Debian packages, and this user cannot install them (no root, no sudo):" >&2
  echo "  apt-get install ${missing[*]}" >&2
  echo "Ask an administrator to run that command (as root), then run make again." >&2
  exit 1
fi

echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq >/dev/null
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "installed ${#missing[@]} packages" >&2
