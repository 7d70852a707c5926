extension WorkUnit {
    /// Samples drawn or training rows processed, shown as samples/s.
    public static let samples = WorkUnit(name: "sample", throughputLabel: "samples/s", scale: 1)
}
