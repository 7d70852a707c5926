/// A training set for unit potentials: labelled conformations of several unit kinds, with the
/// reference method that labelled them and the settings that generated them.
public struct UnitTrainingSet: Sendable, Equatable {
    /// One set per unit kind, in ascending `UnitKind.code`; no kind twice.
    public var sets: [UnitConformationSet]
    /// The reference method, e.g. `GFN2-xTB`.
    public var method: String
    /// Version of the program that labelled the data (e.g. `xtb 6.7.1`); empty when unknown.
    public var programVersion: String
    /// Seed of the generator's random numbers (conformations and split).
    public var seed: UInt64
    /// The generation settings in words (`per-kind 150, …`); a resumed generation must match them.
    public var generator: String

    /// Creates a training set; `sets` are sorted by kind code.
    /// - Precondition: no unit kind twice.
    public init(sets: [UnitConformationSet], method: String, programVersion: String = "", seed: UInt64 = 0, generator: String = "") {
        precondition(Set(sets.map(\.kind.code)).count == sets.count, "UnitTrainingSet: one set per unit kind")
        self.sets = sets.sorted { $0.kind.code < $1.kind.code }
        self.method = method
        self.programVersion = programVersion
        self.seed = seed
        self.generator = generator
    }

    /// The set of `kind`, or nil when the training set has none.
    public func set(of kind: UnitKind) -> UnitConformationSet? {
        sets.first { $0.kind == kind }
    }

    /// Number of conformations over all kinds.
    public var count: Int { sets.reduce(0) { $0 + $1.count } }
}
