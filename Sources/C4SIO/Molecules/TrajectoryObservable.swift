/// A scalar quantity recorded along a trajectory (an H5MD observable such as the potential energy).
public struct TrajectoryObservable: Sendable, Equatable {
    /// Name as stored (e.g. `potential_energy`).
    public let name: String
    /// Unit as the file gives it (e.g. `kcal/mol`, `K`); empty when none.
    public let unit: String
    /// Time of each value in ps.
    public let times: [Double]
    /// The values, one per time.
    public let values: [Double]

    /// Creates an observable series. - Precondition: `times.count == values.count`.
    public init(name: String, unit: String, times: [Double], values: [Double]) {
        precondition(times.count == values.count, "TrajectoryObservable: one time per value")
        self.name = name
        self.unit = unit
        self.times = times
        self.values = values
    }
}
