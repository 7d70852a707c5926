extension WorkUnit {
    /// Budget years estimated or checked, shown as years/s.
    public static let budgetYears = WorkUnit(name: "budget year", throughputLabel: "years/s", scale: 1)
}
