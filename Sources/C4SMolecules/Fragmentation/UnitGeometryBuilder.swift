extension ProteinFragmentation {
    /// The geometry of unit `index` at structure positions `positions` (ångström): atoms in the
    /// unit's order (members, then caps) named as in `unitAtoms`, with the unit's charge.
    /// - Precondition: `index` is a unit index and `positions` has one entry per structure atom.
    public func geometry(ofUnit index: Int, positions: [SIMD3<Double>]) -> UnitGeometry {
        precondition(positions.count == atomCount, "ProteinFragmentation.geometry: one position per structure atom")
        let unit = units[index]
        let central = unit.residues.map { residueLabels[$0] }.joined(separator: ", ")
        return UnitGeometry(label: "unit \(index) \(unit.kind.label) (\(central))", atoms: unitAtoms[index],
                            positions: unit.positions(from: positions), charge: unit.charge)
    }
}

extension ProteinFragmentation {
    /// Net charge of the whole structure in elementary charges (the charges of its units that
    /// hold side chains).
    public var totalCharge: Int {
        units.filter { $0.kind != .aceNme }.map(\.charge).reduce(0, +)
    }

    /// The whole structure as one geometry at `positions` (ångström), with its net charge: what a
    /// unit engine evaluates for a reference without fragmentation.
    public func wholeGeometry(positions: [SIMD3<Double>], label: String = "whole protein") -> UnitGeometry {
        UnitGeometry(label: label, atoms: atoms, positions: positions, charge: totalCharge)
    }
}
