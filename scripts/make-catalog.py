#!/usr/bin/env python3
"""Regenerates datasets/catalog.json from the local mirror (../shared/datasets) and the metadata below.

Sizes and SHA-256 digests are computed from the mirrored files; the variables of netCDF fields
(name, units, long name) are read with `ncdump -h`. Run from the repository root:
    python3 scripts/make-catalog.py [MIRROR_DIR]
"""
import hashlib
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIRROR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(ROOT), "shared", "datasets")

LAGRAPH = "https://github.com/GraphBLAS/LAGraph/tree/stable/data"
LAGRAPH_RAW = "https://raw.githubusercontent.com/GraphBLAS/LAGraph/stable/data"
LAGRAPH_LIC = "BSD-2-Clause (LAGraph); matrices from the SuiteSparse Matrix Collection, CC BY 4.0"
SUITESPARSE = "Davis and Hu (2011), The University of Florida Sparse Matrix Collection, ACM TOMS 38(1), doi:10.1145/2049662.2049663"
MDA = "https://pypi.org/project/MDAnalysisTests/2.11.0/"
MDA_LIC = "GPL-2.0-or-later (MDAnalysisTests package); data from the cited sources"
MDA_CITE = "Michaud-Agrawal et al. (2011) J. Comput. Chem. 32, 2319; Gowers et al. (2016) Proc. SciPy"
AI2BMD = "https://github.com/microsoft/AI2BMD/tree/main/examples"
AI2BMD_LIC = "MIT"
AI2BMD_CITE = "Wang et al. (2024) Ab initio characterization of protein molecular dynamics with AI2BMD, Nature 635, 1019-1027"
FLUXENGINE = "https://github.com/oceanflux-ghg/FluxEngine/tree/master/fluxengine/data"
FLUXENGINE_RAW = "https://raw.githubusercontent.com/oceanflux-ghg/FluxEngine/master/fluxengine/data"
FLUXENGINE_LIC = "FluxEngine Open Software License 3.0"

def matrix(id, path, title, cite=SUITESPARSE):
    return dict(id=id, kind="matrix", title=title, paths=[path], origin=LAGRAPH, licence=LAGRAPH_LIC,
                citation=cite, raw=lambda p: LAGRAPH_RAW + "/" + p.split("/")[-1])

def mda(id, kind, paths, title, cite=MDA_CITE):
    return dict(id=id, kind=kind, title=title, paths=paths, origin=MDA, licence=MDA_LIC, citation=cite)

def ai2bmd(id, path, title):
    return dict(id=id, kind="molecule", title=title, paths=[path], origin=AI2BMD, licence=AI2BMD_LIC,
                citation=AI2BMD_CITE, raw=lambda p: "https://raw.githubusercontent.com/microsoft/AI2BMD/main/examples/" + p.split("/")[-1])

MALFORMED = sorted(f for f in os.listdir(os.path.join(MIRROR, "matrices", "malformed")))

