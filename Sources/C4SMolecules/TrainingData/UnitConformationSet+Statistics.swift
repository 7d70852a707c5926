extension UnitConformationSet {
    /// Largest minus smallest energy in kcal/mol (0 for fewer than two conformations).
    public var energySpread: Double {
        guard let low = energies.min(), let high = energies.max() else { return 0 }
        return high - low
    }

    /// Standard deviation of the energies in kcal/mol (population, 0 when empty).
    public var energyStandardDeviation: Double {
        guard !energies.isEmpty else { return 0 }
        let mean = energies.reduce(0, +) / Double(energies.count)
        return (energies.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(energies.count)).squareRoot()
    }

    /// Root mean square of all force components in kcal/mol/Å (0 when empty).
    public var forceRMS: Double {
        let components = forces.reduce(0) { $0 + $1.count } * 3
        guard components > 0 else { return 0 }
        return (forces.reduce(0) { $0 + $1.reduce(0) { $0 + ($1 * $1).sum() } } / Double(components)).squareRoot()
    }

    /// Number of conformations of each origin, indexed by `ConformationOrigin.rawValue`.
    public var originCounts: [Int] {
        ConformationOrigin.allCases.map { o in origin.filter { $0 == o }.count }
    }
}
