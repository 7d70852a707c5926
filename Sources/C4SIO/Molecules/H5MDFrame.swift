/// One frame for the H5MD writer: the MD step and time, positions, and whichever of velocities,
/// forces, periodic cell and observables the writer was created to record.
public struct H5MDFrame: Sendable, Equatable {
    /// MD step number.
    public var step: Int
    /// Simulation time in ps.
    public var time: Double
    /// Positions in Å, x y z per atom (3 × atoms values).
    public var positions: [Double]
    /// Velocities in Å/ps, x y z per atom; nil when not recorded.
    public var velocities: [Double]?
    /// Forces in kcal/(mol·Å), x y z per atom; nil when not recorded.
    public var forces: [Double]?
    /// The periodic cell; nil for a non-periodic system.
    public var cell: UnitCell?
    /// Observable values (kcal/mol for energies, K for temperature).
    public var observables: [H5MDObservable: Double]

    /// Creates a frame.
    public init(step: Int, time: Double, positions: [Double], velocities: [Double]? = nil, forces: [Double]? = nil,
                cell: UnitCell? = nil, observables: [H5MDObservable: Double] = [:]) {
        self.step = step
        self.time = time
        self.positions = positions
        self.velocities = velocities
        self.forces = forces
        self.cell = cell
        self.observables = observables
    }
}
