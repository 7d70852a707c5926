import C4SCore

/// The points within h = r·T of a Dirichlet grid's edges after T steps, computed by direct steps on slabs.
///
/// Along each axis and side, a slab of W = max(2h, kernel side) layers (capped at the grid side) spanning the
/// whole grid on the other axes is stepped T times with the true Dirichlet halo on its outer faces. Its inner
/// face is not the grid's (the slab has a fixed halo there too); that wrong value travels r layers per step, so
/// after T steps it has reached only the layers at least W − h ≥ h from the outer edge, and the h layers next
/// to the grid edge are exact. Corners are covered by several slabs, each exact there.
struct DirichletBands {
    /// The direct engine that steps the slabs.
    let engine: any StencilEngine

    /// Writes into `dst` every point of `dims` within r·steps of an edge, from `src` after `steps` steps.
    /// - Precondition: `src` and `dst` are row-major grids of `dims`; ranks agree.
    /// - Throws: what the engine throws (never for valid slabs).
    func apply(src: [Double], dst: UnsafeMutablePointer<Double>, dims: [Int], kernel: StencilKernel, value: Double,
               steps: Int, threads: Int) throws {
        let h = kernel.radius * steps, lead = 3 - dims.count
        guard h > 0 else { return }
        let grid = Array(repeating: 1, count: lead) + dims
        for axis in lead..<3 {
            let width = min(grid[axis], max(2 * h, kernel.side))
            for high in [false, true] {
                var first = [0, 0, 0], sides = grid
                first[axis] = high ? grid[axis] - width : 0
                sides[axis] = width
                let slab = copy(src, grid: grid, first: first, sides: sides)
                let problem = try StencilProblem(grid: StencilGrid(dims: Array(sides[lead...]), values: slab), kernel: kernel,
                                                 boundary: .dirichlet(value), steps: steps, threads: threads)
                let result = try engine.run(problem) { _ in }.grid.values
                var kept = sides, keptFirst = [0, 0, 0]
                kept[axis] = min(h, width)
                keptFirst[axis] = high ? width - kept[axis] : 0
                for z in 0..<kept[0] {
                    for y in 0..<kept[1] {
                        let (sz, sy) = (keptFirst[0] + z, keptFirst[1] + y)
                        let target = ((first[0] + sz) * grid[1] + first[1] + sy) * grid[2] + first[2] + keptFirst[2]
                        result.withUnsafeBufferPointer {
                            (dst + target).update(from: $0.baseAddress! + (sz * sides[1] + sy) * sides[2] + keptFirst[2], count: kept[2])
                        }
                    }
                }
            }
        }
    }

    /// The box of `sides` starting at `first` (z, y, x) of the row-major `grid`-sided values.
    private func copy(_ values: [Double], grid: [Int], first: [Int], sides: [Int]) -> [Double] {
        var out = [Double](repeating: 0, count: sides.reduce(1, *))
        for z in 0..<sides[0] {
            for y in 0..<sides[1] {
                let from = ((first[0] + z) * grid[1] + first[1] + y) * grid[2] + first[2]
                for x in 0..<sides[2] { out[(z * sides[1] + y) * sides[2] + x] = values[from + x] }
            }
        }
        return out
    }
}
