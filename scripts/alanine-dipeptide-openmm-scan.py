#!/usr/bin/python3
"""Relaxed ff14SB energies of alanine dipeptide at given (phi, psi) with OpenMM (the reference for
`c4s dig surface`).

Usage: /usr/bin/python3 scripts/alanine-dipeptide-openmm-scan.py [MIRROR_DIR] [PHI,PSI ...]

Takes ACE-ALA-NME as the first 22 atoms of frame 0 of molecules/alanine-dipeptide-solvated
(.prmtop names, .mdcrd.bz2 coordinates) in the dataset mirror (default ../shared/datasets relative
to the repository), builds ForceField('amber14/protein.ff14SB.xml') with no cutoff and no
constraints, restrains phi (C-N-CA-C) and psi (N-CA-C-N) by CustomTorsionForce
0.5*k*min(d, 2pi-d)^2 with k = 2000 kcal/mol/rad^2 (as the workbench), minimises with OpenMM's
L-BFGS (LocalEnergyMinimizer, tolerance 0.01 kJ/mol/nm) on the Reference platform, and prints JSON:
per point the target angles (degrees), the unrestrained MM energy (kcal/mol), the angles reached,
and the local minimum that unrestrained minimisation (tolerance 0.001 kJ/mol/nm) reaches from there.
Each point is reached from the previous one (the first from the start structure) in restrained
minimisations at most 10 degrees apart along the shortest way round, like the workbench's scan.
"""
import bz2
import io
import json
import math
import os
import sys

import numpy as np
import openmm as mm
from openmm import app, unit

KCAL = unit.kilocalorie_per_mole
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def prmtop_section(text, flag):
    """Values of one %FLAG section of a prmtop file (fixed-width fields from its %FORMAT)."""
    start = text.index('%FLAG ' + flag)
    lines = text[start:].split('\n')
    fmt = lines[1].strip()  # e.g. %FORMAT(20a4)
    width = int(fmt[fmt.index('(') + 1:fmt.index(')')].lstrip('0123456789')[1:].split('.')[0])
    values = []
    for line in lines[2:]:
        if line.startswith('%'):
            break
        values += [line[i:i + width].strip() for i in range(0, len(line), width) if line[i:i + width].strip()]
    return values


def dipeptide_pdb(mirror):
    """PDB text of ACE-ALA-NME (first 22 atoms, frame 0)."""
    top = open(os.path.join(mirror, 'molecules/alanine-dipeptide-solvated.prmtop')).read()
    names = prmtop_section(top, 'ATOM_NAME')[:22]
    labels = prmtop_section(top, 'RESIDUE_LABEL')[:3]
    pointers = [int(p) - 1 for p in prmtop_section(top, 'RESIDUE_POINTER')[:3]] + [22]
    with bz2.open(os.path.join(mirror, 'molecules/alanine-dipeptide-solvated.mdcrd.bz2'), 'rt') as f:
        f.readline()  # title
        values = []
        while len(values) < 66:
            line = f.readline()
            values += [float(line[i:i + 8]) for i in range(0, len(line.rstrip('\n')), 8)]
    out = io.StringIO()
    for a in range(22):
        r = max(k for k in range(3) if pointers[k] <= a)
        x, y, z = values[3 * a:3 * a + 3]
        element = names[a][0]
        out.write('ATOM  %5d %-4s %3s A%4d    %8.3f%8.3f%8.3f  1.00  0.00          %2s\n'
                  % (a + 1, names[a] if len(names[a]) == 4 else ' ' + names[a], labels[r], r + 1, x, y, z, element))
    out.write('END\n')
    return out.getvalue()


