/// How the conformations of a training set are made (the same settings and seed always give the
/// same conformations and split).
public struct UnitConformationSettings: Sendable, Equatable {
    /// Conformations per unit kind (10...100 000).
    public var perKind: Int
    /// Seed of every random choice (dihedral angles, MD noise and velocities, displacements, split).
    public var seed: UInt64
    /// At most this many source geometries (real residues) per kind; each is also a conformation.
    public var sourcesPerKind = 4
    /// Bath temperatures in K of the high-temperature Langevin MD on ff14SB; one trajectory per
    /// temperature and source.
    public var temperatures: [Double] = [400, 600, 800]
    /// Root-mean-square length in Å of the Gaussian displacement of each atom of an MD snapshot
    /// (each coordinate has standard deviation displacement/√3).
    public var displacement = 0.05
    /// Candidates whose ff14SB energy is more than this many kcal/mol above the lowest source
    /// geometry's are rejected (besides clashes).
    public var energyWindow = 100.0
    /// Fractions of the non-source conformations made by dihedral rotation and by hot MD; the
    /// rest are displaced MD snapshots.
    public var dihedralFraction = 0.3, hotMDFraction = 0.45
    /// MD time step in fs, friction in 1/ps, steps before the first snapshot and between snapshots.
    public var timeStep = 0.5, friction = 10.0, equilibrationSteps = 400, snapshotInterval = 100
    /// Conformations are planned in rounds of this many (1...100 000): the first round as described
    /// above, each later one with its own random numbers, no source geometries, `laterTemperatures`
    /// and `laterStiffAngle`. A plan for more conformations begins with the plan for fewer, so a set
    /// grows by labelling only the new ones.
    public var roundSize = 150
    /// Bath temperatures in K of the MD of the rounds after the first (one run per temperature and source).
    public var laterTemperatures: [Double] = [300, 500, 700, 900]
    /// Standard deviation in degrees of the turn of a stiff (amide-like) bond in a dihedral rotation:
    /// `stiffAngle` in the first round, `laterStiffAngle` in the later ones.
    public var stiffAngle = 10.0, laterStiffAngle = 20.0

    /// Settings with the given count and seed and the defaults above.
    public init(perKind: Int, seed: UInt64) {
        self.perKind = perKind
        self.seed = seed
    }

    /// Version of the generation procedure; bumped whenever the same settings would give other conformations.
    public static let procedureVersion = 2

    /// Every setting in words; stored with a training set and compared on resuming.
    public var description: String {
        "unit-conformations v\(Self.procedureVersion): per-kind \(perKind), " + procedure
    }

    /// Every setting but the number of conformations, in words: two sets with the same procedure
    /// differ only in how far the same list of conformations goes.
    public var procedure: String {
        let kelvin = { (t: [Double]) in t.map { "\($0)" }.joined(separator: "/") }
        return "seed \(seed), sources \(sourcesPerKind), "
            + "MD \(kelvin(temperatures)) K dt \(timeStep) fs friction \(friction)/ps "
            + "equilibration \(equilibrationSteps) every \(snapshotInterval), displacement \(displacement) A, "
            + "energy window \(energyWindow) kcal/mol, fractions dihedral \(dihedralFraction) hot-md \(hotMDFraction), "
            + "stiff bonds \(stiffAngle) deg, rounds of \(roundSize), later rounds MD \(kelvin(laterTemperatures)) K stiff bonds \(laterStiffAngle) deg"
    }

    /// A stored `description` without its `per-kind N, ` part (the whole text when it has none):
    /// equal for two descriptions that differ in the number of conformations only.
    public static func procedure(of description: String) -> String {
        guard let count = description.range(of: "per-kind "), let comma = description[count.upperBound...].range(of: ", ") else { return description }
        return String(description[..<count.lowerBound]) + description[comma.upperBound...]
    }

    /// Throws `TrainingDataError` naming the setting when it is out of range.
    public func validate() throws {
        func check(_ ok: Bool, _ name: String, _ valid: String) throws {
            if !ok { throw TrainingDataError(location: name, reason: "must be \(valid)") }
        }
        try check((10...100_000).contains(perKind), "--per-kind \(perKind)", "between 10 and 100000 (at least one conformation per split)")
        try check(sourcesPerKind >= 1, "sources per kind \(sourcesPerKind)", "at least 1")
        try check(!temperatures.isEmpty && temperatures.allSatisfy { $0 > 0 && $0 <= 5000 }, "MD temperatures \(temperatures)", "one or more in (0, 5000] K")
        try check(displacement > 0 && displacement <= 0.5, "displacement \(displacement)", "in (0, 0.5] A")
        try check(energyWindow > 0, "energy window \(energyWindow)", "positive")
        try check(dihedralFraction >= 0 && hotMDFraction >= 0 && dihedralFraction + hotMDFraction <= 1, "fractions", "non-negative with a sum of at most 1")
        try check(roundSize >= 1 && roundSize <= 100_000, "round size \(roundSize)", "between 1 and 100000")
        try check(!laterTemperatures.isEmpty && laterTemperatures.allSatisfy { $0 > 0 && $0 <= 5000 }, "later MD temperatures \(laterTemperatures)",
                  "one or more in (0, 5000] K")
        try check(stiffAngle >= 0 && stiffAngle <= 180 && laterStiffAngle >= 0 && laterStiffAngle <= 180, "stiff-bond angles", "in [0, 180] degrees")
        try check(timeStep > 0 && timeStep <= 2 && friction > 0 && equilibrationSteps >= 0 && snapshotInterval >= 1, "MD settings",
                  "time step in (0, 2] fs, positive friction, snapshot interval at least 1")
    }
}
