import C4SCore

/// The oracle: for every point and every non-zero weight, read the neighbour with the boundary rule
/// applied to its index (wrap for periodic, the fixed value outside for Dirichlet). One thread,
/// two buffers, no padding, no vectorization.
public struct ReferenceStencilEngine: StencilEngine {
    /// Creates the engine.
    public init() {}

    /// Runs all steps; reports after every step.
    public func run(_ problem: StencilProblem, progress: (StencilProgress) throws -> Void) throws -> StencilOutcome {
        let dims3 = Array(repeating: 1, count: 3 - problem.grid.dims.count) + problem.grid.dims
        let (nz, ny, nx) = (dims3[0], dims3[1], dims3[2])
        let taps = problem.kernel.taps
        var src = problem.grid.values
        var dst = src
        let clock = ContinuousClock()
        var total = 0.0
        for step in 1...problem.steps {
            let d = clock.measure {
                for z in 0..<nz {
                    for y in 0..<ny {
                        for x in 0..<nx {
                            var sum = 0.0
                            for t in taps {
                                let (zz, yy, xx) = (z + t.dz, y + t.dy, x + t.dx)
                                switch problem.boundary {
                                case .periodic:
                                    let i = ((zz + nz) % nz * ny + (yy + ny) % ny) * nx + (xx + nx) % nx
                                    sum += t.weight * src[i]
                                case .dirichlet(let value):
                                    let inside = (0..<nz).contains(zz) && (0..<ny).contains(yy) && (0..<nx).contains(xx)
                                    sum += t.weight * (inside ? src[(zz * ny + yy) * nx + xx] : value)
                                }
                            }
                            dst[(z * ny + y) * nx + x] = sum
                        }
                    }
                }
                swap(&src, &dst)
            }
            let seconds = d.seconds
            total += seconds
            try progress(StencilProgress(steps: 1, stepsDone: step, sweeps: 1, seconds: seconds))
        }
        return StencilOutcome(grid: try StencilGrid(dims: problem.grid.dims, values: src), seconds: total,
                              sweeps: problem.steps, flopsPerPointStep: problem.kernel.flopsPerPoint)
    }
}
