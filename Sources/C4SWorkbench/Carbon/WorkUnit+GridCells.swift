extension WorkUnit {
    /// Grid cells computed (e.g. flux map cells), shown as Mcells/s.
    public static let gridCells = WorkUnit(name: "grid cell", throughputLabel: "Mcells/s", scale: 1e6)
}
