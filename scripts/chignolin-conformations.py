#!/usr/bin/python3
"""Conformations of chignolin for the fragmentation-error measurement (datasets/molecules/chig-md20.pdb).

Langevin MD of ../shared/datasets/molecules/chig.pdb under ff14SB in vacuum with OpenMM
(python3-simtk): energy minimisation, 10 ps at 300 K (2 fs steps, bonds to hydrogen constrained,
friction 1/ps, seed 2024), then one frame every 250 steps (0.5 ps) for 20 frames. The frames keep
the original PDB atom lines; only coordinates change.

Run from the repository root: /usr/bin/python3 scripts/chignolin-conformations.py
"""
import sys
from openmm import app, unit, LangevinIntegrator, Platform

SOURCE = "../shared/datasets/molecules/chig.pdb"
TARGET = "datasets/molecules/chig-md20.pdb"
FRAMES, STRIDE, EQUILIBRATION = 20, 250, 5000

pdb = app.PDBFile(SOURCE)
forcefield = app.ForceField("amber14/protein.ff14SB.xml")
system = forcefield.createSystem(pdb.topology, nonbondedMethod=app.NoCutoff, constraints=app.HBonds)
integrator = LangevinIntegrator(300 * unit.kelvin, 1 / unit.picosecond, 2 * unit.femtoseconds)
integrator.setRandomNumberSeed(2024)
simulation = app.Simulation(pdb.topology, system, integrator, Platform.getPlatformByName("Reference"))
simulation.context.setPositions(pdb.positions)
simulation.minimizeEnergy()
simulation.context.setVelocitiesToTemperature(300 * unit.kelvin, 2024)
simulation.step(EQUILIBRATION)

atom_lines = [line for line in open(SOURCE) if line.startswith(("ATOM", "HETATM"))]
with open(TARGET, "w") as out:
    out.write("REMARK   chignolin, ff14SB vacuum Langevin MD at 300 K, frames 0.5 ps apart (scripts/chignolin-conformations.py)\n")
    for model in range(1, FRAMES + 1):
        simulation.step(STRIDE)
        positions = simulation.context.getState(getPositions=True).getPositions(asNumpy=True).value_in_unit(unit.angstrom)
        out.write(f"MODEL     {model:4d}\n")
        for line, (x, y, z) in zip(atom_lines, positions):
            out.write(f"{line[:30]}{x:8.3f}{y:8.3f}{z:8.3f}{line[54:]}")
        out.write("ENDMDL\n")
    out.write("END\n")
print(f"wrote {FRAMES} frames to {TARGET}", file=sys.stderr)
