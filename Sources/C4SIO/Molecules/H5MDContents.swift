/// What an H5MD file records in every frame besides positions, fixed when the file is created.
public struct H5MDContents: Sendable, Equatable {
    /// Record velocities (`/particles/all/velocity`, Å/ps).
    public var velocities: Bool
    /// Record forces (`/particles/all/force`, kcal/(mol·Å)).
    public var forces: Bool
    /// Record a periodic cell per frame (`/particles/all/box/edges`); otherwise the box is
    /// declared non-periodic (`boundary` = none).
    public var periodicBox: Bool
    /// The observables recorded under `/observables`.
    public var observables: [H5MDObservable]

    /// Creates a description of the per-frame records.
    public init(velocities: Bool = false, forces: Bool = false, periodicBox: Bool = false,
                observables: [H5MDObservable] = []) {
        self.velocities = velocities
        self.forces = forces
        self.periodicBox = periodicBox
        self.observables = observables
    }
}
