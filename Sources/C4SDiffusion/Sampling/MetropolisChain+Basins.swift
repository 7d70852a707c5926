extension MetropolisChain {
    /// The largest integrated autocorrelation time, in steps, of the basin indicators 1[x_n ∈ basin k]
    /// over the basins of `grid` that hold at least `minimumPopulation` of the exact mass. Hopping
    /// between basins is the slowest mode of a multi-basin density, and the coordinates' τ
    /// (`autocorrelationSteps`) can understate it. Returns the chain's length in steps when the chain
    /// never enters or never leaves such a basin (τ cannot be estimated: at most one independent
    /// sample), and 1 when fewer than two basins qualify (no hopping mode).
    public func basinAutocorrelationSteps(grid: GridDensity, minimumPopulation: Double = 0.01) -> Double {
        let basins = grid.basinPopulations.enumerated().filter { $0.element >= minimumPopulation }.map(\.offset)
        guard basins.count >= 2 else { return 1 }
        let basinOfRecord = (0..<records).map { r in grid.cell(of: SIMD2(points[2 * r], points[2 * r + 1])).map { grid.basinOfCell[$0] } ?? -1 }
        return basins.map { k in
            let series = basinOfRecord.map { $0 == k ? 1.0 : 0.0 }
            guard series.contains(0), series.contains(1) else { return Double(steps) }
            return min(IntegratedAutocorrelation.time(series) * Double(thinning), Double(steps))
        }.max()!
    }
}