def main():
    args = sys.argv[1:]
    mirror = os.path.join(os.path.dirname(ROOT), 'shared', 'datasets')
    if args and ',' not in args[0]:
        mirror = args.pop(0)
    points = [tuple(float(v) for v in a.split(',')) for a in args] or [(-80, 70), (-150, 160), (70, -70), (-70, -40), (60, 40)]
    pdb = app.PDBFile(io.StringIO(dipeptide_pdb(mirror)))
    forcefield = app.ForceField('amber14/protein.ff14SB.xml')
    system = forcefield.createSystem(pdb.topology, nonbondedMethod=app.NoCutoff, constraints=None, rigidWater=False)
    atoms = {(a.residue.index, a.name): a.index for a in pdb.topology.atoms()}
    phi = [atoms[(0, 'C')], atoms[(1, 'N')], atoms[(1, 'CA')], atoms[(1, 'C')]]
    psi = [atoms[(1, 'N')], atoms[(1, 'CA')], atoms[(1, 'C')], atoms[(2, 'N')]]
    restraint = mm.CustomTorsionForce('0.5*k*min(d, 2*pi-d)^2; d = abs(theta - theta0); pi = 3.141592653589793')
    restraint.addPerTorsionParameter('k')
    restraint.addPerTorsionParameter('theta0')
    k = (2000 * KCAL).value_in_unit(unit.kilojoule_per_mole)
    restraint.addTorsion(*phi, [k, 0.0])
    restraint.addTorsion(*psi, [k, 0.0])
    restraint.setForceGroup(1)
    system.addForce(restraint)
    context = mm.Context(system, mm.VerletIntegrator(0.001), mm.Platform.getPlatformByName('Reference'))
    context.setPositions(pdb.positions)

    def dihedral(x, i):
        p0, p1, p2, p3 = (x[j] for j in i)
        b0, b1, b2 = p0 - p1, p2 - p1, p3 - p2
        b1 = b1 / np.linalg.norm(b1)
        v, w = b0 - b0.dot(b1) * b1, b2 - b2.dot(b1) * b1
        return math.degrees(math.atan2(np.cross(b1, v).dot(w), v.dot(w)))

    def relax(target_phi, target_psi):
        restraint.setTorsionParameters(0, *phi, [k, math.radians(target_phi)])
        restraint.setTorsionParameters(1, *psi, [k, math.radians(target_psi)])
        restraint.updateParametersInContext(context)
        mm.LocalEnergyMinimizer.minimize(context, 0.01, 0)
        state = context.getState(getEnergy=True, getPositions=True, groups={0})
        return state.getPotentialEnergy().value_in_unit(KCAL), state.getPositions(asNumpy=True).value_in_unit(unit.angstrom)

    x = np.array(pdb.positions.value_in_unit(unit.angstrom))
    here = (dihedral(x, phi), dihedral(x, psi))
    results = []
    for target in points:
        delta = [((t - h + 180) % 360) - 180 for t, h in zip(target, here)]
        steps = max(1, math.ceil(max(abs(d) for d in delta) / 10))
        for s in range(1, steps + 1):
            energy, x = relax(here[0] + delta[0] * s / steps, here[1] + delta[1] * s / steps)
        here = target
        result = dict(phi=target[0], psi=target[1], energy=energy, reached_phi=dihedral(x, phi), reached_psi=dihedral(x, psi))
        restrained = context.getState(getPositions=True).getPositions()
        for t in range(2):
            restraint.setTorsionParameters(t, *(phi, psi)[t], [0.0, 0.0])
        restraint.updateParametersInContext(context)
        mm.LocalEnergyMinimizer.minimize(context, 0.001, 0)
        state = context.getState(getEnergy=True, getPositions=True)
        free = state.getPositions(asNumpy=True).value_in_unit(unit.angstrom)
        result.update(free_minimum_phi=dihedral(free, phi), free_minimum_psi=dihedral(free, psi),
                      free_minimum_energy=state.getPotentialEnergy().value_in_unit(KCAL))
        context.setPositions(restrained)
        results.append(result)
    print(json.dumps(dict(openmm=mm.__version__, points=results), indent=1))


if __name__ == '__main__':
    main()
