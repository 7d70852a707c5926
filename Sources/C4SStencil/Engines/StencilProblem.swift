import C4SCore

/// A validated stencil run: an initial grid, a kernel of the same rank, a boundary, a number of time
/// steps and a number of worker threads.
public struct StencilProblem: Sendable {
    /// The initial values.
    public let grid: StencilGrid
    /// The kernel applied at every step.
    public let kernel: StencilKernel
    /// What lies beyond the edges.
    public let boundary: StencilBoundary
    /// Time steps (≥ 1).
    public let steps: Int
    /// Worker threads (≥ 1).
    public let threads: Int

    /// Validates and creates a problem.
    /// - Throws: `StencilError.rankMismatch`, `.gridTooSmall` (a side below the kernel side),
    ///   `.badSteps` (steps < 1) or `.badThreads` (threads < 1).
    public init(grid: StencilGrid, kernel: StencilKernel, boundary: StencilBoundary, steps: Int, threads: Int) throws {
        guard kernel.rank == grid.dims.count else { throw StencilError.rankMismatch(kernel: kernel.rank, grid: grid.dims.count) }
        guard grid.dims.allSatisfy({ $0 >= kernel.side }) else { throw StencilError.gridTooSmall(dims: grid.dims, kernelSide: kernel.side) }
        guard steps >= 1 else { throw StencilError.badSteps(steps) }
        guard threads >= 1 else { throw StencilError.badThreads(threads) }
        self.grid = grid
        self.kernel = kernel
        self.boundary = boundary
        self.steps = steps
        self.threads = threads
    }
}