DATASETS = [
    matrix("bcsstk13", "matrices/bcsstk13.mtx", "BCSSTK13: fluid flow generalized eigenproblem, 2003x2003 real symmetric"),
    matrix("cryg2500", "matrices/cryg2500.mtx", "CRYG2500: crystal growth eigenmodes, 2500x2500 real unsymmetric"),
    matrix("olm1000", "matrices/olm1000.mtx", "OLM1000: Olmstead model, 1000x1000 real unsymmetric"),
    matrix("zenios", "matrices/zenios.mtx", "ZENIOS: air traffic control optimisation, 2873x2873 real symmetric"),
    matrix("jagmesh7", "matrices/jagmesh7.mtx", "JAGMESH7: finite-element mesh graph, 1138x1138 pattern symmetric"),
    matrix("pushpull", "matrices/pushpull.mtx", "PUSHPULL: 4000x4000 pattern symmetric"),
    matrix("west0067", "matrices/west0067.mtx", "WEST0067: chemical engineering, 67x67 real unsymmetric"),
    matrix("lp_afiro", "matrices/lp_afiro.mtx", "LP_AFIRO: linear programme, 27x51 rectangular"),
    matrix("karate", "matrices/karate.mtx", "Zachary's karate club graph, 34x34 pattern symmetric",
           cite="Zachary (1977) J. Anthropol. Res. 33, 452-473"),
    matrix("LFAT5", "matrices/LFAT5.mtx", "LFAT5: 14x14 real symmetric"),
    matrix("test_FW_2003", "matrices/test_FW_2003.mtx", "LAGraph Floyd-Warshall test graph, 2003 vertices"),
    dict(matrix("lfat5-hypersparse", "matrices/edge-cases/LFAT5_hypersparse.mtx",
                "Edge case: LFAT5 embedded in a hypersparse matrix"), raw=None),
    dict(matrix("west0067-comments", "matrices/edge-cases/comments_west0067.mtx",
                "Edge case: west0067 with comment lines between entries"), raw=None),
    dict(matrix("west0067-jumbled", "matrices/edge-cases/west0067_jumbled.mtx",
                "Edge case: west0067 with entries in random order"), raw=None),
    dict(id="mm-malformed", kind="matrix", title="Malformed Matrix Market files that a reader must reject or read per the specification",
         paths=["matrices/malformed/" + f for f in MALFORMED], origin=LAGRAPH, licence=LAGRAPH_LIC,
         citation="LAGraph test data", raw=lambda p: LAGRAPH_RAW + "/" + p.split("/")[-1]),

    dict(id="takahashi09", kind="field",
         title="Takahashi et al. (2009) monthly surface-ocean pCO2 climatology, 1x1 degree (180x360), 12 months",
         paths=["carbon/takahashi09/takahashi09-month%02d.nc" % m for m in range(1, 13)],
         origin=FLUXENGINE + "/verification_data/takahashi09", licence=FLUXENGINE_LIC,
         citation="Takahashi et al. (2009) Deep-Sea Res. II 56, 554-577, doi:10.1016/j.dsr2.2008.12.009",
         raw=lambda p: FLUXENGINE_RAW + "/verification_data/takahashi09/" + p.split("/")[-1]),
    dict(id="socat2010", kind="field",
         title="SOCAT v4 monthly interpolated fCO2/pCO2 for 2010, 1x1 degree, netCDF-4",
         paths=["carbon/socat2010/2010%02d01_OCF-CO2-GLO-1M-KRG-CLIM.nc" % m for m in range(1, 13)],
         origin=FLUXENGINE + "/verification_data/SOCATv4", licence=FLUXENGINE_LIC,
         citation="Bakker et al. (2016) A multi-decade record of high-quality fCO2 data in version 3 of SOCAT, ESSD 8, 383-413",
         raw=lambda p: FLUXENGINE_RAW + "/verification_data/SOCATv4/" + p.split("/")[-1]),
    dict(id="onedeg-land", kind="field", title="1x1 degree land mask",
         paths=["carbon/onedeg_land.nc"], origin=FLUXENGINE, licence=FLUXENGINE_LIC,
         citation="FluxEngine: Shutler et al. (2016) J. Atmos. Oceanic Technol. 33, 741-756",
         raw=lambda p: FLUXENGINE_RAW + "/onedeg_land.nc"),
    dict(id="longhurst", kind="field", title="Longhurst biogeochemical provinces, 1x1 degree mask",
         paths=["carbon/longhurst-provinces-mask.nc"], origin=FLUXENGINE, licence=FLUXENGINE_LIC,
         citation="Longhurst (2007) Ecological Geography of the Sea, 2nd ed.; FluxEngine (Shutler et al. 2016)"),
    dict(id="ersstv5", kind="field", title="NOAA ERSST v5 monthly sea-surface temperature, 2x2 degree (89x180), 2010-01 to 2020-08",
         paths=["carbon/ersstv5-2010-2020.nc"], origin="https://github.com/xarray-contrib/xarray-tutorial/tree/main/data",
         licence="Apache-2.0 (repository); NOAA data, public domain",
         citation="Huang et al. (2017) Extended Reconstructed Sea Surface Temperature version 5 (ERSSTv5), J. Climate 30, 8179-8205",
         raw=lambda p: "https://raw.githubusercontent.com/xarray-contrib/xarray-tutorial/main/data/sst.mnmean.nc"),
    dict(id="noaa-co2-mm-gl", kind="table", title="NOAA GML monthly global-mean surface CO2 (ppm), 1979 to 2026-04",
         paths=["carbon/noaa-co2-mm-gl.csv"], origin="https://github.com/datasets/co2-ppm/tree/main/data",
         licence="ODC-PDDL-1.0", citation="Lan, Tans and Thoning, NOAA Global Monitoring Laboratory, doi:10.15138/9N0H-ZH07",
         raw=lambda p: "https://raw.githubusercontent.com/datasets/co2-ppm/main/data/co2-mm-gl.csv"),
    dict(id="noaa-co2-mm-mlo", kind="table", title="NOAA GML monthly Mauna Loa CO2 (ppm), 1958-03 to 2026-04",
         paths=["carbon/noaa-co2-mm-mlo.csv"], origin="https://github.com/datasets/co2-ppm/tree/main/data",
         licence="ODC-PDDL-1.0", citation="Keeling et al. (1976) Tellus 28, 538; Thoning et al. (1989) JGR 94, 8549; NOAA GML",
         raw=lambda p: "https://raw.githubusercontent.com/datasets/co2-ppm/main/data/co2-mm-mlo.csv"),
    dict(id="noaa-co2-gr-gl", kind="table", title="NOAA GML annual global CO2 growth rate (ppm/yr)",
         paths=["carbon/noaa-co2-gr-gl.csv"], origin="https://github.com/datasets/co2-ppm/tree/main/data",
         licence="ODC-PDDL-1.0", citation="Lan, Tans and Thoning, NOAA Global Monitoring Laboratory",
         raw=lambda p: "https://raw.githubusercontent.com/datasets/co2-ppm/main/data/co2-gr-gl.csv"),
    dict(id="noaa-co2-annmean-gl", kind="table", title="NOAA GML annual global-mean CO2 (ppm)",
         paths=["carbon/noaa-co2-annmean-gl.csv"], origin="https://github.com/datasets/co2-ppm/tree/main/data",
         licence="ODC-PDDL-1.0", citation="Lan, Tans and Thoning, NOAA Global Monitoring Laboratory",
         raw=lambda p: "https://raw.githubusercontent.com/datasets/co2-ppm/main/data/co2-annmean-gl.csv"),
    dict(id="gcb2023", kind="table", title="Global Carbon Budget 2023: global annual budget 1959-2022 (GtC/yr)",
         paths=["carbon/gcb2023-global-budget.csv"], origin="https://github.com/openclimatedata/global-carbon-budget",
         licence="CC BY 4.0", citation="Friedlingstein et al. (2023) Global Carbon Budget 2023, ESSD 15, 5301-5369, doi:10.5194/essd-15-5301-2023"),

    mda("A6PA6-alpha", "molecule", ["molecules/A6PA6_alpha.pdb"], "Ala6-Pro-Ala6 alpha helix, all hydrogens, 137 atoms"),
    mda("neopetrosiamide-nmr", "trajectory", ["molecules/nmr_neopetrosiamide.pdb"], "Neopetrosiamide NMR ensemble, 26 models, 28 residues with hydrogens"),
    mda("adk-dims", "trajectory", ["molecules/adk.psf", "molecules/adk_dims.dcd"],
        "Adenylate kinase closed-to-open transition (DIMS), 3341 atoms, 102 frames (CHARMM PSF + DCD)",
        cite=MDA_CITE + "; Beckstein et al. (2009) J. Mol. Biol. 394, 160-176"),
    mda("adk-open", "molecule", ["molecules/adk_open.pdb"], "Adenylate kinase, open state (PDB 4AKE)"),
    mda("adk-closed", "molecule", ["molecules/adk_closed.pdb"], "Adenylate kinase, closed state (PDB 1AKE)"),
    mda("cobrotoxin", "trajectory", ["molecules/cobrotoxin.h5md"], "Cobrotoxin H5MD trajectory: positions, velocities, forces, box"),
    mda("h5md-small", "trajectory", ["molecules/test-small.h5md", "molecules/test-small-topology.pdb"], "Tiny H5MD test trajectory and its topology"),
    mda("ace-cap", "molecule", ["molecules/ace-cap.pdb"], "Acetyl (ACE) capping group with hydrogens"),
    mda("nme-cap", "molecule", ["molecules/nme-cap.pdb"], "N-methylamide (NME) capping group with hydrogens"),
    mda("alanine-dipeptide-solvated", "trajectory",
        ["molecules/alanine-dipeptide-solvated.prmtop", "molecules/alanine-dipeptide-solvated.mdcrd.bz2"],
        "Capped alanine dipeptide in water, 5071 atoms: AMBER topology and ptraj trajectory"),
    ai2bmd("chignolin", "molecules/chig.pdb", "Chignolin, 10 residues + ACE/NME caps, 175 atoms"),
    ai2bmd("chignolin-preeq", "molecules/chig-preeq-nowat.pdb", "Chignolin after pre-equilibration, solvent removed"),
    ai2bmd("trpcage", "molecules/trpcage.pdb", "Trp-cage, capped, 281 atoms"),
    ai2bmd("abd", "molecules/abd.pdb", "Albumin-binding domain, capped, 746 atoms"),
]

