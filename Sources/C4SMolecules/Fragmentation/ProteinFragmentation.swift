import C4SIO

/// A capped protein chain cut into AI²BMD protein units (Wang et al., Nature 2024).
///
/// A chain of N residues (ACE and NME counted) gives N − 2 dipeptide units ACE-X-NME and N − 3
/// ACE-NME units. Dipeptide i holds CA, HA, C, O of residue i − 1 (all of ACE), all atoms of
/// residue i, and N, H, CA, HA of residue i + 1 (all of NME); ACE-NME unit j holds their overlap,
/// CA, HA, C, O of residue j and N, H, CA, HA of residue j + 1. Every bond a unit boundary cuts
/// (at CA: to N, C and CB; at a proline N: to CD) becomes a bond to a cap hydrogen on the old bond
/// (C–H 1.07 Å, N–H 1.02 Å). The dipeptides of two cystines joined by a disulfide bond merge into
/// one unit (for neighbours, the ACE-NME unit inside the merged one is dropped). Every atom is then held by one more dipeptide than ACE-NME unit, so
/// E = Σ E(dipeptide) − Σ E(ACE-NME) + E_MM,nb over the pairs no unit holds.
public struct ProteinFragmentation: Sendable {
    /// Number of atoms of the structure.
    public let atomCount: Int
    /// The structure's atoms.
    public let atoms: [AtomRecord]
    /// The units: dipeptides (and cystine pairs) in chain order, then ACE-NME units in chain order.
    public let units: [ProteinUnit]
    /// Every pair of structure atoms that some unit holds together; E_MM,nb runs over the others.
    public let coveredPairs: AtomPairSet
    /// Atom records of each unit in the unit's order (members, then caps), named as ff14SB's
    /// ACE-X-NME templates name them (see `UnitAtomNaming`).
    public let unitAtoms: [[AtomRecord]]
    /// Residue number of each residue as the file gives it, indexed like the structure's residues.
    public let residueNumbers: [Int]
    /// Description of each residue (`TYR 2`), indexed like the structure's residues.
    public let residueLabels: [String]

    /// Cuts `structure`, one chain ACE, standard ff14SB amino acids, NME with all hydrogens.
    /// Throws, naming the residue, on an uncapped chain, a non-standard residue, missing atoms,
    /// a chain break, an unpaired CYX or a unit with an odd electron count.
    public init(_ structure: MolecularStructure) throws(FragmentationError) {
        let chain = try ProteinChain(structure)
        let last = chain.residues.count - 1
        var dipeptides: [Int: [Int]] = [:]
        for i in 1..<last {
            dipeptides[i] = try Self.leftPart(chain, i - 1) + Array(chain.residues[i].span.atoms) + Self.rightPart(chain, i + 1)
        }
        var unitSets: [(kind: UnitKind, residues: [Int], atoms: [Int])] = []
        var merged: [Int: Int] = [:]
        for (a, b) in chain.disulfides { merged[a] = b; merged[b] = a }
        for i in 1..<last {
            guard let partner = merged[i] else {
                unitSets.append((.dipeptide(chain.variants[i]!.aminoAcid), [i], dipeptides[i]!))
                continue
            }
            if partner > i { unitSets.append((.cystinePair, [i, partner], dipeptides[i]! + dipeptides[partner]!)) }
        }
        for j in 1..<(last - 1) where !(merged[j] == j + 1) {
            unitSets.append((.aceNme, [j, j + 1], try Self.leftPart(chain, j) + Self.rightPart(chain, j + 1)))
        }
        var units: [ProteinUnit] = []
        var covered = AtomPairSet(count: structure.atoms.count)
        for set in unitSets {
            let members = Array(Set(set.atoms)).sorted()
            let unit = Self.unit(set.kind, residues: set.residues, members: members, chain: chain, structure: structure)
            try Self.checkElectronCount(unit, chain: chain, structure: structure)
            covered.insertAllPairs(of: members)
            units.append(unit)
        }
        self.atomCount = structure.atoms.count
        self.atoms = structure.atoms
        self.units = units
        self.unitAtoms = units.map { UnitAtomNaming.records(of: $0, chain: chain, atoms: structure.atoms) }
        self.coveredPairs = covered
        self.residueLabels = chain.residues.map(\.description)
        self.residueNumbers = chain.residues.map(\.span.number)
    }

    /// The residue-(i − 1) part of dipeptide i: all of ACE, or CA, HA, C, O.
    private static func leftPart(_ chain: ProteinChain, _ r: Int) throws(FragmentationError) -> [Int] {
        let res = chain.residues[r]
        if r == 0 { return Array(res.span.atoms) }
        return [try res.require("CA")] + (try res.alphaHydrogens()) + [try res.require("C"), try res.require("O")]
    }

    /// The residue-(i + 1) part of dipeptide i: all of NME, or N, H (none for proline), CA, HA.
    private static func rightPart(_ chain: ProteinChain, _ r: Int) throws(FragmentationError) -> [Int] {
        let res = chain.residues[r]
        if r == chain.residues.count - 1 { return Array(res.span.atoms) }
        return [try res.require("N")] + (res.index["H"].map { [$0] } ?? []) + [try res.require("CA")] + (try res.alphaHydrogens())
    }

    /// The unit holding `members`, capped at every cuttable bond with one end inside, with the
    /// formal charges of the residues it holds whole.
    private static func unit(_ kind: UnitKind, residues: [Int], members: [Int], chain: ProteinChain, structure: MolecularStructure) -> ProteinUnit {
        let inside = Set(members)
        var caps: [CapHydrogen] = []
        for (a, b) in chain.cuttableBonds where inside.contains(a) != inside.contains(b) {
            let (kept, removed) = inside.contains(a) ? (a, b) : (b, a)
            let length = structure.atoms[kept].element == "N" ? CapHydrogen.nitrogenBondLength : CapHydrogen.carbonBondLength
            caps.append(CapHydrogen(kept: kept, removed: removed, bondLength: length))
        }
        let charge = chain.variants.indices.reduce(0) { sum, r in
            guard let variant = chain.variants[r], chain.residues[r].span.atoms.allSatisfy(inside.contains) else { return sum }
            return sum + variant.formalCharge
        }
        return ProteinUnit(kind: kind, residues: residues, members: members, caps: caps, charge: charge)
    }

    /// Throws when the unit's electron count (atomic numbers minus charge) is odd.
    private static func checkElectronCount(_ unit: ProteinUnit, chain: ProteinChain, structure: MolecularStructure) throws(FragmentationError) {
        let protons = unit.members.reduce(unit.caps.count) { $0 + ChemicalElement.atomicNumber(structure.atoms[$1].element)! }
        let electrons = protons - unit.charge
        guard electrons % 2 == 0 else {
            throw .oddElectronCount(residue: chain.residues[unit.residues[0]].description, unit: unit.kind.label, electrons: electrons)
        }
    }
}
