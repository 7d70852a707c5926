extension MonthlyFieldSeries {
    /// Each map minus the mean of its calendar month over the maps of `baseYears` (cell by cell, NaN left out);
    /// NaN where the cell has no base value or no value that month.
    /// - Precondition: every calendar month of the series has at least one map in `baseYears`.
    public func anomalies(baseYears: ClosedRange<Int>) -> MonthlyFieldSeries {
        var sums = [[Double]](repeating: [Double](repeating: 0, count: grid.cellCount), count: 12)
        var counts = [[Int]](repeating: [Int](repeating: 0, count: grid.cellCount), count: 12)
        for (month, map) in zip(months, maps) where baseYears.contains(month.year) {
            for (cell, value) in map.enumerated() where value.isFinite {
                sums[month.month - 1][cell] += value
                counts[month.month - 1][cell] += 1
            }
        }
        let anomalyMaps = zip(months, maps).map { month, map in
            let m = month.month - 1
            precondition(counts[m].contains { $0 > 0 }, "\(name): no month \(month.month) in base years \(baseYears)")
            return map.indices.map { cell in counts[m][cell] > 0 ? map[cell] - sums[m][cell] / Double(counts[m][cell]) : .nan }
        }
        return MonthlyFieldSeries(name: "\(name)_anomaly", units: units, grid: grid, months: months, maps: anomalyMaps)
    }
}