GENERATED = [
    dict(id="grid1d-random-4M", kind="grid", title="1-D grid of 4,194,304 points, uniform random in [0,1)",
         generator=dict(name="stencil-grid", parameters=dict(dims=[4194304], pattern="random", seed=42))),
    dict(id="grid2d-random-4096", kind="grid", title="2-D grid 4096x4096, uniform random in [0,1)",
         generator=dict(name="stencil-grid", parameters=dict(dims=[4096, 4096], pattern="random", seed=42))),
    dict(id="grid2d-gaussian-1024", kind="grid", title="2-D grid 1024x1024, Gaussian bump in the centre",
         generator=dict(name="stencil-grid", parameters=dict(dims=[1024, 1024], pattern="gaussian", seed=0))),
    dict(id="grid2d-checkerboard-1024", kind="grid", title="2-D grid 1024x1024, checkerboard of 8x8 tiles",
         generator=dict(name="stencil-grid", parameters=dict(dims=[1024, 1024], pattern="checkerboard", seed=0))),
    dict(id="grid3d-random-256", kind="grid", title="3-D grid 256x256x256, uniform random in [0,1)",
         generator=dict(name="stencil-grid", parameters=dict(dims=[256, 256, 256], pattern="random", seed=42))),
    dict(id="poisson2d-1024", kind="matrix", title="2-D Poisson 5-point operator on a 1024x1024 grid (Dirichlet)",
         generator=dict(name="poisson2d", parameters=dict(n=1024))),
    dict(id="poisson3d-128", kind="matrix", title="3-D Poisson 7-point operator on a 128^3 grid (Dirichlet)",
         generator=dict(name="poisson3d", parameters=dict(n=128))),
    dict(id="rmat-20", kind="matrix", title="R-MAT power-law graph, 2^20 vertices, edge factor 16 (Graph500 parameters)",
         generator=dict(name="rmat", parameters=dict(scale=20, edgeFactor=16, a=0.57, b=0.19, c=0.19, seed=1))),
]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def nc_variables(path):
    """Variables with units (or units_nonstandard) and long_name, from ncdump -h."""
    text = subprocess.run(["ncdump", "-h", path], check=True, capture_output=True, text=True).stdout
    variables, attrs = [], {}
    order = []
    for line in text.splitlines():
        m = re.match(r"\s+\w+ ([\w-]+)\(.*\) ;$|\s+\w+ ([\w-]+) ;$", line)
        if m and "=" not in line:
            name = m.group(1) or m.group(2)
            order.append(name)
            attrs[name] = {}
            continue
        m = re.match(r'\s+([\w-]+):(\w+) = "(.*)" ;$', line)
        if m and m.group(1) in attrs:
            attrs[m.group(1)][m.group(2)] = m.group(3)
    for name in order:
        a = attrs[name]
        units = a.get("units") or a.get("units_nonstandard") or "1"
        entry = dict(name=name, units=units)
        if a.get("long_name"):
            entry["description"] = a["long_name"].strip()
        variables.append(entry)
    return variables


def main():
    out = []
    covered = set()
    for d in DATASETS:
        files = []
        for p in d["paths"]:
            full = os.path.join(MIRROR, p)
            f = dict(path=p, bytes=os.path.getsize(full), sha256=sha256(full))
            raw = d.get("raw")
            if raw:
                f["url"] = raw(p)
            files.append(f)
            covered.add(p)
        e = dict(id=d["id"], kind=d["kind"], title=d["title"], files=files, origin=d["origin"],
                 licence=d["licence"], citation=d["citation"])
        if d["kind"] == "field":
            e["variables"] = nc_variables(os.path.join(MIRROR, d["paths"][0]))
        out.append(e)
    out.extend(dict(g, files=[]) for g in GENERATED)
    every = {os.path.relpath(os.path.join(r, f), MIRROR) for r, _, fs in os.walk(MIRROR) for f in fs}
    missing = sorted(every - covered - {"README.md"})
    if missing:
        sys.exit("files in the mirror without a catalog entry: " + ", ".join(missing))
    with open(os.path.join(ROOT, "datasets", "catalog.json"), "w") as f:
        json.dump(dict(version=1, datasets=out), f, indent=2)
        f.write("\n")
    print("wrote %d datasets" % len(out))


if __name__ == "__main__":
    main()
