import C4SSparse
import C4SStencil

extension StencilKernel {
    /// The one-step operator of this kernel on a grid, where the stencil and sparse halves meet: A·u + b equals
    /// one step of `ReferenceStencilEngine` (b = 0 for periodic boundaries; for Dirichlet, b is the halo's
    /// contribution, which scales with the halo value while A does not depend on it).
    /// - Parameters:
    ///   - dims: points per axis, slowest first, one per kernel axis (each >= 1).
    ///   - boundary: the stencil boundary.
    ///   - threads: threads that build the matrix and run its products (>= 1).
    /// - Throws: `StencilError.rankMismatch` when `dims.count != rank`, or `SparseMatrixError.invalidParameter`
    ///   for a side below 1, more than `Int32.max` points or threads < 1.
    public func sparseOperator(dims: [Int], boundary: StencilBoundary, threads: Int = 1) throws -> StencilOperatorGenerator.Operator {
        guard dims.count == rank else { throw StencilError.rankMismatch(kernel: rank, grid: dims.count) }
        let taps = taps
        let offsets = taps.map { Array([$0.dz, $0.dy, $0.dx].suffix(rank)) }
        let sparseBoundary: StencilOperatorGenerator.Boundary = switch boundary {
        case .periodic: .periodic
        case .dirichlet(let value): .dirichlet(value)
        }
        return try StencilOperatorGenerator.generate(dims: dims, offsets: offsets, weights: taps.map(\.weight),
                                                     boundary: sparseBoundary, threads: threads)
    }
}
