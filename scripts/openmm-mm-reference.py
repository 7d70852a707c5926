#!/usr/bin/python3
"""ff14SB energy per term and forces of a PDB structure with OpenMM (the reference for MMSystem).

Usage: /usr/bin/python3 scripts/openmm-mm-reference.py FILE.pdb [REPEATS]

Builds the system with ForceField('amber14/protein.ff14SB.xml'), no cutoff, no constraints, and
evaluates it on the Reference platform. Prints JSON: energies in kcal/mol per term (bond, angle,
proper_torsion, improper_torsion, lennard_jones, coulomb, lennard_jones_14, coulomb_14; the plain
pair terms exclude the 1-4 pairs), total, forces (N x 3, kcal/mol/A, atoms in file order) and the
wall time in seconds of one energy+force evaluation (mean of REPEATS, default 20).
"""
import json
import sys
import time

import openmm as mm
from openmm import app, unit

KCAL = unit.kilocalorie_per_mole


def split_torsions(torsions, bonded):
    """Proper (a-b-c-d a bonded chain) and improper PeriodicTorsionForces from one force."""
    proper, improper = mm.PeriodicTorsionForce(), mm.PeriodicTorsionForce()
    for i in range(torsions.getNumTorsions()):
        a, b, c, d, n, phase, k = torsions.getTorsionParameters(i)
        chain = {frozenset((a, b)), frozenset((b, c)), frozenset((c, d))} <= bonded
        (proper if chain else improper).addTorsion(a, b, c, d, n, phase, k)
    return proper, improper


def split_nonbonded(nb):
    """Forces for LJ (all pairs incl. scaled 1-4), Coulomb (same), LJ 1-4 only, Coulomb 1-4 only."""
    lj, coulomb = mm.NonbondedForce(), mm.NonbondedForce()
    for f in (lj, coulomb):
        f.setNonbondedMethod(mm.NonbondedForce.NoCutoff)
    for i in range(nb.getNumParticles()):
        q, sigma, epsilon = nb.getParticleParameters(i)
        lj.addParticle(0.0, sigma, epsilon)
        coulomb.addParticle(q, sigma, 0.0)
    lj14 = mm.CustomBondForce('4*epsilon*((sigma/r)^12-(sigma/r)^6)')
    lj14.addPerBondParameter('sigma')
    lj14.addPerBondParameter('epsilon')
    coulomb14 = mm.CustomBondForce('138.935456*qq/r')
    coulomb14.addPerBondParameter('qq')
    for i in range(nb.getNumExceptions()):
        a, b, qq, sigma, epsilon = nb.getExceptionParameters(i)
        lj.addException(a, b, 0.0, sigma, epsilon)
        coulomb.addException(a, b, qq, sigma, 0.0)
        if epsilon.value_in_unit(unit.kilojoule_per_mole) != 0:
            lj14.addBond(a, b, [sigma, epsilon])
        if qq.value_in_unit(unit.elementary_charge**2) != 0:
            coulomb14.addBond(a, b, [qq])
    return lj, coulomb, lj14, coulomb14


def main():
    pdb = app.PDBFile(sys.argv[1])
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    forcefield = app.ForceField('amber14/protein.ff14SB.xml')
    system = forcefield.createSystem(pdb.topology, nonbondedMethod=app.NoCutoff, constraints=None, rigidWater=False)
    platform = mm.Platform.getPlatformByName('Reference')

    context = mm.Context(system, mm.VerletIntegrator(0.001), platform)
    context.setPositions(pdb.positions)
    start = time.perf_counter()
    for _ in range(repeats):
        state = context.getState(getEnergy=True, getForces=True)
    seconds = (time.perf_counter() - start) / repeats
    total = state.getPotentialEnergy().value_in_unit(KCAL)
    forces = state.getForces(asNumpy=False).value_in_unit(KCAL / unit.angstrom)

    bonded = {frozenset((b[0].index, b[1].index)) for b in pdb.topology.bonds()}
    byname = {type(f).__name__: f for f in system.getForces()}
    proper, improper = split_torsions(byname['PeriodicTorsionForce'], bonded)
    lj, coulomb, lj14, coulomb14 = split_nonbonded(byname['NonbondedForce'])
    parts = {'bond': mm.XmlSerializer.clone(byname['HarmonicBondForce']),
             'angle': mm.XmlSerializer.clone(byname['HarmonicAngleForce']),
             'proper_torsion': proper, 'improper_torsion': improper,
             'lennard_jones_all': lj, 'coulomb_all': coulomb, 'lennard_jones_14': lj14, 'coulomb_14': coulomb14}
    split = mm.System()
    for i in range(system.getNumParticles()):
        split.addParticle(system.getParticleMass(i))
    for group, force in enumerate(parts.values()):
        force.setForceGroup(group)
        split.addForce(force)
    split_context = mm.Context(split, mm.VerletIntegrator(0.001), platform)
    split_context.setPositions(pdb.positions)
    energy = {name: split_context.getState(getEnergy=True, groups={group}).getPotentialEnergy().value_in_unit(KCAL)
              for group, name in enumerate(parts)}
    energy['lennard_jones'] = energy.pop('lennard_jones_all') - energy['lennard_jones_14']
    energy['coulomb'] = energy.pop('coulomb_all') - energy['coulomb_14']
    json.dump({'energies': energy, 'total': total, 'forces': [[v.x, v.y, v.z] for v in forces],
               'seconds_per_evaluation': seconds, 'openmm_version': mm.__version__}, sys.stdout)


if __name__ == '__main__':
    main()
