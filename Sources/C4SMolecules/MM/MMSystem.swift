/// A molecular-mechanics model of one structure under an AMBER force field (e.g. ff14SB): the
/// residue templates, bonded terms and non-bonded parameters, and the energy and analytic forces
/// in vacuum (no cutoff, no periodic boundaries).
///
/// Terms and their parameters are generated as OpenMM's `ForceField.createSystem` generates them
/// (same angles, torsions, improper atom order, exclusions): atoms up to two bonds apart do not
/// interact non-bonded, 1-4 pairs interact scaled by the force field's `coulomb14Scale` and
/// `lennardJones14Scale`, all other pairs fully.
///
/// Protein units for fragmentation are ACE-X-NME dipeptides: name the ACE atoms `CH3`, `HH31`,
/// `HH32`, `HH33`, `C`, `O` and the NME atoms `N`, `H`, `CH3`, `HH31`, `HH32`, `HH33` (ff14SB's
/// template names; `H1`-`H3` for the methyl hydrogens and `C` for NME's carbon are accepted too).
public struct MMSystem: Sendable {
    /// Number of atoms.
    public let atomCount: Int
    /// Name of the template assigned to each residue of the structure (e.g. `ACE`, `HIE`, `CYX`, `NALA`).
    public let templateNames: [String]
    /// Atom type name of each atom (e.g. `protein-CX`).
    public let atomTypes: [String]
    /// Harmonic bonds (every bond of the structure).
    public let bonds: [HarmonicBond]
    /// Harmonic angles.
    public let angles: [HarmonicAngle]
    /// Proper torsion terms (one per cosine term with k ≠ 0).
    public let properTorsions: [PeriodicTorsion]
    /// Improper torsion terms, central atom third.
    public let improperTorsions: [PeriodicTorsion]
    /// Charges, σ and ε of every atom; the 1-4 and plain pair interactions are computed from these,
    /// so changing them changes both.
    public var nonbonded: NonbondedParameters {
        didSet { pairSum = NonbondedForces(nonbonded, excluded: pairSum.excluded) }
    }
    /// Factor on the Coulomb energy of 1-4 pairs.
    public let coulomb14Scale: Double
    /// Factor on the Lennard-Jones energy of 1-4 pairs.
    public let lennardJones14Scale: Double
    /// Atom pairs three bonds apart (i < j), interacting scaled.
    public let pairs14: [(Int, Int)]
    /// The plain pair sum, leaving out for each atom i the atoms j > i within three bonds.
    private var pairSum: NonbondedForces

    /// Builds the model of `structure` under `forceField`.
    /// - Throws: `ForceFieldError` naming the residue when no template matches its atoms, when a
    ///   peptide or disulfide bond is missing, or naming the atoms when a bond or angle has no parameters.
    public init(structure: MolecularStructure, forceField: AmberForceField) throws {
        let assignment = try TemplateAssignment(structure: structure, forceField: forceField)
        let templateAtoms = structure.atoms.indices.map { assignment.templates[assignment.residueOfAtom[$0]].atoms[assignment.templateAtom[$0]] }
        let types = templateAtoms.map(\.type)
        let graph = BondGraph(atomCount: structure.atoms.count, bonds: assignment.bonds)
        let terms = TermAssignment(forceField: forceField, types: types, residueOfAtom: assignment.residueOfAtom,
                                   templateAtom: assignment.templateAtom) { atom in
            "\(structure.atoms[atom].name) (\(TemplateAssignment.label(structure.residues[assignment.residueOfAtom[atom]])))"
        }
        let angleTriples = graph.angles()
        atomCount = structure.atoms.count
        templateNames = assignment.templates.map(\.name)
        atomTypes = types
        bonds = try terms.bonds(assignment.bonds)
        angles = try terms.angles(angleTriples)
        properTorsions = terms.propers(graph.propers(angles: angleTriples))
        improperTorsions = terms.impropers(graph.improperCandidates())
        let lj = try types.map { type in
            guard let lj = forceField.lennardJones[type] else {
                throw ForceFieldError("\(forceField.source) has no Lennard-Jones parameters for atom type \(type)")
            }
            return lj
        }
        let charges = templateAtoms.map { forceField.typeCharges[$0.type] ?? $0.charge }
        nonbonded = NonbondedParameters(charges: charges, sigmas: lj.map(\.sigma), epsilons: lj.map(\.epsilon))
        coulomb14Scale = forceField.coulomb14Scale
        lennardJones14Scale = forceField.lennardJones14Scale
        let exceptions = graph.exceptions()
        pairs14 = exceptions.pairs14
        pairSum = NonbondedForces(nonbonded, excluded: exceptions.excluded)
    }

    /// Energy per term (kcal/mol) and force on every atom (kcal/(mol·Å)) at `positions` (Å), the
    /// non-bonded pair sum on `threads` threads (keep 1 when evaluating many systems concurrently).
    /// - Precondition: one position per atom, no two atoms at the same place, threads ≥ 1.
    public func energyAndForces(_ positions: [SIMD3<Double>], threads: Int = 1) -> MMEvaluation {
        precondition(positions.count == atomCount, "MMSystem: \(positions.count) positions for \(atomCount) atoms")
        precondition(threads >= 1, "MMSystem: threads must be at least 1")
        var result = MMEvaluation(atomCount: atomCount)
        positions.withUnsafeBufferPointer { x in
            result.forces.withUnsafeMutableBufferPointer { f in
                result.bond = BondedForces.bonds(bonds, x, f)
                result.angle = BondedForces.angles(angles, x, f)
                result.properTorsion = BondedForces.torsions(properTorsions, x, f)
                result.improperTorsion = BondedForces.torsions(improperTorsions, x, f)
                (result.lennardJones14, result.coulomb14) = NonbondedForces.scaledPairs(
                    pairs14, nonbonded, coulombScale: coulomb14Scale, lennardJonesScale: lennardJones14Scale, x, f)
                (result.lennardJones, result.coulomb) = pairSum.pairs(workers: threads, x, f)
            }
        }
        return result
    }
}
